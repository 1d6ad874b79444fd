"""A user's numbers: `GET /users/{id}/stats` (Trakt's contract `getUsersStats`).

`{movies{plays,watched,minutes,collected,ratings,comments}, shows{watched,collected,ratings,
comments}, seasons{ratings,comments}, episodes{plays,watched,minutes,collected,ratings,
comments}, network{friends,followers,following}, ratings{total, distribution{"1".."10"}}}`.
Counts Trakt leaves out read as 0; the distribution's values are numbers of ratings (the
contract types them as floats). A count is at most `MAX_COUNT`: the contract sets no bound,
and a number no person reaches (1e300) must not overflow the chart or the caption.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Self

from bot.trakt.models_parse import as_float, as_int, as_mapping

RATINGS = tuple(range(1, 11))
MAX_COUNT = 10**12  # minutes of 1.9 million years: beyond anyone's, within every layout


@dataclass(frozen=True, slots=True)
class MediaStats:
    """Plays, titles watched and minutes of one kind of media (0 where Trakt has none)."""

    plays: int = 0
    watched: int = 0
    minutes: int = 0
    ratings: int = 0

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse one section (`movies`, `shows`, `episodes`)."""
        return cls(
            plays=_count(data.get("plays")),
            watched=_count(data.get("watched")),
            minutes=_count(data.get("minutes")),
            ratings=_count(data.get("ratings")),
        )


@dataclass(frozen=True, slots=True)
class UserStats:
    """What `/users/{id}/stats` says about one person."""

    movies: MediaStats
    shows: MediaStats
    episodes: MediaStats
    ratings_total: int
    distribution: tuple[int, ...]  # how many ratings of 1 … 10 (index 0 is 1)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Parse the whole answer; a missing section counts as empty."""
        ratings = as_mapping(data.get("ratings"))
        spread = as_mapping(ratings.get("distribution"))
        distribution = tuple(_count(_whole(spread.get(str(n)))) for n in RATINGS)
        return cls(
            movies=MediaStats.from_json(as_mapping(data.get("movies"))),
            shows=MediaStats.from_json(as_mapping(data.get("shows"))),
            episodes=MediaStats.from_json(as_mapping(data.get("episodes"))),
            ratings_total=max(_count(ratings.get("total")), sum(distribution)),
            distribution=distribution,
        )

    @property
    def minutes(self) -> int:
        """Minutes watched in all: movies and episodes."""
        return self.movies.minutes + self.episodes.minutes

    @property
    def average_rating(self) -> float | None:
        """The mean of the person's ratings, from the distribution; None without any."""
        rated = sum(self.distribution)
        if not rated:
            return None
        return sum(n * count for n, count in zip(RATINGS, self.distribution, strict=True)) / rated


def _count(value: Any) -> int:
    return min(max(as_int(value) or 0, 0), MAX_COUNT)


def _whole(value: Any) -> int:
    """A float count, rounded (infinity and NaN count as none)."""
    number = as_float(value)
    return round(number) if number is not None and math.isfinite(number) else 0


__all__ = ["RATINGS", "MediaStats", "UserStats"]
