"""/language: pick the language the bot speaks to you (or follow Telegram's).

In a private chat it is the person's own language: a view (``lang|<owner>``: the choices;
``lang|<owner>|<code>``: the choice just saved, which its press saves first), so home's
settings open it in place. In a group it is the group's (`glang|<owner>|<code>`): what
the bot says there — replies to commands, watch parties — while alerts, inline answers and
private chats stay in each person's own language (`common.translator` /
`common.personal_translator`). Only the group's admins
(creator or administrator, asked from Telegram at every press) may set it; "auto" clears
it, so the bot answers everyone in their own language again.
"""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import CallbackQueryLimit
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.i18n import Html, I18n, Translator
from bot.kit import access, views
from bot.kit.buttons import choice, in_rows
from bot.kit.callback import Callback, InvalidCallback, encode, pattern
from bot.kit.chat import (
    Alert,
    App,
    Command,
    Context,
    button,
    edit,
    personal_translator,
    reply,
    translator,
)
from bot.kit.codes import Action
from bot.kit.listing import account_id
from bot.kit.views import View, add_view
from bot.render.cards import trim

logger = logging.getLogger(__name__)

ACTION = Action.LANGUAGE
GROUP_ACTION = Action.GROUP_LANGUAGE
AUTO = "auto"
PER_ROW = 2
COMMANDS = (Command("language"),)


async def language(update: Update, context: Context) -> None:
    """/language: show the choices (a group's own language in a group)."""
    chat, user = update.effective_chat, update.effective_user
    if user is None:
        return
    if chat is not None and chat.type != "private":
        await _group_language(update, context, chat.id, user.id)
        return
    await views.open_view(update, context, ACTION)


async def _group_language(update: Update, context: Context, chat_id: int, user_id: int) -> None:
    """An admin gets the group's choices; anyone else a line saying only admins can."""
    tr = translator(update, context)
    message = update.effective_message
    sender_chat = message.sender_chat if message is not None else None
    anonymous = sender_chat is not None and sender_chat.id == chat_id  # an anonymous admin
    if not anonymous and not await access.is_admin(context, chat_id, user_id):
        await reply(update, tr.html("language-group-admins-only"))
        return
    saved = context.services.store.get_chat_language(chat_id)
    # An anonymous admin writes as the group: anyone may press, the admin check decides.
    owner = None if anonymous else user_id
    keyboard = _keyboard(context.services.i18n, tr, saved, GROUP_ACTION, owner)
    await reply(update, _group_prompt(tr, saved), keyboard)


async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """The person's choices, ticked where they stand; after a choice, "Done" above."""
    owner = account_id(cb)
    svc = context.services
    saved = svc.store.get_language(owner)
    prompt = _prompt(tr, saved)
    if cb.args:
        _picked(svc.i18n, cb)
        prompt = Html(f"{tr.html('language-saved')}\n\n{prompt}")
    return View(prompt, _keyboard(svc.i18n, tr, saved, ACTION, owner))


@button
async def on_choice(update: Update, context: Context, cb: Callback, tr: Translator) -> str | None:
    """Save the person's choice and answer in the new language (no choice: the view)."""
    query = update.callback_query
    assert query is not None
    if not cb.args:
        await views.show(update, context, tr, query.data or "")
        return None
    svc = context.services
    picked = _picked(svc.i18n, cb)
    svc.store.set_language(query.from_user.id, None if picked == AUTO else picked)
    new_tr = personal_translator(update, context)
    await views.show(update, context, new_tr, query.data or "")
    return new_tr.plain("language-saved-toast")


@button
async def on_group_choice(update: Update, context: Context, cb: Callback, tr: Translator) -> str:
    """An admin's choice for the group; the message turns into the group's new language."""
    svc, query, chat = context.services, update.callback_query, update.effective_chat
    picked = _picked(svc.i18n, cb)
    if query is None or chat is None or chat.type == "private":
        raise InvalidCallback("a group's language is set in the group")
    me = personal_translator(update, context)
    if not await access.is_admin(context, chat.id, query.from_user.id):
        alert = me.plain("language-group-admins-only")
        return Alert(trim(alert, CallbackQueryLimit.ANSWER_CALLBACK_QUERY_TEXT_LENGTH))
    saved = None if picked == AUTO else picked
    svc.store.set_chat_language(chat.id, saved)
    group_tr = translator(update, context)
    await edit(
        query,
        Html(f"{group_tr.html('language-saved')}\n\n{_group_prompt(group_tr, saved)}"),
        _keyboard(svc.i18n, group_tr, saved, GROUP_ACTION, cb.owner),
    )
    return me.plain("language-group-saved-toast")


def _picked(i18n: I18n, cb: Callback) -> str:
    picked = cb.arg(0)
    if picked != AUTO and picked not in i18n.languages:
        raise InvalidCallback("unknown language")
    return picked


def _prompt(tr: Translator, saved: str | None) -> Html:
    current = tr.plain("language-name-inline")  # inside a sentence: "en français"
    key = "language-current-auto" if saved is None else "language-current"
    return tr.html(key, language=current)


def _group_prompt(tr: Translator, saved: str | None) -> Html:
    if saved is None:
        return tr.html("language-group-current-auto")
    return tr.html("language-group-current", language=tr.plain("language-name-inline"))


def _keyboard(
    i18n: I18n, tr: Translator, saved: str | None, action: str, owner: int | None
) -> InlineKeyboardMarkup:
    buttons = [
        choice(
            i18n.translator(code).plain("language-name"),
            saved == code,
            encode(action, code, owner=owner),
        )
        for code in i18n.languages
    ]
    rows = in_rows(buttons, PER_ROW)
    label = tr.plain("language-auto" if action == ACTION else "language-group-auto")
    auto: list[InlineKeyboardButton] = [
        choice(label, saved is None, encode(action, AUTO, owner=owner))
    ]
    return InlineKeyboardMarkup([*rows, auto])


def register(app: App) -> None:
    """Add the handlers of this feature."""
    app.add_handler(CommandHandler("language", language))
    add_view(app, ACTION, render, press=on_choice, top=True)
    app.add_handler(CallbackQueryHandler(on_group_choice, pattern=pattern(GROUP_ACTION)))
