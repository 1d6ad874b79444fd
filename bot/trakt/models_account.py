"""Account-side models: OAuth tokens, device codes, user settings and sync bodies/results.

Secrets (`access_token`, `refresh_token`, `device_code`) are excluded from `repr`,
so logging a model never leaks them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import MappingProxyType
from typing import Any, Literal, Self

from bot.trakt.models_parse import ParseError, as_bool, as_datetime, as_int, as_mapping, as_str

SyncKind = Literal["movie", "show", "episode"]


@dataclass(frozen=True, slots=True)
class TokenSet:
    """An OAuth token pair; expiry is always `created_at + expires_in` (lifetimes changed)."""

    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    expires_in: int
    created_at: datetime
    scope: str = "public"
    token_type: str = "bearer"

    @property
    def expires_at(self) -> datetime:
        """When the access token stops working."""
        return self.created_at + timedelta(seconds=self.expires_in)

    @classmethod
    def from_json(cls, data: Mapping[str, Any], *, now: datetime | None = None) -> Self:
        """Parse a token response; a missing `created_at` means "just issued"."""
        data = as_mapping(data)
        access, refresh = as_str(data.get("access_token")), as_str(data.get("refresh_token"))
        if access is None or refresh is None:
            raise ParseError("token response without access_token or refresh_token")
        return cls(
            access_token=access,
            refresh_token=refresh,
            expires_in=max(as_int(data.get("expires_in")) or 0, 0),
            created_at=as_datetime(data.get("created_at")) or now or datetime.now(UTC),
            scope=as_str(data.get("scope")) or "public",
            token_type=as_str(data.get("token_type")) or "bearer",
        )


@dataclass(frozen=True, slots=True)
class DeviceCode:
    """The start of the device flow: show `user_code` and `verification_url`."""

    device_code: str = field(repr=False)
    user_code: str
    verification_url: str
    expires_in: int = 600
    interval: int = 5

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse `POST /oauth/device/code`'s answer."""
        data = as_mapping(data)
        device_code, user_code = as_str(data.get("device_code")), as_str(data.get("user_code"))
        if device_code is None or user_code is None:
            raise ParseError("device code response without device_code or user_code")
        return cls(
            device_code=device_code,
            user_code=user_code,
            verification_url=as_str(data.get("verification_url")) or "https://trakt.tv/activate",
            expires_in=max(as_int(data.get("expires_in")) or 600, 1),
            interval=max(as_int(data.get("interval")) or 5, 1),
        )


def _limits(data: Any) -> Mapping[str, Mapping[str, int]]:
    """`limits` as read-only {name: {field: int}}, dropping anything not an int."""
    result: dict[str, Mapping[str, int]] = {}
    for name, values in as_mapping(data).items():
        numbers = {key: as_int(value) for key, value in as_mapping(values).items()}
        result[name] = MappingProxyType({k: v for k, v in numbers.items() if v is not None})
    return MappingProxyType(result)


@dataclass(frozen=True, slots=True)
class UserSettings:
    """`GET /users/settings`: who the token belongs to, and their account limits."""

    username: str | None = None
    name: str | None = None
    slug: str | None = None
    private: bool = False
    vip: bool = False
    vip_ep: bool = False
    timezone: str | None = None
    date_format: str | None = None
    time_24hr: bool | None = None
    limits: Mapping[str, Mapping[str, int]] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse `{user, account, limits, ...}`."""
        data = as_mapping(data)
        user, account = as_mapping(data.get("user")), as_mapping(data.get("account"))
        return cls(
            username=as_str(user.get("username")),
            name=as_str(user.get("name")),
            slug=as_str(as_mapping(user.get("ids")).get("slug")),
            private=as_bool(user.get("private")) is True,
            vip=as_bool(user.get("vip")) is True,
            vip_ep=as_bool(user.get("vip_ep")) is True,
            timezone=as_str(account.get("timezone")),
            date_format=as_str(account.get("date_format")),
            time_24hr=as_bool(account.get("time_24hr")),
            limits=_limits(data.get("limits")),
        )

    def limit(self, name: str, key: str = "item_count") -> int | None:
        """One account limit, e.g. `limit("watchlist")`; None when unknown."""
        return self.limits.get(name, {}).get(key)


@dataclass(frozen=True, slots=True)
class SyncItem:
    """One item for a sync body (watchlist, history, ratings).

    `watched_at` (history only): a moment, `"released"` (the release or air date) or None
    (Trakt's default: now). `seasons` narrows a show to whole seasons (history only):
    `{"ids": ..., "seasons": [{"number": 1}, ...]}`.
    """

    kind: SyncKind
    trakt_id: int
    rating: int | None = None
    watched_at: datetime | Literal["released"] | None = None
    seasons: tuple[int, ...] = ()

    @classmethod
    def season(
        cls,
        show_id: int,
        *numbers: int,
        watched_at: datetime | Literal["released"] | None = None,
    ) -> Self:
        """Whole seasons of a show (season 0 = specials), e.g. to mark them watched."""
        if not numbers:
            raise ValueError("name at least one season")
        return cls("show", show_id, watched_at=watched_at, seasons=tuple(numbers))

    def to_json(self) -> dict[str, Any]:
        """`{"ids": {"trakt": id}}` plus rating / watched_at / seasons when set."""
        body: dict[str, Any] = {"ids": {"trakt": self.trakt_id}}
        if self.rating is not None:
            body["rating"] = self.rating
        if self.watched_at == "released":
            body["watched_at"] = "released"
        elif isinstance(self.watched_at, datetime):
            stamp = self.watched_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
            body["watched_at"] = stamp
        if self.seasons:
            if self.kind != "show":
                raise ValueError("only a show can be narrowed to seasons")
            body["seasons"] = [{"number": number} for number in self.seasons]
        return body


_SECTIONS: Mapping[str, str] = {"movie": "movies", "show": "shows", "episode": "episodes"}


def sync_body(items: Iterable[SyncItem]) -> dict[str, list[dict[str, Any]]]:
    """Group items into Trakt's `{movies: [...], shows: [...], episodes: [...]}`."""
    body: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        section = _SECTIONS.get(item.kind)
        if section is None:
            raise ValueError(f"unsupported sync item kind {item.kind!r}")
        body.setdefault(section, []).append(item.to_json())
    if not body:
        raise ValueError("no items to sync")
    return body


def _counts(data: Any) -> Mapping[str, int]:
    """{section: n} from a counts object (ints) or a not_found object (lists)."""
    result: dict[str, int] = {}
    for key, value in as_mapping(data).items():
        count = len(value) if isinstance(value, list) else as_int(value)
        if count is not None:
            result[key] = count
    return MappingProxyType(result)


@dataclass(frozen=True, slots=True)
class SyncResult:
    """Counts from a sync POST: `added["movies"]`, `not_found["shows"]`..."""

    added: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    updated: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    existing: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    deleted: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    not_found: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse `{added, updated, existing, deleted, not_found, ...}` (all optional)."""
        data = as_mapping(data)
        return cls(
            added=_counts(data.get("added")),
            updated=_counts(data.get("updated")),
            existing=_counts(data.get("existing")),
            deleted=_counts(data.get("deleted")),
            not_found=_counts(data.get("not_found")),
        )

    @property
    def total_added(self) -> int:
        """Items added, all kinds together."""
        return sum(self.added.values())

    @property
    def total_not_found(self) -> int:
        """Items Trakt did not recognise, all kinds together."""
        return sum(self.not_found.values())
