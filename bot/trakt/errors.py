"""Typed Trakt errors: callers catch the branch they can handle.

```
TraktError (.status)
 ├── TraktUnavailable        network error or timeout (status None)
 ├── ServerError             5xx, Cloudflare 520-522
 ├── RateLimited             429 (.retry_after, .cloudflare)
 │    └── Busy               our own limit: a read waited long enough (status None)
 ├── BadRequest              400 (.error, .error_description); == "pending" on /oauth/device/token
 ├── Unauthorized            401 (.error, .error_description)
 ├── Forbidden               403 (.cloudflare: an HTML block page, not Trakt)
 ├── NotFound                404
 ├── Conflict                409 (.body)
 │    └── CheckinRunning     409 on POST /checkin: another check-in runs until .expires_at
 ├── Expired                 410
 ├── PreconditionFailed      412
 ├── Denied                  418
 ├── AccountLimit            420 (.upgrade_url, .vip_user, .account_limit; all optional)
 ├── Unprocessable           422
 ├── Locked                  423 (.locked, .deactivated)
 └── VipOnly                 426 (.upgrade_url)
```
Any other 4xx is a plain `TraktError` with its status. Messages name the method,
the path and the status, never a query string, a header or a token.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

VIP_URL = "https://app.trakt.tv/vip"
# The longest wait a Retry-After or X-Ratelimit can ask for that we take as said (a day):
# the header has no upper bound, and a longer one (or "inf") is nonsense, not a plan.
MAX_WAIT = 86_400.0


class TraktError(Exception):
    """Base of every Trakt error; `status` is the HTTP status or None."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class TraktUnavailable(TraktError):
    """Trakt could not be reached: connection error or timeout."""


class ServerError(TraktError):
    """Trakt (or Cloudflare in front of it) failed: 5xx, 520-522."""


class RateLimited(TraktError):
    """429: too many requests; `retry_after` is in seconds when known."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = 429,
        retry_after: float | None = None,
        cloudflare: bool = False,
    ) -> None:
        super().__init__(message, status=status)
        self.retry_after = retry_after
        self.cloudflare = cloudflare


class Busy(RateLimited):
    """No request was sent: the bucket it needs stays full (`retry_after`, seconds)."""

    def __init__(self, message: str, *, retry_after: float) -> None:
        super().__init__(message, status=None, retry_after=retry_after)


class BadRequest(TraktError):
    """400: malformed request; on the device-token poll it means "pending"."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = 400,
        error: str | None = None,
        error_description: str | None = None,
    ) -> None:
        super().__init__(message, status=status)
        self.error = error
        self.error_description = error_description


Pending = BadRequest
"""On `POST /oauth/device/token` a 400 means the user has not approved yet."""


class Unauthorized(TraktError):
    """401: OAuth required, or the token is invalid or expired."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = 401,
        error: str | None = None,
        error_description: str | None = None,
    ) -> None:
        super().__init__(message, status=status)
        self.error = error
        self.error_description = error_description


class Forbidden(TraktError):
    """403: invalid API key / unapproved app, or (`cloudflare`) a block page."""

    def __init__(self, message: str, *, status: int | None = 403, cloudflare: bool = False) -> None:
        super().__init__(message, status=status)
        self.cloudflare = cloudflare


class NotFound(TraktError):
    """404: no such item (or an unknown device code)."""


class Conflict(TraktError):
    """409: already exists / already used; `body` holds the parsed JSON if any."""

    def __init__(
        self, message: str, *, status: int | None = 409, body: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(message, status=status)
        self.body = body


class CheckinRunning(Conflict):
    """409 on `POST /checkin`: a check-in is already running; `expires_at` is when it ends
    (None when Trakt's body did not say). Cancel it with `DELETE /checkin` to check in now."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = 409,
        body: Mapping[str, Any] | None = None,
        expires_at: datetime | None = None,
    ) -> None:
        super().__init__(message, status=status, body=body)
        self.expires_at = expires_at


class Expired(TraktError):
    """410: expired (e.g. a device code); start over."""


class PreconditionFailed(TraktError):
    """412: wrong content type."""


class Denied(TraktError):
    """418: the user refused the authorization."""


class AccountLimit(TraktError):
    """420: the account hit a free-tier limit; the headers are optional."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = 420,
        upgrade_url: str | None = None,
        vip_user: bool | None = None,
        account_limit: int | None = None,
    ) -> None:
        super().__init__(message, status=status)
        self.upgrade_url = upgrade_url
        self.vip_user = vip_user
        self.account_limit = account_limit


class Unprocessable(TraktError):
    """422: validation error."""


class Locked(TraktError):
    """423: the user account is locked or deactivated."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = 423,
        locked: bool = True,
        deactivated: bool = False,
    ) -> None:
        super().__init__(message, status=status)
        self.locked = locked
        self.deactivated = deactivated


class VipOnly(TraktError):
    """426: the feature needs Trakt VIP; `upgrade_url` says where to get it."""

    def __init__(
        self, message: str, *, status: int | None = 426, upgrade_url: str = VIP_URL
    ) -> None:
        super().__init__(message, status=status)
        self.upgrade_url = upgrade_url


_SIMPLE: Mapping[int, type[TraktError]] = {
    404: NotFound,
    410: Expired,
    412: PreconditionFailed,
    418: Denied,
    422: Unprocessable,
}


def error_for(response: httpx.Response, *, now: datetime | None = None) -> TraktError:
    """Map a non-2xx response to its typed error (never raises itself)."""
    status = response.status_code
    message = _message(response)
    if status == 429:
        return _rate_limited(response, message, now or datetime.now(UTC))
    if status >= 500:
        return ServerError(message, status=status)
    if status in _SIMPLE:
        return _SIMPLE[status](message, status=status)
    builder = _BUILDERS.get(status)
    if builder is not None:
        return builder(response, message)
    return TraktError(message, status=status)


def _message(response: httpx.Response) -> str:
    """`Trakt GET /path -> 404 Not Found`, with no query string or headers."""
    try:
        request = response.request
        where = f"{request.method} {request.url.path}"
    except RuntimeError:
        where = "request"
    return f"Trakt {where} -> {response.status_code} {response.reason_phrase}".rstrip()


def _json_body(response: httpx.Response) -> Mapping[str, Any] | None:
    """The body as a JSON object, or None when it is empty, HTML or not an object."""
    try:
        data = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, Mapping) else None


def _looks_like_html(response: httpx.Response) -> bool:
    """An HTML body: Cloudflare's pages, never Trakt's Rails API."""
    content_type = response.headers.get("content-type", "").lower()
    if "html" in content_type:
        return True
    return response.content.lstrip()[:1] == b"<"


def _is_cloudflare(response: httpx.Response) -> bool:
    """True for a Cloudflare answer: HTML, or neither Rails header (x-runtime, x-request-id)."""
    if _looks_like_html(response):
        return True
    headers = response.headers
    return "x-runtime" not in headers and "x-request-id" not in headers


def _header_bool(value: str | None) -> bool | None:
    """`"true"`/`"false"` (any case) → bool; anything else → None."""
    if value is None:
        return None
    lowered = value.strip().lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    return None


def _header_int(value: str | None) -> int | None:
    """A header holding an integer, or None when missing or garbage."""
    try:
        return int(value.strip()) if value is not None else None
    except ValueError:
        return None


def _oauth_fields(response: httpx.Response) -> tuple[str | None, str | None]:
    """`error` and `error_description` from an OAuth-style JSON body."""
    body = _json_body(response) or {}
    error, description = body.get("error"), body.get("error_description")
    return (
        error if isinstance(error, str) else None,
        description if isinstance(description, str) else None,
    )


def _bad_request(response: httpx.Response, message: str) -> TraktError:
    error, description = _oauth_fields(response)
    message = f"{message}: {error}" if error else message
    return BadRequest(message, error=error, error_description=description)


def _unauthorized(response: httpx.Response, message: str) -> TraktError:
    error, description = _oauth_fields(response)
    message = f"{message}: {error}" if error else message
    return Unauthorized(message, error=error, error_description=description)


def _forbidden(response: httpx.Response, message: str) -> TraktError:
    cloudflare = _is_cloudflare(response)
    if cloudflare:
        message = f"{message} (blocked by Cloudflare)"
    return Forbidden(message, cloudflare=cloudflare)


def _conflict(response: httpx.Response, message: str) -> TraktError:
    body = _json_body(response)
    if body is not None and "expires_at" in body:  # the only 409 body Trakt documents
        return CheckinRunning(message, body=body, expires_at=_iso(body.get("expires_at")))
    return Conflict(message, body=body)


def _account_limit(response: httpx.Response, message: str) -> TraktError:
    headers = response.headers
    return AccountLimit(
        message,
        upgrade_url=headers.get("x-upgrade-url") or None,
        vip_user=_header_bool(headers.get("x-vip-user")),
        account_limit=_header_int(headers.get("x-account-limit")),
    )


def _locked(response: httpx.Response, message: str) -> TraktError:
    headers = response.headers
    return Locked(
        message,
        locked=_header_bool(headers.get("x-account-locked")) is not False,
        deactivated=_header_bool(headers.get("x-account-deactivated")) is True,
    )


def _vip_only(response: httpx.Response, message: str) -> TraktError:
    return VipOnly(message, upgrade_url=response.headers.get("x-upgrade-url") or VIP_URL)


_BUILDERS = {
    400: _bad_request,
    401: _unauthorized,
    403: _forbidden,
    409: _conflict,
    420: _account_limit,
    423: _locked,
    426: _vip_only,
}


def _rate_limited(response: httpx.Response, message: str, now: datetime) -> RateLimited:
    retry_after = _retry_after(response.headers.get("retry-after"), now)
    ratelimit = _ratelimit_header(response.headers.get("x-ratelimit"))
    if retry_after is None and ratelimit is not None:
        retry_after = _seconds_until(ratelimit.get("until"), now)
    if retry_after is not None:
        retry_after = min(retry_after, MAX_WAIT)
    cloudflare = _looks_like_html(response) or (
        ratelimit is None and "x-runtime" not in response.headers
    )
    return RateLimited(message, retry_after=retry_after, cloudflare=cloudflare)


def _retry_after(value: str | None, now: datetime) -> float | None:
    """Retry-After as delta-seconds or an HTTP date; None when missing or garbage."""
    if value is None or not value.strip():
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) or seconds > 0 else None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def _ratelimit_header(value: str | None) -> Mapping[str, Any] | None:
    """The X-Ratelimit JSON object, or None."""
    if not value:
        return None
    try:
        data = json.loads(value)
    except ValueError:
        return None
    return data if isinstance(data, Mapping) else None


def _iso(value: Any) -> datetime | None:
    """An aware datetime from an ISO string (naive = UTC), or None."""
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when


def _seconds_until(until: Any, now: datetime) -> float | None:
    """Seconds from `now` to the ISO time `until` (never negative)."""
    when = _iso(until)
    return None if when is None else max(0.0, (when - now).total_seconds())
