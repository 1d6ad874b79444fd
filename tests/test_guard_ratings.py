"""Guards: a rating button pressed twice (a double tap, or two presses at once)."""

from __future__ import annotations

from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import held_writes

INTERSTELLAR = 102156


def _rating_writes(bot: Harness) -> int:
    assert bot.demo is not None
    return sum(
        1 for r in bot.demo.requests if r.method == "POST" and r.path.startswith("/sync/ratings")
    )


async def _rate_row(chat: ChatDriver) -> tuple[str, int]:
    await chat.say("/search interstellar")
    await chat.press("1")
    await chat.press("⭐ Rate")
    data = next(b.data for row in chat.buttons() for b in row if b.label == "8")
    assert data is not None
    return data, chat.last_reply.message_id


async def test_double_tap_rating_then_undo_restores_none(bot: Harness, ann: ChatDriver) -> None:
    assert bot.demo is not None
    data, message = await _rate_row(ann)
    before = _rating_writes(bot)
    await ann.press_data(data, message)
    await ann.press_data(data, message)  # a double tap on the old row
    writes = _rating_writes(bot) - before
    await ann.press("↩ Undo")
    assert ("movie", INTERSTELLAR) not in bot.demo.users["demo"].ratings, (
        f"undo left the rating at 8 (rating writes for the double tap: {writes})"
    )


async def test_two_rating_presses_at_once_one_write(bot: Harness, ann: ChatDriver) -> None:
    assert bot.demo is not None
    data, message = await _rate_row(ann)
    before = _rating_writes(bot)
    presses = (ann.press_data(data, message) for _ in "ab")
    await held_writes(bot, *presses, path="/sync/ratings")
    assert _rating_writes(bot) - before == 1
