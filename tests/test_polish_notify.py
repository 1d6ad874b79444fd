"""Notifications after a new user drove the demo: a binge drop's buttons act on exactly
the episodes it shows; episodes watched before a sync are never told; ↩ Undo after
"✅ Yes, all N"; the muted shows listed in /notify; /notify's words (on, ranges, zones);
a notification sent before the air time says "airing at"; /due leaves out what was just
watched; the offer after linking promises what a digest has.

The demo's Night Signal drops S01E01-S01E03 together a few minutes after the demo starts.
The demo Trakt's clock is set past the air time where progress must count an episode
(progress only counts aired ones); the notifier's clock is moved by `tick_bot`.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.demo import DemoTrakt
from bot.i18n import shared_i18n
from bot.testkit.fakebot import ChatDriver, StoredMessage
from bot.testkit.harness import Harness
from bot.trakt import SyncItem
from tests.helpers import labels
from tests.notify_kit import NIGHT_SIGNAL, air_time, episode, plays, tick_bot
from tests.test_episodes import _seasons

pytestmark = pytest.mark.frozen_clock


async def _tick_episodes(bot: Harness, demo: DemoTrakt, chat: ChatDriver, *numbers: int) -> None:
    """Mark Night Signal's episodes watched with the season picker's 👁 (now), the bot's
    clock just after they aired (nothing is marked before it airs)."""
    bot.services.accounts.clock = lambda: air_time(demo) + 30
    await _seasons(chat, NIGHT_SIGNAL)
    await chat.press("S1")
    for number in numbers:
        row = next(row for row in chat.buttons() if row[0].label.startswith(f"{number}. "))
        await chat.press_data(row[1].data or "", chat.last_reply.message_id)
        assert chat.last_alert == "Marked as watched"


async def _watched_before_the_send(
    bot: Harness, demo: DemoTrakt, chat: ChatDriver, *numbers: int
) -> float:
    """`/notify episodes`, Night Signal's drop planned a minute before it airs, then the
    episodes `numbers` watched just after it aired, before the send; the air time."""
    await chat.say("/notify episodes")
    air = air_time(demo)
    await tick_bot(bot, air - 60)
    demo.clock = lambda: air + 30
    await _tick_episodes(bot, demo, chat, *numbers)
    return air


async def _press(chat: ChatDriver, message: StoredMessage, label: str) -> None:
    """Press the button labelled `label` on `message` as it shows now."""
    shown = chat.telegram.find(chat.chat.id, message.message_id)
    assert shown is not None
    found = next(b.data for row in chat.buttons(shown) for b in row if b.label == label)
    await chat.press_data(found or "", message.message_id)


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
    air = air_time(demo)
    await tick_bot(bot, air - 180)
    await ann.say("/notify all")
    await tick_bot(bot, air - 120)
    demo.clock = lambda: air + 30
    await _tick_episodes(bot, demo, ann, 1)
    await tick_bot(bot, air)
    text = ann.text()
    assert "2 new episodes" in text and "S01E02" in text and "S01E03" in text
    assert "S01E01" not in text
    await ann.press("✅ Watched all")
    assert "✅ Yes, all 2" in labels(ann), ann.last_alert
    await ann.press("✅ Yes, all 2")
    assert (plays(demo, 1), plays(demo, 2), plays(demo, 3)) == (1, 1, 1)
    assert "2 new episodes" in ann.text() and "S01E01" not in ann.text()


async def test_the_one_episode_left_of_a_drop_stays_alone_through_its_buttons(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    air = await _watched_before_the_send(bot, demo, ann, 2, 3)
    await tick_bot(bot, air)
    assert "S01E01" in ann.text() and "S01E02" not in ann.text()
    await ann.press("✅ Watched")
    assert plays(demo, 1) == 1
    text = ann.text()
    assert "new episodes" not in text and "S01E02" not in text and "S01E03" not in text
    assert "S01E01" in text


# -- 2. episodes watched before a calendar sync ----------------------------------------------


async def test_episodes_watched_before_notifications_were_on_are_not_told(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    air = air_time(demo)
    demo.clock = lambda: air + 30  # (aired by the demo's clock: progress counts them)
    await _tick_episodes(bot, demo, ann, 1, 2)
    await ann.say("/notify episodes")
    await tick_bot(bot, air - 60)
    await tick_bot(bot, air)
    assert "Night Signal" in ann.text()
    assert "S01E03" in ann.text() and "S01E01" not in ann.text() and "S01E02" not in ann.text()
    assert _states(bot, ann.user.id).get(3) == "sent"


async def test_episodes_watched_before_notifications_were_on_are_not_planned(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    air = air_time(demo)
    demo.clock = lambda: air + 30
    await _tick_episodes(bot, demo, ann, 1, 2)
    await ann.say("/notify episodes")
    await tick_bot(bot, air - 60)
    assert _states(bot, ann.user.id) == {3: "pending"}
    await ann.say("/due")
    assert "S01E03" in ann.text() and "S01E01" not in ann.text()


async def test_episodes_marked_before_they_aired_are_not_told(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    """Marked before the air time (progress does not list them yet), then the sync:
    the check before sending asks again once they aired."""
    air = air_time(demo)
    session = await bot.services.accounts.session(ann.user.id)
    for number in (1, 2):  # in another app, before they aired
        trakt_id = episode(demo, number)["ids"]["trakt"]
        item = SyncItem("episode", trakt_id)
        await bot.services.trakt.add_to_history(session.token, [item])
    await ann.say("/notify episodes")
    await tick_bot(bot, air - 60)
    demo.clock = lambda: air + 30
    bot.services.accounts.clock = lambda: air + 30  # pressed once aired
    await tick_bot(bot, air)
    assert "S01E03" in ann.text() and "S01E01" not in ann.text() and "S01E02" not in ann.text()


@pytest.mark.parametrize("resync", ["settings", "relink"])
async def test_episodes_watched_before_a_resync_are_not_told(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt, resync: str
) -> None:
    air = air_time(demo)
    await ann.say("/notify episodes 60")
    await tick_bot(bot, air - 60)
    demo.clock = lambda: air + 30
    await _tick_episodes(bot, demo, ann, 1, 2)
    if resync == "settings":  # quiet hours far from the send time (air + 1 h), whenever run
        start = (datetime.fromtimestamp(air + 3600, ZoneInfo("Europe/London")).hour + 6) % 24
        await ann.say(f"/notify quiet {start} {(start + 1) % 24}")
    else:
        await ann.say("/unlink")
        await ann.press("Yes, unlink")
        from tests.helpers import link_account

        await link_account(bot, ann.user.id)
    await tick_bot(bot, air + 600)  # the sync after the change, and nothing due yet
    await tick_bot(bot, air + 3600)
    assert "Night Signal" in ann.text()
    assert "S01E03" in ann.text() and "S01E01" not in ann.text() and "S01E02" not in ann.text()


# -- 9. ↩ Undo after "✅ Yes, all N" -------------------------------------------------------


async def _binge(bot: Harness, chat: ChatDriver, demo: DemoTrakt) -> None:
    await chat.say("/notify episodes")
    air = air_time(demo)
    await tick_bot(bot, air - 60)
    demo.clock = lambda: air + 30
    bot.services.accounts.clock = lambda: air + 30  # pressed once aired
    await tick_bot(bot, air)
    assert "3 new episodes" in chat.text()


async def test_yes_all_offers_one_undo_that_takes_back_every_play_it_added(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    await _binge(bot, ann, demo)
    await ann.press("✅ Watched all")
    await ann.press("✅ Yes, all 3")
    assert ann.last_alert == "Marked 3 episodes as watched"
    assert (plays(demo, 1), plays(demo, 2), plays(demo, 3)) == (1, 1, 1)
    assert "↩ Undo" in labels(ann)
    await ann.press("↩ Undo")
    assert ann.last_alert == "Undone"
    assert (plays(demo, 1), plays(demo, 2), plays(demo, 3)) == (0, 0, 0)
    assert "✅ S01E0" not in ann.text() and "✅ Watched all" in labels(ann)


async def test_the_undo_of_yes_all_leaves_a_play_made_elsewhere(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    await _binge(bot, ann, demo)
    message = ann.last_reply
    await _tick_episodes(bot, demo, ann, 2)  # watched meanwhile (another message)
    await _press(ann, message, "✅ Watched all")
    await _press(ann, message, "✅ Yes, all 3")
    assert ann.last_alert == "Marked 2 episodes as watched"
    assert (plays(demo, 1), plays(demo, 2), plays(demo, 3)) == (1, 1, 1)
    await _press(ann, message, "↩ Undo")
    assert (plays(demo, 1), plays(demo, 2), plays(demo, 3)) == (0, 1, 0)


# -- 10. the muted shows, listed in /notify --------------------------------------------------


async def test_notify_lists_the_muted_shows_with_unmute(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    await _binge(bot, ann, demo)
    await ann.press("🔕 Mute this show")
    await ann.say("/notify")
    assert "🔕 Muted shows (1)" in labels(ann)
    await ann.press("🔕 Muted shows (1)")
    assert "Night Signal (2026)" in ann.text()
    await ann.press("🔔 Unmute 1")
    assert ann.last_alert == "Notifications for this show are back on"
    assert bot.services.store.muted_shows(ann.user.id) == frozenset()
    assert "No muted shows" in ann.text()
    await ann.press("◀ Back")
    assert not [label for label in labels(ann) if label.startswith("🔕 Muted shows")]


async def test_many_muted_shows_are_paged(bot: Harness, ann: ChatDriver) -> None:
    store = bot.services.store
    for number in range(1, 13):
        store.mute_show(ann.user.id, 700000 + number, title=f"Show {number:02d}")
    await ann.say("/notify")
    await ann.press("🔕 Muted shows (12)")
    assert "Show 01" in ann.text() and "Show 09" not in ann.text()
    await ann.press("▶")
    assert "Show 09" in ann.text() and "Show 12" in ann.text()
    await ann.press("🔔 Unmute 12")
    assert 700012 not in store.muted_shows(ann.user.id)
    assert "Show 11" in ann.text() and "Show 12" not in ann.text()


# -- 6. /notify's words ------------------------------------------------------------------------


async def test_notify_on_restores_the_mode_turned_off(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/notify on")
    assert "Each episode, at air time." in ann.text()
    await ann.say("/notify digest 9")
    await ann.say("/notify off")
    assert "Off: nothing is sent." in ann.text()
    await ann.say("/notify on")
    assert "A daily digest at 9:00" in ann.text()
    settings = bot.services.store.notify_settings(ann.user.id)
    assert (settings.mode, settings.digest_hour) == ("digest", 9)


@pytest.mark.parametrize(
    ("words", "says"),
    [
        ("digest 25", "0–23"),
        ("digest soon", "0–23"),
        ("quiet 25 7", "0–23"),
        ("quiet 7 7", "two different hours"),
        ("episodes 5000", "1440"),
        ("episodes -2000", "1440"),
    ],
)
async def test_words_out_of_range_say_what_would_do(
    bot: Harness, ann: ChatDriver, words: str, says: str
) -> None:
    await ann.say(f"/notify {words}")
    assert says in ann.text() and "each episode when it airs" not in ann.text()
    assert bot.services.store.notify_settings(ann.user.id).mode == "off"


@pytest.mark.parametrize(
    ("words", "zone"),
    [("tz utc", "UTC"), ("TZ Europe/berlin", "Europe/Berlin"), ("Zone AMERICA/NEW_YORK", None)],
)
async def test_zones_in_any_letter_case(
    bot: Harness, ann: ChatDriver, words: str, zone: str | None
) -> None:
    await ann.say(f"/notify {words}")
    chosen = bot.services.store.notify_settings(ann.user.id).timezone
    assert chosen == (zone or "America/New_York")
    assert "set here" in ann.text()


async def test_words_in_capitals(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/notify DIGEST 7")
    assert bot.services.store.notify_settings(ann.user.id).digest_hour == 7


# -- 8. a notification sent before the air time ------------------------------------------------


async def test_a_notification_sent_before_the_air_time_says_airing_at(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    air = air_time(demo)
    await tick_bot(bot, air - 7300)  # turned on well before: the message is due
    await ann.say("/notify episodes -60")
    await tick_bot(bot, air - 7200)
    await tick_bot(bot, air - 3600)
    text = ann.text()
    assert "Night Signal" in text and "3 new episodes airing at" in text


# -- 12. /due and the offer after linking ------------------------------------------------------


async def test_due_leaves_out_what_was_just_watched(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    await _watched_before_the_send(bot, demo, ann, 1)
    await ann.say("/due")
    assert "S01E02" in ann.text() and "S01E01" not in ann.text()


def test_the_offer_promises_a_tick_only_for_each_episode() -> None:
    offer = shared_i18n().translator("en").plain("notify-offer")
    assert "One per episode, with a ✅" in offer and "digest of the day’s episodes." in offer
