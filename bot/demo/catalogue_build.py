"""Turn the hand-written catalogue records into Trakt `extended=full` objects.

Also the small formatting helpers every demo module shares (ISO times, slugs, image URLs).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.demo.catalogue_data import translations

Json = dict[str, Any]
UPDATED_AT = "2025-10-01T09:30:00.000Z"
_TRANSLATION_LANGS = ["de", "en", "es", "fr", "it", "ja", "ko", "pt", "ru", "zh"]
_EPISODE_TITLES = [
    "Beginnings",
    "The Long Night",
    "Crossroads",
    "Old Friends",
    "Fault Lines",
    "Undertow",
    "The Reckoning",
    "Open Water",
    "Smoke and Mirrors",
    "Homecoming",
    "Loose Ends",
    "Blind Spot",
    "The Return",
    "Aftershock",
    "Small Mercies",
    "Point of No Return",
    "Ghosts",
    "Borrowed Time",
    "Signal and Noise",
    "Endgame",
    "The Other Side",
    "First Light",
]


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
    if kind == "episode":
        types = ["screenshot"]
    elif kind == "person":
        types = ["headshot", "fanart"]
    else:
        types = ["fanart", "poster", "logo", "clearart", "banner", "thumb"]
    return {image: [_image_url(kind, trakt_id, image)] for image in types}


@dataclass
class Season:
    """A season of a show with its episodes in Trakt's full shape."""

    number: int
    ids: Json
    episodes: list[Json] = field(default_factory=list)


def aired(episode: Json, now: datetime) -> bool:
    """Whether an episode has aired by `now`."""
    return bool(episode["first_aired"]) and parse_iso(episode["first_aired"]) <= now


def _common(record: Json, kind: str) -> Json:
    slug = record.get("slug") or slugify(
        record["title"]
        if kind == "show" or record["year"] is None
        else f"{record['title']} {record['year']}"
    )
    ids: Json = {
        "trakt": record["trakt"],
        "slug": slug,
        "imdb": record["imdb"],
        "tmdb": record["tmdb"],
    }
    if kind == "show":
        ids.update(tvdb=record["tvdb"], tvrage=None)
    return {"title": record["title"], "year": record["year"], "ids": ids}


def _tail(record: Json, kind: str) -> Json:
    has_ru = (kind, _common(record, kind)["ids"]["slug"]) in translations()
    tail: Json = {
        "rating": record["rating"],
        "votes": record["votes"],
        "comment_count": record["votes"] // 97,
        "updated_at": UPDATED_AT,
        "language": record["language"],
        "languages": [record["language"]],
        "available_translations": _TRANSLATION_LANGS
        if has_ru or record["votes"] > 5000
        else [record["language"]],
        "genres": list(record["genres"]),
        "subgenres": [],
        "certification": record["certification"],
        "original_title": record.get("original_title", record["title"]),
    }
    if record.get("images", True):
        tail["images"] = images_for(kind, record["trakt"])
    return tail


def show_full(record: Json) -> Json:
    """A show record in Trakt's full shape (aired_episodes is set by the caller)."""
    day, time, zone = record["airs"]
    full = _common(record, "show")
    full.update(
        {
            "tagline": record.get("tagline"),
            "overview": record["overview"],
            "first_aired": record["first_aired"],
            "airs": {"day": day, "time": time, "timezone": zone},
            "runtime": record["runtime"],
            "network": record["network"],
            "country": record["country"],
            "trailer": record["trailer"],
            "homepage": record["homepage"],
            "status": record["status"],
        }
    )
    full.update(_tail(record, "show"))
    return full


def movie_full(record: Json, now: datetime | None = None) -> Json:
    """A movie record in Trakt's full shape; with `now`, a release that follows the clock
    (`release_in`: days from `now`) falls on that day."""
    full = _common(record, "movie")
    released = record["released"]
    if now is not None and record.get("release_in") is not None:
        released = (now + timedelta(days=record["release_in"])).date().isoformat()
    full.update(
        {
            "tagline": record["tagline"],
            "overview": record["overview"],
            "released": released,
            "runtime": record["runtime"],
            "country": record["country"],
            "trailer": record["trailer"],
            "homepage": record["homepage"],
            "status": record.get("status", "released"),
            "after_credits": False,
            "during_credits": False,
        }
    )
    full.update(_tail(record, "movie"))
    return full


# An airing show's last season: (days from the demo clock to its premiere, days between
# episodes). `"airing": true` is a weekly season that premiered three weeks ago.
WEEKLY_FROM_THREE_WEEKS_AGO = (-21.0, 7.0)


def schedule(record: Json) -> tuple[float, float] | None:
    """When an airing show's last season runs, relative to the demo clock (None: it does
    not follow the clock). `airing` is `true` or `{"from": days, "every": days}`."""
    airing = record.get("airing")
    if not record["first_aired"] or not airing:
        return None
    if isinstance(airing, dict):
        return float(airing["from"]), float(airing["every"])
    return WEEKLY_FROM_THREE_WEEKS_AGO


def _season_start(record: Json, number: int, count: int, now: datetime) -> datetime | None:
    soon = record.get("airs_minutes_after_start")
    if soon is not None:  # the console demo's notification: every episode drops at once
        return (now + timedelta(minutes=soon)).replace(second=0, microsecond=0)
    if not record["first_aired"]:
        return None
    first = parse_iso(record["first_aired"])
    timing = schedule(record)
    if timing is not None and number == count:
        # The current season premieres `from` days from `now`, at the show's usual hour:
        # the first such hour after `now` + `from`, so which episodes have aired does not
        # depend on the time of day (weekly from three weeks ago: episode 4 always airs
        # within the next day; daily from yesterday: episode 2 does).
        shifted = now + timedelta(days=timing[0])
        start = shifted.replace(hour=first.hour, minute=first.minute, second=0, microsecond=0)
        if start <= shifted:
            start += timedelta(days=1)
        return max(start, first)
    return first + timedelta(days=365 * (number - 1))


def follows_clock(record: Json, number: int) -> bool:
    """Whether a season's air dates depend on the demo clock (an airing show's last one)."""
    if record.get("airs_minutes_after_start") is not None:
        return True
    return schedule(record) is not None and number == len(record["seasons"])


def build_seasons(record: Json, now: datetime) -> list[Season]:
    """Seasons with episodes; air dates of an airing show's last season follow `now`."""
    return [build_season(record, number, now) for number in range(1, len(record["seasons"]) + 1)]


def build_specials(record: Json) -> Season | None:
    """Season 0 from the record's `specials` rows ([title, overview, first_aired], any null),
    or None when the show has no specials."""
    rows: list[list[Any]] = record.get("specials") or []
    if not rows:
        return None
    season = Season(0, {"trakt": record["trakt"] * 100, "tvdb": None, "tmdb": record["tmdb"]})
    for n, (title, overview, first_aired) in enumerate(rows, start=1):
        air_date = parse_iso(first_aired) if first_aired else None
        episode = _episode_full(record, 0, n, len(rows), 0, title, overview, air_date)
        season.episodes.append({**episode, "episode_type": "standard"})
    return season


def build_season(record: Json, number: int, now: datetime) -> Season:
    """One season with its episodes (`now` matters only when `follows_clock`)."""
    show_id = record["trakt"]
    counts: list[int] = record["seasons"]
    count = counts[number - 1]
    written: dict[int, list[tuple[str | None, str | None]]] = record.get("episodes", {})
    start = _season_start(record, number, len(counts), now)
    timing = schedule(record) if follows_clock(record, number) else None
    every = timedelta(days=timing[1] if timing else 7)
    if record.get("airs_minutes_after_start") is not None:
        every = timedelta(0)  # the console demo's binge drop: every episode at once
    ids = {"trakt": show_id * 100 + number, "tvdb": None, "tmdb": show_id + number}
    season = Season(number, ids)
    for n in range(1, count + 1):
        air_date = start + every * (n - 1) if start else None
        title, overview = _episode_text(record, number, n, written)
        season.episodes.append(
            _episode_full(record, number, n, count, len(counts), title, overview, air_date)
        )
    return season


def _episode_text(
    record: Json, season: int, number: int, written: dict[int, list[tuple[str | None, str | None]]]
) -> tuple[str | None, str | None]:
    """A hand-written [title, overview] (either may be null: Trakt has no title for some
    episodes), else a generated pair."""
    if number <= len(written.get(season, [])):
        return written[season][number - 1]
    title = _EPISODE_TITLES[(record["trakt"] + season * 7 + number) % len(_EPISODE_TITLES)]
    overview = f"Season {season}, episode {number} of {record['title']}: {title.lower()}."
    return title, overview


def _episode_full(
    record: Json,
    season: int,
    number: int,
    count: int,
    seasons: int,
    title: str | None,
    overview: str | None,
    air_date: datetime | None,
) -> Json:
    trakt_id = record["trakt"] * 1000 + season * 64 + number
    kind = "standard"
    if number == 1:
        kind = "series_premiere" if season == 1 else "season_premiere"
    elif number == count:
        kind = (
            "series_finale"
            if season == seasons and record["status"] == "ended"
            else "season_finale"
        )
    return {
        "season": season,
        "number": number,
        "title": title,
        "ids": {
            "trakt": trakt_id,
            "tvdb": trakt_id + 7_000_000,
            "imdb": None,
            "tmdb": trakt_id + 1_000_000,
            "tvrage": None,
        },
        "number_abs": None,
        "overview": overview,
        "rating": round(7.0 + (trakt_id * 37 % 25) / 10, 5),
        "votes": 50 + trakt_id % 900,
        "comment_count": trakt_id % 7,
        "first_aired": iso(air_date) if air_date else None,
        "updated_at": UPDATED_AT,
        "available_translations": ["en"],
        "runtime": record["runtime"],
        "episode_type": kind,
        "images": images_for("episode", trakt_id),
    }
