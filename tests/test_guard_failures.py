"""Guards: Trakt failing on the new writes ends in a short message, nothing written, no ERROR."""

from __future__ import annotations

import logging

import pytest

from bot.kit.callback import encode
from bot.kit.codes import Action
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness

SEVERANCE = 154997


def _errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize("status", [400, 404, 409, 420, 422, 429, 500, 502, 503, 504])
@pytest.mark.parametrize("where", ["next", "season", "release", "undo", "checkin"])
async def test_write_fails(
    bot: Harness, ann: ChatDriver, caplog: pytest.LogCaptureFixture, status: int, where: str
) -> None:
    assert bot.demo is not None
    caplog.set_level(logging.INFO)
    demo = bot.demo
    if where == "next":
        await ann.say("/next")
        message = ann.last_reply
        data = next(b.data for row in ann.buttons() for b in row if b.label == "✅ 1")
        path = "/sync/history"
    elif where in ("season", "release"):
        await ann.say("/help")
        await ann.press_data(
            encode(Action.SEASONS_OPEN, "s", SEVERANCE, owner=ann.user.id),
            ann.last_reply.message_id,
        )
        message = ann.last_reply
        extra = ("A",) if where == "season" else ("t", 6)
        when = "n" if where == "season" else "r"
        data = encode(Action.SEASONS, "s", SEVERANCE, 1, when, "a", 1, *extra, owner=ann.user.id)
        path = "/sync/history"
    elif where == "undo":
        await ann.say("/next")
        await ann.press("✅ 1")
        message = ann.last_reply
        data = next(b.data for row in ann.buttons() for b in row if b.label == "↩ Undo")
        path = "/sync/history/remove"
    else:
        await ann.say("/search interstellar")
        await ann.press("1")
        message = ann.last_reply
        data = next(b.data for row in ann.buttons() for b in row if b.label == "🎬 Check in")
        path = "/checkin"
    before = [h.id for h in demo.users["demo"].history]
    text = message.text or message.caption
    headers = {"Retry-After": "1"} if status == 429 else None
    demo.fail("POST", path, status, times=10, headers=headers)
    await ann.press_data(data, message.message_id)
    assert _errors(caplog) == []
    assert ann.last_alert, "no message"
    assert len(ann.last_alert) < 200
    assert [h.id for h in demo.users["demo"].history] == before
    assert (ann.last_reply.text or ann.last_reply.caption) == text or where == "checkin"
