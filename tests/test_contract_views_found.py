"""What the contract-drawn view properties (test_contract_views.py) found, kept as plain
examples: each rendered as a button press would, then checked as Telegram would."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.features import up_next
from bot.features.episodes import card, pages, plays
from bot.kit.callback import encode
from bot.kit.codes import Action
from bot.trakt.models_parse import as_datetime
from bot.trakt.ref import MAX_ID
from tests.contract_views_kit import OWNER, Routes, run

SHOW = {"title": "Severance", "year": 2022, "ids": {"trakt": 154997, "slug": "severance"}}
LONG = "🎬" * 2100  # 4200 UTF-16 units: longer than a message, let alone a caption
NEXT = encode(Action.NEXT, up_next.NO_PIN, 1, owner=OWNER)


def _episode(trakt_id: int = MAX_ID, **fields: Any) -> dict[str, Any]:
    return {"season": 1, "number": 5, "title": "Half Loop", "ids": {"trakt": trakt_id}, **fields}


def _settings(zone: str = "UTC") -> tuple[Any, Mapping[str, str]]:
    return {
        "user": {"username": "demo", "ids": {"slug": "demo"}},
        "account": {"timezone": zone},
    }, {}


def _found(episode: Any, show: Any = SHOW) -> Routes:
    """The episode card's answers: the episode and its show."""
    row = {"type": "episode", "episode": episode, "show": show}
    return {r"/search/trakt/[^/]+": ([row], {}), r"/users/settings": _settings()}


def _up_next(*items: Any, zone: str = "UTC") -> Routes:
    return {r"/sync/progress/up_next": (list(items), {}), r"/users/settings": _settings(zone)}


def _in_progress(show: Any, episode: Any, completed: int = 4, aired: int = 9) -> dict[str, Any]:
    progress = {"aired": aired, "completed": completed, "next_episode": episode}
    return {"show": show, "progress": progress}


def _picker(show: Any, seasons: list[Any]) -> Routes:
    return {
        r"/shows/[^/]+": (show, {}),
        r"/shows/[^/]+/seasons": (seasons, {}),
        r"/users/settings": _settings(),
    }


def _pick(routes: Routes) -> None:
    """The seasons list, then season 1's first page."""
    for season in (pages.LIST, 1):
        place = (season, plays.NOW, pages.CLOSED, 1)
        run(routes, encode(Action.SEASONS, "s", MAX_ID, *place, owner=OWNER))


# Names longer than a message


@pytest.mark.parametrize("kind", ["movies", "shows"])
def test_a_title_longer_than_a_message_keeps_its_card(kind: str) -> None:
    """The card's head was cut at whole lines; a title line longer than the caption (or the
    message) left no line at all: an empty text Telegram refuses."""
    summary = {**SHOW, "title": LONG, "images": {"poster": ["walter.media/poster.jpg"]}}
    routes = {
        rf"/{kind}/[^/]+": (summary, {}),
        rf"/{kind}/[^/]+/related": ([], {}),
        r"/users/settings": _settings(),
    }
    run(routes, encode(Action.DETAILS, kind[0], MAX_ID, owner=OWNER))


def test_an_episode_card_of_long_names() -> None:
    """The show's name and the episode's title went on the card uncut: over 4096."""
    routes = _found(_episode(title=LONG, overview=LONG), {**SHOW, "title": LONG})
    run(routes, encode(Action.EPISODE, "e", MAX_ID, card.DAYS_OPEN, owner=OWNER))


def test_a_season_picker_of_long_names() -> None:
    """The picker's head and its lines carried the show's name and each title uncut."""
    aired = "2022-02-18T02:00:00Z"
    episodes = [_episode(n, number=n, title=LONG, first_aired=aired) for n in range(1, 11)]
    _pick(
        _picker({**SHOW, "title": LONG}, [{"number": 1, "ids": {"trakt": 1}, "episodes": episodes}])
    )


# Ids and numbers no button can carry


@pytest.mark.parametrize("show_id", [-1, MAX_ID + 1])
def test_an_episode_of_a_show_without_a_usable_id(show_id: int) -> None:
    """The card made a reference of any show id Trakt sent (`BadRef` out of range)."""
    routes = _found(_episode(), {**SHOW, "ids": {"trakt": show_id, "slug": "severance"}})
    routes[r"/shows/[^/]+/progress/watched"] = ({"aired": 9, "completed": 4, "seasons": []}, {})
    run(routes, encode(Action.EPISODE, "e", MAX_ID, card.CLOSED, owner=OWNER))


@pytest.mark.parametrize(
    ("show_id", "episode_id"), [(-1, 74), (MAX_ID + 1, 74), (154997, -1), (154997, MAX_ID + 1)]
)
def test_up_next_skips_a_show_or_episode_without_a_usable_id(show_id: int, episode_id: int) -> None:
    """/next drew a line (and a reference) for any non-zero id: `BadRef` out of range."""
    show = {**SHOW, "ids": {"trakt": show_id, "slug": "severance"}}
    other = {**SHOW, "ids": {"trakt": 1, "slug": "other"}}
    run(_up_next(_in_progress(show, _episode(episode_id)), _in_progress(other, _episode(75))), NEXT)


@pytest.mark.parametrize("number", [-1, 10**30])
def test_a_season_picker_of_numbers_and_ids_out_of_range(number: int) -> None:
    """Seasons and episodes whose number or id no button can carry: `BadRef`, or callback
    data over 64 bytes."""
    episodes = [
        _episode(number, number=number),
        _episode(-1, number=2),
        _episode(MAX_ID + 1, number=3),
    ]
    seasons = [
        {"number": number, "ids": {"trakt": 1}, "episodes": episodes},
        {"number": 1, "ids": {"trakt": 2}, "episodes": episodes},
    ]
    _pick(_picker(SHOW, seasons))


def test_a_calendar_of_ids_out_of_range() -> None:
    """/calendar drew a line (and its button) for any non-zero movie or episode id: `BadRef`
    out of range."""
    aired = "2026-03-06T01:00:00Z"  # the week shown (the bot's clock in these tests)
    shows = [
        {"first_aired": aired, "episode": _episode(trakt_id), "show": SHOW}
        for trakt_id in (-1, MAX_ID + 1, 74)
    ]
    movies = [
        {"released": "2026-03-07", "movie": {**SHOW, "ids": {"trakt": trakt_id, "slug": "x"}}}
        for trakt_id in (-1, MAX_ID + 1, 75)
    ]
    routes = {
        r"/calendars/my/shows/[^/]+/[^/]+": (shows, {}),
        r"/calendars/my/movies/[^/]+/[^/]+": (movies, {}),
        r"/users/settings": _settings(),
    }
    run(routes, encode(Action.CALENDAR, "a", 0, 1, owner=OWNER))


# Numbers Babel can't format


def test_an_episode_card_with_an_absurd_rating() -> None:
    """A rating of 1e30 (Trakt's are 0 to 10) broke Babel's number formatting."""
    run(_found(_episode(rating=1e30)), encode(Action.EPISODE, "e", MAX_ID, "-", owner=OWNER))


def test_up_next_with_absurd_counts() -> None:
    """Counts past 10**25 broke Babel's number formatting (through Fluent's plurals)."""
    run(_up_next(_in_progress(SHOW, _episode(), completed=10**30, aired=10**40)), NEXT)


# Moments no time zone could show


def test_up_next_aired_on_the_first_day_of_the_calendar() -> None:
    """An air date of year 1, shown in a zone west of UTC, overflowed `astimezone`."""
    episode = _episode(first_aired="0001-01-01T00:00:00Z")
    run(_up_next(_in_progress(SHOW, episode), zone="Etc/GMT+12"), NEXT)


def test_a_watchlist_added_on_the_last_day_of_the_calendar() -> None:
    """The day an item was added, shown in a zone east of UTC, overflowed `astimezone`."""
    item = {"type": "show", "listed_at": "9999-12-31T23:59:59.999Z", "show": SHOW}
    routes = {
        r"/sync/watchlist/[^/]+/[^/]+": ([item], {}),
        r"/users/settings": _settings("Pacific/Kiritimati"),
    }
    run(routes, encode(Action.WATCHLIST, "a", "added", 1, owner=OWNER))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0001-01-01T00:00:00Z", None),
        ("0001-01-01T00:00:00+05:00", None),  # raised OverflowError in the parser itself
        ("9999-12-31T23:59:59.999Z", None),
        (253402300799, None),  # the same moment as a unix timestamp
        ("0001-01-02T00:00:00Z", datetime(1, 1, 2, tzinfo=UTC)),
        ("2026-03-04T20:00:00.000Z", datetime(2026, 3, 4, 20, tzinfo=UTC)),
    ],
)
def test_moments_no_time_zone_could_show(value: str | int, expected: datetime | None) -> None:
    assert as_datetime(value) == expected
