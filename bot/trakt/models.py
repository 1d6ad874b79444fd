"""Typed, tolerant models of Trakt media: movies, shows, seasons, episodes, people.

Trakt's JSON varies by `extended` level, by age (2017 fixtures lack `images`) and
sometimes by mistake, so every `from_json` accepts nulls, missing fields and wrong
types (a string where an int belongs) and never raises for a JSON object. Wrapper
models (see `models_lists`) raise `ParseError` when their media is missing or of an
unknown type; the list parsers skip such items.

Wrappers live in `models_lists`, auth/account/sync models in `models_account`,
the coercion helpers in `models_parse`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Self

from bot.trakt.models_parse import (
    ParseError,
    as_date,
    as_datetime,
    as_int,
    as_mapping,
    as_rating,
    as_str,
    as_str_tuple,
    image_url,
)

__all__ = [
    "Airs",
    "Episode",
    "Ids",
    "Images",
    "Media",
    "Movie",
    "ParseError",
    "Person",
    "Season",
    "Show",
    "Translation",
]


@dataclass(frozen=True, slots=True)
class Ids:
    """An item's ids; any may be missing."""

    trakt: int | None = None
    slug: str | None = None
    imdb: str | None = None
    tmdb: int | None = None
    tvdb: int | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse an `ids` object (anything else → empty ids)."""
        data = as_mapping(data)
        return cls(
            trakt=as_int(data.get("trakt")),
            slug=as_str(data.get("slug")),
            imdb=as_str(data.get("imdb")),
            tmdb=as_int(data.get("tmdb")),
            tvdb=as_int(data.get("tvdb")),
        )

    @property
    def key(self) -> str | None:
        """The best id for an API path: trakt id, else slug."""
        return str(self.trakt) if self.trakt is not None else self.slug


_IMAGE_KINDS = ("poster", "fanart", "thumb", "logo", "banner", "clearart", "screenshot", "headshot")


@dataclass(frozen=True, slots=True)
class Images:
    """First URL of each image kind, absolute; None when absent."""

    poster: str | None = None
    fanart: str | None = None
    thumb: str | None = None
    logo: str | None = None
    banner: str | None = None
    clearart: str | None = None
    screenshot: str | None = None
    headshot: str | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse an `images` object of arrays of scheme-less URLs."""
        data = as_mapping(data)
        return cls(**{name: image_url(data.get(name)) for name in _IMAGE_KINDS})


@dataclass(frozen=True, slots=True)
class Airs:
    """When a show airs, in its own timezone."""

    day: str | None = None
    time: str | None = None
    timezone: str | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse an `airs` object."""
        data = as_mapping(data)
        return cls(as_str(data.get("day")), as_str(data.get("time")), as_str(data.get("timezone")))


def _common(data: Mapping[str, Any]) -> dict[str, Any]:
    """The fields movies and shows share."""
    return {
        "title": as_str(data.get("title")) or "",
        "year": as_int(data.get("year")),
        "ids": Ids.from_json(data.get("ids", {})),
        "overview": as_str(data.get("overview")),
        "tagline": as_str(data.get("tagline")),
        "runtime": as_int(data.get("runtime")),
        "rating": as_rating(data.get("rating")),
        "votes": as_int(data.get("votes")),
        "genres": as_str_tuple(data.get("genres")),
        "certification": as_str(data.get("certification")),
        "language": as_str(data.get("language")),
        "country": as_str(data.get("country")),
        "status": as_str(data.get("status")),
        "trailer": as_str(data.get("trailer")),
        "homepage": as_str(data.get("homepage")),
        "images": Images.from_json(data.get("images", {})),
        "available_translations": as_str_tuple(data.get("available_translations")),
    }


@dataclass(frozen=True, slots=True)
class Movie:
    """A movie (summary fields are None/empty without `extended=full`)."""

    title: str = ""
    year: int | None = None
    ids: Ids = field(default_factory=Ids)
    overview: str | None = None
    tagline: str | None = None
    runtime: int | None = None
    rating: float | None = None
    votes: int | None = None
    genres: tuple[str, ...] = ()
    certification: str | None = None
    released: date | None = None
    language: str | None = None
    country: str | None = None
    status: str | None = None
    trailer: str | None = None
    homepage: str | None = None
    images: Images = field(default_factory=Images)
    # 2-letter codes Trakt has a translation for (`extended=full`); empty when not sent
    available_translations: tuple[str, ...] = ()

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse a movie object."""
        data = as_mapping(data)
        return cls(**_common(data), released=as_date(data.get("released")))


@dataclass(frozen=True, slots=True)
class Show:
    """A TV show."""

    title: str = ""
    year: int | None = None
    ids: Ids = field(default_factory=Ids)
    overview: str | None = None
    tagline: str | None = None
    runtime: int | None = None
    rating: float | None = None
    votes: int | None = None
    genres: tuple[str, ...] = ()
    certification: str | None = None
    language: str | None = None
    country: str | None = None
    status: str | None = None
    trailer: str | None = None
    homepage: str | None = None
    images: Images = field(default_factory=Images)
    network: str | None = None
    first_aired: datetime | None = None
    aired_episodes: int | None = None
    airs: Airs = field(default_factory=Airs)
    available_translations: tuple[str, ...] = ()  # as for Movie

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse a show object."""
        data = as_mapping(data)
        return cls(
            **_common(data),
            network=as_str(data.get("network")),
            first_aired=as_datetime(data.get("first_aired")),
            aired_episodes=as_int(data.get("aired_episodes")),
            airs=Airs.from_json(data.get("airs", {})),
        )


@dataclass(frozen=True, slots=True)
class Season:
    """A season of a show."""

    number: int | None = None
    ids: Ids = field(default_factory=Ids)
    title: str | None = None
    overview: str | None = None
    episode_count: int | None = None
    aired_episodes: int | None = None
    rating: float | None = None
    votes: int | None = None
    first_aired: datetime | None = None
    network: str | None = None
    images: Images = field(default_factory=Images)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse a season object."""
        data = as_mapping(data)
        return cls(
            number=as_int(data.get("number")),
            ids=Ids.from_json(data.get("ids", {})),
            title=as_str(data.get("title")),
            overview=as_str(data.get("overview")),
            episode_count=as_int(data.get("episode_count")),
            aired_episodes=as_int(data.get("aired_episodes")),
            rating=as_rating(data.get("rating")),
            votes=as_int(data.get("votes")),
            first_aired=as_datetime(data.get("first_aired")),
            network=as_str(data.get("network")),
            images=Images.from_json(data.get("images", {})),
        )


@dataclass(frozen=True, slots=True)
class Episode:
    """An episode; `season` 0 holds specials."""

    season: int | None = None
    number: int | None = None
    title: str | None = None
    ids: Ids = field(default_factory=Ids)
    overview: str | None = None
    first_aired: datetime | None = None
    runtime: int | None = None
    rating: float | None = None
    votes: int | None = None
    images: Images = field(default_factory=Images)
    episode_type: str | None = None
    number_abs: int | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse an episode object."""
        data = as_mapping(data)
        return cls(
            season=as_int(data.get("season")),
            number=as_int(data.get("number")),
            title=as_str(data.get("title")),
            ids=Ids.from_json(data.get("ids", {})),
            overview=as_str(data.get("overview")),
            first_aired=as_datetime(data.get("first_aired")),
            runtime=as_int(data.get("runtime")),
            rating=as_rating(data.get("rating")),
            votes=as_int(data.get("votes")),
            images=Images.from_json(data.get("images", {})),
            episode_type=as_str(data.get("episode_type")),
            number_abs=as_int(data.get("number_abs")),
        )


@dataclass(frozen=True, slots=True)
class Person:
    """A person (cast or crew)."""

    name: str = ""
    ids: Ids = field(default_factory=Ids)
    biography: str | None = None
    birthday: date | None = None
    death: date | None = None
    birthplace: str | None = None
    homepage: str | None = None
    known_for_department: str | None = None
    images: Images = field(default_factory=Images)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse a person object."""
        data = as_mapping(data)
        return cls(
            name=as_str(data.get("name")) or "",
            ids=Ids.from_json(data.get("ids", {})),
            biography=as_str(data.get("biography")),
            birthday=as_date(data.get("birthday")),
            death=as_date(data.get("death")),
            birthplace=as_str(data.get("birthplace")),
            homepage=as_str(data.get("homepage")),
            known_for_department=as_str(data.get("known_for_department")),
            images=Images.from_json(data.get("images", {})),
        )


@dataclass(frozen=True, slots=True)
class Translation:
    """A title/overview in another language."""

    language: str | None = None
    country: str | None = None
    title: str | None = None
    overview: str | None = None
    tagline: str | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse one entry of `/{kind}/{id}/translations/{lang}`."""
        data = as_mapping(data)
        return cls(
            language=as_str(data.get("language")),
            country=as_str(data.get("country")),
            title=as_str(data.get("title")),
            overview=as_str(data.get("overview")),
            tagline=as_str(data.get("tagline")),
        )


Media = Movie | Show | Season | Episode | Person
