"""The views behind buttons, drawn from any body Trakt's contract allows, are messages
Telegram takes (property-based, derandomized; the sibling of test_contract_bodies.py).

A movie's and a show's details card, an episode's card, a show's season picker, /next,
/calendar, /watchlist and a list's items, each rendered in English and Persian from Trakt's
answers as `tests/contract_views_kit.py` draws them. Nothing may be raised: a parser's
deliberate refusal (ParseError) only skips a row. Bugs these found are kept as plain
examples in test_contract_views_found.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.features import calendar, lists, up_next, watchlist
from bot.features.episodes import card, pages, plays
from bot.kit.callback import encode
from bot.kit.codes import Action
from bot.trakt.ref import MAX_ID
from tests.contract_views_kit import (
    EPISODE,
    NOW,
    OWNER,
    PROPERTY,
    Routes,
    answer,
    body,
    contract,
    element,
    pagination,
    run,
    spiced,
    translations,
    user_settings,
)
from tests.test_contract_bodies import plain
from tests.test_demo_contract import SCHEMAS

# --- the details card ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["movies", "shows"])
def test_details_card(kind: str) -> None:
    """A movie's or a show's card from its summary (`extended=full`), related titles,
    translations, and for a show its next episode and the viewer's progress."""
    code = "m" if kind == "movies" else "s"
    routes = {
        rf"/{kind}/[^/]+": body(answer(f"GET /{kind}/{{id}} 200")),
        rf"/{kind}/[^/]+/related": body(answer(f"GET /{kind}/{{id}}/related 200")),
        rf"/{kind}/[^/]+/translations/fa": body(translations(kind)),
        r"/users/settings": body(user_settings()),
    }
    if kind == "shows":
        routes[r"/shows/[^/]+/next_episode"] = body(
            st.none() | answer("GET /shows/{id}/next_episode 200")
        )
        routes[r"/shows/[^/]+/progress/watched"] = body(
            answer("GET /shows/{id}/progress/watched 200")
        )

    @PROPERTY
    @given(st.fixed_dictionaries(routes))
    def renders(drawn: Routes) -> None:
        run(drawn, encode(Action.DETAILS, code, MAX_ID, owner=OWNER))

    renders()


# --- an episode's card --------------------------------------------------------------------


def episode_row(trakt_id: int) -> st.SearchStrategy[Any]:
    """`/search/trakt/{id}?type=episode`: a result row holding the episode asked for (Trakt's
    episode summary) and its show, then whatever other rows the contract allows."""
    row = st.tuples(answer(EPISODE), answer("GET /shows/{id} 200")).map(
        lambda drawn: {
            "type": "episode",
            "score": 1000,
            "episode": {**drawn[0], "ids": {**drawn[0]["ids"], "trakt": trakt_id}},
            "show": drawn[1],
        }
    )
    others = answer("GET /search/{id_type}/{id} 200")
    return st.tuples(row, others).map(lambda drawn: [drawn[0], *drawn[1]])


def test_episode_card() -> None:
    """An episode's card, closed or with the row of days open: the episode and its show,
    their translations, the viewer's progress and time zone."""
    routes = {
        r"/search/trakt/[^/]+": body(episode_row(MAX_ID)),
        r"/shows/[^/]+/translations/fa": body(translations("shows")),
        r"/shows/[^/]+/seasons/[^/]+/episodes/[^/]+/translations/fa": body(
            answer(
                "GET /shows/{id}/seasons/{season}/episodes/{episode}/translations/{language} 200"
            )
        ),
        r"/shows/[^/]+/progress/watched": body(answer("GET /shows/{id}/progress/watched 200")),
        r"/users/settings": body(user_settings()),
    }

    @PROPERTY
    @given(st.fixed_dictionaries(routes), st.sampled_from(card.PANELS))
    def renders(drawn: Routes, panel: str) -> None:
        run(drawn, encode(Action.EPISODE, "e", MAX_ID, panel, owner=OWNER))

    renders()


def seasons() -> st.SearchStrategy[Any]:
    """`/shows/{id}/seasons?extended=full,episodes`: the contract's seasons, each carrying
    episodes as its episode summary has them (the contract leaves `episodes` out)."""
    season = st.tuples(
        element("GET /shows/{id}/seasons 200"), st.lists(answer(EPISODE), max_size=11)
    )
    return st.lists(season.map(lambda drawn: {**drawn[0], "episodes": drawn[1]}), max_size=9)


def test_season_picker() -> None:
    """A show's seasons, then one season's page of episodes, in any tick mode and panel."""
    routes = {
        r"/shows/[^/]+": body(answer("GET /shows/{id} 200")),
        r"/shows/[^/]+/seasons": body(seasons()),
        r"/shows/[^/]+/translations/fa": body(translations("shows")),
        r"/shows/[^/]+/progress/watched": body(answer("GET /shows/{id}/progress/watched 200")),
        r"/users/settings": body(user_settings()),
    }

    @PROPERTY
    @given(st.fixed_dictionaries(routes), st.data())
    def renders(drawn: Routes, data: st.DataObject) -> None:
        numbers = [
            row["number"]
            for row in drawn[r"/shows/[^/]+/seasons"][0]
            if isinstance(row.get("number"), int) and 0 <= row["number"] <= pages.MAX_SEASON
        ]
        season = data.draw(st.sampled_from([pages.LIST, *numbers]), "season")
        when = data.draw(st.sampled_from(plays.WHENS), "when")
        panel = data.draw(st.sampled_from(pages.PANELS), "panel")
        page = data.draw(st.integers(1, 2), "page")
        run(drawn, encode(Action.SEASONS, "s", MAX_ID, season, when, panel, page, owner=OWNER))

    renders()


# --- /next --------------------------------------------------------------------------------


def up_next_items() -> st.SearchStrategy[Any]:
    """Shows in progress, most with a next episode (what up next lists them for; the
    contract's null or text stays in one in four)."""
    keep = st.integers(0, 3).map(lambda n: n == 0)
    row = st.tuples(element("GET /sync/progress/up_next 200"), answer(EPISODE), keep)
    return st.lists(row.map(lambda drawn: _with_next(*drawn)), max_size=8)


def _with_next(item: dict[str, Any], episode: Any, keep: bool) -> dict[str, Any]:
    if keep or not isinstance(item.get("progress"), dict):
        return item
    return {**item, "progress": {**item["progress"], "next_episode": episode}}


def test_up_next() -> None:
    """/next from any up-next answer: each line, its buttons and the pager."""
    routes = {
        r"/sync/progress/up_next": body(up_next_items()),
        r"/shows/[^/]+/translations/fa": body(translations("shows")),
        r"/users/settings": body(user_settings()),
    }

    @PROPERTY
    @given(st.fixed_dictionaries(routes), st.integers(1, 3))
    def renders(drawn: Routes, page: int) -> None:
        run(drawn, encode(Action.NEXT, up_next.NO_PIN, page, owner=OWNER))

    renders()


# --- /calendar ----------------------------------------------------------------------------

START = datetime.fromtimestamp(NOW, UTC)  # now: the six days after it are in the week shown


def dated(key: str, field: str, moments: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    """A calendar answer of `key`, most items dated (`field`) in the week shown, where the
    view keeps them (the contract's any text stays in one in four)."""
    keep = st.integers(0, 3).map(lambda n: n == 0)
    row = st.tuples(element(key), moments, keep)
    return st.lists(row.map(lambda d: d[0] if d[2] else {**d[0], field: d[1]}), max_size=8)


def test_calendar() -> None:
    """/calendar, shows, movies or both, this week or another, from any calendar answers."""
    hours = st.integers(0, 6 * 24).map(lambda h: START + timedelta(hours=h))
    days = st.integers(0, 6).map(lambda d: START.date() + timedelta(days=d))
    routes = {
        r"/calendars/my/shows/[^/]+/[^/]+": body(
            dated(
                "GET /calendars/{target}/shows/{start_date}/{days} 200",
                "first_aired",
                hours.map(lambda at: at.isoformat().replace("+00:00", "Z")),
            )
        ),
        r"/calendars/my/movies/[^/]+/[^/]+": body(
            dated(
                "GET /calendars/{target}/movies/{start_date}/{days} 200",
                "released",
                days.map(lambda day: day.isoformat()),
            )
        ),
        r"/(movies|shows)/[^/]+/translations/fa": body(translations("shows")),
        r"/users/settings": body(user_settings()),
    }

    @PROPERTY
    @given(
        st.fixed_dictionaries(routes),
        st.sampled_from(calendar.KINDS),
        st.sampled_from((0, 0, 0, -1, calendar.MAX_WEEKS)),  # mostly the week the answers fill
        st.integers(1, 2),
    )
    def renders(drawn: Routes, kind: str, week: int, page: int) -> None:
        run(drawn, encode(Action.CALENDAR, kind, week, page, owner=OWNER))

    renders()


# --- the watchlist and a list's items -----------------------------------------------------

# The contract's watchlist item names no media (`additionalProperties`); Trakt sends the
# same items as a list's, which the contract spells out.
LIST_ITEMS = "GET /users/{id}/lists/{list_id}/items/{type}/{sort_by}/{sort_how} 200"


def _naming_media(schema: dict[str, Any]) -> dict[str, Any]:
    """The list items' schema with each item's media required: Trakt always sends it (the
    contract's may be missing, which would leave most items unusable; null stays)."""
    kinds = []
    for alternative in schema["items"]["anyOf"]:
        named = [alternative["properties"]["type"]["enum"][0], "show"]
        needed = [key for key in named if key in alternative["properties"]]
        kinds.append({**alternative, "required": [*alternative["required"], *needed]})
    return {**schema, "items": {"anyOf": kinds}}


@cache
def items_page() -> st.SearchStrategy[Any]:
    """A page of items, each naming its media (or null)."""
    return spiced(contract(plain(_naming_media(SCHEMAS[LIST_ITEMS]))))


def entries() -> st.SearchStrategy[tuple[Any, Mapping[str, str]]]:
    """A page of watchlist or list items, with any pagination headers."""
    return st.tuples(items_page(), pagination())


def title_translations() -> st.SearchStrategy[tuple[Any, Mapping[str, str]]]:
    """A movie's or a show's translations (the same shape)."""
    return body(translations("shows"))


def test_watchlist() -> None:
    """/watchlist, every kind and sort, from any page of items."""
    routes = {
        r"/sync/watchlist/[^/]+/[^/]+": entries(),
        r"/(movies|shows)/[^/]+/translations/fa": title_translations(),
        r"/users/settings": body(user_settings()),
    }

    @PROPERTY
    @given(
        st.fixed_dictionaries(routes),
        st.sampled_from(tuple(watchlist.KINDS)),
        st.sampled_from(tuple(watchlist.SORTS)),
    )
    def renders(drawn: Routes, kind: str, sort: str) -> None:
        run(drawn, encode(Action.WATCHLIST, kind, sort, 1, owner=OWNER))

    renders()


def test_list_items() -> None:
    """A list's items (/lists, then a list) from any page of items."""
    routes = {
        r"/users/[^/]+/lists/[^/]+/items": entries(),
        r"/(movies|shows)/[^/]+/translations/fa": title_translations(),
        r"/users/settings": body(user_settings()),
    }

    @PROPERTY
    @given(st.fixed_dictionaries(routes))
    def renders(drawn: Routes) -> None:
        run(drawn, encode(Action.LIST_ITEMS, lists.ME, MAX_ID, lists.MAX_PAGE, 1, owner=OWNER))

    renders()
