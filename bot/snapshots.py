"""Trakt's snapshot of each linked person's marks: the watchlist, the watched movies and
shows, and the ratings, as title keys (`MediaRef.key`), for `bot.marks.Marks`.

One Trakt GET per part with the person's own token (their rate-limit bucket). A part is
fetched again when older than `fresh` seconds, but one person never costs more than
`budget` GETs in any `window` seconds (rolling); the parts an answer needs go first, never
fetched before stalest. With the defaults (60 s, 2 per 60 s) the snapshot is at most about
two minutes old. One exception: a part an answer asked on purpose can't show without
(`needed`: a card's rating) and never asked before is fetched beyond the budget, once
per part and person, so a card never shows "unknown" as "not rated" because lists spent
the budget first. A failed fetch counts against the budget and keeps the old value;
concurrent answers for one person wait for one refresh. A watchlist longer than one page
(`Partial`) is trusted only for the titles it lists. Kept for the `PEOPLE` most recent
people. Knows nothing of Telegram; its clock is injected.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

logger = logging.getLogger(__name__)

Part = Literal["watchlist", "movies", "shows", "ratings"]
Fetch = Callable[[], Awaitable[frozenset[str]]]
Clock = Callable[[], float]

FRESH = 60.0
BUDGET = 2
WINDOW = 60.0
PEOPLE = 1024


@dataclass(frozen=True)
class Snapshot:
    """Title keys (`MediaRef.key`) on the person's watchlist and the ones they watched;
    `asked`: when (the cache's clock) the request behind each part's value was sent."""

    watchlist: frozenset[str] = frozenset()
    watched: frozenset[str] = frozenset()
    asked: Mapping[Part, float] = field(default_factory=dict, compare=False)
    ratings: Mapping[str, int] = field(default_factory=dict)  # title key -> 1..10

    def asked_after(self, part: Part, moment: float) -> bool:
        """Whether this part's value was asked of Trakt after `moment`."""
        return self.asked.get(part, -math.inf) > moment


@dataclass
class _Person:
    values: dict[Part, frozenset[str]] = field(default_factory=dict)
    fetched: dict[Part, float] = field(default_factory=dict)
    asked: dict[Part, float] = field(default_factory=dict)  # when the kept value was asked
    spent: deque[float] = field(default_factory=deque)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class SnapshotCache:
    """Per-person snapshots, refreshed within a per-person request budget."""

    def __init__(
        self,
        *,
        fresh: float = FRESH,
        budget: int = BUDGET,
        window: float = WINDOW,
        size: int = PEOPLE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.fresh = fresh
        self.budget = budget
        self.window = window
        self.size = size
        self.clock = clock
        self.requests = 0  # every fetch started, for tests and the log
        self._people: OrderedDict[Hashable, _Person] = OrderedDict()

    async def get(
        self,
        person: Hashable,
        fetches: Mapping[Part, Fetch],
        wanted: Iterable[Part],
        *,
        extra: int = 0,
        needed: Iterable[Part] = (),
    ) -> Snapshot:
        """The person's snapshot, after refreshing what is due (and `wanted`) within budget
        (`extra` more GETs for an answer asked on purpose, such as a card; `needed` parts
        never asked are asked whatever the budget)."""
        entry = self._entry(person)
        async with entry.lock:
            wanted = [part for part in wanted if part in fetches]
            due = self._due(entry, wanted, extra)
            due += [p for p in dict.fromkeys(needed) if p in fetches and p not in entry.fetched]
            due = list(dict.fromkeys(due))
            if due:
                await self._refresh(entry, due, fetches)
        values = entry.values
        watched = values.get("movies", frozenset()) | values.get("shows", frozenset())
        rated = (entry.partition("=") for entry in values.get("ratings", frozenset()))
        ratings = {key: int(stars) for key, _, stars in rated if stars.isdigit()}
        return Snapshot(values.get("watchlist", frozenset()), watched, dict(entry.asked), ratings)

    def _due(self, entry: _Person, wanted: list[Part], extra: int = 0) -> list[Part]:
        """The parts to fetch now: stale ones, never fetched and stalest first, within budget."""
        now = self.clock()
        while entry.spent and entry.spent[0] <= now - self.window:
            entry.spent.popleft()
        stale = [
            p for p in dict.fromkeys(wanted) if now - entry.fetched.get(p, -math.inf) >= self.fresh
        ]
        stale.sort(key=lambda part: entry.fetched.get(part, -math.inf))  # stable: wanted order
        return stale[: max(self.budget + extra - len(entry.spent), 0)]

    async def _refresh(
        self, entry: _Person, due: list[Part], fetches: Mapping[Part, Fetch]
    ) -> None:
        now = self.clock()
        entry.spent.extend(now for _ in due)
        self.requests += len(due)
        results = await asyncio.gather(*(fetches[part]() for part in due), return_exceptions=True)
        done = self.clock()
        for part, result in zip(due, results, strict=True):
            entry.fetched[part] = done
            if isinstance(result, frozenset):
                entry.values[part] = result
                entry.asked[part] = now
            elif isinstance(result, Exception):
                logger.info("could not fetch the %s marks: %r", part, result)
            else:
                raise result  # cancelled

    def _entry(self, person: Hashable) -> _Person:
        entry = self._people.get(person)
        if entry is None:
            entry = self._people[person] = _Person()
            while len(self._people) > self.size:
                self._people.popitem(last=False)
        else:
            self._people.move_to_end(person)
        return entry


NOTHING = Snapshot()


class Partial(frozenset[str]):
    """A watchlist snapshot of only its first `MAX_LIMIT` titles (Trakt has more)."""
