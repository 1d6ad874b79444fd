"""Guards: 🗑 Remove in /history pressed twice loses the ↩ Undo of the removal."""

from __future__ import annotations

from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import held_writes, labels


def _plays(bot: Harness) -> int:
    assert bot.demo is not None
    return len(bot.demo.users["demo"].history)


async def _ask(ann: ChatDriver) -> tuple[str, int]:
    await ann.say("/history")
    await ann.press("🗑 Remove a play")
    await ann.press("🗑 1")
    yes = next(b.data for row in ann.buttons() for b in row if b.label == "🗑 Remove")
    assert yes is not None
    return yes, ann.last_reply.message_id


async def test_double_tap_keeps_the_undo(bot: Harness, ann: ChatDriver) -> None:
    n = _plays(bot)
    yes, message = await _ask(ann)
    await ann.press_data(yes, message)
    assert "↩ Undo" in labels(ann)
    await ann.press_data(yes, message)  # a double tap: changes nothing at Trakt
    assert _plays(bot) == n - 1
    assert "↩ Undo" in labels(ann), "the second press took the Undo of the first away"


async def test_concurrent_presses_keep_the_undo(bot: Harness, ann: ChatDriver) -> None:
    n = _plays(bot)
    yes, message = await _ask(ann)
    await held_writes(
        bot, ann.press_data(yes, message), ann.press_data(yes, message), path="/sync/history/remove"
    )
    assert _plays(bot) == n - 1
    assert "↩ Undo" in labels(ann), "the removal can no longer be undone"


async def test_episode_card_double_tap_keeps_the_undo(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/next")
    await ann.press("🎞 1")  # Severance S01E05, not watched
    seen = next(b.data for row in ann.buttons() for b in row if b.label == "👁 Mark watched")
    assert seen is not None
    message = ann.last_reply.message_id
    await ann.press_data(seen, message)
    assert "↩ Undo" in labels(ann)
    await ann.press_data(seen, message)  # a double tap: "Already marked as watched"
    assert "↩ Undo" in labels(ann), "the second press took the Undo of the first away"
