"""Tracking models: up next, a season's episodes, ratings, what is being watched now.

Tolerant like the other models: nulls and missing fields become None or empty, a wrapper
without its media raises `ParseError` (and `parse_list` skips it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Self

from bot.trakt.models import Episode, Movie, Season, Show
from bot.trakt.models_lists import ShowProgress, parse_list
from bot.trakt.models_parse import ParseError, as_datetime, as_int, as_mapping, as_str

__all__ = ["RatedItem", "SeasonEpisodes", "ShowEpisode", "UpNextItem", "Watching"]


def _wrapped(data: Mapping[str, Any], allowed: tuple[str, ...]) -> tuple[str, Any, Show | None]:
    """(type, media, show) of a `{type, movie | show | season+show | episode+show}` item."""
    kind = as_str(data.get("type"))
    if kind is None:
        kind = next((name for name in allowed if isinstance(data.get(name), Mapping)), None)
    raw = data.get(kind) if kind in allowed else None
    if kind is None or not isinstance(raw, Mapping):
        raise ParseError(f"item of type {kind!r} without its media")
    parsers = {
        "movie": Movie.from_json,
        "show": Show.from_json,
        "season": Season.from_json,
        "episode": Episode.from_json,
    }
    show_raw = data.get("show")
    show = Show.from_json(show_raw) if kind != "show" and isinstance(show_raw, Mapping) else None
    return kind, parsers[kind](raw), show


@dataclass(frozen=True, slots=True)
class UpNextItem:
    """`GET /sync/progress/up_next`: a show in progress and where the person is in it."""

    show: Show
    progress: ShowProgress

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse `{show, progress: {aired, completed, ..., next_episode, last_episode}}`."""
        show = data.get("show")
        if not isinstance(show, Mapping):
            raise ParseError("up next item without a show")
        return cls(Show.from_json(show), ShowProgress.from_json(as_mapping(data.get("progress"))))

    @property
    def next_episode(self) -> Episode | None:
        """The episode to watch next (None: nothing aired is left)."""
        return self.progress.next_episode


@dataclass(frozen=True, slots=True)
class SeasonEpisodes:
    """A season with its episodes (`/shows/{id}/seasons?extended=full,episodes`)."""

    season: Season
    episodes: tuple[Episode, ...] = ()

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse a season object carrying `episodes`."""
        data = as_mapping(data)
        return cls(Season.from_json(data), parse_list(data.get("episodes"), Episode.from_json))

    @property
    def number(self) -> int | None:
        """The season's number; 0 holds the specials."""
        return self.season.number

    @property
    def is_specials(self) -> bool:
        """Season 0: specials, which never count toward progress."""
        return self.season.number == 0


@dataclass(frozen=True, slots=True)
class ShowEpisode:
    """An episode with its show (an episode looked up by its Trakt id)."""

    show: Show
    episode: Episode


@dataclass(frozen=True, slots=True)
class RatedItem:
    """`GET /sync/ratings/{type}`: one of the person's ratings."""

    rating: int | None
    rated_at: datetime | None
    type: str
    media: Movie | Show | Season | Episode
    show: Show | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse `{rated_at, rating, type, movie | show | season+show | episode+show}`."""
        kind, media, show = _wrapped(data, ("movie", "show", "season", "episode"))
        rating = as_int(data.get("rating"))
        valid = rating if rating is not None and 1 <= rating <= 10 else None
        return cls(valid, as_datetime(data.get("rated_at")), kind, media, show)


@dataclass(frozen=True, slots=True)
class Watching:
    """`GET /users/{id}/watching`: a running check-in or scrobble."""

    expires_at: datetime | None
    started_at: datetime | None
    action: str | None  # "checkin" | "scrobble"
    type: str
    media: Movie | Episode
    show: Show | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse `{expires_at, started_at, action, type, movie | episode+show}`."""
        kind, media, show = _wrapped(data, ("movie", "episode"))
        return cls(
            expires_at=as_datetime(data.get("expires_at")),
            started_at=as_datetime(data.get("started_at")),
            action=as_str(data.get("action")),
            type=kind,
            media=media,
            show=show,
        )
