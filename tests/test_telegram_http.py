"""Our Bot API transport (bot/telegram_http.py) where the network misbehaves.

The calls that work are covered twice over: tests/test_fakebot_api.py runs every Bot API
case on PTB's transport and on ours, and a chat below runs the whole bot on ours (the
other chat tests reach the fake Bot API in-process).
"""

from __future__ import annotations

import asyncio
import json
import socket
import ssl
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from telegram import Bot
from telegram.error import NetworkError, TimedOut

from bot.config import Mode, load_settings
from bot.telegram_http import AiohttpRequest, _tls_context
from bot.testkit.fakebot import FakeBotAPIServer, FakeTelegram
from bot.testkit.harness import running
from tests.helpers import wait_for

TOKEN = "123456:TEST-token"


@dataclass
class Silent:
    """A server that accepts connections and never answers."""

    url: str
    held: list[asyncio.StreamWriter] = field(default_factory=list)


@pytest.fixture
async def silent() -> AsyncIterator[Silent]:
    """A silent server on 127.0.0.1; `held` are the connections it accepted."""
    found = Silent("")

    async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        found.held.append(writer)

    server = await asyncio.start_server(accept, "127.0.0.1", 0)
    found.url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    try:
        yield found
    finally:
        for writer in found.held:
            writer.close()
        server.close()
        await server.wait_closed()


@pytest.fixture
async def request_() -> AsyncIterator[AiohttpRequest]:
    request = AiohttpRequest(connections=1, read_timeout=0.2)
    await request.initialize()
    try:
        yield request
    finally:
        await request.shutdown()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_nobody_listening_is_a_network_error(request_: AiohttpRequest) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/bot{TOKEN}/getMe"
    with pytest.raises(NetworkError, match=r"aiohttp\.ClientConnectorError"):
        await request_.do_request(url, "POST")


async def test_a_silent_server_times_out(request_: AiohttpRequest, silent: Silent) -> None:
    with pytest.raises(TimedOut):
        await request_.do_request(f"{silent.url}/bot{TOKEN}/getMe", "POST")


async def test_a_full_pool_times_out_without_sending(
    request_: AiohttpRequest, silent: Silent
) -> None:
    url = f"{silent.url}/bot{TOKEN}/sendMessage"
    busy = asyncio.ensure_future(request_.do_request(url, "POST", read_timeout=5))
    await wait_for(lambda: silent.held, what="the first call to hold the only connection")
    try:
        with pytest.raises(TimedOut, match="not sent"):
            await request_.do_request(url, "POST", pool_timeout=0.1)
    finally:
        busy.cancel()
        await asyncio.gather(busy, return_exceptions=True)


async def test_timeouts_given_per_call_win(silent: Silent) -> None:
    request = AiohttpRequest(read_timeout=30)
    await request.initialize()
    loop = asyncio.get_running_loop()
    started = loop.time()
    try:
        with pytest.raises(TimedOut):
            await request.do_request(f"{silent.url}/bot{TOKEN}/getMe", "POST", read_timeout=0.05)
    finally:
        await request.shutdown()
    assert loop.time() - started < 5  # the call's 0.05 s, not the default 30 s


async def test_long_polling_waits_longer_than_the_read_timeout() -> None:
    telegram = FakeTelegram(token=TOKEN)
    async with FakeBotAPIServer(telegram) as server:
        request = AiohttpRequest(read_timeout=0.2)
        async with Bot(TOKEN, base_url=server.base_url, request=request) as bot:
            # PTB adds the long-poll timeout to the read timeout: 0.6 s of waiting is fine.
            assert await bot.get_updates(timeout=0.6) == ()


async def test_not_initialized_then_reusable_after_shutdown() -> None:
    request = AiohttpRequest()
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request("http://127.0.0.1:1/x", "POST")
    telegram = FakeTelegram(token=TOKEN)
    async with FakeBotAPIServer(telegram) as server:
        for _ in range(2):  # initialize → shutdown → initialize again, as PTB may
            await request.initialize()
            status, body = await request.do_request(f"{server.base_url}{TOKEN}/getMe", "POST")
            assert status == 200 and json.loads(body)["result"]["is_bot"] is True
            await request.shutdown()
            await request.shutdown()  # twice is harmless


async def test_the_bot_talks_to_telegram_through_it(tmp_path: Path) -> None:
    """In production (and over loopback) the bot uses our transport; most chat tests skip
    the sockets (OfflineRequest), so this one chats over them."""
    settings = load_settings(Mode.DEMO, {}, env_file=None)
    async with running(settings, data_dir=tmp_path) as bot:
        assert isinstance(bot.app.bot.request, AiohttpRequest)
        assert bot.botapi is not None and bot.settings.telegram_api_url == bot.botapi.url
        chat = bot.chat()
        await chat.say("/help")
        assert "/trending" in chat.text()


def test_the_tls_context_is_built_once_and_verifies() -> None:
    first, second = _tls_context(), _tls_context()
    assert first is second  # loading the CA bundle is slow: once per process
    assert first.verify_mode == ssl.CERT_REQUIRED and first.check_hostname
