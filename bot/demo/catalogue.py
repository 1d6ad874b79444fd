"""The demo catalogue: shows, seasons, episodes, movies and people in Trakt's shapes.

`Catalogue(now)` turns the hand-written records of `catalogue_shows`, `catalogue_movies` and
`catalogue_extra` into Trakt `extended=full` objects. Episode air dates of shows that are on
air are placed relative to `now`, so next/last episode answers stay realistic whatever the
clock says, and stay deterministic under a fixed test clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.demo.catalogue_build import (
    Season,
    aired,
    build_seasons,
    images_for,
    iso,
    movie_full,
    parse_iso,
    show_full,
    slugify,
)
from bot.demo.catalogue_extra import PEOPLE, TRANSLATIONS
from bot.demo.catalogue_movies import MOVIES
from bot.demo.catalogue_shows import SHOWS

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


class Catalogue:
    """All demo media, indexed by trakt id, slug and external ids."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.shows: dict[int, ShowEntry] = {}
        self.movies: dict[int, Json] = {}
        self.episodes: dict[int, tuple[int, Json]] = {}
        self.people: dict[int, Json] = {
            p["ids"]["trakt"]: {**p, "images": images_for("person", p["ids"]["trakt"])}
            for p in PEOPLE
        }
        for record in SHOWS:
            self._add_show(record)
        for record in MOVIES:
            self.movies[record["trakt"]] = movie_full(record)
        self._slugs = {
            "show": {e.full["ids"]["slug"]: tid for tid, e in self.shows.items()},
            "movie": {m["ids"]["slug"]: tid for tid, m in self.movies.items()},
            "person": {p["ids"]["slug"]: tid for tid, p in self.people.items()},
        }

    # ---- building -------------------------------------------------------------------
    def _add_show(self, record: Json) -> None:
        seasons = build_seasons(record, self.now)
        full = show_full(record)
        full["aired_episodes"] = sum(1 for s in seasons for e in s.episodes if aired(e, self.now))
        self.shows[record["trakt"]] = ShowEntry(full, seasons)
        for season in seasons:
            for episode in season.episodes:
                self.episodes[episode["ids"]["trakt"]] = (record["trakt"], episode)

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
        """Episodes of a show that have aired by `now`, in order."""
        return [e for s in self.shows[show_id].seasons for e in s.episodes if aired(e, self.now)]

    def next_episode(self, show_id: int) -> Json | None:
        """The first episode airing after `now`, or None."""
        upcoming = [
            e
            for s in self.shows[show_id].seasons
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
        for lang, (title, overview, tagline) in TRANSLATIONS.get((kind, slug), {}).items():
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
        return [t[0] for t in TRANSLATIONS.get((kind, slug), {}).values()]

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
