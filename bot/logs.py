"""Logging set-up: text lines or JSON lines (LOG_FORMAT), quiet HTTP libraries, secrets
redacted.

Two layers keep secrets out of every line at every level:

- python-telegram-bot's DEBUG lines dump Bot API parameters, results and whole updates:
  message texts (a pasted authorization code, a device user code the bot sends), the
  webhook secret in `setWebhook`. Their arguments are cut down to their shape (method
  names, parameter names, update ids) before they are formatted.
- The formatted text, tracebacks included, then loses every known secret (bot token,
  client secret, keys, webhook secret) and token-shaped strings.

In JSON mode (`JsonFormatter`) the message and the exception text are redacted each on their
own, before they are encoded: redacting the encoded line would miss a secret whose
surroundings JSON escapes (`"code": "…"` becomes `\\"code\\": \\"…\\"`).

A rejected bot token is reported by `bot.__main__` in one line; the traceback PTB logs
with it (whose message quotes the token) is dropped.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from telegram import TelegramObject, Update
from telegram.error import InvalidToken

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Telegram bot tokens inside URLs, bearer tokens and OAuth fields.
_PATTERNS = (
    re.compile(r"bot\d+:[A-Za-z0-9_-]{20,}"),
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+"),
    re.compile(
        r'(?i)("?(?:access_token|refresh_token|device_code|code|client_secret)"?\s*[:=]\s*"?)'
        r'[^"&,\s}]+'
    ),
)
# Words only (a method name such as `sendMessage`, "Network Retry Loop (Polling Updates)"):
# the text arguments PTB's lines keep. Texts, JSON and codes carry digits or punctuation.
_WORDS = re.compile(r"[A-Za-z][A-Za-z ()]{0,79}")


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then removes known secrets and token-shaped strings.

    Working on the formatted text covers tracebacks too (an exception message
    may carry a URL with the bot token in it).
    """

    def __init__(self, fmt: str, secrets: Iterable[str] = ()) -> None:
        super().__init__(fmt)
        self.secrets = [s for s in secrets if s and len(s) >= 6]

    def format(self, record: logging.LogRecord) -> str:
        """The record as text, redacted."""
        return self.redact(super().format(record))

    def redact(self, text: str) -> str:
        """`text` with every secret replaced."""
        for secret in self.secrets:
            text = text.replace(secret, "[redacted]")
        text = _PATTERNS[0].sub("bot[redacted]", text)
        text = _PATTERNS[1].sub(r"\1[redacted]", text)
        return _PATTERNS[2].sub(r"\1[redacted]", text)


class JsonFormatter(RedactingFormatter):
    """One JSON object per line: time (ISO 8601, UTC), level, logger, message, and the
    exception's text when there is one; every text redacted as `RedactingFormatter` does."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__(FORMAT, secrets)

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line of JSON, redacted."""
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": self.redact(record.getMessage()),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = self.redact(record.exc_text)
        if record.stack_info:
            entry["stack"] = self.redact(self.formatStack(record.stack_info))
        return json.dumps(entry, ensure_ascii=False)


class TelegramContentFilter(logging.Filter):
    """Cuts python-telegram-bot's DEBUG arguments down to their shape; drops the traceback
    of a rejected token (the caller reports it in one line)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Always keeps the record, after cutting it."""
        if not record.name.startswith("telegram"):
            return True
        if record.exc_info and isinstance(record.exc_info[1], InvalidToken):
            record.exc_info, record.exc_text = None, None
        if record.levelno <= logging.DEBUG and record.args:
            if isinstance(record.args, Mapping):
                record.args = {key: shape(value) for key, value in record.args.items()}
            else:
                record.args = tuple(shape(arg) for arg in record.args)
        return True


def shape(value: Any) -> Any:
    """What a log line may say about `value`: numbers and plain words; of anything else,
    its kind, size, keys or update id."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return value if _WORDS.fullmatch(value) else f"<text, {len(value)} chars>"
    if isinstance(value, Update):
        return f"<update {value.update_id}>"
    if isinstance(value, TelegramObject):
        return f"<{type(value).__name__}>"
    if isinstance(value, Mapping):
        return f"<{', '.join(str(key) for key in value)}>"
    if isinstance(value, list | tuple):
        return f"<{len(value)} items>"
    return f"<{type(value).__name__}>"


def setup(level: str, secrets: Iterable[str] = (), log_format: str = "text") -> None:
    """Configure the root logger once for the process; `log_format` is `text` or `json`."""
    handler = logging.StreamHandler()
    formatter = (
        JsonFormatter(secrets) if log_format == "json" else RedactingFormatter(FORMAT, secrets)
    )
    handler.setFormatter(formatter)
    handler.addFilter(TelegramContentFilter())
    logging.basicConfig(level=level, handlers=[handler], force=True)
    for noisy in ("httpx", "httpcore", "aiohttp", "apscheduler", "tornado.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
