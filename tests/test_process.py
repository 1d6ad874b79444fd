"""The real entry points as separate processes: `python -m bot` (long polling against the
fake Bot API and the demo Trakt), `console --demo`, `rotate-keys`; and its hardening: no
secret on stderr at any level, a rejected or revoked token ends the process in one line,
one bot per database (`run`, `rotate-keys` and the console included).

A process costs the suite a second or two to start, so each test here runs one process
through everything that process can show, and what needs no process boundary is tested
in-process elsewhere (webhook mode: tests/test_ops_webhook.py).
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.crypto import generate_key
from bot.demo import DemoTrakt, DemoTraktServer
from bot.i18n import shared_i18n
from bot.testkit.fakebot import FakeBotAPIServer, FakeTelegram
from tests.helpers import wait_for
from tests.test_console_party import SCRIPT as PARTY

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "4242:process-test-token-aaaaaaaaaaaaaaaaaaaa"

Servers = tuple[FakeTelegram, DemoTrakt, str, str]


@pytest.fixture
async def servers() -> AsyncIterator[Servers]:
    """The fake Bot API and the demo Trakt (device codes approved when a test says) on
    127.0.0.1, for a bot in another process."""
    telegram = FakeTelegram()
    demo = DemoTrakt(approve_after=None, device_interval=1)
    async with FakeBotAPIServer(telegram) as botapi, DemoTraktServer(demo) as trakt:
        yield telegram, demo, botapi.url, trakt.url


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


async def _finish(proc: asyncio.subprocess.Process, within: float = 30) -> str:
    """Wait for a process that ends by itself; its stderr."""
    _, err = await asyncio.wait_for(proc.communicate(), timeout=within)
    return err.decode()


async def _run(
    *args: str, env: dict[str, str], cwd: Path, stdin: bytes | None = None
) -> tuple[int, str, str]:
    """`python -m bot <args>` to its end: exit code, stdout, stderr."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        env=env,
        cwd=cwd,
        stdin=asyncio.subprocess.DEVNULL if stdin is None else asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(stdin), timeout=60)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


def _problem_lines(log: str) -> list[str]:
    """Lines that are not ordinary timestamped log records (what an operator sees as the error)."""
    return [line for line in log.splitlines() if line and not line[:4].isdigit()]


# -- one long-polling bot, from its first message to a revoked token -----------------------


async def _link_by_device(telegram: FakeTelegram, demo: DemoTrakt, user_id: int) -> str:
    shown = await _say(telegram, user_id, "/link")
    user_code = next(d.user_code for d in demo.oauth.device_codes.values() if not d.used)
    assert user_code in shown
    demo.approve(user_code, "demo")
    await wait_for(
        lambda: any("Linked as" in m.content for m in telegram.bot_messages(user_id)),
        timeout=20,
        what="the device link to finish",
    )
    return user_code


async def _choose_russian(telegram: FakeTelegram, user_id: int) -> None:
    await _say(telegram, user_id, "/language")
    language_message = telegram.bot_messages(user_id)[-1]
    data = next(
        button["callback_data"]
        for row in language_message.inline_keyboard
        for button in row
        if button["text"].endswith("Русский")
    )
    user = telegram.user(user_id, "Ann")
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


async def _others_refused(env: dict[str, str], cwd: Path) -> None:
    """While a bot runs, no second `run`, no `rotate-keys` and no console on its database."""
    for command in ("run", "rotate-keys", "console"):
        code, out, err = await _run(command, env=env, cwd=cwd)
        output = out + err
        assert code not in (0, 130), (command, output)
        assert "Traceback" not in output, output
        lines = [line for line in output.splitlines() if line.strip()]
        assert len(lines) == 1 and "another bot" in lines[0], (command, output)
        assert env["BOT_DATABASE"] in lines[0]


async def _demo_console_beside(env: dict[str, str], cwd: Path) -> None:
    """`console --demo` with the running bot's settings keeps to its own database; typed
    words press buttons, and it plays a watch party (tests/test_console_party.py)."""
    russian = shared_i18n().languages.index("ru") + 1  # the language buttons' numbers
    script = f"/start\n/trending\n/popular\n▶\n/language\n{russian}\n/help\n" + PARTY
    code, text, err = await _run("console", "--demo", env=env, cwd=cwd, stdin=script.encode())
    assert code == 0, err
    assert "/as demo|alice|bob|carol" in text  # the banner
    assert "Hi, You!" in text
    assert "Trending shows" in text and "✓ 📺 Shows" in text
    assert "Popular shows · page 2 of" in text  # typing ▶ pressed it and edited the message
    assert "Что я умею" in text  # /language → Русский, then /help in Russian
    assert "🏆 Tonight: Dune: Part Two (2024)" in text
    assert "Traceback" not in text + err


def _leaks(log: str, env: dict[str, str], demo: DemoTrakt, codes: dict[str, str]) -> list[str]:
    secrets = {
        "bot token": TOKEN.split(":")[1],
        "client secret": "demo-client-secret",
        "encryption key": env["BOT_ENCRYPTION_KEY"],
        **codes,
    }
    for token in demo.oauth.tokens.values():
        secrets[f"access token of {token.username}"] = token.access_token
        secrets[f"refresh token of {token.username}"] = token.refresh_token
    for device in demo.oauth.device_codes.values():
        secrets["device code"] = device.device_code
    return [name for name, value in secrets.items() if value in log]


async def test_a_polling_bot_from_its_first_answer_to_a_revoked_token(
    servers: Servers, tmp_path: Path
) -> None:
    """At DEBUG: it answers, links both ways, saves a language; meanwhile it is the only
    bot on its database and the demo console runs beside it; it stops cleanly with no
    secret in its log. Keys are rotated once it stopped; started again it keeps its data;
    a token revoked while it polls ends it in one line."""
    telegram, demo, botapi, trakt = servers
    key = generate_key()
    env = _env(tmp_path, botapi, trakt, key) | {"LOG_LEVEL": "DEBUG"}
    proc = await _start_bot(env, tmp_path)
    try:
        assert "Hi, Ann!" in await _say(telegram, 1001, "/start")
        assert "Trending shows" in await _say(telegram, 1001, "/trending")
        user_code = await _link_by_device(telegram, demo, 1001)
        pasted = demo.new_authorization_code("alice")
        assert "Linked as" in await _say(telegram, 1002, f"/link {pasted}")
        await _choose_russian(telegram, 1001)
        await _others_refused(env, tmp_path)
        await _demo_console_beside(env, tmp_path)
        assert proc.returncode is None  # the running bot is untouched
        assert "/trending" in await _say(telegram, 1002, "/help")
    finally:
        log = await _stop(proc)
    assert proc.returncode == 0, log
    assert "Calling Bot API endpoint" in log  # DEBUG really was on
    codes = {"device user code": user_code, "pasted code": pasted}
    assert not _leaks(log, env, demo, codes)
    assert (tmp_path / "db" / "bot.sqlite3").exists()
    assert telegram.commands, "command menus were not published"

    # Once it stopped, rotate-keys runs; the bot starts again on the new key.
    newer = env | {"BOT_ENCRYPTION_KEY": f"{generate_key()},{key}", "LOG_LEVEL": "INFO"}
    code, out, err = await _run("rotate-keys", env=newer, cwd=tmp_path)
    assert code == 0, out + err
    proc = await _start_bot(newer, tmp_path)
    try:
        assert "Что я умею" in await _say(telegram, 1001, "/help")
        telegram.token = "4242:a-new-token-after-revoke-cccccccccc"  # every call: 401
        telegram.release_waiters()
        log = await _finish(proc)
    finally:
        if proc.returncode is None:
            await _stop(proc)
    assert proc.returncode not in (0, None), log
    assert "Traceback" not in log and TOKEN.split(":")[1] not in log, log
    problems = _problem_lines(log)
    assert len(problems) == 1 and "TELEGRAM_BOT_TOKEN" in problems[0], log


async def test_a_rejected_token_at_start_is_one_line_without_the_token(
    tmp_path: Path,
) -> None:
    telegram = FakeTelegram(token="4242:the-real-token-bbbbbbbbbbbbbbbbbbbb")
    async with FakeBotAPIServer(telegram) as botapi, DemoTraktServer(DemoTrakt()) as trakt:
        proc = await _start_bot(_env(tmp_path, botapi.url, trakt.url, generate_key()), tmp_path)
        log = await _finish(proc)
    assert proc.returncode not in (0, None)
    assert TOKEN not in log and TOKEN.split(":")[1] not in log, log
    assert "Traceback" not in log, log
    problems = _problem_lines(log)
    assert len(problems) == 1 and "TELEGRAM_BOT_TOKEN" in problems[0], log


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _listening(port: int) -> bool:
    """Whether something accepts connections on 127.0.0.1:port."""
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


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
    code, out, err = await _run("rotate-keys", env=env, cwd=tmp_path)
    assert code == 0, err
    assert "1 row" in out
    with Store(db, TokenCipher([new])) as store:
        assert store.get_account(7).access_token == "acc-tok"
