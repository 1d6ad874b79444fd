"""Hardening of `python -m bot` as a process: no secret on stderr at any level, a revoked
token ends the process, and one bot per database (`rotate-keys` and the console included)."""

from __future__ import annotations

import asyncio
import hashlib
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.crypto import generate_key
from bot.demo import DemoTrakt, DemoTraktServer
from bot.testkit.fakebot import FakeBotAPIServer, FakeTelegram
from tests.helpers import wait_for
from tests.test_process import (
    TOKEN,
    _env,
    _post_update,
    _reply,
    _say,
    _start_bot,
    _stop,
)
from tests.test_process import _free_port as free_port

Servers = tuple[FakeTelegram, DemoTrakt, str, str]


@pytest.fixture
async def servers() -> AsyncIterator[Servers]:
    telegram = FakeTelegram()
    demo = DemoTrakt(approve_after=None, device_interval=1)
    async with FakeBotAPIServer(telegram) as botapi, DemoTraktServer(demo) as trakt:
        yield telegram, demo, botapi.url, trakt.url


def _problem_lines(log: str) -> list[str]:
    """Lines that are not ordinary timestamped log records (what an operator sees as the error)."""
    return [line for line in log.splitlines() if line and not line[:4].isdigit()]


async def _finish(proc: asyncio.subprocess.Process, within: float = 30) -> str:
    _, err = await asyncio.wait_for(proc.communicate(), timeout=within)
    return err.decode()


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


async def test_a_token_revoked_while_polling_ends_the_process(
    servers: Servers, tmp_path: Path
) -> None:
    telegram, _, botapi, trakt = servers
    proc = await _start_bot(_env(tmp_path, botapi, trakt, generate_key()), tmp_path)
    try:
        assert "Hi, Ann!" in await _say(telegram, 1001, "/start")
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


async def test_debug_logs_carry_no_secret_through_a_session(
    servers: Servers, tmp_path: Path
) -> None:
    telegram, demo, botapi, trakt = servers
    env = _env(tmp_path, botapi, trakt, generate_key()) | {"LOG_LEVEL": "DEBUG"}
    proc = await _start_bot(env, tmp_path)
    try:
        user_code = await _link_by_device(telegram, demo, 1001)
        pasted = demo.new_authorization_code("alice")
        assert "Linked as" in await _say(telegram, 1002, f"/link {pasted}")
        assert "Trending shows" in await _say(telegram, 1002, "/trending")
    finally:
        log = await _stop(proc)
    assert proc.returncode == 0, log
    assert "Calling Bot API endpoint" in log  # DEBUG really was on
    secrets = {
        "bot token": TOKEN.split(":")[1],
        "client secret": "demo-client-secret",
        "device user code": user_code,
        "pasted code": pasted,
        "encryption key": env["BOT_ENCRYPTION_KEY"],
    }
    for token in demo.oauth.tokens.values():
        secrets[f"access token of {token.username}"] = token.access_token
        secrets[f"refresh token of {token.username}"] = token.refresh_token
    for device in demo.oauth.device_codes.values():
        secrets["device code"] = device.device_code
    leaks = [name for name, value in secrets.items() if value in log]
    assert not leaks, leaks


async def test_debug_logs_in_webhook_mode_carry_no_webhook_secret(
    servers: Servers, tmp_path: Path
) -> None:
    telegram, _, botapi, trakt = servers
    port = free_port()
    env = _env(tmp_path, botapi, trakt, generate_key()) | {
        "WEBHOOK_URL": "https://bot.example.test/hook/in",
        "PORT": str(port),
        "LOG_LEVEL": "DEBUG",
    }
    secret = hashlib.sha256(f"webhook:{TOKEN}".encode()).hexdigest()[:64]
    user = telegram.user(1001, "Ann")
    chat = telegram.private_chat(user)
    proc = await _start_bot(env, tmp_path)
    try:
        update = telegram.message_update(user, chat, "/start")
        assert await _post_update(port, update, secret) == 200
        assert "Hi, Ann!" in await _reply(telegram, chat.id, 0)
    finally:
        log = await _stop(proc)
    assert "setWebhook" in log  # the call was logged, at DEBUG
    assert secret not in log and secret[:16] not in log


async def _run(*args: str, env: dict[str, str], cwd: Path) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        env=env,
        cwd=cwd,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout=30)
    assert proc.returncode is not None
    return proc.returncode, out.decode() + err.decode()


async def test_one_bot_per_database(servers: Servers, tmp_path: Path) -> None:
    telegram, _, botapi, trakt = servers
    key = generate_key()
    env = _env(tmp_path, botapi, trakt, key)
    first = await _start_bot(env, tmp_path)
    try:
        assert "Hi, Ann!" in await _say(telegram, 1001, "/start")
        for command in (("run",), ("rotate-keys",), ("console",)):
            code, output = await _run(*command, env=env, cwd=tmp_path)
            assert code not in (0, 130), (command, output)
            assert "Traceback" not in output, output
            lines = [line for line in output.splitlines() if line.strip()]
            assert len(lines) == 1 and "another bot" in lines[0], (command, output)
            assert env["BOT_DATABASE"] in lines[0]
        assert first.returncode is None  # the running bot is untouched
        assert "/trending" in await _say(telegram, 1001, "/help")
    finally:
        await _stop(first)
    # Once it stopped, rotate-keys runs.
    newer = env | {"BOT_ENCRYPTION_KEY": f"{generate_key()},{key}"}
    code, output = await _run("rotate-keys", env=newer, cwd=tmp_path)
    assert code == 0, output


async def test_the_demo_console_beside_a_running_bot(servers: Servers, tmp_path: Path) -> None:
    telegram, _, botapi, trakt = servers
    env = _env(tmp_path, botapi, trakt, generate_key())
    first = await _start_bot(env, tmp_path)
    try:
        assert "Hi, Ann!" in await _say(telegram, 1001, "/start")
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "console",
            "--demo",
            env=env,
            cwd=tmp_path,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(proc.communicate(b"/start\n/quit\n"), timeout=60)
        assert proc.returncode == 0, err.decode()
        assert "Hi, You!" in out.decode()
    finally:
        await _stop(first)
