"""One shared HTTP client for Trakt: headers, client-side limits, retries, typed errors.

Retry rules (tenacity, never a hand-rolled loop):

- 429: wait `Retry-After` seconds, else the `X-Ratelimit` header's `until`, else an
  exponential backoff with jitter. A wait above `RetryPolicy.max_retry_after` is not
  slept: `RateLimited` is raised at once so the caller can tell the user to come back.
  Retried for every method: Trakt did not process the request.
- 5xx / 520-522, timeouts and network errors: bounded backoff, but only for idempotent
  requests (GET, DELETE). A POST may already have been applied, so it is never retried.
- OAuth posts (`auth_post`) are never retried; the caller switches on the typed error.
- Our own limits come first and are never retried: a person over their budget
  (`fair.TooFast`) and a read that waited long enough for a full bucket (`Busy`).
"""

from __future__ import annotations

import asyncio
import functools
import json as jsonlib
import logging
import ssl
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from types import TracebackType
from typing import Any

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
    wait_random,
)

from bot.trakt import fair
from bot.trakt.errors import (
    Busy,
    RateLimited,
    ServerError,
    TraktError,
    TraktUnavailable,
    error_for,
)
from bot.trakt.limits import Bucket, RateLimits
from bot.trakt.models_lists import next_page_exists

logger = logging.getLogger(__name__)
# httpx logs every request URL at INFO; keep it quiet.
logging.getLogger("httpx").setLevel(logging.WARNING)


def _version() -> str:
    try:
        return metadata.version("trakt-telegram-bot")
    except metadata.PackageNotFoundError:
        return "0.1.0"


DEFAULT_USER_AGENT = f"trakt-telegram-bot/{_version()} (+https://github.com/trakt-telegram-bot)"
API_VERSION = "2"
# Concurrent connections to Trakt; Trakt's own limits make more than this pointless.
MAX_CONNECTIONS = 16


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How hard to retry; tests inject tiny delays or a fake `sleep`."""

    max_attempts: int = 3
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 30.0
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep


@dataclass(frozen=True, slots=True)
class Pagination:
    """The X-Pagination-* headers, parsed defensively.

    Trakt's counts are not always right: the item count can include filtered titles,
    the page count can lag behind, and it is 0 for an empty result. `has_next` therefore
    trusts the data as much as the headers: there is a next page when the current one
    is not empty and either `page < page_count` or the page came back full (a stale
    page count). The cost of the second rule is at most one extra, empty request.
    """

    page: int
    limit: int
    page_count: int
    item_count: int

    @classmethod
    def from_headers(
        cls, headers: Mapping[str, str], *, items_on_page: int = 0
    ) -> Pagination | None:
        """Parse the headers; None when no X-Pagination header is present at all."""
        names = ("page", "limit", "page-count", "item-count")
        raw = {name: headers.get(f"x-pagination-{name}") for name in names}
        if all(value is None for value in raw.values()):
            return None
        page = max(_non_negative(raw["page"]) or 1, 1)
        limit = _non_negative(raw["limit"]) or 0
        return cls.derive(
            page=page,
            limit=limit,
            items_on_page=items_on_page,
            page_count=_non_negative(raw["page-count"]),
            item_count=_non_negative(raw["item-count"]),
        )

    @classmethod
    def derive(
        cls,
        *,
        page: int,
        limit: int,
        items_on_page: int,
        page_count: int | None = None,
        item_count: int | None = None,
    ) -> Pagination:
        """Fill the unknown counts from what the page itself shows."""
        if item_count is None:
            item_count = max(page - 1, 0) * limit + items_on_page
        if page_count is None:
            page_count = -(-item_count // limit) if limit > 0 else (page if item_count else 0)
        return cls(page=page, limit=limit, page_count=page_count, item_count=item_count)

    def has_next(self, items_on_page: int) -> bool:
        """Whether another page is worth fetching (see the class docstring for the rule)."""
        return next_page_exists(self.page, self.page_count, self.limit, items_on_page)


def _non_negative(value: str | None) -> int | None:
    """A header's non-negative integer, or None when missing or garbage."""
    if value is None:
        return None
    try:
        number = int(value.strip())
    except ValueError:
        return None
    return number if number >= 0 else None


@dataclass(frozen=True, slots=True)
class TraktResponse:
    """A successful (2xx) answer; `data` is None for 204 or an empty body."""

    status: int
    data: Any
    headers: httpx.Headers = field(repr=False)
    pagination: Pagination | None = None


@dataclass(frozen=True, slots=True)
class _Call:
    method: str
    url: str
    bucket: Bucket
    idempotent: bool
    params: Mapping[str, str | int] | None = None
    json: Any = None
    token: str | None = field(default=None, repr=False)


class TraktHTTP:
    """The one `httpx.AsyncClient` every Trakt request goes through."""

    def __init__(
        self,
        *,
        api_url: str,
        auth_url: str,
        client_id: str,
        client_secret: str,
        user_agent: str = DEFAULT_USER_AGENT,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: float = 15.0,
        retry: RetryPolicy | None = None,
        limits: RateLimits | None = None,
    ) -> None:
        self._auth_url = auth_url.rstrip("/")
        self._client_id = client_id
        self._client_secret = client_secret
        self.retry = retry if retry is not None else RetryPolicy()
        self.limits = limits if limits is not None else RateLimits()
        pool = httpx.Limits(
            max_connections=MAX_CONNECTIONS, max_keepalive_connections=MAX_CONNECTIONS
        )
        if transport is None:
            # httpx's API on aiohttp's connection pool and C parser: httpx's own pool
            # (httpcore) costs several times the CPU per request (`make bench`).
            transport = AiohttpTransport(limits=pool, verify=_ssl_context())
        self._client = httpx.AsyncClient(
            base_url=api_url.rstrip("/"),
            headers={
                "Content-Type": "application/json",
                "trakt-api-key": client_id,
                "trakt-api-version": API_VERSION,
                "User-Agent": user_agent,
            },
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            limits=pool,
            transport=transport,
            verify=_ssl_context(),
        )

    def __repr__(self) -> str:
        return f"TraktHTTP(api_url={str(self._client.base_url)!r}, auth_url={self._auth_url!r})"

    @property
    def client_id(self) -> str:
        """The application's client id (also sent as `trakt-api-key`)."""
        return self._client_id

    @property
    def client_secret(self) -> str:
        """The application's client secret, for OAuth bodies only."""
        return self._client_secret

    async def get(
        self,
        path: str,
        *,
        params: Mapping[str, str | int] | None = None,
        token: str | None = None,
    ) -> TraktResponse:
        """GET `path`; a token bills the user's bucket instead of the shared one."""
        call = _Call("GET", path, "get", idempotent=True, params=params, token=token)
        return await self._send(call)

    async def post(self, path: str, *, json: Any = None, token: str | None = None) -> TraktResponse:
        """POST `path` (a write: needs the user's token); retried only on 429."""
        return await self._send(
            _Call("POST", path, "write", idempotent=False, json=json, token=token)
        )

    async def delete(self, path: str, *, token: str | None = None) -> TraktResponse:
        """DELETE `path` (a write, but idempotent, so retried like a GET)."""
        return await self._send(_Call("DELETE", path, "write", idempotent=True, token=token))

    async def auth_post(
        self, path: str, json: Mapping[str, Any], *, login: bool = False
    ) -> TraktResponse:
        """POST to the OAuth host; never retried, errors are raised typed. A `login` (a new
        device code, a pasted code) is charged to the person's login budget."""
        if login:
            await fair.spend_login()
        url = f"{self._auth_url}/{path.lstrip('/')}"
        return await self._attempt(_Call("POST", url, "write", idempotent=False, json=dict(json)))

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._client.aclose()

    async def __aenter__(self) -> TraktHTTP:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _send(self, call: _Call) -> TraktResponse:
        await fair.spend(write=call.bucket == "write")
        policy = self.retry
        retrying = AsyncRetrying(
            stop=stop_after_attempt(max(policy.max_attempts, 1)),
            wait=self._wait,
            retry=retry_if_exception(lambda exc: self._should_retry(call, exc)),
            sleep=policy.sleep,
            before_sleep=lambda state: _log_retry(call, state, policy.max_attempts),
            reraise=True,
        )
        result: TraktResponse = await retrying(self._limited_attempt, call)
        return result

    async def _limited_attempt(self, call: _Call) -> TraktResponse:
        await self.limits.acquire(call.bucket, call.token)
        return await self._attempt(call)

    async def _attempt(self, call: _Call) -> TraktResponse:
        headers = {"Authorization": f"Bearer {call.token}"} if call.token else None
        try:
            response = await self._client.request(
                call.method, call.url, params=call.params, json=call.json, headers=headers
            )
        except httpx.TimeoutException as exc:
            raise TraktUnavailable(f"Trakt {call.method} {_path(call)}: timed out") from exc
        except (httpx.TransportError, aiohttp.ClientError) as exc:
            # The aiohttp transport maps its errors to httpx's; any it doesn't know
            # (a malformed response, say) still means Trakt could not be reached.
            name = type(exc).__name__
            raise TraktUnavailable(f"Trakt {call.method} {_path(call)}: {name}") from exc
        logger.debug("Trakt %s %s -> %s", call.method, _path(call), response.status_code)
        if not response.is_success:
            raise error_for(response)
        return _to_response(response, call)

    def _should_retry(self, call: _Call, exc: BaseException) -> bool:
        if isinstance(exc, Busy):
            return False
        if isinstance(exc, RateLimited):
            return exc.retry_after is None or exc.retry_after <= self.retry.max_retry_after
        if isinstance(exc, ServerError | TraktUnavailable):
            return call.idempotent
        return False

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, RateLimited) and exc.retry_after is not None:
            return exc.retry_after
        policy = self.retry
        # exponential growth plus up to one base delay of jitter, capped
        backoff = wait_exponential(
            multiplier=policy.base_delay, max=policy.max_delay
        ) + wait_random(0, policy.base_delay)
        return min(float(backoff(state)), policy.max_delay)


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """httpx's default context, built once: loading the CA bundle is slow, and it never changes."""
    return httpx.create_ssl_context()


def _path(call: _Call) -> str:
    """The request path without query string or host, safe for logs."""
    return httpx.URL(call.url).path or call.url


def _log_retry(call: _Call, state: RetryCallState, max_attempts: int) -> None:
    exc = state.outcome.exception() if state.outcome else None
    delay = state.next_action.sleep if state.next_action else 0.0
    logger.warning(
        "Trakt %s %s failed (%s, status %s); attempt %d of %d, retrying in %.2fs",
        call.method,
        _path(call),
        type(exc).__name__,
        getattr(exc, "status", None),
        state.attempt_number,
        max_attempts,
        delay,
    )


def _to_response(response: httpx.Response, call: _Call) -> TraktResponse:
    data: Any = None
    if response.status_code != 204 and response.content.strip():
        try:
            data = jsonlib.loads(response.content)
        except ValueError as exc:
            message = f"Trakt {call.method} {_path(call)} -> {response.status_code}: not JSON"
            raise TraktError(message, status=response.status_code) from exc
    items = len(data) if isinstance(data, list) else 0
    pagination = Pagination.from_headers(response.headers, items_on_page=items)
    return TraktResponse(response.status_code, data, response.headers, pagination)
