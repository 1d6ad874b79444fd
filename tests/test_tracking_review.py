"""Fixes from a user review of tracking: a check-in shows on the card, a confirmed
rewatch right after a tick is taken, and the whole-show question waits for a link."""

from __future__ import annotations

from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import labels

INCEPTION = 16662


def _plays(bot: Harness, trakt_id: int) -> int:
    assert bot.demo is not None
    history = bot.demo.users["demo"].history
    return sum(1 for h in history if h.kind == "movie" and h.trakt == trakt_id)


async def test_a_check_in_shows_on_the_card(ann: ChatDriver) -> None:
    await ann.say("/search interstellar")
    await ann.press("1")
    await ann.press("🎬 Check in")
    assert (ann.last_alert or "").startswith("Checked in to Interstellar")
    assert "✅ Watched" in labels(ann)


async def test_a_confirmed_rewatch_right_after_a_tick(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/search interstellar")
    await ann.press("1")
    await ann.press("👁 Mark watched")
    await ann.press("✅ Watched")
    await ann.press("🔁 Watch again")
    assert ann.last_alert == "Added another play"
    assert _plays(bot, 102156) == 2


async def test_the_whole_show_question_waits_for_a_link(chat: ChatDriver) -> None:
    await chat.say("/search sherlock")
    await chat.press("1")
    await chat.press("👁 Mark watched")
    assert "Link your Trakt account first" in (chat.last_alert or "")
    assert "✅ All 12 episodes" not in labels(chat)


async def test_an_episode_card_removes_its_latest_play(bot: Harness, ann: ChatDriver) -> None:
    assert bot.demo is not None
    await ann.say("/history")
    await ann.press("1")  # Severance S01E04, watched once
    plays = len(bot.demo.users["demo"].history)
    await ann.press("🗑 Remove a play")
    assert ann.last_alert == "Remove your latest play of this episode?"
    assert len(bot.demo.users["demo"].history) == plays
    await ann.press("🗑 Remove")
    assert ann.last_alert == "Play removed"
    assert len(bot.demo.users["demo"].history) == plays - 1
    assert "👁 Mark watched" in labels(ann)
    await ann.press("↩ Undo")
    assert len(bot.demo.users["demo"].history) == plays
    assert "✅ Watched" in labels(ann)
