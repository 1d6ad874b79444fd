"""Every Trakt and Telegram failure ends as a short localized message; the bot keeps running."""

from __future__ import annotations

import logging

import pytest

from bot.demo import DemoTrakt
from bot.testkit.fakebot import ChatDriver, FakeTelegram

CLOUDFLARE = "<html><body>Sorry, you have been blocked</body></html>"


@pytest.mark.parametrize(
    ("status", "headers", "body", "expected"),
    [
        (500, {}, "", "Trakt is not answering"),
        (502, {}, "", "Trakt is not answering"),
        (503, {}, "", "Trakt is not answering"),
        (504, {}, "", "Trakt is not answering"),
        (520, {}, "", "Trakt is not answering"),
        (429, {"Retry-After": "1"}, "", "try again in 2 s"),
        (429, {"Content-Type": "text/html"}, CLOUDFLARE, "Trakt is busy"),
        (403, {"Content-Type": "text/html"}, CLOUDFLARE, "refusing this bot"),
        (
            403,
            {"Content-Type": "application/json"},
            '{"error":"invalid api key"}',
            "refusing this bot",
        ),
        (401, {}, "", "Link your account again"),
        (404, {}, "", "could not find"),
        (412, {}, "", "error 412"),
        (418, {}, "", "error 418"),
        (420, {}, "", "reached a limit"),
        (422, {}, "", "error 422"),
        (423, {"X-Account-Locked": "true"}, "", "locked"),
        (426, {"X-Upgrade-URL": "https://app.trakt.tv/vip"}, "", "Trakt VIP"),
        (400, {}, "", "error 400"),
    ],
)
async def test_trakt_status_becomes_a_message(
    chat: ChatDriver,
    demo: DemoTrakt,
    status: int,
    headers: dict[str, str],
    body: str,
    expected: str,
) -> None:
    demo.fail("GET", "/shows/trending", status, headers=headers, body=body, times=5)
    await chat.say("/trending")
    assert expected in chat.text()
    assert "Traceback" not in chat.text()
    # The bot keeps running: the next command works.
    await chat.say("/popular")
    assert "Popular shows" in chat.text()


async def test_trakt_failure_in_russian(ru_chat: ChatDriver, demo: DemoTrakt) -> None:
    demo.fail("GET", "/shows/trending", 503, times=5)
    await ru_chat.say("/trending")
    assert "Trakt сейчас не отвечает" in ru_chat.text()


async def test_button_failure_is_an_alert_not_a_message(chat: ChatDriver, demo: DemoTrakt) -> None:
    await chat.say("/trending")
    before = len(chat.replies)
    demo.fail("GET", "/shows/trending", 503, times=5)
    await chat.press("▶")
    assert chat.last_answer is not None and chat.last_answer.show_alert
    assert "Trakt is not answering" in (chat.last_answer.text or "")
    assert len(chat.replies) == before


@pytest.mark.usefixtures("telegram_retries_at_once")
async def test_telegram_429_is_retried(chat: ChatDriver, tg: FakeTelegram) -> None:
    tg.fail_next("sendMessage", status=429, retry_after=1)
    await chat.say("/help")
    assert "What I can do" in chat.text()
    assert [c.status for c in tg.calls_to("sendMessage")][-2:] == [429, 200]


async def test_telegram_500_is_logged_and_the_bot_keeps_running(
    chat: ChatDriver, tg: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    tg.fail_next("sendMessage", status=500, times=1)
    with caplog.at_level(logging.WARNING):
        await chat.say("/help")
    await chat.say("/help")
    assert "What I can do" in chat.text()


async def test_blocked_user_is_not_an_error(
    chat: ChatDriver, tg: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    tg.block(chat.user.id)
    with caplog.at_level(logging.ERROR):
        await chat.say("/help")
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_unexpected_exception_gets_an_apology_and_a_log(
    chat: ChatDriver,
    bot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,  # type: ignore[no-untyped-def]
) -> None:
    async def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(bot.services.trakt, "trending", boom)
    with caplog.at_level(logging.ERROR):
        await chat.say("/trending")
    assert "Something went wrong on my side" in chat.text()
    assert "kaboom" not in chat.text()
    assert any("kaboom" in (r.exc_text or str(r.exc_info)) for r in caplog.records)


@pytest.mark.parametrize(
    "data", ["garbage", "1|disc|zz|tr|s|1", "1|disc|rt|tr|s|999999", "1|disc|rt|xx|s|1", "1|zzz|rt"]
)
async def test_forged_callback_data_gets_a_polite_alert(chat: ChatDriver, data: str) -> None:
    await chat.say("/trending")
    await chat.press_data(data, chat.last_reply.message_id)
    assert chat.last_answer is not None and chat.last_answer.show_alert
    assert chat.last_answer.text in (
        "This button is out of date. Send the command again.",
        "This button belongs to whoever asked. Send the command yourself to get your own.",
    )
