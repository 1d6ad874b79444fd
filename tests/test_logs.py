"""Logs never carry secrets: bot tokens, bearer tokens, OAuth fields, known secrets."""

from __future__ import annotations

import logging

import pytest
from telegram import Update
from telegram.error import InvalidToken

from bot.logs import FORMAT, RedactingFormatter, TelegramContentFilter


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


def _telegram_record(
    name: str, level: int, message: str, *args: object, exc: BaseException | None = None
) -> str:
    handler_filter = TelegramContentFilter()
    record = logging.LogRecord(name, level, __file__, 1, message, args, None)
    if exc is not None:
        record.exc_info = (type(exc), exc, None)
    assert handler_filter.filter(record)
    return RedactingFormatter(FORMAT).format(record)


def test_ptb_debug_lines_keep_methods_and_names_but_no_texts() -> None:
    out = _telegram_record(
        "telegram.ext.ExtBot",
        logging.DEBUG,
        "Calling Bot API endpoint `%s` with parameters `%s`",
        "sendMessage",
        {"chat_id": 1001, "text": "Check that the page shows <code>A09F0166</code>"},
    )
    assert "sendMessage" in out and "chat_id, text" in out and "A09F0166" not in out
    hook = _telegram_record(
        "telegram.ext.ExtBot",
        logging.DEBUG,
        "Calling Bot API endpoint `%s` with parameters `%s`",
        "setWebhook",
        {"url": "https://x.test/hook", "secret_token": "s3cr3t-webhook-value"},
    )
    assert "secret_token" in hook and "s3cr3t-webhook-value" not in hook


def test_ptb_updates_and_webhook_bodies_show_only_their_shape() -> None:
    update = Update.de_json(
        {
            "update_id": 77,
            "message": {
                "message_id": 1,
                "date": 0,
                "chat": {"id": 5, "type": "private"},
                "text": "/link 5055CC52",
            },
        },
        None,
    )
    out = _telegram_record(
        "telegram.ext.Application", logging.DEBUG, "Processing update %s", update
    )
    assert "77" in out and "5055CC52" not in out
    body = _telegram_record(
        "telegram.ext.Updater", logging.DEBUG, "Webhook received data: %s", '{"text": "abc12"}'
    )
    assert "abc12" not in body


def test_a_rejected_token_loses_its_traceback_not_its_line() -> None:
    token = "123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
    out = _telegram_record(
        "telegram.ext",
        logging.ERROR,
        "%s Invalid token. Aborting retry loop.",
        "Network Retry Loop",
        exc=InvalidToken(f"The token `{token}` was rejected by the server."),
    )
    assert "Invalid token" in out and "AAHdq" not in out and "\n" not in out


def test_our_own_debug_lines_are_left_alone() -> None:
    out = _telegram_record("bot.trakt.http", logging.DEBUG, "Trakt %s %s -> %s", "GET", "/x", 200)
    assert out.endswith("Trakt GET /x -> 200")
