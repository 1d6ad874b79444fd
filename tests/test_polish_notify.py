"""Notifications after a new user drove the demo: a binge drop's buttons act on exactly
the episodes it shows; episodes watched before a sync are never told; ↩ Undo after
"✅ Yes, all N"; the muted shows listed in /notify; /notify's words (on, ranges, zones);
a notification sent before the air time says "airing at"; /due leaves out what was just
watched; the offer after linking promises what a digest has.

The demo's Night Signal drops S01E01-S01E03 together a few minutes after the demo starts.
The demo Trakt's clock is set past the air time where progress must count an episode
(progress only counts aired ones); the notifier's clock is moved by `_tick`.
"""

from __future__ import annotations

import pytest

from bot.demo import DemoTrakt
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import labels
from tests.test_episodes import _seasons
from tests.test_notify_chat import NIGHT_SIGNAL, _air, _plays, _tick


async def _tick_episodes(chat: ChatDriver, *numbers: int) -> None:
    """Mark Night Signal's episodes watched with the season picker's 👁 (now)."""
    await _seasons(chat, NIGHT_SIGNAL)
    await chat.press("S1")
    for number in numbers:
        row = next(row for row in chat.buttons() if row[0].label.startswith(f"{number}. "))
        await chat.press_data(row[1].data or "", chat.last_reply.message_id)
        assert chat.last_alert == "Marked as watched"


def _states(bot: Harness, user_id: int) -> dict[int, str]:
    """Night Signal's rows: episode number -> state."""
    states = ("pending", "claimed", "sent", "skipped", "dropped")
    rows = bot.services.store.due_rows(user_id, states)
    return {r.payload["number"]: r.state for r in rows if r.show_id == NIGHT_SIGNAL}


# -- 1. a binge drop whose first episodes were watched -----------------------------------------


async def test_watched_all_acts_on_the_episodes_shown_when_the_first_was_watched(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    # Planned in another order than they air: the finale first (finales only), the rest later.
    await ann.say("/notify episodes")
    await ann.say("/notify finales")
    air = _air(demo)
    await _tick(bot, air - 180)
    await ann.say("/notify all")
    await _tick(bot, air - 120)
    demo.clock = lambda: air + 30
    await _tick_episodes(ann, 1)
    await _tick(bot, air)
    text = ann.text()
    assert "2 new episodes" in text and "S01E02" in text and "S01E03" in text
    assert "S01E01" not in text
    await ann.press("✅ Watched all")
    assert "✅ Yes, all 2" in labels(ann), ann.last_alert
    await ann.press("✅ Yes, all 2")
    assert (_plays(demo, 1), _plays(demo, 2), _plays(demo, 3)) == (1, 1, 1)
    assert "2 new episodes" in ann.text() and "S01E01" not in ann.text()


async def test_the_one_episode_left_of_a_drop_stays_alone_through_its_buttons(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    await ann.say("/notify episodes")
    air = _air(demo)
    await _tick(bot, air - 60)
    demo.clock = lambda: air + 30
    await _tick_episodes(ann, 2, 3)
    await _tick(bot, air)
    assert "S01E01" in ann.text() and "S01E02" not in ann.text()
    await ann.press("✅ Watched")
    assert _plays(demo, 1) == 1
    text = ann.text()
    assert "new episodes" not in text and "S01E02" not in text and "S01E03" not in text
    assert "S01E01" in text


# -- 2. episodes watched before a calendar sync ----------------------------------------------


async def test_episodes_watched_before_notifications_were_on_are_not_told(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    air = _air(demo)
    demo.clock = lambda: air + 30  # (aired by the demo's clock: progress counts them)
    await _tick_episodes(ann, 1, 2)
    await ann.say("/notify episodes")
    await _tick(bot, air - 60)
    await _tick(bot, air)
    assert "Night Signal" in ann.text()
    assert "S01E03" in ann.text() and "S01E01" not in ann.text() and "S01E02" not in ann.text()
    assert _states(bot, ann.user.id).get(3) == "sent"


async def test_episodes_watched_before_notifications_were_on_are_not_planned(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    air = _air(demo)
    demo.clock = lambda: air + 30
    await _tick_episodes(ann, 1, 2)
    await ann.say("/notify episodes")
    await _tick(bot, air - 60)
    assert _states(bot, ann.user.id) == {3: "pending"}
    await ann.say("/due")
    assert "S01E03" in ann.text() and "S01E01" not in ann.text()


async def test_episodes_marked_before_they_aired_are_not_told(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    """Marked before the air time (progress does not list them yet), then the sync:
    the check before sending asks again once they aired."""
    air = _air(demo)
    await _tick_episodes(ann, 1, 2)
    await ann.say("/notify episodes")
    await _tick(bot, air - 60)
    demo.clock = lambda: air + 30
    await _tick(bot, air)
    assert "S01E03" in ann.text() and "S01E01" not in ann.text() and "S01E02" not in ann.text()


@pytest.mark.parametrize("resync", ["settings", "relink"])
async def test_episodes_watched_before_a_resync_are_not_told(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt, resync: str
) -> None:
    air = _air(demo)
    await ann.say("/notify episodes 60")
    await _tick(bot, air - 60)
    demo.clock = lambda: air + 30
    await _tick_episodes(ann, 1, 2)
    if resync == "settings":
        await ann.say("/notify quiet 3 4")
    else:
        await ann.say("/unlink")
        await ann.press("Yes, unlink")
        from tests.helpers import link_account

        await link_account(bot, ann.user.id)
    await _tick(bot, air + 600)  # the sync after the change, and nothing due yet
    await _tick(bot, air + 3600)
    assert "Night Signal" in ann.text()
    assert "S01E03" in ann.text() and "S01E01" not in ann.text() and "S01E02" not in ann.text()
