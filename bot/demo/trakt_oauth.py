"""OAuth for the demo Trakt: device flow, code exchange, single-use refresh, revoke.

Device-token polls answer with bare status codes (the real API documents no bodies):
200 token, 400 pending, 404 unknown code, 409 already used, 410 expired, 418 denied,
429 polled faster than `interval`.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from bot.demo.trakt_http import HttpError, Reply, Request, ok

LEGACY_INVALID_GRANT = (
    "The provided authorization grant is invalid, expired, revoked, does not match the "
    "redirection URI used in the authorization request, or was issued to another client."
)
DEMO_CODE = "DEMO-CODE"


@dataclass
class DeviceCode:
    """A pending device authorisation."""

    device_code: str
    user_code: str
    created: float
    expires_in: int
    interval: int
    approved_as: str | None = None
    denied: bool = False
    used: bool = False
    last_poll: float | None = None


@dataclass
class Token:
    """An issued access/refresh token pair."""

    access_token: str
    refresh_token: str
    username: str
    created_at: int
    expires_in: int
    revoked: bool = False
    refresh_used: bool = False

    def as_json(self) -> dict[str, Any]:
        """The token JSON as Trakt returns it."""
        return {
            "access_token": self.access_token,
            "token_type": "bearer",
            "expires_in": self.expires_in,
            "refresh_token": self.refresh_token,
            "scope": "public",
            "created_at": self.created_at,
        }


class OAuth:
    """All OAuth state of one demo Trakt."""

    def __init__(
        self,
        *,
        client_id: str,
        client_secret: str,
        approve_after: float | None,
        approve_as: str | Callable[[], str],
        token_lifetime: int,
        clock: Callable[[], float],
        interval: int,
        expires_in: int,
    ) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.approve_after = approve_after
        self.approve_as = approve_as
        self.token_lifetime = token_lifetime
        self.clock = clock
        self.interval = interval
        self.expires_in = expires_in
        self.device_codes: dict[str, DeviceCode] = {}
        self.tokens: dict[str, Token] = {}
        self.refresh_tokens: dict[str, Token] = {}
        self.authorization_codes: dict[str, str] = {}

    # ---- state ------------------------------------------------------------------------
    def user_for(self, access_token: str) -> str | None:
        """The username owning a live access token, or None (unknown, expired, revoked)."""
        token = self.tokens.get(access_token)
        if token is None or token.revoked:
            return None
        if self.clock() >= token.created_at + token.expires_in:
            return None
        return token.username

    def issue(self, username: str) -> Token:
        """Create and store a fresh token pair for `username`."""
        token = Token(
            secrets.token_hex(32),
            secrets.token_hex(32),
            username,
            int(self.clock()),
            self.token_lifetime,
        )
        self.tokens[token.access_token] = token
        self.refresh_tokens[token.refresh_token] = token
        return token

    def by_user_code(self, user_code: str) -> DeviceCode:
        """The device authorisation showing `user_code` (KeyError if none)."""
        for device in self.device_codes.values():
            if device.user_code == user_code.upper():
                return device
        raise KeyError(user_code)

    def new_authorization_code(self, username: str) -> str:
        """A single-use authorization code (what a user would paste) for `username`."""
        code = secrets.token_hex(4).upper()
        self.authorization_codes[code] = username
        return code

    # ---- endpoints ----------------------------------------------------------------------
    def device_code(self, req: Request) -> Reply:
        """POST /oauth/device/code."""
        self._check_client(_body(req), secret=False)
        device = DeviceCode(
            secrets.token_hex(32),
            secrets.token_hex(4).upper(),
            self.clock(),
            self.expires_in,
            self.interval,
        )
        self.device_codes[device.device_code] = device
        return ok(
            {
                "device_code": device.device_code,
                "user_code": device.user_code,
                "verification_url": "https://trakt.tv/activate",
                "expires_in": device.expires_in,
                "interval": device.interval,
            }
        )

    def device_token(self, req: Request) -> Reply:
        """POST /oauth/device/token: poll for the token of a device code."""
        body = _body(req)
        self._check_client(body, secret=True)
        device = self.device_codes.get(str(body.get("code", "")))
        if device is None:
            raise HttpError(404)
        now = self.clock()
        previous, device.last_poll = device.last_poll, now
        status = self._poll_status(device, now, previous)
        if status != 200:
            raise HttpError(status)
        device.used = True
        return ok(self.issue(str(device.approved_as)).as_json())

    def _poll_status(self, device: DeviceCode, now: float, previous: float | None) -> int:
        if device.used:
            return 409
        if now >= device.created + device.expires_in:
            return 410
        if device.denied:
            return 418
        if previous is not None and now - previous < device.interval:
            return 429
        if (
            device.approved_as is None
            and self.approve_after is not None
            and now - device.created >= self.approve_after
        ):
            device.approved_as = self.approve_as() if callable(self.approve_as) else self.approve_as
        return 200 if device.approved_as else 400

    def token(self, req: Request) -> Reply:
        """POST /oauth/token: authorization_code or refresh_token grants."""
        body = _body(req)
        self._check_client(body, secret=True)
        grant = body.get("grant_type")
        if grant == "authorization_code":
            return self._exchange_code(str(body.get("code", "")))
        if grant == "refresh_token":
            return self._refresh(str(body.get("refresh_token", "")))
        raise HttpError(
            400,
            {
                "error": "unsupported_grant_type",
                "error_description": "The authorization grant type is not "
                "supported by the authorization server.",
            },
        )

    def _exchange_code(self, code: str) -> Reply:
        if code == DEMO_CODE:
            return ok(self.issue("demo").as_json())
        username = self.authorization_codes.pop(code.strip().upper(), None)
        if username is None:
            raise HttpError(
                401, {"error": "invalid_grant", "error_description": LEGACY_INVALID_GRANT}
            )
        return ok(self.issue(username).as_json())

    def _refresh(self, refresh_token: str) -> Reply:
        old = self.refresh_tokens.get(refresh_token)
        if old is None or old.refresh_used:
            raise HttpError(
                400, {"error": "invalid_grant", "error_description": "session not found"}
            )
        old.refresh_used = True
        old.revoked = True
        return ok(self.issue(old.username).as_json())

    def revoke(self, req: Request) -> Reply:
        """POST /oauth/revoke: revoke an access token; always 200 {}."""
        token = self.tokens.get(str(_body(req).get("token", "")))
        if token is not None:
            token.revoked = True
            token.refresh_used = True
        return ok({})

    def _check_client(self, body: dict[str, Any], *, secret: bool) -> None:
        wrong_id = body.get("client_id") != self.client_id
        wrong_secret = secret and body.get("client_secret") != self.client_secret
        if wrong_id or wrong_secret:
            raise HttpError(
                401,
                {
                    "error": "invalid_client",
                    "error_description": "Client authentication failed due to unknown client, no "
                    "client authentication included, or unsupported "
                    "authentication method.",
                },
            )


def _body(req: Request) -> dict[str, Any]:
    """OAuth bodies are JSON; accept form encoding too, as the real server does."""
    text = req.body.decode("utf-8", "replace").strip()
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return dict(parse_qsl(text))
    if not isinstance(value, dict):
        raise HttpError(
            400, {"error": "invalid_request", "error_description": "body must be an object"}
        )
    return value
