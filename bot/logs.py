"""Logging set-up: one format, quiet HTTP libraries, and secrets redacted."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

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


def setup(level: str, secrets: Iterable[str] = ()) -> None:
    """Configure the root logger once for the process."""
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter(FORMAT, secrets))
    logging.basicConfig(level=level, handlers=[handler], force=True)
    for noisy in ("httpx", "httpcore", "aiohttp", "apscheduler", "tornado.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
