"""Photo cards: send a view with a poster as a photo, uploading each poster only once.

`bot.kit.views` sends a view with a `poster` (a Trakt image URL) through `send`:

1. a URL remembered as failed → None (the caller sends a text card);
2. a remembered Telegram file id → sendPhoto with it (no download);
3. else fetch + convert (`bot.posters.PosterFetcher`), sendPhoto with the bytes and
   remember Telegram's file id (`store.set_image`).

A missing or unusable image, or one Telegram rejects, is marked failed
(`store.mark_image_failed`) and never fetched again; an unreachable host is skipped
for a while without marking (see `bot.posters`). Concurrent cards of one title wait
for one upload. The fetcher is `Services.posters`; tests put one with an
`httpx.MockTransport` there.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from telegram import Chat, InlineKeyboardMarkup, InputFile, Message, Update
from telegram.constants import MessageLimit, ParseMode
from telegram.error import BadRequest

from bot.i18n import Html
from bot.kit.context import Context
from bot.posters import HostUnreachable, PosterError
from bot.render.cards import utf16_len

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Card:
    caption: Html
    keyboard: InlineKeyboardMarkup | None


async def send(
    update: Update,
    context: Context,
    url: str,
    caption: Html,
    keyboard: InlineKeyboardMarkup | None = None,
) -> Message | None:
    """Send the poster at `url` with its caption; None when a text card must do."""
    chat, shown = update.effective_chat, _Card(caption, keyboard)
    if chat is None or not url or utf16_len(caption) > MessageLimit.CAPTION_LENGTH:
        return None
    store = context.services.store
    if store.image_failed(url):
        return None
    locks = context.bot_data.poster_locks
    lock = locks.setdefault(url, asyncio.Lock())
    try:
        async with lock:
            return await _send_once(chat, context, shown, url)
    finally:
        if not lock.locked():
            locks.pop(url, None)


async def _send_once(chat: Chat, context: Context, shown: _Card, url: str) -> Message | None:
    store = context.services.store
    file_id = store.get_image(url)
    if file_id:
        try:
            return await _send_photo(chat, file_id, shown)
        except BadRequest as exc:  # e.g. the bot's token changed: upload afresh
            logger.info("Telegram refused a cached poster (%s); uploading it again", exc.message)
    elif store.image_failed(url):  # failed while we waited for the lock
        return None
    try:
        jpeg = await context.services.posters.fetch_jpeg(url)
    except PosterError as exc:
        logger.info("no poster: %s", exc)
        if not isinstance(exc, HostUnreachable):
            store.mark_image_failed(url)
        return None
    try:
        message = await _send_photo(chat, InputFile(jpeg, filename="poster.jpg"), shown)
    except BadRequest as exc:
        logger.info("Telegram refused a poster: %s", exc.message)
        store.mark_image_failed(url)
        return None
    if message.photo:
        store.set_image(url, message.photo[-1].file_id)
    return message


async def _send_photo(chat: Chat, photo: str | InputFile, shown: _Card) -> Message:
    return await chat.send_photo(
        photo,
        caption=shown.caption,
        parse_mode=ParseMode.HTML,
        reply_markup=shown.keyboard,
    )
