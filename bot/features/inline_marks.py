"""What a linked person already has on Trakt, to mark results and cards; cheap on Trakt.

Three parts, each one Trakt GET sent with the person's own token (their rate-limit
bucket): the watchlist (movies and shows, the first `MAX_LIMIT` entries), the watched
movies and the watched shows. Values are marks keys ("movie:123", `actions.key`).

A part is fetched again when it is older than `fresh` seconds, but one person never
costs more than `budget` GETs in any `window` seconds (rolling). When more parts are
due than the budget allows, the parts the answer needs go first, never fetched before
stalest; the others keep their old value until a later answer. So with the defaults
(60 s, 2 per 60 s) marks are at most about two minutes old, and a person who starts
typing right after linking may see one kind of "watched" mark a minute late.

A failed fetch counts against the budget and keeps the old value, so a failing Trakt
is not asked again at every keystroke. Concurrent answers for one person wait for one
refresh. This module knows nothing of Telegram; `known` supplies the fetches.
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

Part = Literal["watchlist", "movies", "shows"]
PARTS: tuple[Part, ...] = ("watchlist", "movies", "shows")
Fetch = Callable[[], Awaitable[frozenset[str]]]

FRESH = 60.0
BUDGET = 2
WINDOW = 60.0
PEOPLE = 1024


@dataclass(frozen=True)
class Marks:
    """Marks keys on the person's watchlist and the ones they watched; `asked`: when
    (the cache's clock) the request behind each part's value was sent."""

    watchlist: frozenset[str] = frozenset()
    watched: frozenset[str] = frozenset()
    asked: Mapping[Part, float] = field(default_factory=dict, compare=False)

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


class MarksCache:
    """Per-person marks, refreshed within a per-person request budget."""

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
        self, person: Hashable, fetches: Mapping[Part, Fetch], wanted: Iterable[Part]
    ) -> Marks:
        """The person's marks, after refreshing what is due (and `wanted`) within budget."""
        entry = self._entry(person)
        async with entry.lock:
            due = self._due(entry, [part for part in wanted if part in fetches])
            if due:
                await self._refresh(entry, due, fetches)
        values = entry.values
        watched = values.get("movies", frozenset()) | values.get("shows", frozenset())
        return Marks(values.get("watchlist", frozenset()), watched, dict(entry.asked))

    def _due(self, entry: _Person, wanted: list[Part]) -> list[Part]:
        """The parts to fetch now: stale ones, never fetched and stalest first, within budget."""
        now = self.clock()
        while entry.spent and entry.spent[0] <= now - self.window:
            entry.spent.popleft()
        stale = [
            p for p in dict.fromkeys(wanted) if now - entry.fetched.get(p, -math.inf) >= self.fresh
        ]
        stale.sort(key=lambda part: entry.fetched.get(part, -math.inf))  # stable: wanted order
        return stale[: max(self.budget - len(entry.spent), 0)]

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
