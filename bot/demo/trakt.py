"""DemoTrakt: an in-memory Trakt API v2 (state plus request handling, no sockets).

`handle()` validates a request the way api.trakt.tv does (Cloudflare's HTML 403 without a
User-Agent, 403 for a bad `trakt-api-key`, 401 for a missing or dead bearer token), routes it
to the endpoint modules and answers with Rails-like headers (`x-runtime`, `x-request-id`).
`server.py` serves it on 127.0.0.1; `mock_transport` plugs it straight into httpx.
"""

from __future__ import annotations

import itertools
import re
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot.demo import (
    trakt_calendar,
    trakt_media,
    trakt_notify,
    trakt_progress,
    trakt_ratings,
    trakt_sync,
    trakt_users,
)
from bot.demo.catalogue import Catalogue, shape
from bot.demo.trakt_http import (
    CLOUDFLARE_PAGE,
    JSON_TYPE,
    DemoResponse,
    HttpError,
    RecordedRequest,
    Reply,
    Request,
    not_found,
    to_bytes,
)
from bot.demo.trakt_oauth import OAuth
from bot.demo.trakt_state import CustomList, UserState, seed_users

__all__ = ["DemoResponse", "DemoTrakt", "RecordedRequest"]

Handler = Callable[[Any, Request], Reply]


@dataclass
class _Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler
    auth: str  # "none" | "optional" | "required" | "oauth" (no api-key checks)


@dataclass
class _Fault:
    method: str | None
    path_prefix: str
    status: int
    headers: dict[str, str]
    body: bytes
    times: int


class DemoTrakt:
    """The demo Trakt backend: catalogue, users, OAuth, fault injection and a request log."""

    def __init__(
        self,
        *,
        client_id: str = "demo-client-id",
        client_secret: str = "demo-client-secret",
        approve_after: float | None = 3.0,
        approve_as: str | Callable[[], str] = "demo",
        token_lifetime: int = 7 * 24 * 3600,
        clock: Callable[[], float] = time.time,
        latency: float = 0.0,
        device_interval: int = 5,
        device_expires_in: int = 600,
    ) -> None:
        self.client_id = client_id
        self.clock = clock
        self.latency = latency
        # Awaited before an in-process request is answered (tests hold writes to make two
        # presses really concurrent); None answers at once.
        self.hold: Callable[[str, str], Awaitable[None]] | None = None
        self.oauth = OAuth(
            client_id=client_id,
            client_secret=client_secret,
            approve_after=approve_after,
            approve_as=approve_as,
            token_lifetime=token_lifetime,
            clock=clock,
            interval=device_interval,
            expires_in=device_expires_in,
        )
        self.catalogue = Catalogue(self.now())
        self._ids = itertools.count(1_000_000_001)
        self.users: dict[str, UserState] = seed_users(self.catalogue, self.now(), self._ids)
        self.requests: list[RecordedRequest] = []
        self._faults: list[_Fault] = []
        self._routes = self._build_routes()

    # ---- helpers used by the endpoint modules --------------------------------------------
    def now(self) -> datetime:
        """The demo clock as an aware UTC datetime."""
        return datetime.fromtimestamp(self.clock(), UTC)

    def next_id(self) -> int:
        """A fresh int64-like id for history rows and list items."""
        return next(self._ids)

    def user(self, req: Request) -> UserState:
        """The token's user (routes guarantee one is present when auth is required)."""
        if req.username is None or req.username not in self.users:
            raise HttpError(401, _unauthorized())
        return self.users[req.username]

    def target_user(self, req: Request) -> UserState:
        """The `{id}` of a /users/{id}/... path (`me` = token user), else the token user."""
        ref = req.params.get("user")
        if ref is None or ref == "me":
            return self.user(req)
        user = self.users.get(ref.lower())
        if user is None:
            raise not_found("user not found")
        return user

    def media_object(self, kind: str, trakt_id: int) -> dict[str, Any]:
        """The full object of a movie, show or episode by trakt id."""
        if kind == "episode":
            return self.catalogue.episodes[trakt_id][1]
        return self.catalogue.object(kind, trakt_id)

    def media_json(self, kind: str, trakt_id: int, extended: set[str]) -> dict[str, Any]:
        """`{"movie": …}`, `{"show": …}` or `{"episode": …, "show": …}` for a sync row."""
        if kind != "episode":
            return {kind: shape(kind, self.catalogue.object(kind, trakt_id), extended)}
        show_id, episode = self.catalogue.episodes[trakt_id]
        return {
            "episode": shape("episode", episode, extended),
            "show": shape("show", self.catalogue.shows[show_id].full, extended),
        }

    def list_json(self, user: UserState, custom: CustomList) -> dict[str, Any]:
        """A custom list in Trakt's shape."""
        return trakt_users.list_json(user, custom)

    # ---- test controls -----------------------------------------------------------------------
    @property
    def authorization_codes(self) -> dict[str, str]:
        """Pasted-code flow: code -> username (single use; "DEMO-CODE" always means demo)."""
        return self.oauth.authorization_codes

    def new_authorization_code(self, username: str) -> str:
        """Create an authorization code that `POST /oauth/token` exchanges for `username`."""
        return self.oauth.new_authorization_code(username)

    def approve(self, user_code: str, username: str = "demo") -> None:
        """Approve a pending device code as `username` (as if they typed it on trakt.tv)."""
        self.oauth.by_user_code(user_code).approved_as = username

    def deny(self, user_code: str) -> None:
        """Deny a pending device code (polls then get 418)."""
        self.oauth.by_user_code(user_code).denied = True

    def issue_token(self, username: str) -> dict[str, Any]:
        """A token JSON for `username`, skipping the device dance."""
        return self.oauth.issue(username).as_json()

    def expire_token(self, access_token: str) -> None:
        """Make an access token expired (its refresh token still works)."""
        token = self.oauth.tokens[access_token]
        token.expires_in = max(0, int(self.clock()) - token.created_at)

    def fail(
        self,
        method: str | None,
        path_prefix: str,
        status: int,
        *,
        headers: Mapping[str, str] | None = None,
        body: str | bytes = b"",
        times: int = 1,
    ) -> None:
        """Answer the next `times` matching requests with this status, headers and body."""
        raw = body.encode() if isinstance(body, str) else body
        self._faults.append(
            _Fault(
                method.upper() if method else None,
                path_prefix,
                status,
                dict(headers or {}),
                raw,
                times,
            )
        )

    # ---- request handling ------------------------------------------------------------------
    def handle(
        self,
        method: str,
        path: str,
        query: Mapping[str, str],
        headers: Mapping[str, str],
        body: bytes,
    ) -> DemoResponse:
        """Answer one HTTP request as api.trakt.tv would."""
        started = time.perf_counter()
        lowered = {k.lower(): v for k, v in headers.items()}
        path = "/" + path.strip("/") if path.strip("/") else "/"
        req = Request(method.upper(), path, dict(query), lowered, body)
        record = RecordedRequest(req.method, path, dict(query), self._bearer_user(lowered))
        self.requests.append(record)
        response = self._fault(req) or self._cloudflare(lowered) or self._answer(req, started)
        record.status = response.status
        return response

    def _answer(self, req: Request, started: float) -> DemoResponse:
        try:
            reply = self._dispatch(req)
        except HttpError as exc:
            reply = exc.reply
        except Exception:  # a demo bug must still look like an HTTP answer
            reply = Reply(500, {"error": "server_error", "error_description": "demo Trakt crashed"})
        return self._render(reply, started)

    def _dispatch(self, req: Request) -> Reply:
        route, params = self._route(req)
        req.params = params
        if route.auth != "oauth":
            self._check_client(req)
            self._authenticate(req, route.auth)
        if (
            req.method in ("POST", "PUT")
            and req.body.strip()
            and "json" not in req.headers.get("content-type", "")
            and route.auth != "oauth"
        ):
            raise HttpError(
                412,
                {
                    "error": "precondition_failed",
                    "error_description": "use application/json content type",
                },
            )
        return route.handler(self, req)

    def _route(self, req: Request) -> tuple[_Route, dict[str, str]]:
        allowed = False
        for route in self._routes:
            match = route.pattern.fullmatch(req.path)
            if match is None:
                continue
            if route.method == req.method:
                return route, {k: v for k, v in match.groupdict().items() if v is not None}
            allowed = True
        if allowed:
            raise HttpError(
                405,
                {
                    "error": "method_not_allowed",
                    "error_description": f"{req.method} is not allowed here",
                },
            )
        raise not_found("unknown API path")

    def _check_client(self, req: Request) -> None:
        if req.headers.get("trakt-api-key") != self.client_id:
            raise HttpError(
                403,
                {"error": "forbidden", "error_description": "invalid api key or unapproved app"},
            )
        if req.headers.get("trakt-api-version", "2") != "2":
            raise HttpError(
                400, {"error": "bad_request", "error_description": "trakt-api-version must be 2"}
            )

    def _authenticate(self, req: Request, auth: str) -> None:
        header = req.headers.get("authorization", "")
        if header:
            token = header.split(" ", 1)[1].strip() if " " in header else ""
            req.username = self.oauth.user_for(token)
            if req.username is None:
                raise HttpError(401, _unauthorized())
            req.token = token
        elif auth == "required":
            raise HttpError(401, _unauthorized())

    def _bearer_user(self, headers: Mapping[str, str]) -> str | None:
        header = headers.get("authorization", "")
        if " " not in header:
            return None
        return self.oauth.user_for(header.split(" ", 1)[1].strip())

    def _fault(self, req: Request) -> DemoResponse | None:
        for fault in self._faults:
            if (
                fault.times > 0
                and fault.method in (None, req.method)
                and req.path.startswith(fault.path_prefix)
            ):
                fault.times -= 1
                return DemoResponse(fault.status, dict(fault.headers), fault.body)
        return None

    @staticmethod
    def _cloudflare(headers: Mapping[str, str]) -> DemoResponse | None:
        if headers.get("user-agent", "").strip():
            return None
        return DemoResponse(
            403,
            {
                "Content-Type": "text/html; charset=UTF-8",
                "Server": "cloudflare",
                "CF-RAY": "8f2a1c3d4e5b6a70-AMS",
            },
            CLOUDFLARE_PAGE.encode(),
        )

    def _render(self, reply: Reply, started: float) -> DemoResponse:
        headers = {
            "x-runtime": f"{time.perf_counter() - started:.6f}",
            "x-request-id": str(uuid.uuid4()),
            "Cache-Control": "no-cache",
            "X-Content-Type-Options": "nosniff",
        }
        body = to_bytes(reply.body)
        if body:
            headers["Content-Type"] = JSON_TYPE
        headers.update(reply.headers)
        return DemoResponse(reply.status, headers, body)

    def _build_routes(self) -> list[_Route]:
        oauth: list[tuple[str, str, Handler, str]] = [
            ("POST", "/oauth/device/code", lambda _d, r: self.oauth.device_code(r), "oauth"),
            ("POST", "/oauth/device/token", lambda _d, r: self.oauth.device_token(r), "oauth"),
            ("POST", "/oauth/token", lambda _d, r: self.oauth.token(r), "oauth"),
            ("POST", "/oauth/revoke", lambda _d, r: self.oauth.revoke(r), "oauth"),
        ]
        table = [
            *oauth,
            *trakt_progress.ROUTES,
            *trakt_users.ROUTES,
            *trakt_sync.ROUTES,
            *trakt_ratings.ROUTES,
            *trakt_media.ROUTES,
            *trakt_calendar.ROUTES,
            *trakt_notify.ROUTES,
        ]
        return [_Route(m, re.compile(p), h, a) for m, p, h, a in table]


def _unauthorized() -> dict[str, str]:
    return {
        "error": "invalid_token",
        "error_description": "The access token is invalid, "
        "expired or revoked. Authorize again or refresh the token.",
    }
