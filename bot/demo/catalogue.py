"""The demo catalogue: shows, seasons, episodes, movies and people in Trakt's shapes.

`Catalogue(now)` turns the hand-written records of `catalogue_shows`, `catalogue_movies` and
`catalogue_extra` into Trakt `extended=full` objects. Episode air dates of shows that are on
air are placed relative to `now`, so next/last episode answers stay realistic whatever the
clock says, and stay deterministic under a fixed test clock.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.demo.catalogue_extra import PEOPLE, TRANSLATIONS
from bot.demo.catalogue_movies import MOVIES
from bot.demo.catalogue_shows import SHOWS

Json = dict[str, Any]
KINDS = ("show", "movie")
UPDATED_AT = "2025-10-01T09:30:00.000Z"
_TRANSLATION_LANGS = ["de", "en", "es", "fr", "it", "ja", "ko", "pt", "ru", "zh"]
_EPISODE_TITLES = [
    "Beginnings", "The Long Night", "Crossroads", "Old Friends", "Fault Lines", "Undertow",
    "The Reckoning", "Open Water", "Smoke and Mirrors", "Homecoming", "Loose Ends",
    "Blind Spot", "The Return", "Aftershock", "Small Mercies", "Point of No Return",
    "Ghosts", "Borrowed Time", "Signal and Noise", "Endgame", "The Other Side", "First Light",
]


class NotInCatalogue(KeyError):
    """Raised when an id, slug or episode number is not in the catalogue."""


def iso(moment: datetime) -> str:
    """Format a UTC datetime the way Trakt does: `2014-03-31T09:28:53.000Z`."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + (
        f"{moment.microsecond // 1000:03d}Z"
    )


def parse_iso(text: str) -> datetime:
    """Parse an ISO 8601 timestamp (with `Z`, an offset or a bare date) as UTC."""
    value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def slugify(text: str) -> str:
    """ASCII slug like Trakt's: lowercase words joined with dashes."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def _image_url(kind: str, trakt_id: int, image: str) -> str:
    digits = f"{trakt_id:09d}"
    folder = "/".join((digits[0:3], digits[3:6], digits[6:9]))
    digest = hashlib.sha1(f"{kind}:{trakt_id}:{image}".encode()).hexdigest()[:10]
    ext = "png" if image in ("logo", "clearart") else "jpg"
    size = "thumb" if image == "poster" and kind == "episode" else "medium"
    return f"walter-r2.trakt.tv/images/{kind}s/{folder}/{image}s/{size}/{digest}.{ext}.webp"


def images_for(kind: str, trakt_id: int) -> dict[str, list[str]]:
    """The 2025 `images` object: type -> list of one scheme-less WebP URL."""
    types = ["screenshot"] if kind == "episode" else [
        "fanart", "poster", "logo", "clearart", "banner", "thumb"]
    return {image: [_image_url(kind, trakt_id, image)] for image in types}


@dataclass
class Season:
    """A season of a show with its episodes in Trakt's full shape."""

    number: int
    ids: Json
    episodes: list[Json] = field(default_factory=list)


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
        self.people: dict[int, Json] = {p["ids"]["trakt"]: dict(p) for p in PEOPLE}
        for record in SHOWS:
            self._add_show(record)
        for record in MOVIES:
            self.movies[record["trakt"]] = _movie_full(record)
        self._slugs = {
            "show": {e.full["ids"]["slug"]: tid for tid, e in self.shows.items()},
            "movie": {m["ids"]["slug"]: tid for tid, m in self.movies.items()},
            "person": {p["ids"]["slug"]: tid for tid, p in self.people.items()},
        }

    # ---- building -------------------------------------------------------------------
    def _add_show(self, record: Json) -> None:
        seasons = _build_seasons(record, self.now)
        full = _show_full(record)
        full["aired_episodes"] = sum(
            1 for s in seasons for e in s.episodes if _aired(e, self.now))
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
        table: Mapping[int, Any] = {"show": self.shows, "movie": self.movies}.get(
            kind, self.people)
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
        return _aired(episode, self.now)

    def aired_episodes(self, show_id: int) -> list[Json]:
        """Episodes of a show that have aired by `now`, in order."""
        return [e for s in self.shows[show_id].seasons for e in s.episodes
                if _aired(e, self.now)]

    def next_episode(self, show_id: int) -> Json | None:
        """The first episode airing after `now`, or None."""
        upcoming = [e for s in self.shows[show_id].seasons for e in s.episodes
                    if e["first_aired"] and not _aired(e, self.now)]
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
                row: Json = {"title": title, "overview": overview, "language": lang,
                             "country": lang}
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


# ---- record -> Trakt shape --------------------------------------------------------------
def _aired(episode: Json, now: datetime) -> bool:
    return bool(episode["first_aired"]) and parse_iso(episode["first_aired"]) <= now


def _common(record: Json, kind: str) -> Json:
    slug = record.get("slug") or slugify(
        record["title"] if kind == "show" or record["year"] is None
        else f"{record['title']} {record['year']}")
    ids: Json = {"trakt": record["trakt"], "slug": slug, "imdb": record["imdb"],
                 "tmdb": record["tmdb"]}
    if kind == "show":
        ids.update(tvdb=record["tvdb"], tvrage=None)
    return {"title": record["title"], "year": record["year"], "ids": ids}


def _tail(record: Json, kind: str) -> Json:
    has_ru = (kind, _common(record, kind)["ids"]["slug"]) in TRANSLATIONS
    tail: Json = {
        "rating": record["rating"], "votes": record["votes"],
        "comment_count": record["votes"] // 97, "updated_at": UPDATED_AT,
        "language": record["language"], "languages": [record["language"]],
        "available_translations": _TRANSLATION_LANGS if has_ru or record["votes"] > 5000
        else [record["language"]],
        "genres": list(record["genres"]), "subgenres": [],
        "certification": record["certification"],
        "original_title": record.get("original_title", record["title"]),
    }
    if record.get("images", True):
        tail["images"] = images_for(kind, record["trakt"])
    return tail


def _show_full(record: Json) -> Json:
    day, time, zone = record["airs"]
    full = _common(record, "show")
    full.update({
        "tagline": record.get("tagline"), "overview": record["overview"],
        "first_aired": record["first_aired"],
        "airs": {"day": day, "time": time, "timezone": zone},
        "runtime": record["runtime"], "network": record["network"],
        "country": record["country"], "trailer": record["trailer"],
        "homepage": record["homepage"], "status": record["status"],
    })
    full.update(_tail(record, "show"))
    return full


def _movie_full(record: Json) -> Json:
    full = _common(record, "movie")
    full.update({
        "tagline": record["tagline"], "overview": record["overview"],
        "released": record["released"], "runtime": record["runtime"],
        "country": record["country"], "trailer": record["trailer"],
        "homepage": record["homepage"], "status": record.get("status", "released"),
        "after_credits": False, "during_credits": False,
    })
    full.update(_tail(record, "movie"))
    return full


def _season_start(record: Json, number: int, count: int, now: datetime) -> datetime | None:
    if not record["first_aired"]:
        return None
    first = parse_iso(record["first_aired"])
    if record.get("airing") and number == count:
        # The current season premiered three weeks ago, at the show's usual hour.
        start = (now - timedelta(days=21)).replace(
            hour=first.hour, minute=first.minute, second=0, microsecond=0)
        return max(start, first)
    return first + timedelta(days=365 * (number - 1))


def _build_seasons(record: Json, now: datetime) -> list[Season]:
    show_id = record["trakt"]
    counts: list[int] = record["seasons"]
    written: dict[int, list[tuple[str, str]]] = record.get("episodes", {})
    seasons = []
    for number, count in enumerate(counts, start=1):
        start = _season_start(record, number, len(counts), now)
        ids = {"trakt": show_id * 100 + number, "tvdb": None, "tmdb": show_id + number}
        season = Season(number, ids)
        for n in range(1, count + 1):
            aired = start + timedelta(days=7 * (n - 1)) if start else None
            title, overview = _episode_text(record, number, n, written)
            season.episodes.append(_episode_full(record, number, n, count, len(counts),
                                                 title, overview, aired))
        seasons.append(season)
    return seasons


def _episode_text(record: Json, season: int, number: int,
                  written: dict[int, list[tuple[str, str]]]) -> tuple[str, str]:
    if number <= len(written.get(season, [])):
        return written[season][number - 1]
    title = _EPISODE_TITLES[(record["trakt"] + season * 7 + number) % len(_EPISODE_TITLES)]
    overview = f"Season {season}, episode {number} of {record['title']}: {title.lower()}."
    return title, overview


def _episode_full(record: Json, season: int, number: int, count: int, seasons: int,
                  title: str, overview: str, aired: datetime | None) -> Json:
    trakt_id = record["trakt"] * 1000 + season * 64 + number
    kind = "standard"
    if number == 1:
        kind = "series_premiere" if season == 1 else "season_premiere"
    elif number == count:
        kind = "series_finale" if season == seasons and record["status"] == "ended" \
            else "season_finale"
    return {
        "season": season, "number": number, "title": title,
        "ids": {"trakt": trakt_id, "tvdb": trakt_id + 7_000_000, "imdb": None,
                "tmdb": trakt_id + 1_000_000, "tvrage": None},
        "number_abs": None, "overview": overview,
        "rating": round(7.0 + (trakt_id * 37 % 25) / 10, 5), "votes": 50 + trakt_id % 900,
        "comment_count": trakt_id % 7, "first_aired": iso(aired) if aired else None,
        "updated_at": UPDATED_AT, "available_translations": ["en"],
        "runtime": record["runtime"], "episode_type": kind,
        "images": images_for("episode", trakt_id),
    }


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
