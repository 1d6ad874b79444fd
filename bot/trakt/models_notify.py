"""What notifications read of Trakt: `GET /sync/last_activities` and shows hidden from
progress (`GET /users/hidden/progress_watched`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Self

from bot.trakt.models_parse import as_int, as_mapping, as_str


@dataclass(frozen=True, slots=True)
class LastActivities:
    """The timestamps notifications compare (ISO strings as Trakt sends them: compared for
    change, never parsed); None when Trakt leaves one out."""

    all: str | None = None
    episodes_watched: str | None = None
    shows_hidden: str | None = None
    shows_dropped: str | None = None
    settings: str | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse the object of `GET /sync/last_activities`."""
        data = as_mapping(data)

        def at(area: str, key: str) -> str | None:
            return as_str(as_mapping(data.get(area)).get(key))

        return cls(
            all=as_str(data.get("all")),
            episodes_watched=at("episodes", "watched_at"),
            shows_hidden=at("shows", "hidden_at"),
            shows_dropped=at("shows", "dropped_at"),
            settings=at("account", "settings_at"),
        )

    @property
    def hidden(self) -> str:
        """One value that changes when a show is hidden or dropped."""
        return f"{self.shows_hidden or ''}|{self.shows_dropped or ''}"


def hidden_show_id(data: Mapping[str, Any]) -> int | None:
    """The show's Trakt id of one `/users/hidden/...` row, or None."""
    show = as_mapping(as_mapping(data).get("show"))
    return as_int(as_mapping(show.get("ids")).get("trakt"))
