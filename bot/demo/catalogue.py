"""The demo catalogue: shows, seasons, episodes, movies and people in Trakt's shapes.

`Catalogue(now)` turns the hand-written records of `bot/demo/data/` (`catalogue_data`) into
Trakt `extended=full` objects. Episode air dates of shows that are on air, and the release
date of a movie about to come out, are placed relative to `now`, so next/last episode
answers and calendars stay realistic whatever the clock says, and stay deterministic under
a fixed test clock.

Everything that does not follow the clock (movies but those, people, shows' objects and
every season but an airing show's last) is built once per process and shared, read-only,
by every `Catalogue`: tests create many demos.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.demo import catalogue_data
from bot.demo.catalogue_build import (
    Season,
    aired,
    build_season,
    build_specials,
    follows_clock,
    images_for,
    iso,
    movie_full,
    parse_iso,
    show_full,
    slugify,
)

Json = dict[str, Any]
KINDS = ("show", "movie")
__all__ = [
    "Catalogue",
    "NotInCatalogue",
    "Season",
    "ShowEntry",
    "images_for",
    "iso",
    "parse_iso",
    "shape",
    "slugify",
]


class NotInCatalogue(KeyError):
    """Raised when an id, slug or episode number is not in the catalogue."""


@dataclass
class ShowEntry:
    """A show: its full object plus its seasons."""

    full: Json
    seasons: list[Season]


_NO_CLOCK = datetime.min  # never read: only seasons that follow the clock look at `now`


@dataclass(frozen=True)
class _Settled:
    """What the clock does not change, built once per process."""

    movies: dict[int, Json]
    people: dict[int, Json]
    shows: dict[int, Json]  # full objects without `aired_episodes`
    seasons: dict[int, list[Season]]  # every season that does not follow the clock
    air_times: dict[int, list[datetime]]  # their episodes' air times, sorted
    slugs: dict[str, dict[str, int]]


@functools.cache
def _settled() -> _Settled:
    people = {
        p["ids"]["trakt"]: {**p, "images": images_for("person", p["ids"]["trakt"])}
        for p in catalogue_data.people()
    }
    movies = {record["trakt"]: movie_full(record) for record in catalogue_data.movies()}
    shows, seasons = {}, {}
    for record in catalogue_data.shows():
        shows[record["trakt"]] = show_full(record)
        specials = build_specials(record)
        seasons[record["trakt"]] = [specials] if specials else []
        seasons[record["trakt"]] += [
            build_season(record, number, _NO_CLOCK)
            for number in range(1, len(record["seasons"]) + 1)
            if not follows_clock(record, number)
        ]
    air_times = {
        show_id: sorted(_air_times(show_seasons)) for show_id, show_seasons in seasons.items()
    }
    slugs = {
        "show": {full["ids"]["slug"]: tid for tid, full in shows.items()},
        "movie": {m["ids"]["slug"]: tid for tid, m in movies.items()},
        "person": {p["ids"]["slug"]: tid for tid, p in people.items()},
    }
    return _Settled(movies, people, shows, seasons, air_times, slugs)


def _air_times(seasons: list[Season]) -> Iterator[datetime]:
    for season in seasons:
        for episode in season.episodes if season.number else ():  # specials never count
            if episode["first_aired"]:
                yield parse_iso(episode["first_aired"])


class Catalogue:
    """All demo media, indexed by trakt id, slug and external ids."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        settled = _settled()
        self.shows: dict[int, ShowEntry] = {}
        self.movies: dict[int, Json] = settled.movies
        clocked = [r for r in catalogue_data.movies() if r.get("release_in") is not None]
        if clocked:  # movies coming out days from `now`: their own copies
            self.movies = {**settled.movies, **{r["trakt"]: movie_full(r, now) for r in clocked}}
        self.episodes: dict[int, tuple[int, Json]] = {}
        self.people: dict[int, Json] = settled.people
        for record in catalogue_data.shows():
            self._add_show(record, settled)
        self._slugs = settled.slugs

    # ---- building -------------------------------------------------------------------
    def _add_show(self, record: Json, settled: _Settled) -> None:
        show_id = record["trakt"]
        seasons = list(settled.seasons[show_id])
        count = bisect.bisect_right(settled.air_times[show_id], self.now)
        if record["seasons"] and follows_clock(record, len(record["seasons"])):
            seasons.append(build_season(record, len(record["seasons"]), self.now))
            count += sum(1 for e in seasons[-1].episodes if aired(e, self.now))
        self.shows[show_id] = ShowEntry(
            {**settled.shows[show_id], "aired_episodes": count}, seasons
        )
        for season in seasons:
            for episode in season.episodes:
                self.episodes[episode["ids"]["trakt"]] = (show_id, episode)

    # ---- lookups --------------------------------------------------------------------
    def object(self, kind: str, ref: str | int) -> Json:
        """The full object of a show, movie or person by trakt id or slug."""
        trakt_id = self.resolve(kind, ref)
        if kind == "show":
            return self.shows[trakt_id].full
        return self.movies[trakt_id] if kind == "movie" else self.people[trakt_id]

    def resolve(self, kind: str, ref: str | int) -> int:
        """Trakt id of a show/movie/person given a trakt id or slug; NotInCatalogue if none."""
        table: Mapping[int, Any] = (
            self.shows if kind == "show" else self.movies if kind == "movie" else self.people
        )
        text = str(ref).strip().lower()
        if text.isdigit() and int(text) in table:
            return int(text)
        found = self._slugs.get(kind, {}).get(text)
        if found is None:
            raise NotInCatalogue(f"{kind} {ref}")
        return found

    def find_by_ids(self, kind: str, ids: Mapping[str, Any]) -> int:
        """Trakt id of a show/movie matching any of `ids` (trakt, slug, imdb, tmdb, tvdb)."""
        if not isinstance(ids, Mapping):
            raise NotInCatalogue(kind)
        for key in ("trakt", "slug"):
            if ids.get(key) not in (None, ""):
                try:
                    return self.resolve(kind, ids[key])
                except NotInCatalogue:
                    continue
        table = self.all_objects(kind)
        for key in ("imdb", "tmdb", "tvdb"):
            wanted = ids.get(key)
            if wanted in (None, ""):
                continue
            for obj in table:
                if str(obj["ids"].get(key)) == str(wanted):
                    return int(obj["ids"]["trakt"])
        raise NotInCatalogue(f"{kind} {dict(ids)}")

    def find_episode_by_ids(self, ids: Mapping[str, Any]) -> int:
        """Trakt id of an episode matching `ids` (trakt, imdb, tmdb or tvdb)."""
        if isinstance(ids, Mapping):
            for key in ("trakt", "tmdb", "tvdb", "imdb"):
                wanted = ids.get(key)
                if wanted in (None, ""):
                    continue
                for trakt_id, (_, episode) in self.episodes.items():
                    if str(episode["ids"].get(key)) == str(wanted):
                        return trakt_id
        raise NotInCatalogue(f"episode {ids}")

    def all_objects(self, kind: str) -> list[Json]:
        """Every full object of a kind, in catalogue order."""
        if kind == "show":
            return [entry.full for entry in self.shows.values()]
        return list(self.movies.values()) if kind == "movie" else list(self.people.values())

    def season(self, show_id: int, number: int) -> Season:
        """One season of a show; NotInCatalogue if it has no such season."""
        for season in self.shows[show_id].seasons:
            if season.number == number:
                return season
        raise NotInCatalogue(f"season {number}")

    def episode(self, show_id: int, season: int, number: int) -> Json:
        """One episode's full object by show, season and number."""
        for episode in self.season(show_id, season).episodes:
            if episode["number"] == number:
                return episode
        raise NotInCatalogue(f"episode {season}x{number}")

    def is_aired(self, episode: Json) -> bool:
        """Whether an episode has aired by `now`."""
        return aired(episode, self.now)

    def aired_episodes(self, show_id: int) -> list[Json]:
        """Episodes of a show that have aired by `now`, in order; specials (season 0) apart."""
        return [
            e
            for s in self.shows[show_id].seasons
            if s.number
            for e in s.episodes
            if aired(e, self.now)
        ]

    def next_episode(self, show_id: int) -> Json | None:
        """The first episode airing after `now`, or None."""
        upcoming = [
            e
            for s in self.shows[show_id].seasons
            if s.number
            for e in s.episodes
            if e["first_aired"] and not aired(e, self.now)
        ]
        return upcoming[0] if upcoming else None

    def last_episode(self, show_id: int) -> Json | None:
        """The most recent aired episode, or None."""
        aired = self.aired_episodes(show_id)
        return aired[-1] if aired else None

    def translations(self, kind: str, trakt_id: int, language: str | None) -> list[Json]:
        """Translations of a show or movie (Russian for a few titles)."""
        slug = self.object(kind, trakt_id)["ids"]["slug"]
        rows = []
        found = catalogue_data.translations().get((kind, slug), {})
        for lang, (title, overview, tagline) in found.items():
            if language in (None, "", "all", lang):
                row: Json = {
                    "title": title,
                    "overview": overview,
                    "language": lang,
                    "country": lang,
                }
                if kind == "movie":
                    row["tagline"] = tagline
                rows.append(row)
        return rows

    def translated_titles(self, kind: str, slug: str) -> list[str]:
        """All translated titles of a show or movie (used by search)."""
        return [t[0] for t in catalogue_data.translations().get((kind, slug), {}).values()]

    def related(self, kind: str, trakt_id: int) -> list[Json]:
        """Titles sharing the most genres with this one, best first (never itself)."""
        genres = set(self.object(kind, trakt_id)["genres"])
        others = [o for o in self.all_objects(kind) if o["ids"]["trakt"] != trakt_id]
        scored = [(len(genres & set(o["genres"])), o) for o in others]
        scored = [pair for pair in scored if pair[0] > 0]
        scored.sort(key=lambda pair: (-pair[0], -pair[1]["votes"], pair[1]["ids"]["trakt"]))
        return [o for _, o in scored]


def shape(kind: str, obj: Json, extended: set[str]) -> Json:
    """Project a full object to what `extended` asks for (minimal unless `full`)."""
    if "full" in extended:
        return _copy(obj)
    if kind == "episode":
        out = {k: obj[k] for k in ("season", "number", "title")}
    elif kind == "person":
        out = {"name": obj["name"]}
    else:
        out = {k: obj[k] for k in ("title", "year")}
    out["ids"] = dict(obj["ids"])
    if "images" in extended and "images" in obj:
        out["images"] = _copy(obj["images"])
    return out


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value
