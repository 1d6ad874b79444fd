"""Logs never carry secrets: bot tokens, bearer tokens, OAuth fields, known secrets."""

from __future__ import annotations

import logging

import pytest

from bot.logs import FORMAT, RedactingFormatter


def _format(message: str, *args: object, secrets: tuple[str, ...] = (), exc: bool = False) -> str:
    formatter = RedactingFormatter(FORMAT, secrets)
    record = logging.LogRecord("t", logging.ERROR, __file__, 1, message, args, None)
    if exc:
        try:
            raise RuntimeError(f"POST https://api.telegram.org/bot{args[0]}/getMe failed")
        except RuntimeError:
            import sys

            record.exc_info = sys.exc_info()
    return formatter.format(record)


@pytest.mark.parametrize(
    ("message", "leak"),
    [
        (
            "GET https://api.telegram.org/bot123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe",
            "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
        ),
        ("Authorization: Bearer 9f8e7d6c5b4a", "9f8e7d6c5b4a"),
        ('{"access_token": "abc123def456", "x": 1}', "abc123def456"),
        ('{"refresh_token":"r3fr3sh-t0ken"}', "r3fr3sh-t0ken"),
        ("code=5055CC52&client_secret=topsecret", "topsecret"),
    ],
)
def test_token_shapes_are_redacted(message: str, leak: str) -> None:
    assert leak not in _format(message)


def test_known_secrets_are_redacted_in_arguments_and_tracebacks() -> None:
    token = "123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
    out = _format("token is %s", token, secrets=(token,), exc=True)
    assert token not in out and "AAHdq" not in out and "Traceback" in out
