"""Small helpers every feature handler uses: services, language, replies, buttons."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, TypeAlias

from telegram import (
    CallbackQuery,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import Application, ContextTypes

from bot.i18n import Html, Translator
from bot.render.callback import Callback, InvalidCallback, decode
from bot.services import KEY, Services

logger = logging.getLogger(__name__)

Context: TypeAlias = ContextTypes.DEFAULT_TYPE
App: TypeAlias = Application[Any, Any, Any, Any, Any, Any]
ButtonHandler: TypeAlias = Callable[[Update, Context, Callback, Translator], Awaitable[str | None]]
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


@dataclass(frozen=True)
class Command:
    """A chat command a feature offers, and the kinds of chat it makes sense in."""

    name: str
    private: bool = True
    group: bool = True


def services(context: Context) -> Services:
    """The process-wide services."""
    svc: Services = context.bot_data[KEY]
    return svc


def translator(update: Update, context: Context) -> Translator:
    """The person's language: their saved choice, else Telegram's, else English."""
    svc = services(context)
    user = update.effective_user
    saved = svc.store.get_language(user.id) if user else None
    return svc.i18n.translator(svc.i18n.resolve(saved, user.language_code if user else None))


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


def button(handler: ButtonHandler) -> Callable[[Update, Context], Coroutine[Any, Any, None]]:
    """Decode and validate callback data, check who pressed, then run `handler`.

    Forged or stale data and presses by someone else end in a short alert. The
    handler may return a toast text; the query is answered exactly once so the
    client's spinner stops.
    """

    @functools.wraps(handler)
    async def wrapper(update: Update, context: Context) -> None:
        query = update.callback_query
        if query is None:
            return
        tr = translator(update, context)
        try:
            callback = decode(query.data)
        except InvalidCallback:
            await query.answer(tr.plain("button-invalid"), show_alert=True)
            return
        if not callback.allows(query.from_user.id):
            await query.answer(tr.plain("button-not-yours"), show_alert=True)
            return
        try:
            toast = await handler(update, context, callback, tr)
        except InvalidCallback:
            logger.info("rejected callback data for action %s", callback.action)
            await query.answer(tr.plain("button-invalid"), show_alert=True)
            return
        await query.answer(toast)

    return wrapper


async def stale_button(update: Update, context: Context) -> None:
    """Any callback no feature claimed: an old or forged button."""
    query = update.callback_query
    if query is not None:
        await query.answer(translator(update, context).plain("button-invalid"), show_alert=True)


async def noop_button(update: Update, context: Context) -> None:
    """A label-only button (such as "page 2/5"): stop the spinner, nothing else."""
    if update.callback_query is not None:
        await update.callback_query.answer()
