"""Client-side rate limits, kept under Trakt's so we rarely see a 429.

Trakt's buckets (TRAKT_API.md §3.4):

- `UNAUTHED_API_GET_LIMIT`: one per application (and public IP): 500 or 1000 per 5 min,
  depending on the source. We share one bucket of 450 per 300 s.
- `AUTHED_API_GET_LIMIT`: per user, same disagreement: 450 per 300 s per token.
- `AUTHED_API_POST_LIMIT`: per user, POST/PUT/DELETE: 1 per second per token.

A read waits at most `read_wait` seconds for its bucket (the shared one fills up when
many people search at once), then fails with `Busy` and the seconds to wait, so a
person hears "busy, try in N s" instead of waiting without end; a write waits its turn.
An extra of an answer (`bot.trakt.fair.along`: a page's translations) never waits: an
unauthenticated one goes while half of the shared bucket is free, one with a token while
the person's own bucket has room; else it is skipped (`Busy`).
Per-person budgets come before all of this (`bot.trakt.fair`).

Per-token buckets are keyed by a hash of the token (the token itself is never kept)
and bounded in number (LRU), so a large user base cannot grow memory without end.
"""

from __future__ import annotations

import asyncio
import hashlib
import math
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Literal

from aiolimiter import AsyncLimiter

from bot.trakt.errors import Busy
from bot.trakt.fair import FairConfig, FairUse, riding, spend_shared

Bucket = Literal["get", "write"]
EXTRA_RETRY = 60.0  # seconds: an extra skipped for a fuller bucket is asked for next time


@dataclass(frozen=True, slots=True)
class Rate:
    """`max_rate` requests per `period` seconds."""

    max_rate: float
    period: float


@dataclass(frozen=True, slots=True)
class RateLimitConfig:
    """The numbers behind `RateLimits`; lift them in tests and benchmarks."""

    unauthed_get: Rate = Rate(450, 300.0)
    authed_get: Rate = Rate(450, 300.0)
    authed_write: Rate = Rate(1, 1.0)
    max_tokens: int = 10_000
    read_wait: float = 5.0
    fair: FairConfig = field(default_factory=FairConfig)
    enabled: bool = True


class RateLimits:
    """One shared bucket for unauthenticated GETs, per-token buckets for the rest."""

    def __init__(self, config: RateLimitConfig | None = None) -> None:
        self.config = config or RateLimitConfig()
        self._unauthed = _limiter(self.config.unauthed_get)
        self._per_token: OrderedDict[tuple[Bucket, str], AsyncLimiter] = OrderedDict()
        self._waiting: dict[int, int] = {}  # reads waiting, by limiter
        fair = self.config.fair
        self.fair = FairUse(fair if self.config.enabled else FairConfig(enabled=False))

    @classmethod
    def unlimited(cls) -> RateLimits:
        """Limits that never wait (tests, benchmarks, the offline demo)."""
        return cls(RateLimitConfig(enabled=False))

    def limiter(self, bucket: Bucket, token: str | None) -> AsyncLimiter:
        """The bucket a request belongs to; a write without a token still gets a shared one."""
        if bucket == "get" and token is None:
            return self._unauthed
        key = (bucket, _token_key(token or ""))
        limiter = self._per_token.get(key)
        if limiter is None:
            rate = self.config.authed_get if bucket == "get" else self.config.authed_write
            limiter = self._per_token[key] = _limiter(rate)
            while len(self._per_token) > self.config.max_tokens:
                self._per_token.popitem(last=False)
        else:
            self._per_token.move_to_end(key)
        return limiter

    async def acquire(self, bucket: Bucket, token: str | None) -> None:
        """Wait until the request may go out (returns at once when disabled); a read
        waits at most `read_wait` seconds, then raises `Busy`."""
        if not self.config.enabled:
            return
        limiter = self.limiter(bucket, token)
        if bucket == "get" and riding():
            await self._extra(limiter, shared=token is None)
            return
        if bucket == "get" and token is None:
            spend_shared()  # one person may take only a share of the bot's bucket
        if bucket == "write" or limiter.has_capacity():
            await limiter.acquire()
            return
        key = id(limiter)
        waiting = self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            await asyncio.wait_for(limiter.acquire(), self.config.read_wait)
        except TimeoutError:
            per_second = limiter.max_rate / limiter.time_period
            raise Busy(
                "Trakt's request budget is spent for now",
                retry_after=math.ceil(waiting / per_second),
            ) from None
        finally:
            left = self._waiting[key] - 1
            if left:
                self._waiting[key] = left
            else:
                del self._waiting[key]

    @staticmethod
    async def _extra(limiter: AsyncLimiter, *, shared: bool) -> None:
        """Take one for an extra (`bot.trakt.fair.along`) only when it goes at once: from
        the shared bucket while half of it is free, from a person's while it has room; else
        `Busy`: the extra is skipped, never waited for (it would hold a slot meanwhile)."""
        room = max(limiter.max_rate / 2, 1) if shared else 1
        if not limiter.has_capacity(room):
            raise Busy("the bucket is kept for answers", retry_after=EXTRA_RETRY)
        await limiter.acquire()

    def __len__(self) -> int:
        return len(self._per_token)


def _limiter(rate: Rate) -> AsyncLimiter:
    return AsyncLimiter(rate.max_rate, rate.period)


def _token_key(token: str) -> str:
    """A short, non-reversible key for a token."""
    return hashlib.blake2b(token.encode(), digest_size=16).hexdigest()
