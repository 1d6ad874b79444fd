"""TTLCache: single-flight, TTL expiry, errors not cached, bounded size."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest

from bot.trakt import TTLCache
from tests.helpers import Clock


async def test_concurrent_callers_share_one_fetch() -> None:
    cache = TTLCache()
    calls = 0
    release = asyncio.Event()

    async def fetch() -> str:
        nonlocal calls
        calls += 1
        await release.wait()
        return "value"

    waiters = [asyncio.create_task(cache.get_or_fetch("k", fetch, 60)) for _ in range(200)]
    await asyncio.sleep(0)
    release.set()
    results = await asyncio.gather(*waiters)
    assert calls == 1 and results == ["value"] * 200


async def test_value_kept_for_ttl_then_refetched() -> None:
    clock = Clock()
    cache = TTLCache(clock=clock)
    calls: list[int] = []

    async def fetch() -> int:
        calls.append(1)
        return len(calls)

    assert await cache.get_or_fetch("k", fetch, 10) == 1
    clock.now += 9.9
    assert await cache.get_or_fetch("k", fetch, 10) == 1
    clock.now += 0.2
    assert await cache.get_or_fetch("k", fetch, 10) == 2


async def test_different_keys_fetch_separately() -> None:
    cache = TTLCache()

    async def one() -> int:
        return 1

    async def two() -> int:
        return 2

    assert await cache.get_or_fetch(("a", 1), one, 60) == 1
    assert await cache.get_or_fetch(("a", 2), two, 60) == 2


async def test_errors_reach_every_waiter_and_are_not_cached() -> None:
    cache = TTLCache()
    calls = 0
    release = asyncio.Event()

    async def failing() -> int:
        nonlocal calls
        calls += 1
        await release.wait()
        raise RuntimeError("trakt down")

    waiters = [asyncio.create_task(cache.get_or_fetch("k", failing, 60)) for _ in range(5)]
    await asyncio.sleep(0)
    release.set()
    results = await asyncio.gather(*waiters, return_exceptions=True)
    assert calls == 1 and all(isinstance(r, RuntimeError) for r in results)

    async def working() -> int:
        return 42

    assert await cache.get_or_fetch("k", working, 60) == 42
    assert len(cache) == 1


async def test_size_is_bounded_lru() -> None:
    cache = TTLCache(maxsize=2)

    def const(value: int) -> Callable[[], Awaitable[int]]:
        async def fetch() -> int:
            return value

        return fetch

    await cache.get_or_fetch("a", const(1), 60)
    await cache.get_or_fetch("b", const(2), 60)
    await cache.get_or_fetch("a", const(99), 60)  # hit: "a" becomes most recent
    await cache.get_or_fetch("c", const(3), 60)  # evicts "b"
    assert len(cache) == 2
    assert await cache.get_or_fetch("a", const(100), 60) == 1
    assert await cache.get_or_fetch("b", const(200), 60) == 200


async def test_cancelled_waiter_does_not_cancel_shared_fetch() -> None:
    cache = TTLCache()
    release = asyncio.Event()

    async def fetch() -> str:
        await release.wait()
        return "done"

    impatient = asyncio.create_task(cache.get_or_fetch("k", fetch, 60))
    patient = asyncio.create_task(cache.get_or_fetch("k", fetch, 60))
    await asyncio.sleep(0)
    impatient.cancel()
    release.set()
    assert await patient == "done"
    with pytest.raises(asyncio.CancelledError):
        await impatient


async def test_zero_ttl_is_not_stored_and_invalidate_clear() -> None:
    cache = TTLCache()

    async def fetch() -> int:
        return 1

    await cache.get_or_fetch("k", fetch, 0)
    assert len(cache) == 0
    await cache.get_or_fetch("k", fetch, 60)
    cache.invalidate("k")
    assert len(cache) == 0
    await cache.get_or_fetch("k", fetch, 60)
    cache.clear()
    assert len(cache) == 0


def test_maxsize_must_be_positive() -> None:
    with pytest.raises(ValueError):
        TTLCache(maxsize=0)
