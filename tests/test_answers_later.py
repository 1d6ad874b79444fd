"""Queued writes (bot/kit/later.py) are kept in the database and keep their order: a
restart during Trakt's wait loses nothing and adds nothing twice, and a person's presses
during a wait take effect in the order pressed. The waits and the clock are injected."""

from __future__ import annotations

import sqlite3

import pytest

from bot.demo import DemoTrakt
from bot.kit import later
from bot.store import StoreBusy
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import Clock, Waits, demo_user, labels, wait_for
from tests.later_kit import (
    INTERSTELLAR,
    WAIT,
    open_card,
    plays,
    press_into_a_wait,
    queue_write,
)
from tests.later_kit import after_restart as after_restart
from tests.later_kit import clock as clock
from tests.later_kit import linked as linked
from tests.later_kit import waits as waits

BEHIND = (
    "⏳ Your earlier change is still waiting for Trakt, so I’ll save this right after it, in 45 s."
)
FULL = (
    "⏳ Too many of your changes are already waiting for Trakt. Try this again once they’re saved."
)


def _writes(demo: DemoTrakt) -> list[str]:
    """The history writes that counted, in order."""
    return [r.path for r in demo.requests if r.method == "POST" and r.status < 300]


async def test_a_queued_write_survives_a_restart(
    bot: Harness,
    linked: ChatDriver,
    demo: DemoTrakt,
    waits: Waits,
    clock: Clock,
    after_restart: Waits,
) -> None:
    await open_card(linked)
    before = plays(bot)
    await queue_write(linked, demo, waits)
    clock.now += 30  # the bot is away for 30 s of the 45
    await bot.restart()
    await wait_for(lambda: plays(bot) == before + 1, what="the write after the restart")
    assert after_restart.asked == [15.0]  # the rest of the wait, not all of it again
    await wait_for(lambda: "✅ Watched" in labels(linked), what="the card ticked")
    await wait_for(lambda: not bot.services.store.queued_presses(), what="the row gone")
    assert plays(bot) == before + 1 and not bot.app.bot_data.later


async def test_a_write_saved_just_before_a_crash_is_not_added_again(
    bot: Harness,
    linked: ChatDriver,
    demo: DemoTrakt,
    waits: Waits,
    clock: Clock,
    after_restart: Waits,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A rewatch is the one play nothing else stops: Trakt took it, the bot stopped before
    the row was deleted, and the replay at the next start finds the play of that moment."""
    await open_card(linked)
    before = plays(bot)
    await linked.press("👁 Mark watched")
    await linked.press("✅ Watched")
    clock.now += 5  # a rewatch, seconds after the first play
    await press_into_a_wait(linked, demo, "🔁 Watch again")

    def crash(press_id: int) -> bool:
        raise StoreBusy("the row stays, as after a crash before its deletion")

    monkeypatch.setattr(bot.services.store, "drop_press", crash)
    await wait_for(lambda: waits.pending == 1, what="the queued rewatch")
    waits.release()
    await wait_for(lambda: plays(bot) == before + 2, what="the rewatch")
    await wait_for(lambda: not bot.app.bot_data.later, what="the queue to stop")
    assert len(bot.services.store.queued_presses()) == 1
    clock.now += 60
    await bot.restart()
    await wait_for(lambda: not bot.services.store.queued_presses(), what="the replay")
    assert plays(bot) == before + 2  # the replay found the play and added none
    assert after_restart.asked == []  # due while the bot was away: run at once


async def test_two_ratings_during_a_wait_keep_their_order(
    bot: Harness, linked: ChatDriver, demo: DemoTrakt, waits: Waits, clock: Clock
) -> None:
    await open_card(linked)
    await linked.press("⭐ Rate")
    await press_into_a_wait(linked, demo, "8", "/sync/ratings")
    await linked.press("9")  # Trakt would take it now: it still waits behind the 8
    assert linked.last_alert == BEHIND
    assert ("movie", INTERSTELLAR) not in demo_user(bot).ratings
    await wait_for(lambda: waits.pending == 1, what="one wait for both")
    clock.now += 45
    waits.release()
    await wait_for(lambda: not bot.app.bot_data.later, what="both saved")
    assert demo_user(bot).ratings[("movie", INTERSTELLAR)].rating == 9  # the last press wins
    assert _writes(demo).count("/sync/ratings") == 2


async def test_undo_then_watched_during_a_wait_keep_their_order(
    bot: Harness, linked: ChatDriver, demo: DemoTrakt, waits: Waits, clock: Clock
) -> None:
    """↩ Undo, then 👁 on an older copy of the card: watched in the end. Run out of order,
    the 👁 would find the play the Undo was about to take back, and do nothing. A press
    that writes nothing (⭐ opens the ratings row) is not held behind them."""
    await open_card(linked)
    old = linked.last_reply
    await open_card(linked)
    before = plays(bot)
    await linked.press("👁 Mark watched")
    await press_into_a_wait(linked, demo, "↩ Undo", "/sync/history/remove")
    await linked.press("⭐ Rate")  # writes nothing: opens the ratings row at once
    assert not (linked.last_alert or "").startswith("⏳") and "9" in labels(linked)
    await linked.press("👁 Mark watched", message=old)
    assert linked.last_alert == BEHIND
    await linked.press("👁 Mark watched", message=old)  # the same press again: said once
    assert linked.last_alert is not None and linked.last_alert.startswith("⏳ Already queued")
    await wait_for(lambda: waits.pending == 1, what="the queued undo")
    clock.now += 45
    waits.release()
    await wait_for(lambda: not bot.app.bot_data.later, what="both saved")
    assert plays(bot) == before + 1
    assert _writes(demo)[-2:] == ["/sync/history/remove", "/sync/history"]


async def test_a_row_the_database_keeps_holds_the_next_change_behind_it(
    bot: Harness,
    linked: ChatDriver,
    demo: DemoTrakt,
    waits: Waits,
    clock: Clock,
    after_restart: Waits,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The queued 👁 is saved but its row stays (the database busy until the restart). ↩
    Undo then waits behind it instead of running: were it to run, the 👁 row would run
    again after it at the next start and log the play it took back. After the restart
    both run, in order: the 👁 finds its play, the Undo takes it back."""
    await open_card(linked)
    before = plays(bot)
    demo.fail("POST", "/sync/history", 429, headers=WAIT)
    await linked.press("👁 Mark watched")

    tries: list[int] = []

    def busy(press_id: int) -> bool:
        tries.append(press_id)
        raise StoreBusy("database is locked")

    monkeypatch.setattr(bot.services.store, "drop_press", busy)
    monkeypatch.setattr(later, "FORGET_FIRST", 0.001)
    monkeypatch.setattr(later, "FORGET_MAX", 0.005)
    await wait_for(lambda: waits.pending == 1, what="the queued write")
    clock.now += 45
    waits.release()
    await wait_for(lambda: "↩ Undo" in labels(linked), what="the queued play")
    await wait_for(lambda: not bot.app.bot_data.later, what="the queue to stop")
    await linked.press("↩ Undo")
    assert linked.last_alert is not None and linked.last_alert.startswith("⏳")
    await wait_for(lambda: len(bot.services.store.queued_presses()) == 2, what="both rows")
    await wait_for(lambda: len(tries) > 3 * later.FORGET_TRIES, what="the deletion tried on")
    assert plays(bot) == before + 1  # the Undo has not run
    clock.now += 60
    await bot.restart()
    await wait_for(lambda: not bot.services.store.queued_presses(), what="the replays")
    await wait_for(lambda: not bot.app.bot_data.later, what="the queue done")
    assert plays(bot) == before


@pytest.mark.parametrize("linked_since", [False, True], ids=["older-link", "newer-link"])
async def test_a_row_from_before_accounts_were_noted_runs_only_on_an_older_link(
    bot: Harness,
    linked: ChatDriver,
    demo: DemoTrakt,
    waits: Waits,
    clock: Clock,
    after_restart: Waits,
    linked_since: bool,
) -> None:
    """A row queued before migration 9 names no account: it runs when the link of today
    was there when it was pressed, and is dropped (the person told) when it is newer."""
    await open_card(linked)
    before = plays(bot)
    demo.fail("POST", "/sync/history", 429, headers=WAIT)
    await linked.press("👁 Mark watched")
    await wait_for(lambda: waits.pending == 1, what="the queued write")
    linked_at = bot.services.accounts.get(linked.user.id).linked_at
    pressed = linked_at - 1 if linked_since else linked_at + 1
    with sqlite3.connect(bot.settings.database) as db:  # as migration 9 leaves an old row
        db.execute("UPDATE queued_presses SET account = NULL, pressed_at = ?", [pressed])
    clock.now += 45
    await bot.restart()
    await wait_for(lambda: not bot.services.store.queued_presses(), what="the row gone")
    await wait_for(lambda: not bot.app.bot_data.later, what="the queue done")
    assert plays(bot) == before + (0 if linked_since else 1)
    assert ("no longer linked" in linked.text()) == linked_since


async def test_past_the_cap_a_press_is_refused_not_stored(
    bot: Harness, linked: ChatDriver, demo: DemoTrakt, waits: Waits, clock: Clock
) -> None:
    await open_card(linked)
    await linked.press("⭐ Rate")
    demo.fail("POST", "/sync/ratings", 429, headers=WAIT)
    for n in range(later.MAX_QUEUED):
        await linked.press("9" if n % 2 else "8")
        assert linked.last_alert is not None and linked.last_alert.startswith("⏳")
    await linked.press("7")
    assert linked.last_alert == FULL
    assert len(bot.services.store.queued_presses()) == later.MAX_QUEUED
