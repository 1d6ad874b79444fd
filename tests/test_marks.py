"""The marks model on its own: changes made here against Trakt's snapshot, ratings,
per-show progress, memory bounds; an injected clock, no Telegram."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from bot.accounts import TraktSession
from bot.marks import (
    HIDDEN,
    SEEN,
    SETTLE,
    UNLISTED,
    WATCHLIST,
    Marks,
    rating_of,
)
from bot.snapshots import Partial, Snapshot, SnapshotCache
from bot.trakt import ShowProgress, TraktAPI
from bot.trakt.ref import MediaRef
from tests.helpers import Clock

ANN, BOB = 1001, 1002
DUNE = MediaRef("movie", 7)
DARK = MediaRef("show", 9)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def marks(clock: Clock) -> Marks:
    return Marks(cast(TraktAPI, None), snapshots=SnapshotCache(clock=clock))


def _snapshot(clock: Clock, **parts: frozenset[str]) -> Snapshot:
    asked = {part: clock() for part in ("watchlist", "movies", "shows")}
    return Snapshot(parts.get("watchlist", frozenset()), parts.get("watched", frozenset()), asked)


def test_changes_are_per_person_and_per_title(marks: Marks) -> None:
    marks.record(ANN, DUNE, WATCHLIST)
    assert marks.flags(ANN, DUNE) == {WATCHLIST}
    assert marks.flags(BOB, DUNE) == frozenset() and marks.flags(ANN, DARK) == frozenset()
    assert marks.flags(None, DUNE) == frozenset()
    marks.record(ANN, DUNE, WATCHLIST, on=False)
    marks.record(ANN, DUNE, UNLISTED)
    assert marks.here(ANN, DUNE) == {UNLISTED}


def test_snapshot_adds_what_trakt_has(marks: Marks, clock: Clock) -> None:
    snap = _snapshot(clock, watchlist=frozenset({DUNE.key}), watched=frozenset({DARK.key}))
    assert marks.flags(ANN, DUNE, snap) == {WATCHLIST}
    assert marks.flags(ANN, DARK, snap) == {SEEN}


def test_a_change_here_wins_until_a_later_snapshot(marks: Marks, clock: Clock) -> None:
    marks.record(ANN, DUNE, UNLISTED)  # removed here; Trakt's old snapshot still lists it
    old = _snapshot(clock, watchlist=frozenset({DUNE.key}))
    assert WATCHLIST not in marks.flags(ANN, DUNE, old)  # the change is first read now
    clock.now += SETTLE / 2
    soon = _snapshot(clock, watchlist=frozenset({DUNE.key}))
    assert WATCHLIST not in marks.flags(ANN, DUNE, soon)
    clock.now += SETTLE  # asked well after the change: Trakt wins (re-added elsewhere)
    later = _snapshot(clock, watchlist=frozenset({DUNE.key}))
    assert marks.flags(ANN, DUNE, later) == {WATCHLIST}
    marks.record(ANN, DUNE, UNLISTED)  # the same change again is a new change
    assert WATCHLIST not in marks.flags(ANN, DUNE, later)


def test_a_partial_watchlist_says_nothing_of_what_it_lacks(marks: Marks, clock: Clock) -> None:
    marks.record(ANN, DUNE, WATCHLIST)
    marks.flags(ANN, DUNE, _snapshot(clock))  # the change is first read with a snapshot
    clock.now += SETTLE * 2
    partial = Snapshot(Partial({DARK.key}), frozenset(), {"watchlist": clock()})
    assert WATCHLIST in marks.flags(ANN, DUNE, partial)
    full = Snapshot(frozenset({DARK.key}), frozenset(), {"watchlist": clock()})
    assert WATCHLIST not in marks.flags(ANN, DUNE, full)


def test_ratings_replace_each_other(marks: Marks) -> None:
    assert marks.rating(ANN, DUNE) is None
    marks.rate(ANN, DUNE, 9)
    marks.rate(ANN, DUNE, 6)
    assert marks.rating(ANN, DUNE) == 6 and marks.rating(BOB, DUNE) is None
    marks.record(ANN, DUNE, HIDDEN)
    assert marks.rating(ANN, DUNE) == 6
    assert [rating_of(v) for v in ("rate:10", "rate:0", "rate:x", "wl")] == [10, None, None, None]


def test_only_the_most_recent_people_are_kept(clock: Clock) -> None:
    marks = Marks(cast(TraktAPI, None), snapshots=SnapshotCache(clock=clock), size=2)
    for person in (1, 2, 3):
        marks.record(person, DUNE, SEEN)
    assert marks.here(1, DUNE) == frozenset()
    assert marks.here(3, DUNE) == {SEEN}


class _Api:
    def __init__(self) -> None:
        self.asked: list[int] = []

    async def show_progress(self, token: str, show_id: int) -> ShowProgress:
        self.asked.append(show_id)
        return ShowProgress(aired=9, completed=len(self.asked))


def _session(api: Any) -> TraktSession:
    async def call(fn: Any) -> Any:
        return await fn("token")

    return cast(
        TraktSession, SimpleNamespace(account=SimpleNamespace(chat_id=ANN, slug="ann"), call=call)
    )


async def test_progress_is_kept_fresh_and_dropped_by_a_play_here(clock: Clock) -> None:
    api = _Api()
    marks = Marks(cast(TraktAPI, api), snapshots=SnapshotCache(clock=clock))
    session = _session(api)
    first = await marks.progress(session, DARK.trakt_id)
    assert (first.aired, first.completed) == (9, 1)
    assert (await marks.progress(session, DARK.trakt_id)).completed == 1  # kept
    marks.record(ANN, MediaRef("episode", 55), SEEN)  # an episode watched here
    assert (await marks.progress(session, DARK.trakt_id)).completed == 2
    clock.now += 61
    assert (await marks.progress(session, DARK.trakt_id)).completed == 3
    assert api.asked == [9, 9, 9]
