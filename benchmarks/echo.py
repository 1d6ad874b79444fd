"""The framework's floor: a bare python-telegram-bot Application that only echoes.

Built like ours (same rate limiter settings, same concurrent_updates, long polling the
same fake Bot API server over HTTP), so the ratio of the two rates is what our bot costs
on top of python-telegram-bot itself; run again on our Bot API transport, the ratio is
what our features cost with the transport set aside.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from telegram import Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.app import BOT_API_CONNECTIONS
from bot.config import DEMO_BOT_TOKEN
from bot.kit.fair import CONCURRENT_UPDATES
from bot.telegram_http import AiohttpRequest

EchoApp = Application[Any, Any, Any, Any, Any, Any]


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply with the text received."""
    message = update.effective_message
    if message is not None and message.text:
        await message.reply_text(message.text)


@asynccontextmanager
async def running_echo(telegram_url: str, *, our_transport: bool = False) -> AsyncIterator[EchoApp]:
    """An echo bot long-polling the Bot API at `telegram_url` until the block ends.

    As python-telegram-bot builds it by default (httpx), or on our Bot API transport
    (`our_transport`), to tell the transport's share of the difference from our features'.
    """
    builder = (
        ApplicationBuilder()
        .token(DEMO_BOT_TOKEN)
        .base_url(f"{telegram_url}/bot")
        .base_file_url(f"{telegram_url}/file/bot")
        .rate_limiter(AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=1))
        .concurrent_updates(CONCURRENT_UPDATES)
    )
    if our_transport:
        builder = builder.request(AiohttpRequest(BOT_API_CONNECTIONS)).get_updates_request(
            AiohttpRequest(1)
        )
    app = builder.build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0)
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()
