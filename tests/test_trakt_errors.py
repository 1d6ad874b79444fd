"""Every status in TRAKT_API.md maps to its typed error, with its headers parsed."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from bot.trakt import (
    AccountLimit,
    BadRequest,
    Conflict,
    Denied,
    Expired,
    Forbidden,
    Locked,
    NotFound,
    Pending,
    PreconditionFailed,
    RateLimited,
    RateLimits,
    RetryPolicy,
    ServerError,
    TraktError,
    TraktHTTP,
    TraktUnavailable,
    Unauthorized,
    Unprocessable,
    VipOnly,
    error_for,
)

RAILS = {"x-runtime": "0.021", "x-request-id": "req-1", "content-type": "application/json"}
NOW = datetime(2026, 10, 1, 12, 0, 0, tzinfo=UTC)


def response(
    status: int, *, headers: dict[str, str] | None = None, body: Any = None, text: str = ""
) -> httpx.Response:
    request = httpx.Request("GET", "https://api.trakt.tv/shows/trending?page=1")
    content = json.dumps(body).encode() if body is not None else text.encode()
    merged = {**RAILS, **(headers or {})}
    return httpx.Response(status, headers=merged, content=content, request=request)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequest),
        (401, Unauthorized),
        (403, Forbidden),
        (404, NotFound),
        (409, Conflict),
        (410, Expired),
        (412, PreconditionFailed),
        (418, Denied),
        (420, AccountLimit),
        (422, Unprocessable),
        (423, Locked),
        (426, VipOnly),
        (429, RateLimited),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (504, ServerError),
        (520, ServerError),
        (521, ServerError),
        (522, ServerError),
    ],
)
def test_status_maps_to_type(status: int, cls: type[TraktError]) -> None:
    error = error_for(response(status, body={}), now=NOW)
    assert type(error) is cls
    assert error.status == status
    assert f"-> {status}" in str(error) and "/shows/trending" in str(error)
    assert "page=1" not in str(error)


@pytest.mark.parametrize("status", [402, 405, 408, 413, 451])
def test_other_4xx_is_plain_trakt_error(status: int) -> None:
    error = error_for(response(status))
    assert type(error) is TraktError and error.status == status


def test_pending_is_bad_request() -> None:
    assert Pending is BadRequest


def test_bad_request_reads_oauth_body() -> None:
    error = error_for(response(400, body={"error": "invalid_grant", "error_description": "nope"}))
    assert isinstance(error, BadRequest)
    assert (error.error, error.error_description) == ("invalid_grant", "nope")


def test_bad_request_without_body() -> None:
    error = error_for(response(400))
    assert isinstance(error, BadRequest) and error.error is None


def test_forbidden_json_from_trakt_is_not_cloudflare() -> None:
    error = error_for(response(403, body={"error": "invalid api key"}))
    assert isinstance(error, Forbidden) and error.cloudflare is False


def test_forbidden_html_is_cloudflare() -> None:
    html = "<!DOCTYPE html><html><title>Attention Required! | Cloudflare</title></html>"
    error = error_for(
        response(403, headers={"content-type": "text/html; charset=UTF-8"}, text=html)
    )
    assert isinstance(error, Forbidden) and error.cloudflare is True
    assert "Cloudflare" in str(error)


def test_forbidden_without_rails_headers_is_cloudflare() -> None:
    request = httpx.Request("GET", "https://api.trakt.tv/x")
    resp = httpx.Response(403, json={}, request=request)
    error = error_for(resp)
    assert isinstance(error, Forbidden) and error.cloudflare is True


def test_account_limit_with_headers() -> None:
    headers = {
        "x-upgrade-url": "https://trakt.tv/vip",
        "x-vip-user": "false",
        "x-account-limit": "100",
    }
    error = error_for(response(420, headers=headers))
    assert isinstance(error, AccountLimit)
    assert (error.upgrade_url, error.vip_user, error.account_limit) == (
        "https://trakt.tv/vip",
        False,
        100,
    )


def test_account_limit_without_headers() -> None:
    error = error_for(response(420))
    assert isinstance(error, AccountLimit)
    assert (error.upgrade_url, error.vip_user, error.account_limit) == (None, None, None)


def test_account_limit_garbage_headers() -> None:
    error = error_for(response(420, headers={"x-account-limit": "lots", "x-vip-user": "maybe"}))
    assert isinstance(error, AccountLimit)
    assert error.account_limit is None and error.vip_user is None


@pytest.mark.parametrize(
    ("headers", "locked", "deactivated"),
    [
        ({"x-account-locked": "true", "x-account-deactivated": "false"}, True, False),
        ({"x-account-locked": "false", "x-account-deactivated": "true"}, False, True),
        ({}, True, False),
    ],
)
def test_locked(headers: dict[str, str], locked: bool, deactivated: bool) -> None:
    error = error_for(response(423, headers=headers))
    assert isinstance(error, Locked)
    assert (error.locked, error.deactivated) == (locked, deactivated)


def test_vip_only_upgrade_url_and_fallback() -> None:
    with_header = error_for(response(426, headers={"x-upgrade-url": "https://x.test/vip"}))
    without = error_for(response(426))
    assert isinstance(with_header, VipOnly) and with_header.upgrade_url == "https://x.test/vip"
    assert isinstance(without, VipOnly) and without.upgrade_url == "https://app.trakt.tv/vip"


def test_conflict_keeps_body() -> None:
    error = error_for(response(409, body={"expires_at": "2014-10-15T22:21:29.000Z"}))
    assert isinstance(error, Conflict)
    assert error.body == {"expires_at": "2014-10-15T22:21:29.000Z"}


def test_rate_limited_retry_after() -> None:
    error = error_for(response(429, headers={"retry-after": "7"}), now=NOW)
    assert isinstance(error, RateLimited)
    assert error.retry_after == 7.0 and error.cloudflare is False


def test_rate_limited_x_ratelimit_until() -> None:
    limit = {
        "name": "AUTHED_API_GET_LIMIT",
        "period": 300,
        "limit": 1000,
        "remaining": 0,
        "until": "2026-10-01T12:00:20Z",
    }
    error = error_for(response(429, headers={"x-ratelimit": json.dumps(limit)}), now=NOW)
    assert isinstance(error, RateLimited)
    assert error.retry_after == 20.0 and error.cloudflare is False


def test_rate_limited_retry_after_wins_over_until() -> None:
    limit = json.dumps({"until": "2026-10-01T12:05:00Z"})
    headers = {"retry-after": "3", "x-ratelimit": limit}
    error = error_for(response(429, headers=headers), now=NOW)
    assert isinstance(error, RateLimited) and error.retry_after == 3.0


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("9" * 400, 86_400.0), ("inf", 86_400.0), ("1e999", 86_400.0), ("nan", None), ("-5", 0.0)],
)
def test_a_retry_after_without_bounds_is_capped_at_a_day(
    header: str, seconds: float | None
) -> None:
    error = error_for(response(429, headers={"retry-after": header}), now=NOW)
    assert isinstance(error, RateLimited) and error.retry_after == seconds


def test_rate_limited_http_date_retry_after() -> None:
    headers = {"retry-after": "Thu, 01 Oct 2026 12:00:30 GMT"}
    error = error_for(response(429, headers=headers), now=NOW)
    assert isinstance(error, RateLimited) and error.retry_after == 30.0


def test_rate_limited_without_hints() -> None:
    error = error_for(response(429, headers={"x-ratelimit": "not json"}), now=NOW)
    assert isinstance(error, RateLimited) and error.retry_after is None


def test_rate_limited_cloudflare_1015_html() -> None:
    request = httpx.Request("GET", "https://api.trakt.tv/x")
    resp = httpx.Response(
        429,
        headers={"content-type": "text/html"},
        content=b"<html><body>error code: 1015</body></html>",
        request=request,
    )
    error = error_for(resp)
    assert isinstance(error, RateLimited)
    assert error.cloudflare is True and error.retry_after is None


def test_error_without_request_still_has_a_message() -> None:
    error = error_for(httpx.Response(404))
    assert isinstance(error, NotFound) and "404" in str(error)


def _http(handler: Any) -> TraktHTTP:
    async def no_sleep(_: float) -> None:
        return None

    return TraktHTTP(
        api_url="https://api.test",
        auth_url="https://auth.test",
        client_id="cid",
        client_secret="csecret",
        transport=httpx.MockTransport(handler),
        retry=RetryPolicy(sleep=no_sleep),
        limits=RateLimits.unlimited(),
    )


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ReadTimeout("read timed out"),
        httpx.ConnectTimeout("connect timed out"),
        httpx.ConnectError("connection refused"),
        httpx.RemoteProtocolError("server hung up"),
    ],
)
async def test_network_errors_become_unavailable(exc: Exception) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    async with _http(handler) as http:
        with pytest.raises(TraktUnavailable) as info:
            await http.get("/shows/trending", token="SECRET-TOKEN")
    assert info.value.status is None
    assert "SECRET-TOKEN" not in str(info.value) and "SECRET-TOKEN" not in repr(info.value)


@pytest.mark.parametrize("status", [401, 403, 420, 429, 500])
async def test_token_never_in_error_messages(status: int) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json={"error": "x"}, headers={"retry-after": "999"})

    async with _http(handler) as http:
        with pytest.raises(TraktError) as info:
            await http.post("/sync/history", json={}, token="SECRET-TOKEN")
    text = f"{info.value} {info.value!r} {vars(info.value)}"
    assert "SECRET-TOKEN" not in text and "csecret" not in text
