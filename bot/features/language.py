"""/language: pick the language the bot speaks to you (or follow Telegram's)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.features.common import App, Command, Context, button, edit, reply, services, translator
from bot.i18n import Html, I18n, Translator
from bot.render.callback import Callback, InvalidCallback, encode, pattern
from bot.render.keyboards import choice

ACTION = "lang"
AUTO = "auto"
PER_ROW = 2
COMMANDS = (Command("language"),)


async def language(update: Update, context: Context) -> None:
    """/language: show the choices."""
    tr = translator(update, context)
    user = update.effective_user
    if user is None:
        return
    saved = services(context).store.get_language(user.id)
    await reply(update, _prompt(tr, saved), _keyboard(services(context).i18n, tr, saved, user.id))


@button
async def on_choice(update: Update, context: Context, cb: Callback, tr: Translator) -> str:
    """Save the choice and answer in the new language."""
    svc = services(context)
    picked = cb.arg(0)
    if picked != AUTO and picked not in svc.i18n.languages:
        raise InvalidCallback("unknown language")
    user_id = update.effective_user.id  # type: ignore[union-attr]
    svc.store.set_language(user_id, None if picked == AUTO else picked)
    new_tr = translator(update, context)
    saved = None if picked == AUTO else picked
    assert update.callback_query is not None
    await edit(
        update.callback_query,
        Html(f"{new_tr.html('language-saved')}\n\n{_prompt(new_tr, saved)}"),
        _keyboard(svc.i18n, new_tr, saved, user_id),
    )
    return new_tr.plain("language-saved-toast")


def _prompt(tr: Translator, saved: str | None) -> Html:
    current = tr.plain("language-name")
    key = "language-current-auto" if saved is None else "language-current"
    return tr.html(key, language=current)


def _keyboard(i18n: I18n, tr: Translator, saved: str | None, owner: int) -> InlineKeyboardMarkup:
    buttons = [
        choice(
            i18n.translator(code).plain("language-name"),
            saved == code,
            encode(ACTION, code, owner=owner),
        )
        for code in i18n.languages
    ]
    rows = [buttons[i : i + PER_ROW] for i in range(0, len(buttons), PER_ROW)]
    auto: list[InlineKeyboardButton] = [
        choice(tr.plain("language-auto"), saved is None, encode(ACTION, AUTO, owner=owner))
    ]
    return InlineKeyboardMarkup([*rows, auto])


def register(app: App) -> None:
    """Add the handlers of this feature."""
    app.add_handler(CommandHandler("language", language))
    app.add_handler(CallbackQueryHandler(on_choice, pattern=pattern(ACTION)))
