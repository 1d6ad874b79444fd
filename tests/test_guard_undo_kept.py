"""Guards: the second tap of a double tap must not take away the first tap's ↩ Undo."""

from __future__ import annotations

from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import held_writes

INTERSTELLAR = 102156


def _labels(chat: ChatDriver) -> list[str]:
    return [b.label for row in chat.buttons() for b in row]


async def test_double_tap_watched_keeps_undo(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/search interstellar")
    await ann.press("1")
    message = ann.last_reply.message_id
    data = next(b.data for row in ann.buttons() for b in row if b.label == "👁 Mark watched")
    assert data is not None
    await ann.press_data(data, message)
    assert "↩ Undo" in _labels(ann)
    await ann.press_data(data, message)  # the second tap of a double tap
    assert ann.last_alert == "Already marked as watched"
    assert "↩ Undo" in _labels(ann), _labels(ann)


async def test_double_tap_watchlist_writes_once(bot: Harness, ann: ChatDriver) -> None:
    assert bot.demo is not None
    await ann.say("/search interstellar")
    await ann.press("1")
    message = ann.last_reply.message_id
    data = next(b.data for row in ann.buttons() for b in row if b.label == "➕ Watchlist")
    assert data is not None
    before = sum(1 for r in bot.demo.requests if r.path == "/sync/watchlist" and r.method == "POST")
    presses = (ann.press_data(data, message) for _ in "ab")
    await held_writes(bot, *presses, path="/sync/watchlist")
    after = sum(1 for r in bot.demo.requests if r.path == "/sync/watchlist" and r.method == "POST")
    assert after - before == 1, f"{after - before} watchlist writes"
    assert "↩ Undo" in _labels(ann), _labels(ann)
