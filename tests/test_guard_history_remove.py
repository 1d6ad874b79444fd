"""Guards: a play removed with 🗑 in /history must not leave the title reading as watched."""

from __future__ import annotations

from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness

INTERSTELLAR = 102156


def _plays(bot: Harness) -> int:
    assert bot.demo is not None
    return sum(
        1 for h in bot.demo.users["demo"].history if h.kind == "movie" and h.trakt == INTERSTELLAR
    )


def _labels(chat: ChatDriver) -> list[str]:
    return [b.label for row in chat.buttons() for b in row]


async def test_removed_play_can_be_marked_again(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/search interstellar")
    await ann.press("1")
    card = ann.last_reply
    seen = next(b.data for row in ann.buttons() for b in row if b.label == "👁 Mark watched")
    await ann.press("👁 Mark watched")
    assert _plays(bot) == 1
    await ann.say("/history")
    await ann.press("🗑 Remove a play")
    await ann.press("🗑 1")
    assert "Interstellar" in ann.text()
    await ann.press("🗑 Remove")
    assert _plays(bot) == 0
    await ann.say("/search interstellar")
    await ann.press("1")
    labels = _labels(ann)  # Trakt has no play any more
    await ann.press_data(seen, card.message_id)
    assert _plays(bot) == 1 and "👁 Mark watched" in labels, (
        f"alert={ann.last_alert!r} labels={labels}"
    )
