"""The notification engine, driven with an injected clock against the demo Trakt.

The demo's "Night Signal" (collected by the demo user) drops S01E01 to S01E03 together
three minutes (rounded down to the minute) after the demo's (frozen) clock: a binge drop.
The background loop is stopped; each test calls `tick` at the moments it wants.
"""

from __future__ import annotations

import pytest

from bot.demo import DemoTrakt
from bot.notify import Blocked, Notification
from bot.store import Due
from bot.testkit.harness import Harness
from bot.trakt import SyncItem
from tests.helpers import link_account
from tests.notify_kit import ANN, BORIS, NIGHT_SIGNAL, Outbox, ann_on, attach, tick, turn_on
from tests.notify_kit import night_signal as _night_signal

pytestmark = pytest.mark.frozen_clock


async def test_a_binge_drop_is_one_notification_at_air_time_and_never_again(
    linked: Harness, demo: DemoTrakt
) -> None:
    notifier, outbox, air = await ann_on(linked, demo)
    await tick(notifier, air - 120)
    pending = linked.services.store.due_rows(ANN)
    assert [r.payload["number"] for r in pending if r.show_id == NIGHT_SIGNAL] == [1, 2, 3]
    assert night_signal(outbox) == []
    await tick(notifier, air)
    assert len(night_signal(outbox)) == 1
    sent = night_signal(outbox)[0]
    assert [r.payload["title"] for r in sent.rows] == ["Static", "Carrier Wave", "Dead Air"]
    await tick(notifier, air + 60)
    await tick(notifier, air + 3600)
    assert len(night_signal(outbox)) == 1
    rows = linked.services.store.batch_rows(sent.rows[0].id)
    assert {r.state for r in rows} == {"sent"} and {r.message_id for r in rows} == {501}


async def test_an_offset_moves_the_notification(linked: Harness, demo: DemoTrakt) -> None:
    notifier, outbox, air = await ann_on(linked, demo, offset=60)
    await tick(notifier, air - 60)
    await tick(notifier, air + 59 * 60)
    assert night_signal(outbox) == []
    await tick(notifier, air + 60 * 60)
    assert len(night_signal(outbox)) == 1


async def test_a_restart_before_the_due_time_loses_nothing_and_after_sends_nothing_twice(
    linked: Harness, demo: DemoTrakt
) -> None:
    notifier, outbox, air = await ann_on(linked, demo)
    await tick(notifier, air - 60)
    await linked.restart()
    notifier, outbox = await attach(linked)
    await tick(notifier, air + 30)
    assert len(night_signal(outbox)) == 1
    await linked.restart()
    notifier, outbox = await attach(linked)
    await tick(notifier, air + 90)
    assert night_signal(outbox) == []


async def test_a_row_left_claimed_by_a_crash_is_dropped_never_sent(
    linked: Harness, demo: DemoTrakt
) -> None:
    notifier, outbox, air = await ann_on(linked, demo)
    await tick(notifier, air - 60)
    store = linked.services.store
    claimed = store.claim_due([r.id for r in store.due_rows(ANN)])
    assert claimed  # the crash: claimed, then gone before sending
    await linked.restart()  # start-up drops what is left claimed
    notifier, outbox = await attach(linked)
    await tick(notifier, air + 10)
    assert night_signal(outbox) == []
    assert {r.state for r in store_rows(linked)} == {"dropped"}


def store_rows(bot: Harness) -> list[Due]:
    """Ann's rows of Night Signal (the demo's live week airs other shows around it)."""
    states = ("pending", "claimed", "sent", "skipped", "dropped")
    return [r for r in bot.services.store.due_rows(ANN, states) if r.show_id == NIGHT_SIGNAL]


def night_signal(outbox: Outbox) -> list[Notification]:
    """What `outbox` sent about Night Signal."""
    return _night_signal(outbox.sent)


@pytest.mark.parametrize(("late_hours", "sent"), [(11, 1), (13, 0)])
async def test_after_downtime_what_is_missed_within_12_hours_goes_out_once(
    linked: Harness, demo: DemoTrakt, late_hours: int, sent: int
) -> None:
    notifier, outbox, air = await ann_on(linked, demo)
    await tick(notifier, air - 60)
    await tick(notifier, air + late_hours * 3600)
    await tick(notifier, air + late_hours * 3600 + 60)
    assert len(night_signal(outbox)) == sent


async def test_a_digest_folds_in_what_downtime_missed(linked: Harness, demo: DemoTrakt) -> None:
    notifier, outbox, air = await ann_on(linked, demo)
    settings = linked.services.store.notify_settings(ANN)
    linked.services.store.save_notify_settings(settings.with_(mode="digest", digest_hour=8))
    linked.services.notify.changed(ANN)
    await tick(notifier, air - 60)
    rows = [r for r in linked.services.store.due_rows(ANN) if r.show_id == NIGHT_SIGNAL]
    due = rows[0].due_at
    await tick(notifier, due + 13 * 3600)  # the digest went by while the bot was down
    assert night_signal(outbox) == []
    folded = [r for r in linked.services.store.due_rows(ANN) if r.show_id == NIGHT_SIGNAL]
    assert folded and folded[0].due_at > due + 13 * 3600
    await tick(notifier, folded[0].due_at)
    assert len(night_signal(outbox)) == 1 and night_signal(outbox)[0].digest


async def test_an_episode_already_watched_is_not_told(linked: Harness, demo: DemoTrakt) -> None:
    notifier, outbox, air = await ann_on(linked, demo)
    await tick(notifier, air - 60)
    syncs = notifier.requests[ANN]
    # a first sync: last_activities, the hidden shows, the calendar, and the progress of
    # each show with episodes to tell (Night Signal, Shōgun): none watched yet
    assert syncs == 5
    # watched elsewhere (another app) after the sync
    session = await linked.services.accounts.session(ANN)
    first = demo.catalogue.shows[NIGHT_SIGNAL].seasons[0].episodes[0]["ids"]["trakt"]
    demo.clock = lambda: air + 5  # a play after it aired
    await linked.services.trakt.add_to_history(session.token, [SyncItem("episode", first)])
    await tick(notifier, air + 10)
    assert len(night_signal(outbox)) == 1
    assert [r.payload["number"] for r in night_signal(outbox)[0].rows] == [2, 3]
    # the check: last_activities, then that show's progress (plays changed since the sync)
    assert notifier.requests[ANN] - syncs == 2


async def test_a_day_without_plays_costs_one_request_per_notification(
    linked: Harness, demo: DemoTrakt
) -> None:
    notifier, outbox, air = await ann_on(linked, demo)
    await tick(notifier, air - 120)
    first = notifier.requests[ANN]
    linked.services.store.set_notify_sync(ANN, 0)  # the next daily sync
    await tick(notifier, air - 60)
    daily = notifier.requests[ANN] - first
    await tick(notifier, air)
    assert (daily, notifier.requests[ANN] - first - daily, len(night_signal(outbox))) == (2, 1, 1)


async def test_a_person_who_blocked_the_bot_gets_notifications_off(
    linked: Harness, demo: DemoTrakt
) -> None:
    notifier, outbox, air = await ann_on(linked, demo)
    outbox.fail = lambda _: Blocked("Forbidden: bot was blocked by the user")
    await tick(notifier, air - 60)
    await tick(notifier, air)
    assert linked.services.store.notify_settings(ANN).mode == "off"
    assert linked.services.store.due_rows(ANN) == []


async def test_one_persons_trakt_failure_never_stops_another(
    linked: Harness, demo: DemoTrakt
) -> None:
    await link_account(linked, BORIS)
    notifier, outbox, air = await ann_on(linked, demo)
    turn_on(linked, BORIS)
    demo.fail("GET", "/calendars/my/shows", 423, times=1)  # a locked account: not retried
    await tick(notifier, air - 60)
    planned = [bool(linked.services.store.due_rows(u)) for u in (ANN, BORIS)]
    assert sorted(planned) == [False, True]
    await tick(notifier, air)
    assert len(night_signal(outbox)) == 1  # the one that synced is told; the other retries later
    await tick(notifier, air + 3600 + 1)
    told = night_signal(outbox)
    assert len(told) == 2 and {n.user_id for n in told} == {ANN, BORIS}


async def test_unlink_removes_what_was_scheduled(linked: Harness, demo: DemoTrakt) -> None:
    notifier, outbox, air = await ann_on(linked, demo)
    await tick(notifier, air - 60)
    assert linked.services.store.due_rows(ANN)
    await linked.services.accounts.unlink(ANN)
    assert linked.services.store.due_rows(ANN) == []
    await tick(notifier, air)
    assert night_signal(outbox) == []


async def test_a_muted_show_is_not_told(linked: Harness, demo: DemoTrakt) -> None:
    notifier, outbox, air = await ann_on(linked, demo)
    await tick(notifier, air - 60)
    linked.services.store.mute_show(ANN, NIGHT_SIGNAL)
    linked.services.notify.changed(ANN)
    await tick(notifier, air - 30)
    await tick(notifier, air)
    assert night_signal(outbox) == []


async def test_premieres_only(linked: Harness, demo: DemoTrakt) -> None:
    notifier, outbox, air = await ann_on(linked, demo, scope="premieres")
    await tick(notifier, air - 60)
    await tick(notifier, air)
    assert [[r.payload["number"] for r in n.rows] for n in outbox.sent] == [[1]]
