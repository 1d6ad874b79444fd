"""The demo catalogue's hand-written data: JSON files in `bot/demo/data/`, read once per process.

Each file holds only what cannot be derived; `catalogue.py` turns it into Trakt's shapes.

- `shows.json`: show records. `seasons` is the episode count per season (season 1 first);
  `airing` marks a show whose last season is on air relative to the demo clock: `true`
  (weekly, premiered three weeks ago) or `{"from": days, "every": days}` (premieres `from`
  days from the clock, negative = ago, at the show's hour; an episode every `every` days);
  `airs_minutes_after_start` (the console demo's notification) makes every episode of a
  show air together that many minutes after the demo starts;
  `images: false` drops the images object; `episodes` hand-writes [title, overview] pairs
  per season number (either may be null: Trakt has no title for some episodes);
  `specials` hand-writes season 0 as [title, overview, first_aired] rows (any may be null;
  a null first_aired is an episode without an air date). Specials never count toward a
  show's aired episodes, progress or next episode.
- `movies.json`: movie records (the slug is derived from title and year); `release_in`
  (optional) puts the release date that many days after the demo clock.
- `people.json`: people in Trakt's shape, less their images.
- `credits.json`: person slug -> "movies" | "shows" -> their credits among the catalogue's
  titles: ["cast", title slug, characters, episode count] or [department, title slug, jobs, null].
- `translations.json`: kind -> slug -> language -> [title, overview, tagline or null].
- `users.json`: the demo users' seeds (times are days before the demo clock) and the
  free/VIP account limits. History rows: ["movie", slug, days_ago] or
  ["episode", show_slug, season, number, days_ago]. Watchlist rows: [kind, slug, days_ago].
  Ratings: [kind, slug, rating, days_ago], or for an episode
  ["episode", show_slug, season, number, rating, days_ago]. `hidden_progress` (optional):
  slugs of shows the user hid from progress (they never appear in up next). `collection`
  (optional): [kind, slug, days_ago] rows; only the calendars read it (Trakt's "my"
  calendars cover watched, collected and watchlisted titles).

Everything returned here is shared by every caller in the process: read it, never change it.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

Json = dict[str, Any]
# ("cast", title slug, characters, episode count) or (department, title slug, jobs, None).
Credit = tuple[str, str, tuple[str, ...], int | None]
Translation = tuple[str, str, str | None]  # title, overview, tagline


@functools.cache
def _read(name: str) -> Any:
    return json.loads((resources.files("bot.demo") / "data" / name).read_text("utf-8"))


def shows() -> list[Json]:
    """Show records, in catalogue order; `episodes` keyed by season number."""
    return _shows()


@functools.cache
def _shows() -> list[Json]:
    records: list[Json] = []
    for record in _read("shows.json"):
        if "episodes" in record:
            written = record["episodes"].items()
            record = {
                **record,
                "episodes": {int(season): [tuple(e) for e in rows] for season, rows in written},
            }
        records.append(record)
    return records


def movies() -> list[Json]:
    """Movie records, in catalogue order."""
    records: list[Json] = _read("movies.json")
    return records


def people() -> list[Json]:
    """People, in catalogue order (without images)."""
    records: list[Json] = _read("people.json")
    return records


@functools.cache
def credits() -> dict[str, dict[str, list[Credit]]]:
    """Person slug -> "movies" | "shows" -> their credits among the catalogue's titles."""
    return {
        person: {
            plural: [(dept, slug, tuple(jobs), count) for dept, slug, jobs, count in rows]
            for plural, rows in kinds.items()
        }
        for person, kinds in _read("credits.json").items()
    }


@functools.cache
def translations() -> dict[tuple[str, str], dict[str, Translation]]:
    """(kind, slug) -> language -> (title, overview, tagline or None)."""
    return {
        (kind, slug): {lang: (row[0], row[1], row[2]) for lang, row in languages.items()}
        for kind, titles in _read("translations.json").items()
        for slug, languages in titles.items()
    }


def users() -> dict[str, Json]:
    """Username -> the seed of that demo user (history, watchlist, ratings, lists ...)."""
    seeds: dict[str, Json] = _read("users.json")["users"]
    return seeds


def limits(vip: bool) -> Json:
    """The account limits of a free or VIP user (copy before changing)."""
    found: Json = _read("users.json")["limits"]["vip" if vip else "free"]
    return found
