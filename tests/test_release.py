"""What counts as not out yet (bot/kit/release.py `to_come`): a date ahead, or for a movie
Trakt gives no date, a status or a year that says so."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.kit.release import to_come
from bot.trakt import Episode, Movie, Show

NOW = datetime(2026, 5, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("released", "year", "status", "coming"),
    [
        (date(2026, 5, 2), 2026, "released", True),  # a date ahead wins
        (date(2026, 5, 1), 2026, "released", False),
        (date(2020, 1, 1), 2031, "planned", False),  # a date past wins over the rest
        (None, 2031, "planned", True),
        (None, 2031, None, True),  # a year ahead
        (None, 2026, "post production", True),
        (None, 2026, "In Production", True),
        (None, None, "rumored", True),
        (None, None, "announced", True),
        (None, 2019, "canceled", True),  # never came out
        (None, 2026, "released", False),
        (None, 1950, None, False),  # an old movie Trakt has no date for
        (None, None, None, False),
    ],
)
def test_a_movie(released: date | None, year: int | None, status: str | None, coming: bool) -> None:
    assert to_come(Movie(released=released, year=year, status=status), NOW) is coming


@pytest.mark.parametrize(
    ("aired", "coming"),
    [(datetime(2026, 5, 1, 13, tzinfo=UTC), True), (datetime(2026, 5, 1, 11, tzinfo=UTC), False),
     (None, False)],
)  # fmt: skip
def test_an_episode(aired: datetime | None, coming: bool) -> None:
    assert to_come(Episode(season=1, number=1, first_aired=aired), NOW) is coming


def test_a_show_is_never_held_back() -> None:
    assert not to_come(Show(year=2031, status="planned"), NOW)
