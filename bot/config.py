"""Settings from the environment (and a `.env` file), read and validated once.

The variable names are the runtime contract (../shared/CONTRACT.md): deployments
depend on them, so they never change. A bad setting raises `ConfigError` with one
line that names the variable and says how to fix it; `bot.__main__` prints that
line and exits non-zero, never a traceback.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from urllib.parse import SplitResult, urlsplit

from dotenv import dotenv_values

from bot.crypto import InvalidKeyError, parse_keys

DEFAULTS: Mapping[str, str] = {
    "BOT_DATABASE": "data/bot.sqlite3",
    "TELEGRAM_API_URL": "https://api.telegram.org",
    "TRAKT_API_URL": "https://api.trakt.tv",
    "TRAKT_AUTH_URL": "https://auth.trakt.tv",
    "TRAKT_WEB_URL": "https://trakt.tv",
    "BOT_ALLOWED_USERS": "",
    "WEBHOOK_URL": "",
    "PORT": "8080",
    "LOG_LEVEL": "INFO",
    "LOG_FORMAT": "text",
}
# In webhook mode, answers 200 on the webhook's port while the bot runs (bot/webhook.py).
HEALTH_PATH = "/healthz"
# `text`: one readable line per record; `json`: one JSON object per line, for log collectors.
LOG_FORMATS = ("text", "json")

# Fixed credentials of the offline demo Trakt: it runs on 127.0.0.1 only.
DEMO_CLIENT_ID = "demo-client-id"
DEMO_CLIENT_SECRET = "demo-client-secret"
DEMO_BOT_TOKEN = "123456:DEMO-console-token"


class ConfigError(Exception):
    """A setting is missing or malformed; the message is one line for the operator."""


class Mode(Enum):
    """What the process is about to do; decides which settings are required."""

    RUN = "run"
    CONSOLE = "console"
    DEMO = "demo"
    ROTATE_KEYS = "rotate-keys"


@dataclass(frozen=True)
class AllowList:
    """Who may talk to the bot: user ids and lower-cased @usernames; empty = everyone."""

    ids: frozenset[int] = frozenset()
    usernames: frozenset[str] = frozenset()

    @property
    def everyone(self) -> bool:
        """True when no allowlist is set."""
        return not self.ids and not self.usernames

    def warning(self) -> str | None:
        """One start-up line when people are listed by @username (a username can be given
        up and taken by someone else, who would then be let in); None otherwise."""
        if not self.usernames:
            return None
        names = ", ".join(f"@{name}" for name in sorted(self.usernames))
        return (
            f"BOT_ALLOWED_USERS lists {names} by username: usernames can change hands, and"
            " whoever takes one next is let in; numeric user ids are safer"
        )

    def allows(self, user_id: int, username: str | None) -> bool:
        """Whether this Telegram user may use the bot."""
        if self.everyone or user_id in self.ids:
            return True
        return username is not None and username.lower() in self.usernames


@dataclass(frozen=True)
class Settings:
    """Validated settings; secrets are kept out of repr."""

    telegram_token: str = field(repr=False)
    trakt_client_id: str = field(repr=False)
    trakt_client_secret: str = field(repr=False)
    encryption_keys: tuple[str, ...] = field(repr=False)
    database: Path
    telegram_api_url: str
    trakt_api_url: str
    trakt_auth_url: str
    trakt_web_url: str
    allowed: AllowList
    webhook_url: str
    port: int
    log_level: str
    log_format: str = "text"


def load_settings(
    mode: Mode,
    environ: Mapping[str, str] | None = None,
    env_file: Path | None = Path(".env"),
) -> Settings:
    """Read the settings for `mode`; the real environment wins over `.env`."""
    env = _merged_env(os.environ if environ is None else environ, env_file)
    needs_trakt = mode in (Mode.RUN, Mode.CONSOLE)
    needs_key = mode in (Mode.RUN, Mode.CONSOLE, Mode.ROTATE_KEYS)
    return Settings(
        telegram_token=_required(env, "TELEGRAM_BOT_TOKEN", "the token @BotFather gave you")
        if mode is Mode.RUN
        else env.get("TELEGRAM_BOT_TOKEN") or DEMO_BOT_TOKEN,
        trakt_client_id=_required(env, "TRAKT_CLIENT_ID", _TRAKT_APP_HINT)
        if needs_trakt
        else env.get("TRAKT_CLIENT_ID") or DEMO_CLIENT_ID,
        trakt_client_secret=_required(env, "TRAKT_CLIENT_SECRET", _TRAKT_APP_HINT)
        if needs_trakt
        else env.get("TRAKT_CLIENT_SECRET") or DEMO_CLIENT_SECRET,
        encryption_keys=_keys(env, required=needs_key),
        database=Path(_value(env, "BOT_DATABASE")),
        telegram_api_url=_url(env, "TELEGRAM_API_URL"),
        trakt_api_url=_url(env, "TRAKT_API_URL"),
        trakt_auth_url=_url(env, "TRAKT_AUTH_URL"),
        trakt_web_url=_url(env, "TRAKT_WEB_URL"),
        allowed=_allow_list(env),
        webhook_url=_webhook(env),
        port=_port(env),
        log_level=_log_level(env),
        log_format=_log_format(env),
    )


_TRAKT_APP_HINT = "create an API app at https://trakt.tv/oauth/applications and copy it from there"


def _merged_env(environ: Mapping[str, str], env_file: Path | None) -> dict[str, str]:
    merged: dict[str, str] = {}
    if env_file is not None and env_file.is_file():
        merged.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    merged.update(environ)
    return {k: v.strip() for k, v in merged.items()}


def _value(env: Mapping[str, str], name: str) -> str:
    return env.get(name) or DEFAULTS[name]


def _required(env: Mapping[str, str], name: str, hint: str) -> str:
    value = env.get(name, "")
    if not value:
        raise ConfigError(f"{name} is not set: {hint} (see .env.example)")
    return value


def _keys(env: Mapping[str, str], *, required: bool) -> tuple[str, ...]:
    raw = env.get("BOT_ENCRYPTION_KEY", "")
    if not raw:
        if required:
            raise ConfigError(
                "BOT_ENCRYPTION_KEY is not set: generate one with `python -m bot genkey`"
                " and put it in .env"
            )
        return ()
    try:
        return tuple(parse_keys(raw))
    except InvalidKeyError as exc:
        raise ConfigError(f"BOT_ENCRYPTION_KEY is invalid: {exc}") from None


def _url(env: Mapping[str, str], name: str) -> str:
    value = _value(env, name).rstrip("/")
    parts = _split(name, value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{name} must be an http(s) URL such as {DEFAULTS[name]}, got {value!r}")
    return value


def _split(name: str, value: str) -> SplitResult:
    """The URL's parts; a ConfigError for one `urlsplit` cannot read (`http://[::1`)."""
    try:
        return urlsplit(value)
    except ValueError as exc:
        raise ConfigError(f"{name} is not a valid URL ({exc}): got {value!r}") from None


def _webhook(env: Mapping[str, str]) -> str:
    value = env.get("WEBHOOK_URL", "")
    if value and not value.startswith("https://"):
        raise ConfigError("WEBHOOK_URL must be a public https:// URL (or empty for long polling)")
    if _split("WEBHOOK_URL", value).path.rstrip("/") == HEALTH_PATH:
        raise ConfigError(f"WEBHOOK_URL's path must not be {HEALTH_PATH}: that is the health check")
    return value


def _port(env: Mapping[str, str]) -> int:
    raw = _value(env, "PORT")
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise ConfigError(f"PORT must be a number from 1 to 65535, got {raw!r}")
    return int(raw)


def _log_level(env: Mapping[str, str]) -> str:
    level = _value(env, "LOG_LEVEL").upper()
    if level not in logging.getLevelNamesMapping():
        raise ConfigError(
            f"LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL, got {level!r}"
        )
    return level


def _log_format(env: Mapping[str, str]) -> str:
    value = _value(env, "LOG_FORMAT").lower()
    if value not in LOG_FORMATS:
        raise ConfigError(
            f"LOG_FORMAT must be text (the default) or json (one JSON object per line),"
            f" got {value!r}"
        )
    return value


def _allow_list(env: Mapping[str, str]) -> AllowList:
    ids: set[int] = set()
    names: set[str] = set()
    for item in filter(None, (p.strip() for p in env.get("BOT_ALLOWED_USERS", "").split(","))):
        if item.lstrip("-").isdigit():
            ids.add(int(item))
        elif item.startswith("@") and len(item) > 1:
            names.add(item[1:].lower())
        else:
            raise ConfigError(
                f"BOT_ALLOWED_USERS: {item!r} is neither a numeric user id nor an @username"
            )
    return AllowList(frozenset(ids), frozenset(names))
