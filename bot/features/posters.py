"""Photo cards: send a view with a poster as a photo, uploading each poster only once.

Installed as `views.photo_sender`. For a view with `poster` (a Trakt image URL):

1. a URL remembered as failed → None (the caller sends a text card);
2. a remembered Telegram file id → sendPhoto with it (no download);
3. else fetch + convert (`bot.posters.PosterFetcher`), sendPhoto with the bytes and
   remember Telegram's file id (`store.set_image`).

A missing or unusable image, or one Telegram rejects, is marked failed
(`store.mark_image_failed`) and never fetched again; an unreachable host is skipped
for a while without marking (see `bot.posters`). Concurrent cards of one title wait
for one upload. The fetcher lives in `bot_data[FETCHER_KEY]`; tests put one with an
`httpx.MockTransport` there.
"""

from __future__ import annotations

import asyncio
import logging

import httpx
from telegram import Chat, InputFile, Message, Update
from telegram.constants import MessageLimit, ParseMode
from telegram.error import BadRequest

from bot.features import views
from bot.features.common import App, Context, services
from bot.features.views import View
from bot.posters import LOCAL_HOSTS, HostUnreachable, PosterError, PosterFetcher
from bot.render.cards import utf16_len
from bot.services import USER_AGENT

logger = logging.getLogger(__name__)

FETCHER_KEY = "poster_fetcher"
LOCKS_KEY = "poster_locks"


def fetcher(context: Context) -> PosterFetcher:
    """The application's poster fetcher (created on first use).

    Against the offline demo Trakt (its API on this machine) the catalogue's image
    URLs are made up, so only local hosts are fetched.
    """
    found = context.bot_data.get(FETCHER_KEY)
    if not isinstance(found, PosterFetcher):
        api_host = httpx.URL(services(context).settings.trakt_api_url).host
        found = PosterFetcher(user_agent=USER_AGENT, local_only=api_host in LOCAL_HOSTS)
        context.bot_data[FETCHER_KEY] = found
    return found


async def send(update: Update, context: Context, shown: View) -> Message | None:
    """Send `shown` as a photo with its caption; None when a text card must do."""
    chat, url = update.effective_chat, shown.poster
    if chat is None or not url or utf16_len(shown.photo_caption) > MessageLimit.CAPTION_LENGTH:
        return None
    store = services(context).store
    if store.image_failed(url):
        return None
    locks: dict[str, asyncio.Lock] = context.bot_data.setdefault(LOCKS_KEY, {})
    lock = locks.setdefault(url, asyncio.Lock())
    try:
        async with lock:
            return await _send_once(chat, context, shown, url)
    finally:
        if not lock.locked():
            locks.pop(url, None)


async def _send_once(chat: Chat, context: Context, shown: View, url: str) -> Message | None:
    store = services(context).store
    file_id = store.get_image(url)
    if file_id:
        try:
            return await _send_photo(chat, file_id, shown)
        except BadRequest as exc:  # e.g. the bot's token changed: upload afresh
            logger.info("Telegram refused a cached poster (%s); uploading it again", exc.message)
    elif store.image_failed(url):  # failed while we waited for the lock
        return None
    try:
        jpeg = await fetcher(context).fetch_jpeg(url)
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


async def _send_photo(chat: Chat, photo: str | InputFile, shown: View) -> Message:
    return await chat.send_photo(
        photo,
        caption=shown.photo_caption,
        parse_mode=ParseMode.HTML,
        reply_markup=shown.keyboard,
    )


def register(app: App) -> None:
    """Let views send photo cards."""
    views.photo_sender = send
