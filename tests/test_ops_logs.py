"""LOG_FORMAT=json: one JSON object per line (time, level, logger, message, exception), as
redacted as the text lines; text stays the default; an unknown LOG_FORMAT is one clear line."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from datetime import datetime

import pytest
from telegram.error import InvalidToken

from bot import logs
from bot.config import ConfigError, Mode, load_settings
from bot.crypto import generate_key
from bot.logs import FORMAT, JsonFormatter, RedactingFormatter, TelegramContentFilter

TOKEN = "123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
SECRET_PART = TOKEN.split(":")[1]


def _record(
    message: str, *args: object, name: str = "bot.x", level: int = logging.ERROR
) -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, message, args, None)


def _json(record: logging.LogRecord, secrets: tuple[str, ...] = (TOKEN,)) -> dict[str, str]:
    line = JsonFormatter(secrets).format(record)
    assert "\n" not in line, "one record, one line"
    entry: dict[str, str] = json.loads(line)
    return entry


def _with_exception(record: logging.LogRecord, message: str) -> logging.LogRecord:
    try:
        raise RuntimeError(message)
    except RuntimeError:
        record.exc_info = sys.exc_info()
    return record


def test_a_record_is_one_object_with_the_usual_fields() -> None:
    entry = _json(_record("%d titles for %s", 3, "Аня", level=logging.INFO))
    assert entry.keys() == {"time", "level", "logger", "message"}
    assert entry["level"] == "INFO" and entry["logger"] == "bot.x"
    assert entry["message"] == "3 titles for Аня"
    assert datetime.fromisoformat(entry["time"]).utcoffset() is not None  # ISO 8601, UTC


@pytest.mark.parametrize(
    "record",
    [
        _record(f"GET https://api.telegram.org/bot{TOKEN}/getMe"),
        _record("token is %s", TOKEN),
        _record("calling %s", f"https://api.telegram.org/bot{TOKEN}/getMe"),
    ],
    ids=["in the message", "in the arguments", "in a URL argument"],
)
def test_the_token_is_redacted_in_messages_and_arguments(record: logging.LogRecord) -> None:
    entry = _json(record)
    assert SECRET_PART not in json.dumps(entry) and "[redacted]" in entry["message"]


def test_the_token_is_redacted_in_the_exception() -> None:
    record = _with_exception(_record("it failed"), f"POST https://x/bot{TOKEN}/getMe: 502")
    entry = _json(record)
    assert "Traceback" in entry["exception"] and "RuntimeError" in entry["exception"]
    assert SECRET_PART not in entry["exception"] and "[redacted]" in entry["exception"]


def test_secrets_are_redacted_before_json_escapes_them() -> None:
    """A quoted OAuth field inside a message: redacting the encoded line would miss it."""
    entry = _json(_record('Trakt said {"refresh_token": "r3fr3sh-t0ken-value"}'), ())
    assert "r3fr3sh-t0ken-value" not in json.dumps(entry)


def test_known_secrets_and_the_stack_are_redacted() -> None:
    key = generate_key()
    record = _record("key %s, client secret %s", key, "s3cr3t-client")
    record.stack_info = f"Stack (most recent call last):\n  key={key}"
    entry = _json(record, (key, "s3cr3t-client"))
    assert key not in json.dumps(entry) and "s3cr3t-client" not in json.dumps(entry)
    assert entry["stack"].startswith("Stack")


def test_ptb_content_is_cut_and_a_rejected_token_loses_its_traceback_in_json_too() -> None:
    debug = _record(
        "Calling Bot API endpoint `%s` with parameters `%s`",
        "sendMessage",
        {"chat_id": 1, "text": "the code is A09F0166"},
        name="telegram.ext.ExtBot",
        level=logging.DEBUG,
    )
    assert TelegramContentFilter().filter(debug)
    assert "A09F0166" not in _json(debug)["message"]

    rejected = _record("%s Invalid token.", "Network Retry Loop", name="telegram.ext")
    rejected.exc_info = (InvalidToken, InvalidToken(f"The token `{TOKEN}` was rejected"), None)
    assert TelegramContentFilter().filter(rejected)
    entry = _json(rejected)
    assert "exception" not in entry and "Invalid token" in entry["message"]


@pytest.fixture
def root_logging() -> Iterator[logging.Logger]:
    """The root logger, restored after `logs.setup` replaced its handlers."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield root
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.mark.parametrize(
    ("log_format", "kind"), [("text", RedactingFormatter), ("json", JsonFormatter)]
)
def test_setup_installs_the_chosen_format_with_the_filter(
    root_logging: logging.Logger, log_format: str, kind: type[logging.Formatter]
) -> None:
    logs.setup("INFO", secrets=[TOKEN], log_format=log_format)
    (handler,) = root_logging.handlers
    assert type(handler.formatter) is kind
    assert any(isinstance(f, TelegramContentFilter) for f in handler.filters)
    assert TOKEN not in handler.format(_record("token %s", TOKEN))


def test_text_stays_the_default_format(root_logging: logging.Logger) -> None:
    logs.setup("INFO")
    (handler,) = root_logging.handlers
    assert type(handler.formatter) is RedactingFormatter
    assert handler.formatter._fmt == FORMAT  # type: ignore[union-attr]


_BASE = {
    "TELEGRAM_BOT_TOKEN": TOKEN,
    "TRAKT_CLIENT_ID": "id",
    "TRAKT_CLIENT_SECRET": "secret",
}


@pytest.mark.parametrize(("value", "expected"), [("", "text"), ("text", "text"), ("JSON", "json")])
def test_log_format_setting(value: str, expected: str) -> None:
    env = _BASE | {"BOT_ENCRYPTION_KEY": generate_key(), "LOG_FORMAT": value}
    assert load_settings(Mode.RUN, environ=env, env_file=None).log_format == expected


def test_an_unknown_log_format_names_the_variable_and_the_choices() -> None:
    env = _BASE | {"BOT_ENCRYPTION_KEY": generate_key(), "LOG_FORMAT": "logfmt"}
    with pytest.raises(ConfigError) as raised:
        load_settings(Mode.RUN, environ=env, env_file=None)
    message = str(raised.value)
    assert message.startswith("LOG_FORMAT must be text") and "json" in message
    assert "'logfmt'" in message and "\n" not in message


def test_the_webhook_path_cannot_be_the_health_check() -> None:
    env = _BASE | {"BOT_ENCRYPTION_KEY": generate_key(), "WEBHOOK_URL": "https://b.test/healthz"}
    with pytest.raises(ConfigError, match="WEBHOOK_URL's path must not be /healthz"):
        load_settings(Mode.RUN, environ=env, env_file=None)
