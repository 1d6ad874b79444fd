"""Credits both ways: a person's titles (`GET /people/{id}/movies|shows`, `Credits`) and a
title's people (`GET /movies|shows/{id}/people`, `TitlePeople`).

Trakt answers ``{"cast": [{characters, character, movie|show|person, episode_count?}],
"crew": {"directing": [{jobs, job, movie|show|person}], "writing": [...], ...}}``; older
answers carry only `character` / `job`, newer ones the lists too. Entries without a
usable movie, show or person are skipped, so one odd entry never loses the rest.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, Self

from bot.trakt.models import Movie, Person, Show
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
    return Credit(media, department, _roles(raw, many, one), as_int(raw.get("episode_count")))


@dataclass(frozen=True, slots=True)
class Role:
    """One person on a title, in one department (`ACTING` for the cast)."""

    person: Person
    department: str
    roles: tuple[str, ...] = ()  # characters played, or jobs done
    episodes: int | None = None  # shows: episodes they were in


@dataclass(frozen=True, slots=True)
class TitlePeople:
    """A movie's or show's cast (in Trakt's billing order) and crew, by department."""

    cast: tuple[Role, ...] = ()
    crew: tuple[Role, ...] = ()

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Parse the cast and every crew department; tolerant of missing parts."""
        data = as_mapping(data)
        cast = tuple(
            role
            for raw in _entries(data.get("cast"))
            if (role := _role(raw, ACTING, "characters", "character")) is not None
        )
        crew: list[Role] = []
        for department, entries in as_mapping(data.get("crew")).items():
            name = as_str(department)
            if name:
                crew.extend(
                    role
                    for raw in _entries(entries)
                    if (role := _role(raw, name.lower(), "jobs", "job")) is not None
                )
        return cls(cast, tuple(crew))


def _roles(raw: Mapping[str, Any], many: str, one: str) -> tuple[str, ...]:
    roles = as_str_tuple(raw.get(many)) or tuple(filter(None, [as_str(raw.get(one))]))
    return tuple(dict.fromkeys(role.strip() for role in roles if role.strip()))


def _role(raw: Mapping[str, Any], department: str, many: str, one: str) -> Role | None:
    found = raw.get("person")
    if not isinstance(found, Mapping):
        return None
    person = Person.from_json(found)
    if not person.name or not person.ids.trakt:
        return None
    return Role(person, department, _roles(raw, many, one), as_int(raw.get("episode_count")))
