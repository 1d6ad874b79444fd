"""A person's credits: `GET /people/{id}/movies` and `/people/{id}/shows`.

Trakt answers ``{"cast": [{characters, character, movie|show, episode_count?}],
"crew": {"directing": [{jobs, job, movie|show}], "writing": [...], ...}}``; older
answers carry only `character` / `job`, newer ones the lists too. Entries without a
usable movie or show are skipped, so one odd entry never loses the rest.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, Self

from bot.trakt.models import Movie, Show
from bot.trakt.models_parse import as_int, as_mapping, as_str, as_str_tuple

ACTING = "acting"  # the department of cast credits


@dataclass(frozen=True, slots=True)
class Credit:
    """One title a person worked on, in one department (`ACTING` for the cast)."""

    media: Movie | Show
    department: str
    roles: tuple[str, ...] = ()  # characters played, or jobs done
    episodes: int | None = None  # shows: episodes they were in


@dataclass(frozen=True, slots=True)
class Credits:
    """Everything Trakt lists for a person in movies or in shows."""

    items: tuple[Credit, ...] = ()

    @classmethod
    def from_json(cls, data: Any, kind: Literal["movies", "shows"]) -> Self:
        """Parse the cast and every crew department; tolerant of missing parts."""
        data = as_mapping(data)
        items = [
            credit
            for raw in _entries(data.get("cast"))
            if (credit := _credit(raw, kind, ACTING, "characters", "character")) is not None
        ]
        for department, entries in as_mapping(data.get("crew")).items():
            name = as_str(department)
            if not name:
                continue
            items.extend(
                credit
                for raw in _entries(entries)
                if (credit := _credit(raw, kind, name.lower(), "jobs", "job")) is not None
            )
        return cls(tuple(items))


def _entries(value: Any) -> list[Mapping[str, Any]]:
    return [item for item in value if isinstance(item, Mapping)] if isinstance(value, list) else []


def _credit(
    raw: Mapping[str, Any], kind: str, department: str, many: str, one: str
) -> Credit | None:
    key = "movie" if kind == "movies" else "show"
    found = raw.get(key)
    if not isinstance(found, Mapping):
        return None
    media = Movie.from_json(found) if key == "movie" else Show.from_json(found)
    if not media.title or not media.ids.trakt:
        return None
    roles = as_str_tuple(raw.get(many)) or tuple(filter(None, [as_str(raw.get(one))]))
    named = tuple(dict.fromkeys(role.strip() for role in roles if role.strip()))
    return Credit(media, department, named, as_int(raw.get("episode_count")))
