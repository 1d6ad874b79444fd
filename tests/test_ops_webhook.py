"""Webhook mode's own server: it registers the webhook with its secret, takes updates only
with the secret, a health check on the same port (200 while the bot runs), JSON log lines
when LOG_FORMAT=json, and no secret in them even at DEBUG."""

from __future__ import annotations

import asyncio
import hashlib
import json
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from tornado.httpserver import HTTPServer

from bot.crypto import generate_key
from bot.demo import DemoTrakt, DemoTraktServer
from bot.testkit.fakebot import FakeBotAPIServer, FakeTelegram
from bot.webhook import MAX_BODY, SECRET_HEADER, webhook_routes
from tests.helpers import wait_for
from tests.test_process import TOKEN, _env, _free_port, _listening, _reply, _start_bot, _stop

SECRET = hashlib.sha256(f"webhook:{TOKEN}".encode()).hexdigest()[:64]
CHAT = {"id": 1, "type": "private"}
UPDATE = {"update_id": 5, "message": {"message_id": 1, "date": 0, "chat": CHAT}}


@pytest.fixture
async def servers() -> AsyncIterator[tuple[FakeTelegram, str, str]]:
    telegram = FakeTelegram()
    async with FakeBotAPIServer(telegram) as botapi, DemoTraktServer(DemoTrakt()) as trakt:
        yield telegram, botapi.url, trakt.url


async def _healthy(client: httpx.AsyncClient, within: float = 20) -> httpx.Response:
    """GET the health check until it says 200 (503 while the bot starts, nothing else)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        answer = await client.get("/healthz")
        assert answer.status_code in (200, 503), answer
        if answer.status_code == 200 or loop.time() > deadline:
            return answer
        await asyncio.sleep(0.05)


async def test_the_running_bot_registers_answers_health_and_guards_its_webhook(
    servers: tuple[FakeTelegram, str, str], tmp_path: Path
) -> None:
    telegram, botapi, trakt = servers
    port = _free_port()
    env = _env(tmp_path, botapi, trakt, generate_key()) | {
        "WEBHOOK_URL": "https://bot.example.test/hook/in",
        "PORT": str(port),
        "LOG_FORMAT": "json",
        "LOG_LEVEL": "DEBUG",
    }
    user = telegram.user(1001, "Ann")
    chat = telegram.private_chat(user)
    root = f"http://127.0.0.1:{port}"
    proc = await _start_bot(env, tmp_path)
    try:
        await wait_for(lambda: _listening(port), timeout=20, what="the webhook server")
        async with httpx.AsyncClient(base_url=root) as client:
            health = await _healthy(client)
            assert (health.status_code, health.text) == (200, "ok\n")
            assert (await client.head("/healthz")).status_code == 200
            assert (await client.post("/healthz", json={})).status_code == 405
            assert (await client.get("/hook/in")).status_code == 405
            assert (await client.get("/elsewhere")).status_code == 404

            update = telegram.message_update(user, chat, "/start")
            refused = [
                await client.post("/hook/in", json=update),
                await client.post("/hook/in", json=update, headers={SECRET_HEADER: "guess"}),
                await client.post("/hook/in", json=update, headers={SECRET_HEADER: SECRET[:-1]}),
            ]
            assert [r.status_code for r in refused] == [403, 403, 403]
            junk = await client.post(
                "/hook/in", content=b"{not json", headers={SECRET_HEADER: SECRET}
            )
            assert junk.status_code == 400
            assert not telegram.bot_messages(chat.id), "nothing refused reached the bot"

            sent = await client.post("/hook/in/", json=update, headers={SECRET_HEADER: SECRET})
            assert sent.status_code == 200
            assert "Hi, Ann!" in await _reply(telegram, chat.id, 0)
            assert telegram.webhook is not None
            assert telegram.webhook["url"] == "https://bot.example.test/hook/in"
            assert telegram.webhook["secret_token"] == SECRET
    finally:
        log = await _stop(proc)
    assert proc.returncode == 0, log
    records = [json.loads(line) for line in log.splitlines()]  # every line is one JSON object
    assert all({"time", "level", "logger", "message"} <= set(r) for r in records)
    messages = [r["message"] for r in records]
    assert any("webhook mode" in m for m in messages), messages
    assert any("a body that is not an update" in m for m in messages), messages
    assert any("setWebhook" in m for m in messages)  # the call was logged, at DEBUG
    assert TOKEN.split(":")[1] not in log
    assert SECRET not in log and SECRET[:16] not in log


async def test_a_rejected_token_in_webhook_mode_is_one_line_and_frees_the_port(
    tmp_path: Path,
) -> None:
    telegram = FakeTelegram(token="4242:the-real-token-bbbbbbbbbbbbbbbbbbbb")
    port = _free_port()
    async with FakeBotAPIServer(telegram) as botapi, DemoTraktServer(DemoTrakt()) as trakt:
        env = _env(tmp_path, botapi.url, trakt.url, generate_key()) | {
            "WEBHOOK_URL": "https://bot.example.test/hook/in",
            "PORT": str(port),
        }
        proc = await _start_bot(env, tmp_path)
        _, err = await asyncio.wait_for(proc.communicate(), timeout=30)
    log = err.decode()
    assert proc.returncode == 1, log
    assert "Traceback" not in log and TOKEN.split(":")[1] not in log, log
    assert log.splitlines()[-1].startswith("error: TELEGRAM_BOT_TOKEN was rejected"), log
    assert telegram.webhook is None and not _listening(port)


@dataclass
class _StubApp:
    """What the routes use of an Application: its state, its bot and its queue."""

    running: bool = True
    bot: Any = None
    update_queue: asyncio.Queue[Any] = field(default_factory=asyncio.Queue)


@pytest.fixture
async def routes() -> AsyncIterator[tuple[_StubApp, httpx.AsyncClient]]:
    """Only the routes, on 127.0.0.1, for a WEBHOOK_URL whose path is the root."""
    app = _StubApp()
    server = HTTPServer(webhook_routes(app, "", SECRET), max_body_size=MAX_BODY)  # type: ignore[arg-type]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server.listen(port, address="127.0.0.1")
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            yield app, client
    finally:
        server.stop()
        await server.close_all_connections()


async def test_health_is_503_while_the_bot_is_not_running(
    routes: tuple[_StubApp, httpx.AsyncClient],
) -> None:
    app, client = routes
    app.running = False
    answer = await client.get("/healthz")
    assert (answer.status_code, answer.text) == (503, "stopped\n")
    assert (await client.head("/healthz")).status_code == 503
    app.running = True
    assert (await client.get("/healthz")).status_code == 200


async def test_a_root_webhook_path_queues_updates_with_the_secret_only(
    routes: tuple[_StubApp, httpx.AsyncClient],
) -> None:
    app, client = routes
    assert (await client.post("/", json=UPDATE)).status_code == 403
    assert (await client.post("/", json=UPDATE, headers={SECRET_HEADER: SECRET})).status_code == 200
    queued = app.update_queue.get_nowait()
    assert queued.update_id == 5 and app.update_queue.empty()
    assert (await client.post("/", json=[1], headers={SECRET_HEADER: SECRET})).status_code == 400


async def test_a_stranger_cannot_make_the_server_buffer_a_huge_body(
    routes: tuple[_StubApp, httpx.AsyncClient],
) -> None:
    _, client = routes
    try:
        answer = await client.post("/", content=b"x" * (MAX_BODY + 1))
    except httpx.TransportError:
        return  # tornado closes the connection once the body passes the limit
    assert answer.status_code in (400, 413)
