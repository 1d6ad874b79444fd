"""TraktHTTP: headers, response parsing, pagination, retries (fake sleep), limits."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from bot.trakt import (
    BadRequest,
    NotFound,
    Pagination,
    Rate,
    RateLimitConfig,
    RateLimited,
    RateLimits,
    RetryPolicy,
    ServerError,
    TraktError,
    TraktHTTP,
    TraktUnavailable,
)

Handler = Callable[[httpx.Request], httpx.Response]


class FakeSleep:
    """Records the delays tenacity asks for instead of sleeping."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


def make_http(
    handler: Handler, sleep: FakeSleep | None = None, limits: RateLimits | None = None
) -> TraktHTTP:
    return TraktHTTP(
        api_url="https://api.test",
        auth_url="https://auth.test",
        client_id="cid",
        client_secret="csecret",
        transport=httpx.MockTransport(handler),
        retry=RetryPolicy(sleep=sleep or FakeSleep()),
        limits=limits if limits is not None else RateLimits.unlimited(),
    )


def scripted(*responses: httpx.Response | Exception) -> tuple[Handler, list[httpx.Request]]:
    """A handler answering with `responses` in order; the last one repeats."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = responses[min(len(seen), len(responses)) - 1]
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handler, seen


# --- headers and responses ------------------------------------------------------------


async def test_required_headers_without_token() -> None:
    handler, seen = scripted(httpx.Response(200, json=[]))
    async with make_http(handler) as http:
        await http.get("/shows/trending", params={"limit": 10})
    headers = seen[0].headers
    assert headers["trakt-api-key"] == "cid"
    assert headers["trakt-api-version"] == "2"
    assert headers["content-type"] == "application/json"
    assert headers["user-agent"].startswith("trakt-telegram-bot/")
    assert "+https://github.com/trakt-telegram-bot" in headers["user-agent"]
    assert "authorization" not in headers
    assert str(seen[0].url) == "https://api.test/shows/trending?limit=10"


async def test_bearer_only_with_token() -> None:
    handler, seen = scripted(httpx.Response(201, json={}))
    async with make_http(handler) as http:
        await http.post("/sync/history", json={"movies": []}, token="tok")
        await http.delete("/recommendations/movies/1", token="tok")
    assert [r.headers["authorization"] for r in seen] == ["Bearer tok", "Bearer tok"]
    assert json.loads(seen[0].content) == {"movies": []}


async def test_auth_post_goes_to_auth_host() -> None:
    handler, seen = scripted(httpx.Response(200, json={"ok": True}))
    async with make_http(handler) as http:
        response = await http.auth_post("/oauth/device/code", {"client_id": "cid"})
    assert str(seen[0].url) == "https://auth.test/oauth/device/code"
    assert "authorization" not in seen[0].headers
    assert response.data == {"ok": True}


async def test_204_and_empty_body_give_none() -> None:
    handler, _ = scripted(httpx.Response(204), httpx.Response(200, content=b"  "))
    async with make_http(handler) as http:
        assert (await http.get("/shows/1/next_episode")).data is None
        assert (await http.get("/shows/1/next_episode")).data is None


async def test_non_json_success_is_an_error() -> None:
    handler, _ = scripted(httpx.Response(200, content=b"<html>challenge</html>"))
    async with make_http(handler) as http:
        with pytest.raises(TraktError) as info:
            await http.get("/shows/trending")
    assert info.value.status == 200


async def test_repr_hides_secrets() -> None:
    handler, _ = scripted(httpx.Response(200))
    async with make_http(handler) as http:
        assert "csecret" not in repr(http) and "api.test" in repr(http)


async def test_response_carries_pagination() -> None:
    headers = {
        "x-pagination-page": "2",
        "x-pagination-limit": "10",
        "x-pagination-page-count": "5",
        "x-pagination-item-count": "47",
    }
    handler, _ = scripted(httpx.Response(200, json=[{}] * 10, headers=headers))
    async with make_http(handler) as http:
        response = await http.get("/shows/trending")
    assert response.pagination == Pagination(page=2, limit=10, page_count=5, item_count=47)


# --- pagination ------------------------------------------------------------------------


def test_pagination_absent() -> None:
    assert Pagination.from_headers(httpx.Headers({})) is None


def test_pagination_garbage_is_derived() -> None:
    headers = httpx.Headers(
        {
            "x-pagination-page": "two",
            "x-pagination-limit": "10",
            "x-pagination-page-count": "-3",
            "x-pagination-item-count": "many",
        }
    )
    pagination = Pagination.from_headers(headers, items_on_page=7)
    assert pagination == Pagination(page=1, limit=10, page_count=1, item_count=7)


def test_pagination_missing_page_count_from_item_count() -> None:
    headers = httpx.Headers({"x-pagination-limit": "10", "x-pagination-item-count": "21"})
    pagination = Pagination.from_headers(headers, items_on_page=10)
    assert pagination is not None and pagination.page_count == 3


def test_pagination_zero_for_empty() -> None:
    headers = httpx.Headers(
        {
            "x-pagination-page": "1",
            "x-pagination-limit": "10",
            "x-pagination-page-count": "0",
            "x-pagination-item-count": "0",
        }
    )
    pagination = Pagination.from_headers(headers)
    assert pagination == Pagination(page=1, limit=10, page_count=0, item_count=0)
    assert not pagination.has_next(0)


@pytest.mark.parametrize(
    ("page", "page_count", "limit", "items", "expected"),
    [
        (1, 3, 10, 10, True),  # headers say so
        (1, 3, 10, 8, True),  # short page (adult titles filtered) but more pages
        (3, 3, 10, 10, True),  # full last page: page count may be stale
        (3, 3, 10, 9, False),  # short last page
        (1, 1337, 10, 0, False),  # empty page ends it, whatever the count says
        (1, 0, 10, 0, False),  # empty result
        (2, 1, 0, 5, False),  # unknown limit, past the count
    ],
)
def test_has_next_rule(page: int, page_count: int, limit: int, items: int, expected: bool) -> None:
    pagination = Pagination(page=page, limit=limit, page_count=page_count, item_count=0)
    assert pagination.has_next(items) is expected


# --- retries ---------------------------------------------------------------------------


async def test_429_then_200_waits_retry_after() -> None:
    sleep = FakeSleep()
    handler, seen = scripted(
        httpx.Response(429, headers={"retry-after": "2"}), httpx.Response(200, json=[])
    )
    async with make_http(handler, sleep) as http:
        response = await http.get("/shows/trending")
    assert response.status == 200 and len(seen) == 2 and sleep.delays == [2.0]


async def test_429_waits_until_from_x_ratelimit() -> None:
    sleep = FakeSleep()
    until = (datetime.now(UTC) + timedelta(seconds=5)).isoformat()
    limit = httpx.Response(429, headers={"x-ratelimit": json.dumps({"until": until})})
    handler, _ = scripted(limit, httpx.Response(200, json=[]))
    async with make_http(handler, sleep) as http:
        await http.get("/shows/trending")
    assert len(sleep.delays) == 1 and 3.0 < sleep.delays[0] <= 5.0


async def test_429_without_hints_backs_off_with_jitter() -> None:
    sleep = FakeSleep()
    handler, _ = scripted(httpx.Response(429), httpx.Response(429), httpx.Response(200))
    async with make_http(handler, sleep) as http:
        await http.get("/shows/trending")
    first, second = sleep.delays
    assert 0.5 <= first <= 1.0 and 1.0 <= second <= 1.5


async def test_retry_after_above_cap_raises_at_once() -> None:
    sleep = FakeSleep()
    handler, seen = scripted(httpx.Response(429, headers={"retry-after": "120"}))
    async with make_http(handler, sleep) as http:
        with pytest.raises(RateLimited) as info:
            await http.get("/shows/trending")
    assert info.value.retry_after == 120.0 and len(seen) == 1 and sleep.delays == []


async def test_429_retries_are_bounded() -> None:
    handler, seen = scripted(httpx.Response(429, headers={"retry-after": "1"}))
    async with make_http(handler) as http:
        with pytest.raises(RateLimited):
            await http.get("/shows/trending")
    assert len(seen) == 3


async def test_post_retried_on_429() -> None:
    handler, seen = scripted(
        httpx.Response(429, headers={"retry-after": "1"}), httpx.Response(201, json={})
    )
    async with make_http(handler) as http:
        response = await http.post("/sync/history", json={}, token="t")
    assert response.status == 201 and len(seen) == 2


@pytest.mark.parametrize("status", [500, 502, 503, 504, 520, 521, 522])
async def test_5xx_retried_for_get_up_to_max_attempts(status: int) -> None:
    sleep = FakeSleep()
    handler, seen = scripted(httpx.Response(status))
    async with make_http(handler, sleep) as http:
        with pytest.raises(ServerError):
            await http.get("/shows/trending")
    assert len(seen) == 3 and len(sleep.delays) == 2
    assert all(0 < delay <= 8.0 for delay in sleep.delays)


async def test_5xx_then_success_for_get() -> None:
    handler, seen = scripted(httpx.Response(502), httpx.Response(200, json=[1]))
    async with make_http(handler) as http:
        assert (await http.get("/x")).data == [1]
    assert len(seen) == 2


async def test_5xx_never_retried_for_post() -> None:
    handler, seen = scripted(httpx.Response(503), httpx.Response(201))
    async with make_http(handler) as http:
        with pytest.raises(ServerError):
            await http.post("/sync/history", json={}, token="t")
    assert len(seen) == 1


async def test_5xx_retried_for_delete() -> None:
    handler, seen = scripted(httpx.Response(502), httpx.Response(204))
    async with make_http(handler) as http:
        assert (await http.delete("/recommendations/movies/1", token="t")).status == 204
    assert len(seen) == 2


async def test_timeout_retried_for_get() -> None:
    handler, seen = scripted(httpx.ReadTimeout("slow"), httpx.Response(200, json={}))
    async with make_http(handler) as http:
        assert (await http.get("/x")).status == 200
    assert len(seen) == 2


async def test_connect_error_exhausts_attempts_for_get() -> None:
    handler, seen = scripted(httpx.ConnectError("refused"))
    async with make_http(handler) as http:
        with pytest.raises(TraktUnavailable):
            await http.get("/x")
    assert len(seen) == 3


async def test_timeout_never_retried_for_post() -> None:
    handler, seen = scripted(httpx.ReadTimeout("slow"), httpx.Response(201))
    async with make_http(handler) as http:
        with pytest.raises(TraktUnavailable):
            await http.post("/sync/history", json={}, token="t")
    assert len(seen) == 1


@pytest.mark.parametrize("status", [400, 401, 404, 420])
async def test_client_errors_not_retried(status: int) -> None:
    handler, seen = scripted(httpx.Response(status))
    async with make_http(handler) as http:
        with pytest.raises(TraktError):
            await http.get("/x")
    assert len(seen) == 1


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (httpx.Response(429, headers={"retry-after": "1"}), RateLimited),
        (httpx.Response(500), ServerError),
        (httpx.Response(400), BadRequest),
        (httpx.Response(404), NotFound),
    ],
)
async def test_auth_post_never_retried(answer: httpx.Response, error: type[TraktError]) -> None:
    handler, seen = scripted(answer, httpx.Response(200, json={}))
    async with make_http(handler) as http:
        with pytest.raises(error):
            await http.auth_post("/oauth/device/token", {"code": "c"})
    assert len(seen) == 1


async def test_retry_logged_at_warning_without_token(caplog: pytest.LogCaptureFixture) -> None:
    handler, _ = scripted(httpx.Response(503), httpx.Response(200, json={}))
    caplog.set_level(logging.DEBUG, logger="bot.trakt")
    async with make_http(handler) as http:
        await http.get("/users/settings", params={"q": "x"}, token="SECRET-TOKEN")
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "/users/settings" in warnings[0].getMessage()
    assert all("SECRET-TOKEN" not in r.getMessage() for r in caplog.records)


def test_httpx_logger_is_quiet() -> None:
    assert logging.getLogger("httpx").level == logging.WARNING


# --- client-side limits --------------------------------------------------------------


def test_unauthenticated_gets_share_one_bucket() -> None:
    limits = RateLimits()
    assert limits.limiter("get", None) is limits.limiter("get", None)
    assert limits.limiter("get", "a") is not limits.limiter("get", None)


def test_per_token_buckets_are_separate_and_hashed() -> None:
    limits = RateLimits()
    assert limits.limiter("write", "token-a") is limits.limiter("write", "token-a")
    assert limits.limiter("write", "token-a") is not limits.limiter("write", "token-b")
    assert limits.limiter("get", "token-a") is not limits.limiter("write", "token-a")
    assert "token-a" not in repr(vars(limits))


def test_per_token_buckets_are_bounded() -> None:
    limits = RateLimits(RateLimitConfig(max_tokens=3))
    first = limits.limiter("get", "t0")
    for n in range(1, 6):
        limits.limiter("get", f"t{n}")
    assert len(limits) == 3
    assert limits.limiter("get", "t0") is not first  # evicted, then recreated


def test_default_rates_stay_under_trakt() -> None:
    config = RateLimitConfig()
    assert config.unauthed_get.max_rate / config.unauthed_get.period < 500 / 300
    assert config.authed_get.max_rate / config.authed_get.period < 500 / 300
    assert config.authed_write == Rate(1, 1.0)


async def test_write_limiter_delays_second_write_of_same_token() -> None:
    handler, seen = scripted(httpx.Response(201, json={}))
    limits = RateLimits(RateLimitConfig(authed_write=Rate(1, 60.0)))
    async with make_http(handler, limits=limits) as http:
        await http.post("/sync/history", json={}, token="alice")
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(http.post("/sync/history", json={}, token="alice"), 0.05)
        await asyncio.wait_for(http.post("/sync/history", json={}, token="bob"), 1.0)
    assert [r.headers["authorization"] for r in seen] == ["Bearer alice", "Bearer bob"]


async def test_disabled_limits_never_wait() -> None:
    handler, seen = scripted(httpx.Response(201, json={}))
    limits = RateLimits.unlimited()  # empty, hence falsy: must still be used as given
    async with make_http(handler, limits=limits) as http:
        assert http.limits is limits
        for _ in range(5):
            await asyncio.wait_for(http.post("/sync/history", json={}, token="a"), 1.0)
    assert len(seen) == 5
