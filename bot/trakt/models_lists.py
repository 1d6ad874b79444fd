"""Wrappers around media (trending, search, history, list entries...), lists and pages.

A wrapper whose media is missing, or whose `type` is unknown, raises `ParseError`;
`parse_list` skips such items (logged at DEBUG) so one odd item never loses a page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Generic, Self, TypeVar

from bot.trakt.models import Episode, Ids, Movie, Person, Season, Show
from bot.trakt.models_parse import (
    ParseError,
    as_bool,
    as_date,
    as_datetime,
    as_float,
    as_int,
    as_mapping,
    as_str,
)

logger = logging.getLogger(__name__)

T = TypeVar("T")


def parse_list(data: Any, parser: Callable[[Mapping[str, Any]], T]) -> tuple[T, ...]:
    """Parse a JSON array item by item, skipping items that aren't objects or don't parse."""
    if not isinstance(data, list):
        return ()
    items: list[T] = []
    for raw in data:
        if not isinstance(raw, Mapping):
            continue
        try:
            items.append(parser(raw))
        except ParseError as exc:
            logger.debug("skipping a Trakt item: %s", exc)
    return tuple(items)


def next_page_exists(page: int, page_count: int, limit: int, items_on_page: int) -> bool:
    """The paging rule: a non-empty page, and page < page_count or the page came back full."""
    if items_on_page <= 0:
        return False
    if page < page_count:
        return True
    return limit > 0 and items_on_page >= limit


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of results plus Trakt's (not always right) counts."""

    items: tuple[T, ...]
    page: int = 1
    limit: int = 0
    page_count: int = 0
    item_count: int = 0

    @property
    def has_next(self) -> bool:
        """Whether another page is worth fetching (see `next_page_exists`)."""
        return next_page_exists(self.page, self.page_count, self.limit, len(self.items))

    @property
    def has_prev(self) -> bool:
        """Whether there is a page before this one."""
        return self.page > 1


@dataclass(frozen=True, slots=True)
class TraktList:
    """A user's custom list."""

    name: str = ""
    description: str | None = None
    privacy: str | None = None
    item_count: int | None = None
    likes: int | None = None
    comment_count: int | None = None
    ids: Ids = field(default_factory=Ids)
    username: str | None = None
    user_slug: str | None = None
    sort_by: str | None = None
    sort_how: str | None = None
    type: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse a list object (as in `/users/{id}/lists` or a search hit)."""
        data = as_mapping(data)
        user = as_mapping(data.get("user"))
        return cls(
            name=as_str(data.get("name")) or "",
            description=as_str(data.get("description")),
            privacy=as_str(data.get("privacy")),
            item_count=as_int(data.get("item_count")),
            likes=as_int(data.get("likes")),
            comment_count=as_int(data.get("comment_count")),
            ids=Ids.from_json(data.get("ids", {})),
            username=as_str(user.get("username")),
            user_slug=as_str(as_mapping(user.get("ids")).get("slug")),
            sort_by=as_str(data.get("sort_by")),
            sort_how=as_str(data.get("sort_how")),
            type=as_str(data.get("type")),
            created_at=as_datetime(data.get("created_at")),
            updated_at=as_datetime(data.get("updated_at")),
        )


_PARSERS: Mapping[str, Callable[[Mapping[str, Any]], Any]] = {
    "movie": Movie.from_json,
    "show": Show.from_json,
    "season": Season.from_json,
    "episode": Episode.from_json,
    "person": Person.from_json,
    "list": TraktList.from_json,
}


def _media(data: Mapping[str, Any], allowed: tuple[str, ...]) -> tuple[str, Any]:
    """The item's type and its parsed media; `type` is inferred when missing."""
    kind = as_str(data.get("type"))
    if kind is None:
        kind = next((name for name in allowed if isinstance(data.get(name), Mapping)), None)
    if kind not in allowed:
        raise ParseError(f"unsupported item type {kind!r}")
    raw = data.get(kind)
    if not isinstance(raw, Mapping):
        raise ParseError(f"item of type {kind!r} has no {kind!r} object")
    return kind, _PARSERS[kind](raw)


def _show(data: Mapping[str, Any]) -> Show | None:
    raw = data.get("show")
    return Show.from_json(raw) if isinstance(raw, Mapping) else None


@dataclass(frozen=True, slots=True)
class TrendingItem:
    """`/{kind}/trending`: a movie or show with how many are watching now."""

    watchers: int
    media: Movie | Show

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse `{watchers, movie|show}`."""
        _, media = _media(data, ("movie", "show"))
        return cls(watchers=as_int(data.get("watchers")) or 0, media=media)


@dataclass(frozen=True, slots=True)
class WatchedItem:
    """`/{kind}/watched/{period}`: a movie or show with its counts."""

    watcher_count: int
    play_count: int
    collected_count: int
    media: Movie | Show
    collector_count: int = 0

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse `{watcher_count, play_count, collected_count, collector_count, movie|show}`."""
        _, media = _media(data, ("movie", "show"))
        return cls(
            watcher_count=as_int(data.get("watcher_count")) or 0,
            play_count=as_int(data.get("play_count")) or 0,
            collected_count=as_int(data.get("collected_count")) or 0,
            media=media,
            collector_count=as_int(data.get("collector_count")) or 0,
        )


@dataclass(frozen=True, slots=True)
class SearchResult:
    """A search hit; `show` is set for episode hits."""

    type: str
    score: float
    media: Movie | Show | Episode | Person | TraktList
    show: Show | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse `{type, score, movie|show|episode|person|list}`."""
        kind, media = _media(data, ("movie", "show", "episode", "person", "list"))
        show = _show(data) if kind == "episode" else None
        return cls(type=kind, score=as_float(data.get("score")) or 0.0, media=media, show=show)


@dataclass(frozen=True, slots=True)
class HistoryItem:
    """A play in the user's history."""

    id: int | None
    watched_at: datetime | None
    action: str | None
    type: str
    media: Movie | Episode
    show: Show | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse `{id, watched_at, action, type, movie | episode+show}`."""
        kind, media = _media(data, ("movie", "episode"))
        return cls(
            id=as_int(data.get("id")),
            watched_at=as_datetime(data.get("watched_at")),
            action=as_str(data.get("action")),
            type=kind,
            media=media,
            show=_show(data) if kind == "episode" else None,
        )


@dataclass(frozen=True, slots=True)
class ListEntry:
    """An item of the watchlist or of a custom list."""

    rank: int | None
    id: int | None
    listed_at: datetime | None
    notes: str | None
    type: str
    media: Movie | Show | Season | Episode | Person
    show: Show | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse `{rank, id, listed_at, notes, type, movie|show|season|episode|person}`."""
        kind, media = _media(data, ("movie", "show", "season", "episode", "person"))
        return cls(
            rank=as_int(data.get("rank")),
            id=as_int(data.get("id")),
            listed_at=as_datetime(data.get("listed_at")),
            notes=as_str(data.get("notes")),
            type=kind,
            media=media,
            show=_show(data) if kind in ("season", "episode") else None,
        )


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """`/calendars/{my|all}/shows`: an episode airing, with its show."""

    first_aired: datetime | None
    episode: Episode
    show: Show

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse `{first_aired, episode, show}`."""
        episode, show = data.get("episode"), data.get("show")
        if not isinstance(episode, Mapping) or not isinstance(show, Mapping):
            raise ParseError("calendar entry without episode or show")
        return cls(
            as_datetime(data.get("first_aired")), Episode.from_json(episode), Show.from_json(show)
        )


@dataclass(frozen=True, slots=True)
class MovieRelease:
    """`/calendars/{my|all}/movies`: a movie coming out on a day (a date, no time)."""

    released: date | None
    movie: Movie

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse `{released, movie}`; the entry's date wins over the movie's own."""
        movie = data.get("movie")
        if not isinstance(movie, Mapping):
            raise ParseError("calendar release without a movie")
        parsed = Movie.from_json(movie)
        return cls(as_date(data.get("released")) or parsed.released, parsed)


@dataclass(frozen=True, slots=True)
class Checkin:
    """A successful `POST /checkin`."""

    id: int | None
    watched_at: datetime | None
    media: Movie | Episode
    show: Show | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse `{id, watched_at, sharing, movie | episode+show}`."""
        kind, media = _media(data, ("movie", "episode"))
        show = _show(data) if kind == "episode" else None
        return cls(as_int(data.get("id")), as_datetime(data.get("watched_at")), media, show)


@dataclass(frozen=True, slots=True)
class EpisodeProgress:
    """Whether one episode was watched."""

    number: int | None
    completed: bool
    last_watched_at: datetime | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse `{number, completed, last_watched_at}`."""
        return cls(
            as_int(data.get("number")),
            as_bool(data.get("completed")) is True,
            as_datetime(data.get("last_watched_at")),
        )


@dataclass(frozen=True, slots=True)
class SeasonProgress:
    """Watched progress of one season."""

    number: int | None
    aired: int
    completed: int
    episodes: tuple[EpisodeProgress, ...] = ()

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse `{number, aired, completed, episodes}`."""
        return cls(
            number=as_int(data.get("number")),
            aired=as_int(data.get("aired")) or 0,
            completed=as_int(data.get("completed")) or 0,
            episodes=parse_list(data.get("episodes"), EpisodeProgress.from_json),
        )


@dataclass(frozen=True, slots=True)
class ShowProgress:
    """`/shows/{id}/progress/watched`: only aired episodes count."""

    aired: int
    completed: int
    last_watched_at: datetime | None = None
    reset_at: datetime | None = None
    seasons: tuple[SeasonProgress, ...] = ()
    next_episode: Episode | None = None
    last_episode: Episode | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse the progress object."""
        data = as_mapping(data)
        next_raw, last_raw = data.get("next_episode"), data.get("last_episode")
        return cls(
            aired=as_int(data.get("aired")) or 0,
            completed=as_int(data.get("completed")) or 0,
            last_watched_at=as_datetime(data.get("last_watched_at")),
            reset_at=as_datetime(data.get("reset_at")),
            seasons=parse_list(data.get("seasons"), SeasonProgress.from_json),
            next_episode=Episode.from_json(next_raw) if isinstance(next_raw, Mapping) else None,
            last_episode=Episode.from_json(last_raw) if isinstance(last_raw, Mapping) else None,
        )


@dataclass(frozen=True, slots=True)
class CheckinConflict:
    """The body of a 409 on `POST /checkin`: when the running checkin ends."""

    expires_at: datetime | None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse `{expires_at}`."""
        return cls(as_datetime(as_mapping(data).get("expires_at")))


__all__ = [
    "CalendarEntry",
    "Checkin",
    "CheckinConflict",
    "EpisodeProgress",
    "HistoryItem",
    "ListEntry",
    "Page",
    "SearchResult",
    "SeasonProgress",
    "ShowProgress",
    "TraktList",
    "TrendingItem",
    "WatchedItem",
    "next_page_exists",
    "parse_list",
]
