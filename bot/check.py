"""`python -m bot check`: are the settings valid, can the database be written, does
Telegram take the token, does Trakt take the client id? One line each, and an exit code
for scripts: 0 when all work.

It validates the settings as `run` does, looks at the database's file and folder (may the
bot create or write them?), then asks Telegram `getMe` and `getWebhookInfo` and Trakt for
one trending movie (an unauthenticated GET with the client id), Telegram and Trakt at once
and without retries. It never opens the database, so it runs beside a running bot. A
`webhook` line appears in webhook mode, or when a webhook is set while the settings say
long polling. No line carries a secret: every detail passes the log redaction with the
configured secrets.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
from telegram import Bot, WebhookInfo
from telegram.error import InvalidToken, NetworkError, TelegramError, TimedOut

from bot.config import DEFAULTS, ConfigError, Mode, Settings, load_settings
from bot.logs import RedactingFormatter
from bot.telegram_http import AiohttpRequest
from bot.trakt import TraktHTTP
from bot.trakt.errors import Forbidden, RateLimited, ServerError, TraktError, TraktUnavailable
from bot.trakt.http import RetryPolicy

# Seconds Trakt gets to answer (connecting: at most 5); Telegram has the transport's own.
TRAKT_TIMEOUT = 10.0
# A detail quoted from an error is cut to this many characters.
DETAIL_LIMIT = 120
# A webhook delivery error Telegram reports is news for this long.
RECENT_ERROR = dt.timedelta(hours=1)


@dataclass(frozen=True)
class Result:
    """What one check found: `status` is `ok` or what went wrong; `detail` says more."""

    name: str
    status: str
    detail: str = ""

    @property
    def ok(self) -> bool:
        """Whether this part works."""
        return self.status == "ok"

    def line(self) -> str:
        """`name: status (detail)`."""
        return f"{self.name}: {self.status}" + (f" ({self.detail})" if self.detail else "")


def check(
    load: Callable[[], Settings] = lambda: load_settings(Mode.RUN),
    out: Callable[[str], None] = print,
    *,
    loaded: Callable[[Settings], None] | None = None,
) -> int:
    """Run every check, print one line each; 0 when all work, 1 when one fails, 2 for bad
    settings (then nothing else is tried: there is nothing valid to try it with).

    `loaded` sees the settings once they are valid (the CLI sets up logging there).
    """
    try:
        settings = load()
    except ConfigError as exc:
        out(f"settings: invalid ({exc})")
        return 2
    if loaded is not None:
        loaded(settings)
    mode = f"webhook mode on port {settings.port}" if settings.webhook_url else "long polling"
    results = [
        Result("settings", "ok", mode),
        check_database(settings.database),
        *asyncio.run(run_checks(settings)),
    ]
    redactor = RedactingFormatter("%(message)s", _secrets(settings))
    for result in results:
        out(redactor.redact(result.line()))
    return 0 if all(result.ok for result in results) else 1


def _secrets(settings: Settings) -> list[str]:
    """What no output may show: the bot token (and its secret part), the client secret,
    the keys."""
    token = settings.telegram_token
    return [token, token.partition(":")[2], settings.trakt_client_secret, *settings.encryption_keys]


def check_database(path: Path) -> Result:
    """Whether the bot can create or write the database file and, beside it, SQLite's
    journal files (so the folder must be writable too). Opens nothing. A path the user
    running the check may not look at (another user's 0700 folder) says so."""
    try:
        return _database(path)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return Result("database", "cannot be checked", _cut(f"{path}: {reason}"))


def _database(path: Path) -> Result:
    if path.exists():
        if not path.is_file():
            return Result("database", "not a file", f"{path}: set BOT_DATABASE to a file path")
        if not os.access(path, os.R_OK | os.W_OK):
            return Result("database", "not writable", f"{path}: the bot's user cannot write it")
        if not _writable_folder(path.parent):
            return Result(
                "database", "folder not writable", f"{path.parent}: SQLite writes files beside it"
            )
        return Result("database", "ok", f"{path}, {path.stat().st_size / 1e6:.1f} MB")
    folder = path.parent
    while not folder.exists():
        folder = folder.parent
    if not folder.is_dir() or not _writable_folder(folder):
        return Result("database", "cannot be created", f"{folder} is not a writable folder")
    return Result("database", "ok", f"{path}, created at first start")


def _writable_folder(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


async def run_checks(settings: Settings) -> list[Result]:
    """Telegram and Trakt, at once."""
    telegram, trakt = await asyncio.gather(check_telegram(settings), check_trakt(settings))
    return [*telegram, trakt]


async def check_telegram(settings: Settings) -> list[Result]:
    """`getMe` with the bot's token, through the bot's own Bot API transport; then the
    webhook Telegram has for this bot, when it matters (see `webhook_result`)."""
    bot = Bot(
        settings.telegram_token,
        base_url=f"{settings.telegram_api_url}/bot",
        base_file_url=f"{settings.telegram_api_url}/file/bot",
        request=AiohttpRequest(1),
        get_updates_request=AiohttpRequest(1),
    )
    try:
        async with bot:  # initialize() asks getMe
            me = Result("telegram", "ok", f"@{bot.username}")
            try:
                info = await bot.get_webhook_info()
            except TelegramError as exc:
                return [me, Result("webhook", "unknown", _cut(f"getWebhookInfo failed: {exc}"))]
    except InvalidToken:  # its message quotes the token
        return [Result("telegram", "token rejected", _token_hint(settings))]
    except NetworkError as exc:  # TimedOut included
        return [Result("telegram", "unreachable", _network_reason(exc))]
    except TelegramError as exc:
        return [Result("telegram", "error", _cut(str(exc)))]
    webhook = webhook_result(info, settings.webhook_url, dt.datetime.now(dt.UTC))
    return [me] if webhook is None else [me, webhook]


def webhook_result(info: WebhookInfo, wanted: str, now: dt.datetime) -> Result | None:
    """What Telegram's webhook for this bot means for the settings (`wanted` is
    WEBHOOK_URL, empty for long polling); None when there is nothing to say.

    Webhook mode: set to WEBHOOK_URL is fine unless Telegram's last delivery there failed
    within `RECENT_ERROR` (a proxy or TLS in front of the bot is broken); not set, or set
    elsewhere, is fine too: the bot sets it at start. Long polling: a webhook that is set
    is removed at start, which would cut off another deployment using it: said, not failed.
    """
    waiting = f"{info.pending_update_count} updates waiting"
    if not wanted:
        if not info.url:
            return None
        return Result(
            "webhook", "ok", "one is set (another deployment?); long polling removes it at start"
        )
    if info.url != wanted:
        what = "not set yet" if not info.url else "set to another URL"
        return Result("webhook", "ok", f"{what}: the bot sets WEBHOOK_URL at start")
    failed = info.last_error_date
    if failed is not None and now - failed <= RECENT_ERROR:
        minutes = max(int((now - failed).total_seconds() // 60), 0)
        reason = info.last_error_message or "no reason given"
        return Result(
            "webhook",
            "failing",
            _cut(f"Telegram's delivery failed {minutes} min ago: {reason}; {waiting}"),
        )
    return Result("webhook", "ok", f"set to WEBHOOK_URL, {waiting}")


def _token_hint(settings: Settings) -> str:
    hint = "TELEGRAM_BOT_TOKEN is revoked or mistyped: put the current token from @BotFather in it"
    if settings.telegram_api_url != DEFAULTS["TELEGRAM_API_URL"]:
        hint += ", or TELEGRAM_API_URL is not a Bot API server"
    return hint


async def check_trakt(settings: Settings) -> Result:
    """One trending movie, with the client id and no user token; no retries."""
    http = TraktHTTP(
        api_url=settings.trakt_api_url,
        auth_url=settings.trakt_auth_url,
        client_id=settings.trakt_client_id,
        client_secret=settings.trakt_client_secret,
        timeout=TRAKT_TIMEOUT,
        retry=RetryPolicy(max_attempts=1),
    )
    async with http:
        try:
            await http.get("/movies/trending", params={"limit": 1})
        except TraktError as exc:
            return _trakt_failure(exc)
    return Result("trakt", "ok")


def _trakt_failure(exc: TraktError) -> Result:
    if isinstance(exc, TraktUnavailable):
        return Result("trakt", "unreachable", _network_reason(exc))
    if isinstance(exc, Forbidden) and exc.cloudflare:
        return Result("trakt", "blocked", "Cloudflare answered 403 in front of Trakt")
    if isinstance(exc, Forbidden):
        return Result(
            "trakt",
            "client id rejected",
            "TRAKT_CLIENT_ID: copy the Client ID of your app at https://trakt.tv/oauth/applications",
        )
    if isinstance(exc, RateLimited):
        wait = f", try again in {exc.retry_after:.0f} s" if exc.retry_after else ""
        return Result("trakt", "rate limited", f"HTTP 429{wait}")
    if isinstance(exc, ServerError):
        return Result("trakt", "down", f"HTTP {exc.status}")
    return Result("trakt", "error", f"HTTP {exc.status}")


def _network_reason(exc: BaseException) -> str:
    """Why a request got no answer, in a few words, from the exceptions behind `exc`.

    The socket's own error wins over the wrappers' types: httpx-aiohttp reports a refused
    connection as `httpx.ConnectTimeout`.
    """
    chain = list(_chain(exc))
    for error in chain:
        for kind, reason in _SOCKET_ERRORS:
            if isinstance(error, kind):
                return reason
    if any(isinstance(error, _TIMEOUTS) for error in chain):
        return "timeout"
    innermost = chain[-1]
    return _cut(f"{type(innermost).__name__}: {innermost}")


_SOCKET_ERRORS: tuple[tuple[type[BaseException], str], ...] = (
    (ConnectionRefusedError, "connection refused"),
    (socket.gaierror, "host not found"),
    (ssl.SSLCertVerificationError, "TLS certificate not trusted"),
    (ssl.SSLError, "TLS error"),
)
_TIMEOUTS = (TimeoutError, TimedOut, httpx.TimeoutException)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _cut(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= DETAIL_LIMIT else line[: DETAIL_LIMIT - 1] + "…"
