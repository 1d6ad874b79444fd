"""HTTP plumbing for the demo Trakt: requests, responses, errors and pagination.

No sockets here: `DemoTrakt.handle` works on plain values, and `server.py` or
`mock_transport` carry them over HTTP.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

JSON_TYPE = "application/json; charset=utf-8"
CLOUDFLARE_PAGE = (
    '<!DOCTYPE html>\n<html lang="en-US"><head><title>Attention Required! | Cloudflare'
    '</title></head><body><div id="cf-wrapper"><h1>Sorry, you have been blocked</h1>'
    "<h2>You are unable to access trakt.tv</h2><p>This website is using a security service "
    "to protect itself from online attacks.</p><p>Cloudflare Ray ID: <strong>8f2a1c3d4e5b6a70"
    "</strong></p></div></body></html>\n"
)


@dataclass
class DemoResponse:
    """What the demo answers: a status, headers and raw body bytes."""

    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        """Decode the body as JSON (tests' convenience)."""
        return json.loads(self.body)


@dataclass
class RecordedRequest:
    """One request as seen by the demo, for tests that count Trakt calls; `started` (when
    it reached the server, before any simulated latency) and `ended` (when it was
    answered) are `time.perf_counter()` readings, so a benchmark can tell which requests
    waited for others."""

    method: str
    path: str
    query: dict[str, str]
    username: str | None
    status: int = 0
    started: float = 0.0
    ended: float = 0.0


@dataclass
class Request:
    """A parsed request handed to endpoint handlers."""

    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    body: bytes
    params: dict[str, str] = field(default_factory=dict)
    username: str | None = None
    token: str | None = None

    def json(self) -> Any:
        """The JSON body ({} when empty); raises HttpError 400 when it isn't JSON."""
        if not self.body.strip():
            return {}
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise HttpError(
                400, {"error": "bad_request", "error_description": "request body is not valid JSON"}
            ) from exc

    def json_object(self) -> dict[str, Any]:
        """The JSON body, which must be an object."""
        body = self.json()
        if not isinstance(body, dict):
            raise HttpError(
                400, {"error": "bad_request", "error_description": "request body must be an object"}
            )
        return body

    @property
    def extended(self) -> set[str]:
        """The `extended` levels asked for, e.g. {"full", "episodes"}."""
        return {p.strip() for p in self.query.get("extended", "").split(",") if p.strip()}

    def flag(self, name: str) -> bool:
        """A boolean query flag such as `ignore_watchlisted=true`."""
        return self.query.get(name, "").lower() in ("true", "1", "yes")


@dataclass
class Reply:
    """A handler's answer: status, JSON-able body (None = no body) and extra headers."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


class HttpError(Exception):
    """Raised by handlers to answer with an error status and an optional JSON body."""

    def __init__(self, status: int, body: Any = None, headers: Mapping[str, str] | None = None):
        super().__init__(status)
        self.reply = Reply(status, body, dict(headers or {}))


def not_found(what: str = "Not Found") -> HttpError:
    """A 404 with Trakt's JSON error shape."""
    return HttpError(404, {"error": "not_found", "error_description": what})


def to_bytes(body: Any) -> bytes:
    """Serialise a JSON body (None means no body)."""
    if body is None:
        return b""
    if isinstance(body, bytes):
        return body
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


@dataclass
class Page:
    """One page of a list plus its X-Pagination-* headers."""

    items: list[Any]
    headers: dict[str, str]


def paginate(
    items: Sequence[Any], query: Mapping[str, str], *, default_limit: int = 10, max_limit: int = 250
) -> Page:
    """Cut `items` by `page`/`limit` (clamped, never rejected) and build the headers."""
    limit = min(max(_int(query.get("limit"), default_limit), 1), max_limit)
    page = max(_int(query.get("page"), 1), 1)
    total = len(items)
    pages = (total + limit - 1) // limit
    start = (page - 1) * limit
    headers = {
        "X-Pagination-Page": str(page),
        "X-Pagination-Limit": str(limit),
        "X-Pagination-Page-Count": str(pages),
        "X-Pagination-Item-Count": str(total),
    }
    return Page(list(items[start : start + limit]), headers)


def _int(text: str | None, default: int) -> int:
    try:
        return int(str(text).strip()) if text not in (None, "") else default
    except ValueError:
        return default


def ok(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Reply:
    """A successful JSON answer."""
    return Reply(status, body, dict(headers or {}))


def paged(
    items: Sequence[Any],
    query: Mapping[str, str],
    *,
    default_limit: int = 10,
    max_limit: int = 250,
    headers: Mapping[str, str] | None = None,
) -> Reply:
    """A 200 answer holding one page of `items` with pagination headers."""
    page = paginate(items, query, default_limit=default_limit, max_limit=max_limit)
    return ok(page.items, headers={**page.headers, **(headers or {})})
