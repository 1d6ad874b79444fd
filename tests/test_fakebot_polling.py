"""Long polling: a real Application's updater receives an enqueued update over HTTP."""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

from bot.testkit.fakebot import FakeBotAPIServer, FakeTelegram
from tests.helpers import wait_for

TOKEN = "123456:TEST-token"


async def test_start_polling_delivers_an_enqueued_update() -> None:
    tg = FakeTelegram(token=TOKEN)
    chat = tg.private_chat(tg.user(1001, "Ann"))
    seen: asyncio.Queue[str] = asyncio.Queue()

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Record the command and reply."""
        assert update.message is not None
        await seen.put(update.message.text or "")
        await update.message.reply_text("hello")

    async with FakeBotAPIServer(tg) as server:
        app = (
            ApplicationBuilder()
            .token(TOKEN)
            .base_url(server.base_url)
            .base_file_url(server.base_file_url)
            .build()
        )
        app.add_handler(CommandHandler("start", start))
        async with app:
            await app.start()
            assert app.updater is not None
            await app.updater.start_polling(poll_interval=0, timeout=2)
            await wait_for(lambda: tg.waiting_polls, what="the updater's long poll")
            tg.enqueue(tg.message_update(tg.users[1001], chat, "/start"))
            assert await asyncio.wait_for(seen.get(), timeout=3) == "/start"
            await app.updater.stop()
            await app.stop()
    assert tg.fetch_updates(None, 10) == []  # the cleanup call confirmed the update
    assert [m.text for m in tg.messages(chat.id)] == ["/start", "hello"]
