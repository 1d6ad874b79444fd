"""Adversarial review, round 3 (✅ Yes, all in one write: `play_episodes`; its ↩ Undo):
each test reproduces a weakness found against the current code and fails there."""

from __future__ import annotations

from typing import Any

import pytest

from bot.demo import DemoTrakt
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from bot.trakt import SyncResult
from tests.notify_kit import plays, told

pytestmark = pytest.mark.frozen_clock


async def _yes(bot: Harness, ann: ChatDriver, demo: DemoTrakt) -> str:
    await ann.say("/notify episodes")
    air = await told(bot, demo)
    bot.services.accounts.clock = lambda: air + 60
    await ann.press("✅ Watched all")
    yes = next(b.data for row in ann.buttons() for b in row if b.label == "✅ Yes, all 3")
    assert yes is not None
    return yes


def _all(demo: DemoTrakt) -> tuple[int, int, int]:
    return (plays(demo, 1), plays(demo, 2), plays(demo, 3))


async def test_episodes_trakt_no_longer_knows_are_not_reported_watched(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trakt removed the episodes since the notification (merged into other ids): its
    answer to the one write is `not_found.episodes: 3`, nothing added. `play_episodes`
    ignores `not_found`, records each as seen and answers "Marked as watched" (one ✅
    alone answers "action-not-found"). It should say Trakt could not find them."""
    from bot.trakt import SyncItem

    yes = await _yes(bot, ann, demo)
    message = ann.last_reply.message_id
    api = bot.services.trakt
    original = api.add_to_history

    async def gone(token: str, items: Any) -> SyncResult:  # ids Trakt no longer has
        moved = [
            SyncItem("episode", 880000000 + i, watched_at=it.watched_at)
            for i, it in enumerate(items)
        ]
        return await original(token, moved)

    monkeypatch.setattr(api, "add_to_history", gone)
    await ann.press_data(yes, message)
    assert _all(demo) == (0, 0, 0)
    assert ann.last_alert == "Trakt does not know this title.", ann.last_alert
