"""`python -m bot check`: one line each for the settings, Telegram and Trakt, exit 0 only
when all work, no secret in its output, and never the database (it runs beside a bot)."""

from __future__ import annotations

import asyncio
import functools
import os
import socket
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot import check as check_module
from bot.check import Result, check, check_database, check_telegram, check_trakt
from bot.config import Mode, Settings, load_settings
from bot.crypto import generate_key
from bot.demo import DemoTrakt, DemoTraktServer
from bot.store import hold_database
from bot.telegram_http import AiohttpRequest
from bot.testkit.fakebot import FakeBotAPIServer, FakeTelegram

TOKEN = "4242:check-test-token-aaaaaaaaaaaaaaaaaaaaaa"
Servers = tuple[FakeTelegram, DemoTrakt, str, str]


@pytest.fixture
async def servers() -> AsyncIterator[Servers]:
    telegram = FakeTelegram(token=TOKEN, bot_username="checked_bot")
    demo = DemoTrakt()
    async with FakeBotAPIServer(telegram) as botapi, DemoTraktServer(demo) as trakt:
        yield telegram, demo, botapi.url, trakt.url


def _env(tmp_path: Path, botapi: str, trakt: str, **overrides: str) -> dict[str, str]:
    return {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TRAKT_CLIENT_ID": "demo-client-id",
        "TRAKT_CLIENT_SECRET": "demo-client-secret",
        "BOT_ENCRYPTION_KEY": generate_key(),
        "BOT_DATABASE": str(tmp_path / "db" / "bot.sqlite3"),
        "TELEGRAM_API_URL": botapi,
        "TRAKT_API_URL": trakt,
        "TRAKT_AUTH_URL": trakt,
        **overrides,
    }


def _settings(env: dict[str, str]) -> Settings:
    return load_settings(Mode.RUN, environ=env, env_file=None)


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield int(sock.getsockname()[1])


async def _run_cli(env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "check",
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **env},
        cwd=cwd,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout=60)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def test_all_working_is_three_ok_lines_and_exit_0_beside_a_running_bot(
    servers: Servers, tmp_path: Path
) -> None:
    _, _, botapi, trakt = servers
    env = _env(tmp_path, botapi, trakt)
    database = Path(env["BOT_DATABASE"])
    database.parent.mkdir()
    with hold_database(database):  # a bot runs on this database: check does not care
        code, out, err = await _run_cli(env, tmp_path)
    assert code == 0, out + err
    assert out.splitlines() == [
        "settings: ok (long polling)",
        f"database: ok ({database}, created at first start)",
        "telegram: ok (@checked_bot)",
        "trakt: ok",
    ]
    assert not database.exists(), "check never opens the database"  # noqa: ASYNC240
    for secret in (TOKEN, TOKEN.split(":")[1], "demo-client-secret", env["BOT_ENCRYPTION_KEY"]):
        assert secret not in out + err


async def test_a_rejected_token_and_a_rejected_client_id_exit_1(
    servers: Servers, tmp_path: Path
) -> None:
    _, _, botapi, trakt = servers
    wrong = "4242:revoked-token-bbbbbbbbbbbbbbbbbbbbbbbbb"
    env = _env(tmp_path, botapi, trakt, TELEGRAM_BOT_TOKEN=wrong, TRAKT_CLIENT_ID="nope")
    code, out, err = await _run_cli(env, tmp_path)
    assert code == 1, out + err
    lines = out.splitlines()
    assert lines[0] == "settings: ok (long polling)"
    assert lines[2].startswith("telegram: token rejected (TELEGRAM_BOT_TOKEN is revoked")
    assert "TELEGRAM_API_URL is not a Bot API server" in lines[2]  # not the default URL
    assert lines[3].startswith("trakt: client id rejected (TRAKT_CLIENT_ID")
    assert wrong.split(":")[1] not in out + err and "Traceback" not in err


async def test_invalid_settings_are_one_line_and_exit_2(tmp_path: Path) -> None:
    code, out, err = await _run_cli({"BOT_ENCRYPTION_KEY": generate_key()}, tmp_path)
    assert code == 2, out + err
    assert out.splitlines() == [
        "settings: invalid (TELEGRAM_BOT_TOKEN is not set: the token @BotFather gave you"
        " (see .env.example))"
    ]
    assert "Traceback" not in err


def test_webhook_mode_is_named_and_invalid_log_format_is_a_settings_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    env = _env(Path("/tmp"), "https://tg.test", "https://trakt.test")
    env["BOT_DATABASE"] = "/tmp/bot.sqlite3"
    lines: list[str] = []

    async def fine(settings: Settings) -> list[Result]:
        return [Result("telegram", "ok", "@b"), Result("trakt", "ok")]

    monkeypatch.setattr(check_module, "run_checks", fine)
    webhook = env | {"WEBHOOK_URL": "https://bot.example/hook", "PORT": "8443"}
    assert check(lambda: _settings(webhook), lines.append) == 0
    assert lines[0] == "settings: ok (webhook mode on port 8443)"
    assert lines[1] == "database: ok (/tmp/bot.sqlite3, created at first start)"

    lines.clear()
    assert check(lambda: _settings(env | {"LOG_FORMAT": "xml"}), lines.append) == 2
    assert len(lines) == 1 and lines[0].startswith("settings: invalid (LOG_FORMAT must be")


def test_every_line_is_redacted(monkeypatch: pytest.MonkeyPatch) -> None:
    env = _env(Path("/tmp"), "https://tg.test", "https://trakt.test")
    settings = _settings(env)

    async def leaky(settings: Settings) -> list[Result]:
        return [
            Result("telegram", "unreachable", f"POST https://x/bot{TOKEN}/getMe failed"),
            Result("trakt", "error", f"{settings.trakt_client_secret} {env['BOT_ENCRYPTION_KEY']}"),
        ]

    monkeypatch.setattr(check_module, "run_checks", leaky)
    lines: list[str] = []
    assert check(lambda: settings, lines.append) == 1
    text = "\n".join(lines)
    assert TOKEN.split(":")[1] not in text and "demo-client-secret" not in text
    assert env["BOT_ENCRYPTION_KEY"] not in text and "[redacted]" in text


async def test_unreachable_servers(servers: Servers, tmp_path: Path, closed_port: int) -> None:
    closed = f"http://127.0.0.1:{closed_port}"
    settings = _settings(_env(tmp_path, closed, closed))
    (telegram,), trakt = await asyncio.gather(check_telegram(settings), check_trakt(settings))
    assert telegram.line() == "telegram: unreachable (connection refused)"
    assert trakt.line() == "trakt: unreachable (connection refused)"
    assert not telegram.ok and not trakt.ok


async def test_silent_servers_time_out(
    silent_port: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(check_module, "TRAKT_TIMEOUT", 0.3)
    monkeypatch.setattr(
        check_module, "AiohttpRequest", functools.partial(AiohttpRequest, read_timeout=0.3)
    )
    silent = f"http://127.0.0.1:{silent_port}"
    settings = _settings(_env(tmp_path, silent, silent))
    (telegram,), trakt = await asyncio.gather(check_telegram(settings), check_trakt(settings))
    assert telegram.line() == "telegram: unreachable (timeout)"
    assert trakt.line() == "trakt: unreachable (timeout)"


@pytest.mark.parametrize(
    ("status", "headers", "body", "line"),
    [
        (503, {}, "", "trakt: down (HTTP 503)"),
        (429, {"Retry-After": "60"}, "", "trakt: rate limited (HTTP 429, try again in 60 s)"),
        (
            403,
            {"Server": "cloudflare", "Content-Type": "text/html"},
            "<html>Attention Required! | Cloudflare</html>",
            "trakt: blocked (Cloudflare answered 403 in front of Trakt)",
        ),
        (418, {}, "", "trakt: error (HTTP 418)"),
    ],
)
async def test_trakt_answers_that_are_not_ok(
    servers: Servers,
    tmp_path: Path,
    status: int,
    headers: dict[str, str],
    body: str,
    line: str,
) -> None:
    _, demo, botapi, trakt = servers
    demo.fail("GET", "/movies/trending", status, headers=headers, body=body)
    result = await check_trakt(_settings(_env(tmp_path, botapi, trakt)))
    assert result.line() == line and not result.ok
    assert len(demo.requests) == 1, "no retries: one request"


def test_the_database_line_says_whether_the_bot_can_write(tmp_path: Path) -> None:
    database = tmp_path / "data" / "bot.sqlite3"
    assert check_database(database).line() == f"database: ok ({database}, created at first start)"
    database.parent.mkdir()
    database.write_bytes(b"x" * 2_500_000)
    assert check_database(database).line() == f"database: ok ({database}, 2.5 MB)"
    assert check_database(tmp_path).status == "not a file"
    if os.geteuid() == 0:  # root writes anything: the modes below prove nothing
        return
    database.chmod(0o400)
    assert check_database(database).status == "not writable"
    database.chmod(0o600)
    database.parent.chmod(0o500)  # SQLite could not create its journal beside the file
    try:
        assert check_database(database).status == "folder not writable"
        assert not check_database(database.parent / "sub" / "new.sqlite3").ok
    finally:
        database.parent.chmod(0o700)


async def test_the_webhook_line_in_both_modes(servers: Servers, tmp_path: Path) -> None:
    telegram, _, botapi, trakt = servers
    hook = "https://bot.example/hook"
    polling = _settings(_env(tmp_path, botapi, trakt))
    webhook = _settings(_env(tmp_path, botapi, trakt, WEBHOOK_URL=hook))
    assert [r.name for r in await check_telegram(polling)] == ["telegram"]  # nothing to say
    (_, line) = await check_telegram(webhook)
    assert line.line() == "webhook: ok (not set yet: the bot sets WEBHOOK_URL at start)"

    telegram.webhook = {"url": hook, "max_connections": 40}
    (_, line) = await check_telegram(webhook)
    assert line.line() == "webhook: ok (set to WEBHOOK_URL, 0 updates waiting)"
    (_, line) = await check_telegram(polling)
    assert line.ok and "long polling removes it at start" in line.detail

    failed = int(time.time()) - 600
    telegram.webhook |= {"last_error_date": failed, "last_error_message": "Connection refused"}
    (_, line) = await check_telegram(webhook)
    assert line.line() == (
        "webhook: failing (Telegram's delivery failed 10 min ago: Connection refused;"
        " 0 updates waiting)"
    )
    telegram.webhook |= {"last_error_date": failed - 7200}  # old news: it works since
    (_, line) = await check_telegram(webhook)
    assert line.ok
    telegram.webhook = {"url": "https://other.example/x", "max_connections": 40}
    (_, line) = await check_telegram(webhook)
    assert line.line() == "webhook: ok (set to another URL: the bot sets WEBHOOK_URL at start)"
