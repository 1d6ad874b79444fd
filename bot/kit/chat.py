"""Small helpers every feature handler uses: language, replies, edits, the button decorator."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from typing import Any, TypeAlias

from telegram import (
    CallbackQuery,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import CallbackQueryLimit, ChatType, ParseMode
from telegram.error import BadRequest

from bot.i18n import Html, Translator
from bot.kit.callback import Callback, InvalidCallback, decode
from bot.kit.context import App, Command, Context
from bot.render.cards import trim
from bot.trakt import Movie, Show
from bot.translations import Localized

logger = logging.getLogger(__name__)

__all__ = ["App", "Command", "Context"]
ButtonHandler: TypeAlias = Callable[[Update, Context, Callback, Translator], Awaitable[str | None]]
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
ANSWER_LENGTH = CallbackQueryLimit.ANSWER_CALLBACK_QUERY_TEXT_LENGTH


def translator(update: Update, context: Context, personal: Translator | None = None) -> Translator:
    """The language of what the bot says in the update's chat.

    In a group whose admins set a language (/language there), the group's; anywhere
    else the person's own (`personal_translator`; pass `personal` when you have it).
    Alerts, toasts and inline answers, which only the person sees, use
    `personal_translator` instead.
    """
    chat = update.effective_chat
    if chat is not None and chat.type != "private":
        svc = context.services
        chosen = svc.i18n.match(svc.store.get_chat_language(chat.id))
        if chosen is not None:
            return svc.i18n.translator(chosen)
    return personal or personal_translator(update, context)


def personal_translator(update: Update, context: Context) -> Translator:
    """The person's own language: their /language choice, else Telegram's, else English."""
    svc = context.services
    user = update.effective_user
    saved = svc.store.get_language(user.id) if user else None
    return svc.i18n.translator(svc.i18n.resolve(saved, user.language_code if user else None))


async def localized(
    context: Context,
    tr: Translator,
    items: Iterable[Movie | Show | None],
    owner: int | None,
    **limits: Any,
) -> Localized:
    """Trakt's translations of these titles in `tr`'s language, by `movie:123` key (none for
    English; what is slow or missing stays out). A linked owner's token bills their bucket.
    `limits`: `ask=` and `wait=` of `Translations.many`."""
    svc = context.services
    if not svc.translations.wanted(tr.language):
        return Localized()
    token = await svc.accounts.token(owner)
    titles = [item for item in items if item is not None]
    return await svc.translations.many(titles, tr.language, token=token, **limits)


def leading_command(message: Message) -> tuple[str, str, str] | None:
    """(name, the @bot it names or "", what follows) when the text, or else the caption,
    starts with a bot command: `/search@my_bot dune` → ("search", "my_bot", " dune")."""
    text = message.text or message.caption or ""
    entities = message.entities if message.text else message.caption_entities
    first = next(iter(entities or ()), None)
    if first is None or first.type != MessageEntity.BOT_COMMAND or first.offset != 0:
        return None
    name, _, to = text[1 : first.length].partition("@")
    return name, to, text[first.length :]


def addressed_text(
    message: Message, bot_id: int, bot_username: str, *, forwarded: bool = False
) -> str | None:
    """What a person said to the bot in plain text or a caption (no command), or None when
    it was not said to the bot: all of it in a private chat; in a group only a reply to one
    of the bot's messages or text that starts with @its name (then without the name). A
    message sent through inline mode is never something said to the bot, nor one forwarded
    unless `forwarded` (a Trakt code forwarded to the bot is still one to delete)."""
    text = (message.text or message.caption or "").strip()
    if not text or text.startswith("/") or message.via_bot:
        return None
    if message.forward_origin and not forwarded:
        return None
    if message.chat.type == ChatType.PRIVATE:
        return text
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return text
    mention = f"@{bot_username}".casefold()
    if bot_username and text.casefold().startswith(mention):
        rest = text[len(mention) :]
        if not rest or rest[0].isspace() or rest[0] in ",:":
            return rest.lstrip(" ,:\n\t") or None
    return None


class Alert(str):
    """A button handler's answer that must be read and closed, not a passing toast."""

    __slots__ = ()


async def reply(
    update: Update, text: Html, keyboard: InlineKeyboardMarkup | None = None, **kwargs: Any
) -> Message | None:
    """Send HTML into the chat the update came from."""
    chat = update.effective_chat
    if chat is None:
        return None
    return await chat.send_message(
        text,
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard,
        link_preview_options=NO_PREVIEW,
        **kwargs,
    )


async def edit(query: CallbackQuery, text: Html, keyboard: InlineKeyboardMarkup | None) -> None:
    """Replace a message in place; an unchanged message is not an error."""
    try:
        await query.edit_message_text(
            text, parse_mode=ParseMode.HTML, reply_markup=keyboard, link_preview_options=NO_PREVIEW
        )
    except BadRequest as exc:
        if "not modified" not in exc.message.lower():
            raise


class NotYours(InvalidCallback):
    """A button someone else may press (its owner is another person)."""


def check_press(query: CallbackQuery) -> Callback:
    """The pressed button's data, decoded and validated, when its presser may press it;
    raises InvalidCallback (stale or forged), or NotYours. A queued press runs again past
    it too (`bot.kit.later`)."""
    callback = decode(query.data)
    if not callback.allows(query.from_user.id):
        raise NotYours(f"a button of user {callback.owner}")
    return callback


def button(handler: ButtonHandler) -> Callable[[Update, Context], Coroutine[Any, Any, None]]:
    """Decode and validate callback data, check who pressed, then run `handler`.

    Forged or stale data and presses by someone else end in a short alert in the
    presser's own language. The handler gets the chat's translator (`translator`: what
    the message is written in) and may return a toast text, or an `Alert`; write those
    with `personal_translator`, since only the presser sees them. The query is answered
    exactly once so the client's spinner stops.
    """

    @functools.wraps(handler)
    async def wrapper(update: Update, context: Context) -> None:
        query = update.callback_query
        if query is None:
            return
        me = personal_translator(update, context)
        try:
            callback = check_press(query)
        except NotYours:
            await query.answer(me.plain("button-not-yours"), show_alert=True)
            return
        except InvalidCallback:
            await query.answer(me.plain("button-invalid"), show_alert=True)
            return
        try:
            toast = await handler(update, context, callback, translator(update, context, me))
        except InvalidCallback:
            logger.info("rejected callback data for action %s", callback.action)
            await query.answer(me.plain("button-invalid"), show_alert=True)
            return
        await query.answer(
            trim(toast, ANSWER_LENGTH) if toast else None, show_alert=isinstance(toast, Alert)
        )

    return wrapper


async def stale_button(update: Update, context: Context) -> None:
    """Any callback no feature claimed: an old or forged button."""
    query = update.callback_query
    if query is not None:
        await query.answer(
            personal_translator(update, context).plain("button-invalid"), show_alert=True
        )


async def noop_button(update: Update, context: Context) -> None:
    """A label-only button (such as "page 2/5"): stop the spinner, nothing else."""
    if update.callback_query is not None:
        await update.callback_query.answer()
