"""A small in-memory TTL cache with single-flight fetches.

Many chats asking for "trending" at once must cost Trakt one request: concurrent
callers with the same key await the same in-flight task. Values live `ttl` seconds;
failures are not cached (every waiter sees the exception, the next call fetches
again). The number of entries is bounded (least recently used go first).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from typing import Any, TypeVar, cast

logger = logging.getLogger(__name__)

T = TypeVar("T")


class TTLCache:
    """Async TTL cache; `clock` (monotonic seconds) is injectable for tests."""

    def __init__(self, maxsize: int = 1024, *, clock: Callable[[], float] = time.monotonic) -> None:
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.maxsize = maxsize
        self._clock = clock
        self._entries: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self._inflight: dict[Hashable, asyncio.Task[Any]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    async def get_or_fetch(self, key: Hashable, fetch: Callable[[], Awaitable[T]], ttl: float) -> T:
        """The cached value for `key`, or the result of one shared call to `fetch`."""
        hit = self._lookup(key)
        if hit is not None:
            return cast(T, hit[1])
        task = self._inflight.get(key)
        if task is None:
            task = asyncio.ensure_future(self._fill(key, fetch, ttl))
            task.add_done_callback(_consume_exception)
            self._inflight[key] = task
        # shield: one impatient (cancelled) caller must not cancel everyone's fetch
        return cast(T, await asyncio.shield(task))

    def invalidate(self, key: Hashable) -> None:
        """Forget one entry (an in-flight fetch still completes)."""
        self._entries.pop(key, None)

    def clear(self) -> None:
        """Forget every entry."""
        self._entries.clear()

    def _lookup(self, key: Hashable) -> tuple[float, Any] | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry[0] <= self._clock():
            del self._entries[key]
            return None
        self._entries.move_to_end(key)
        return entry

    async def _fill(self, key: Hashable, fetch: Callable[[], Awaitable[T]], ttl: float) -> T:
        try:
            value = await fetch()
        finally:
            self._inflight.pop(key, None)
        if ttl > 0:
            self._entries[key] = (self._clock() + ttl, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self.maxsize:
                self._entries.popitem(last=False)
        return value


def _consume_exception(task: asyncio.Task[Any]) -> None:
    """Mark a failed fetch as seen even when every waiter was cancelled."""
    if not task.cancelled() and task.exception() is not None:
        logger.debug("cached fetch failed: %s", type(task.exception()).__name__)
