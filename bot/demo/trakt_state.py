"""Per-user mutable state of the demo Trakt, seeded from `data/users.json`."""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.demo import catalogue_data
from bot.demo.catalogue import Catalogue, slugify

_ACTIONS = ("watch", "scrobble", "checkin")


@dataclass
class HistoryEntry:
    """One play: a movie or an episode (by trakt id) at `watched_at`."""

    id: int
    watched_at: datetime
    action: str
    kind: str  # "movie" | "episode"
    trakt: int


@dataclass
class ListedItem:
    """A watchlist or custom-list entry (kind is "movie", "show" or "episode")."""

    id: int
    kind: str
    trakt: int
    listed_at: datetime
    notes: str | None = None


@dataclass
class Rating:
    """A user's 1-10 rating of a movie, show or episode."""

    kind: str
    trakt: int
    rating: int
    rated_at: datetime


@dataclass
class CustomList:
    """A personal list."""

    trakt: int
    slug: str
    name: str
    description: str | None
    privacy: str
    created_at: datetime
    updated_at: datetime
    items: list[ListedItem] = field(default_factory=list)


@dataclass
class RunningCheckin:
    """A check-in in progress: its play in the history, and when it ends (the runtime)."""

    kind: str  # "movie" | "episode"
    trakt: int
    history_id: int
    started_at: datetime
    expires_at: datetime


@dataclass
class UserState:
    """Everything the demo knows about one user."""

    username: str
    settings: dict[str, Any]
    history: list[HistoryEntry] = field(default_factory=list)
    watchlist: list[ListedItem] = field(default_factory=list)
    watchlist_updated_at: datetime | None = None
    collection: list[ListedItem] = field(default_factory=list)  # read by the calendars only
    ratings: dict[tuple[str, int], Rating] = field(default_factory=dict)
    lists: list[CustomList] = field(default_factory=list)
    recommendations: dict[str, list[int]] = field(default_factory=dict)
    hidden: set[tuple[str, int]] = field(default_factory=set)  # hidden recommendations
    hidden_progress: set[int] = field(default_factory=set)  # shows hidden from progress/dropped
    checkin: RunningCheckin | None = None

    def running_checkin(self, now: datetime) -> RunningCheckin | None:
        """The check-in in progress at `now`, if any (an expired one is forgotten)."""
        if self.checkin is not None and self.checkin.expires_at <= now:
            self.checkin = None
        return self.checkin

    @property
    def limits(self) -> dict[str, Any]:
        """The `limits` block of the user's settings (mutable: tests may shrink it)."""
        limits: dict[str, Any] = self.settings["limits"]
        return limits

    def watched(self, kind: str, trakt_id: int, catalogue: Catalogue) -> bool:
        """Whether any play of this movie or of an episode of this show exists."""
        if kind == "movie":
            return any(h.kind == "movie" and h.trakt == trakt_id for h in self.history)
        return any(
            h.kind == "episode" and catalogue.episodes[h.trakt][0] == trakt_id for h in self.history
        )

    def on_watchlist(self, kind: str, trakt_id: int) -> bool:
        """Whether this movie/show/episode is on the watchlist."""
        return any(i.kind == kind and i.trakt == trakt_id for i in self.watchlist)


def seed_users(
    catalogue: Catalogue, now: datetime, ids: itertools.count[int]
) -> dict[str, UserState]:
    """Build every demo user's state; `ids` hands out history/list-item ids."""
    return {
        name: _seed_user(name, seed, catalogue, now, ids)
        for name, seed in catalogue_data.users().items()
    }


def _ago(now: datetime, days: float, salt: int) -> datetime:
    # Spread plays over the evening so same-day rows still have distinct times.
    return (now - timedelta(days=days, minutes=37 * (salt % 9))).replace(microsecond=0)


def _seed_user(
    name: str, seed: dict[str, Any], catalogue: Catalogue, now: datetime, ids: itertools.count[int]
) -> UserState:
    limits = copy.deepcopy(catalogue_data.limits(seed["vip"]))
    user = UserState(name, user_settings(name, seed, limits))
    for n, row in enumerate(seed["history"]):
        kind, trakt_id = _ref(catalogue, row[:-1])
        user.history.append(
            HistoryEntry(next(ids), _ago(now, row[-1], n), _ACTIONS[n % 3], kind, trakt_id)
        )
    for n, (kind, slug, days) in enumerate(seed["watchlist"]):
        user.watchlist.append(
            ListedItem(next(ids), kind, catalogue.resolve(kind, slug), _ago(now, days, n))
        )
    user.watchlist_updated_at = max((i.listed_at for i in user.watchlist), default=None)
    for n, (kind, slug, days) in enumerate(seed.get("collection", [])):
        user.collection.append(
            ListedItem(next(ids), kind, catalogue.resolve(kind, slug), _ago(now, days, n))
        )
    for n, row in enumerate(seed["ratings"]):
        kind, trakt_id = _ref(catalogue, row[:-2])
        user.ratings[(kind, trakt_id)] = Rating(kind, trakt_id, row[-2], _ago(now, row[-1], n))
    for n, spec in enumerate(seed["lists"]):
        user.lists.append(_seed_list(spec, catalogue, now, ids, 200 - 30 * n))
    user.hidden_progress = {
        catalogue.resolve("show", slug) for slug in seed.get("hidden_progress", [])
    }
    user.recommendations = {
        kind: [catalogue.resolve(kind[:-1], slug) for slug in slugs]
        for kind, slugs in seed["recommendations"].items()
    }
    return user


def _seed_list(
    spec: dict[str, Any],
    catalogue: Catalogue,
    now: datetime,
    ids: itertools.count[int],
    age_days: int,
) -> CustomList:
    created = _ago(now, age_days, 0)
    items = [
        ListedItem(
            next(ids), kind, catalogue.resolve(kind, slug), _ago(now, age_days - 2 * n - 1, n)
        )
        for n, (kind, slug) in enumerate(spec["items"])
    ]
    updated = max((i.listed_at for i in items), default=created)
    return CustomList(
        spec["trakt"],
        slugify(spec["name"]),
        spec["name"],
        spec["description"],
        spec["privacy"],
        created,
        updated,
        items,
    )


def _ref(catalogue: Catalogue, row: tuple[Any, ...]) -> tuple[str, int]:
    """("movie", slug) or ("show", slug) or ("episode", show_slug, season, number)."""
    if row[0] == "episode":
        show_id = catalogue.resolve("show", row[1])
        return "episode", catalogue.episode(show_id, row[2], row[3])["ids"]["trakt"]
    return row[0], catalogue.resolve(row[0], row[1])


def user_trakt_id(uuid: str) -> int:
    """A demo user's numeric Trakt id, stable across runs (derived from their uuid)."""
    return int(uuid[:7], 16)


def user_settings(username: str, seed: dict[str, Any], limits: dict[str, Any]) -> dict[str, Any]:
    """The `/users/settings` body for a demo user, shaped like users_settings.json."""
    return {
        "user": {
            "username": username,
            "private": False,
            "name": seed["name"],
            "vip": seed["vip"],
            "vip_ep": False,
            "director": False,
            "ids": {"slug": username, "trakt": user_trakt_id(seed["uuid"]), "uuid": seed["uuid"]},
            "joined_at": seed["joined_at"],
            "location": seed["location"],
            "about": seed["about"],
            "gender": None,
            "age": None,
            "images": {
                "avatar": {
                    "full": "https://walter-r2.trakt.tv/images/users/000/000/"
                    f"000/avatars/large/{seed['uuid'][:10]}.jpg.webp"
                }
            },
            "vip_og": False,
            "vip_years": 3 if seed["vip"] else 0,
        },
        "permissions": {"commenting": True, "liking": True, "following": True},
        "account": {
            "timezone": seed["timezone"],
            "date_format": "dmy",
            "time_24hr": True,
            "cover_image": None,
        },
        "connections": {
            "facebook": False,
            "twitter": False,
            "mastodon": False,
            "google": True,
            "tumblr": False,
            "medium": False,
            "slack": False,
            "apple": False,
            "dropbox": False,
            "microsoft": False,
        },
        "sharing_text": {
            "watching": "I'm watching [item]",
            "watched": "I just watched [item]",
            "rated": "[item] [stars]",
        },
        "limits": limits,
    }
