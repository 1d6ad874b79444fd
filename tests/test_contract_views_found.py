"""What the contract-drawn view properties (test_contract_views.py) found, kept as plain
examples: each rendered as a button press would, then checked as Telegram would."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from bot.features.episodes import card, picker, plays
from bot.kit.callback import encode
from bot.kit.codes import Action
from bot.trakt.ref import MAX_ID
from tests.contract_views_kit import OWNER, Routes, run

SHOW = {"title": "Severance", "year": 2022, "ids": {"trakt": 154997, "slug": "severance"}}
LONG = "🎬" * 2100  # 4200 UTF-16 units: longer than a message, let alone a caption


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


def _picker(show: Any, seasons: list[Any]) -> Routes:
    return {
        r"/shows/[^/]+": (show, {}),
        r"/shows/[^/]+/seasons": (seasons, {}),
        r"/users/settings": _settings(),
    }


def _pick(routes: Routes) -> None:
    """The seasons list, then season 1's first page."""
    for season in (picker.LIST, 1):
        place = (season, plays.NOW, picker.CLOSED, 1)
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
