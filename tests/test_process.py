"""The real entry points as separate processes: `python -m bot` (long polling against the
fake Bot API and the demo Trakt), `console --demo`, `rotate-keys`."""

from __future__ import annotations

import asyncio
import hashlib
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from bot.crypto import generate_key
from bot.demo import DemoTrakt, DemoTraktServer
from bot.i18n import shared_i18n
from bot.testkit.fakebot import FakeBotAPIServer, FakeTelegram
from tests.helpers import wait_for

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "4242:process-test-token-aaaaaaaaaaaaaaaaaaaa"


@pytest.fixture
async def servers() -> AsyncIterator[tuple[FakeTelegram, str, str]]:
    telegram = FakeTelegram()
    async with FakeBotAPIServer(telegram) as botapi, DemoTraktServer(DemoTrakt()) as trakt:
        yield telegram, botapi.url, trakt.url


def _env(tmp_path: Path, botapi: str, trakt: str, key: str) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TRAKT_CLIENT_ID": "demo-client-id",
        "TRAKT_CLIENT_SECRET": "demo-client-secret",
        "BOT_ENCRYPTION_KEY": key,
        "BOT_DATABASE": str(tmp_path / "db" / "bot.sqlite3"),
        "TELEGRAM_API_URL": botapi,
        "TRAKT_API_URL": trakt,
        "TRAKT_AUTH_URL": trakt,
        "LOG_LEVEL": "INFO",
    }


async def _start_bot(env: dict[str, str], cwd: Path) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        env=env,
        cwd=cwd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def _reply(telegram: FakeTelegram, chat_id: int, after: int, within: float = 20) -> str:
    sent = await wait_for(
        lambda: [m for m in telegram.bot_messages(chat_id) if m.message_id > after],
        timeout=within,
        what="the bot's answer",
    )
    return sent[-1].content


async def _say(telegram: FakeTelegram, user_id: int, text: str, language: str = "en") -> str:
    user = telegram.user(user_id, "Ann", language_code=language)
    chat = telegram.private_chat(user)
    last = max((m.message_id for m in telegram.messages(chat.id)), default=0)
    telegram.enqueue(telegram.message_update(user, chat, text))
    return await _reply(telegram, chat.id, last + 1)


async def _stop(proc: asyncio.subprocess.Process) -> str:
    proc.send_signal(signal.SIGINT)
    _, err = await asyncio.wait_for(proc.communicate(), timeout=20)
    return err.decode()


async def test_long_polling_bot_answers_and_keeps_data_across_restarts(
    servers: tuple[FakeTelegram, str, str], tmp_path: Path
) -> None:
    telegram, botapi, trakt = servers
    env = _env(tmp_path, botapi, trakt, generate_key())
    proc = await _start_bot(env, tmp_path)
    try:
        assert "Hi, Ann!" in await _say(telegram, 1001, "/start")
        assert "Trending shows" in await _say(telegram, 1001, "/trending")
        await _say(telegram, 1001, "/language")
        language_message = telegram.bot_messages(1001)[-1]
        data = next(
            button["callback_data"]
            for row in language_message.inline_keyboard
            for button in row
            if button["text"].endswith("Русский")
        )
        user = telegram.user(1001, "Ann")
        press = telegram.callback_update(
            user, telegram.private_chat(user), language_message.message_id, data
        )
        telegram.enqueue(press)
        pressed = press["callback_query"]["id"]  # answered once the choice is saved
        await wait_for(
            lambda: any(a.query_id == pressed for a in telegram.callback_answers),
            timeout=20,
            what="the language button's answer",
        )
    finally:
        log = await _stop(proc)
    assert proc.returncode == 0, log
    assert TOKEN.split(":")[1] not in log
    assert (tmp_path / "db" / "bot.sqlite3").exists()
    assert telegram.commands, "command menus were not published"

    proc = await _start_bot(env, tmp_path)
    try:
        assert "Что я умею" in await _say(telegram, 1001, "/help")
    finally:
        await _stop(proc)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _listening(port: int) -> bool:
    """Whether something accepts connections on 127.0.0.1:port."""
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


async def _post_update(port: int, update: dict[str, object], secret: str) -> int:
    """POST one update to the bot's webhook as Telegram would, once it listens; the status."""
    await wait_for(lambda: _listening(port), timeout=20, what="the webhook server to listen")
    async with httpx.AsyncClient() as client:
        answer = await client.post(
            f"http://127.0.0.1:{port}/hook/in",
            json=update,
            headers={"X-Telegram-Bot-Api-Secret-Token": secret},
        )
        return answer.status_code


async def test_webhook_mode_registers_and_answers(
    servers: tuple[FakeTelegram, str, str], tmp_path: Path
) -> None:
    telegram, botapi, trakt = servers
    port = _free_port()
    env = _env(tmp_path, botapi, trakt, generate_key()) | {
        "WEBHOOK_URL": "https://bot.example.test/hook/in",
        "PORT": str(port),
    }
    secret = hashlib.sha256(f"webhook:{TOKEN}".encode()).hexdigest()[:64]
    user = telegram.user(1001, "Ann")
    chat = telegram.private_chat(user)
    proc = await _start_bot(env, tmp_path)
    try:
        stranger = await _post_update(port, telegram.message_update(user, chat, "/help"), "x")
        assert stranger == 403  # a caller without the secret is refused
        assert (
            await _post_update(port, telegram.message_update(user, chat, "/start"), secret) == 200
        )
        assert "Hi, Ann!" in await _reply(telegram, chat.id, 0)
        assert telegram.webhook is not None
        assert telegram.webhook["url"] == "https://bot.example.test/hook/in"
        assert telegram.webhook["secret_token"] == secret
    finally:
        log = await _stop(proc)
    assert proc.returncode == 0, log
    assert "webhook mode" in log and TOKEN.split(":")[1] not in log


async def test_console_demo_session(tmp_path: Path) -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "console",
        "--demo",
        env={"PATH": os.environ.get("PATH", "")},
        cwd=tmp_path,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    russian = shared_i18n().languages.index("ru") + 1  # the language buttons' numbers
    script = f"/start\n/trending\n/popular\n▶\n/language\n{russian}\n/help\n/quit\n"
    out, err = await asyncio.wait_for(proc.communicate(script.encode()), timeout=60)
    text = out.decode()
    assert proc.returncode == 0, err.decode()
    assert "Hi, You!" in text
    assert "Trending shows" in text and "✓ 📺 Shows" in text
    assert "Popular shows · page 2 of" in text  # typing ▶ pressed it and edited the message
    assert "Что я умею" in text  # /language → Русский, then /help in Russian
    assert "Traceback" not in text + err.decode()


async def test_rotate_keys_command(tmp_path: Path) -> None:
    from bot.crypto import TokenCipher
    from bot.store import Account, Store

    old, new = generate_key(), generate_key()
    db = tmp_path / "bot.sqlite3"
    with Store(db, TokenCipher([old])) as store:
        store.save_account(Account(7, "sean", "sean", None, False, "acc-tok", "ref-tok", 10, 5))
    env = {
        "PATH": os.environ.get("PATH", ""),
        "BOT_DATABASE": str(db),
        "BOT_ENCRYPTION_KEY": f"{new},{old}",
    }
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "rotate-keys",
        env=env,
        cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout=30)
    assert proc.returncode == 0, err.decode()
    assert "1 row" in out.decode()
    with Store(db, TokenCipher([new])) as store:
        assert store.get_account(7).access_token == "acc-tok"
