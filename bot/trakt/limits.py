"""Client-side rate limits, kept under Trakt's so we rarely see a 429.

Trakt's buckets (TRAKT_API.md §3.4):

- `UNAUTHED_API_GET_LIMIT`: one per application (and public IP): 500 or 1000 per 5 min,
  depending on the source. We share one bucket of 450 per 300 s.
- `AUTHED_API_GET_LIMIT`: per user, same disagreement: 450 per 300 s per token.
- `AUTHED_API_POST_LIMIT`: per user, POST/PUT/DELETE: 1 per second per token.

Per-token buckets are keyed by a hash of the token (the token itself is never kept)
and bounded in number (LRU), so a large user base cannot grow memory without end.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass
from typing import Literal

from aiolimiter import AsyncLimiter

Bucket = Literal["get", "write"]


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
    enabled: bool = True


class RateLimits:
    """One shared bucket for unauthenticated GETs, per-token buckets for the rest."""

    def __init__(self, config: RateLimitConfig | None = None) -> None:
        self.config = config or RateLimitConfig()
        self._unauthed = _limiter(self.config.unauthed_get)
        self._per_token: OrderedDict[tuple[Bucket, str], AsyncLimiter] = OrderedDict()

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
        """Wait until the request may go out (returns at once when disabled)."""
        if not self.config.enabled:
            return
        await self.limiter(bucket, token).acquire()

    def __len__(self) -> int:
        return len(self._per_token)


def _limiter(rate: Rate) -> AsyncLimiter:
    return AsyncLimiter(rate.max_rate, rate.period)


def _token_key(token: str) -> str:
    """A short, non-reversible key for a token."""
    return hashlib.blake2b(token.encode(), digest_size=16).hexdigest()
