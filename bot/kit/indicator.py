""" "typing…" in the chat while an answer waits (on Trakt, mostly) longer than a moment.

Every update runs inside `typing_while` (the update processor, bot/kit/fair.py, opens
it): a task sleeps `Typing.after` seconds and is cancelled when the handlers are done,
so a fast answer never shows it; a slow one shows "typing…" after half a second, again
every `Typing.every` seconds (Telegram clears it after about five, or when the bot
speaks) until the answer is ready. Only where the bot answers: a private chat, a
command, a reply to the bot or a button press; never for a group's chatter or an
inline query. Tests inject `sleep` to decide when "later" is.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

from telegram import Update
from telegram.constants import ChatAction, ChatType
from telegram.error import TelegramError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Typing:
    """When to show "typing…": `after` seconds of waiting, then every `every` seconds;
    `enabled=False` never shows it."""

    after: float = 0.5
    every: float = 5.0
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    enabled: bool = True


@contextlib.asynccontextmanager
async def typing_while(update: object, typing: Typing) -> AsyncIterator[None]:
    """Show "typing…" in the update's chat while the body runs longer than `typing.after`."""
    chat_id = answered_chat(update) if typing.enabled else None
    if chat_id is None or not isinstance(update, Update):
        yield
        return
    task = asyncio.create_task(_keep_typing(update, chat_id, typing))
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def _keep_typing(update: Update, chat_id: int, typing: Typing) -> None:
    await typing.sleep(typing.after)
    bot = update.get_bot()
    while True:
        try:
            await bot.send_chat_action(chat_id, ChatAction.TYPING)
        except TelegramError as exc:  # only a hint: never worth failing or retrying
            logger.debug("no typing shown in chat %s: %s", chat_id, exc)
            return
        await typing.sleep(typing.every)


def answered_chat(update: object) -> int | None:
    """The chat an answer to this update goes to, if the bot answers it at all."""
    if not isinstance(update, Update):
        return None
    query = update.callback_query
    if query is not None:
        return query.message.chat.id if query.message is not None else None
    message = update.message
    if message is None or message.chat is None:
        return None
    if message.chat.type == ChatType.PRIVATE:
        return message.chat.id
    text = message.text or ""
    replied = message.reply_to_message
    me = update.get_bot().id
    to_bot = replied is not None and replied.from_user is not None and replied.from_user.id == me
    return message.chat.id if text.startswith("/") or to_bot else None
