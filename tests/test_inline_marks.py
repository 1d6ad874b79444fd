"""The marks cache of inline mode: freshness, the per-person request budget, failures."""

from __future__ import annotations

import asyncio

import pytest

from bot.features.inline import _within
from bot.snapshots import Fetch, Part, Snapshot, SnapshotCache
from tests.helpers import Clock


class Trakt:
    """Fake fetches: counts calls per part; a part can be made to fail."""

    def __init__(self) -> None:
        self.calls: list[Part] = []
        self.failing: set[Part] = set()
        self.data: dict[Part, frozenset[str]] = {
            "watchlist": frozenset({"movie:1", "show:2"}),
            "movies": frozenset({"movie:3"}),
            "shows": frozenset({"show:2", "show:4"}),
        }

    def fetches(self) -> dict[Part, Fetch]:
        return {part: self._fetch(part) for part in ("watchlist", "movies", "shows")}

    def _fetch(self, part: Part) -> Fetch:
        async def fetch() -> frozenset[str]:
            self.calls.append(part)
            await asyncio.sleep(0)
            if part in self.failing:
                raise RuntimeError(f"{part} failed")
            return self.data[part]

        return fetch


@pytest.fixture
def clock() -> Clock:
    return Clock(500.0)


@pytest.fixture
def cache(clock: Clock) -> SnapshotCache:
    return SnapshotCache(clock=clock)


async def test_two_parts_first_then_the_third_a_minute_later(
    cache: SnapshotCache, clock: Clock
) -> None:
    trakt = Trakt()
    marks = await cache.get(7, trakt.fetches(), ("watchlist", "movies", "shows"))
    assert trakt.calls == ["watchlist", "movies"]
    assert marks == Snapshot(frozenset({"movie:1", "show:2"}), frozenset({"movie:3"}))
    clock.now += 59
    await cache.get(7, trakt.fetches(), ("watchlist", "movies", "shows"))
    assert len(trakt.calls) == 2  # budget spent
    clock.now += 1
    marks = await cache.get(7, trakt.fetches(), ("watchlist", "movies", "shows"))
    assert trakt.calls[2:] == ["shows", "watchlist"]  # never fetched first, then the stalest
    assert marks.watched == {"movie:3", "show:2", "show:4"}
    assert cache.requests == 4


async def test_fresh_parts_cost_nothing(cache: SnapshotCache, clock: Clock) -> None:
    trakt = Trakt()
    await cache.get(7, trakt.fetches(), ["watchlist"])
    for _ in range(30):
        clock.now += 1
        await cache.get(7, trakt.fetches(), ["watchlist"])
    assert trakt.calls == ["watchlist"]


@pytest.mark.parametrize("seconds", [61, 300, 3600])
async def test_never_more_than_the_budget_in_any_minute(
    cache: SnapshotCache, clock: Clock, seconds: int
) -> None:
    trakt = Trakt()
    times: list[float] = []
    for _ in range(seconds):
        before = len(trakt.calls)
        await cache.get(7, trakt.fetches(), ("watchlist", "movies", "shows"))
        times.extend(clock.now for _ in range(len(trakt.calls) - before))
        clock.now += 1
    for start in times:
        assert sum(start <= t < start + 60 for t in times) <= 2


async def test_only_wanted_parts_are_fetched(cache: SnapshotCache) -> None:
    trakt = Trakt()
    marks = await cache.get(7, trakt.fetches(), ["watchlist", "shows"])
    assert trakt.calls == ["watchlist", "shows"]
    assert marks.watched == {"show:2", "show:4"}


async def test_people_have_their_own_budget_and_marks(cache: SnapshotCache) -> None:
    ann, bob = Trakt(), Trakt()
    bob.data["watchlist"] = frozenset({"movie:9"})
    await cache.get((1, "ann"), ann.fetches(), ("watchlist", "movies", "shows"))
    marks = await cache.get((2, "bob"), bob.fetches(), ("watchlist", "movies", "shows"))
    assert len(ann.calls) == len(bob.calls) == 2
    assert marks.watchlist == {"movie:9"}


async def test_a_failed_fetch_counts_and_keeps_the_old_value(
    cache: SnapshotCache, clock: Clock
) -> None:
    trakt = Trakt()
    await cache.get(7, trakt.fetches(), ["watchlist"])
    clock.now += 61
    trakt.failing.add("watchlist")
    trakt.data["watchlist"] = frozenset()
    marks = await cache.get(7, trakt.fetches(), ["watchlist"])
    assert marks.watchlist == {"movie:1", "show:2"}
    clock.now += 10
    await cache.get(7, trakt.fetches(), ["watchlist"])
    assert trakt.calls == ["watchlist", "watchlist"]  # not asked again at every keystroke


async def test_concurrent_answers_share_one_refresh(cache: SnapshotCache) -> None:
    trakt = Trakt()
    found = await asyncio.gather(
        *(cache.get(7, trakt.fetches(), ("watchlist", "movies", "shows")) for _ in range(10))
    )
    assert trakt.calls == ["watchlist", "movies"]
    assert all(marks == found[0] for marks in found)


async def test_the_cache_forgets_the_oldest_people(clock: Clock) -> None:
    cache = SnapshotCache(clock=clock, size=2)
    trakt = Trakt()
    for person in (1, 2, 3):
        await cache.get(person, trakt.fetches(), ["watchlist"])
    await cache.get(1, trakt.fetches(), ["watchlist"])  # forgotten: fetched afresh
    await cache.get(3, trakt.fetches(), ["watchlist"])  # still known
    assert len(trakt.calls) == 4


async def test_within_gives_the_result_or_times_out_without_cancelling() -> None:
    assert await _within(1.0, asyncio.sleep(0, result="done"), set()) == "done"
    release, finished = asyncio.Event(), asyncio.Event()

    async def slow() -> None:
        await release.wait()
        finished.set()

    with pytest.raises(TimeoutError):
        await _within(0.001, slow(), set())
    release.set()  # the work outlived the deadline and still runs to its end
    await asyncio.wait_for(finished.wait(), 1.0)
