"""The bot's parsers read any body Trakt's contract allows (property-based, derandomized).

Bodies come from the contract's response schemas (tests/trakt-contract/schemas.json) through
hypothesis-jsonschema: optional fields absent, nulls where `nullable`, empty lists, any text.
A parser may refuse a body it cannot use with `ParseError` (the callers skip such a row or
tell the person); anything else raised is a bug.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from contextlib import suppress
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from telegram.constants import MessageLimit

from bot.i18n import shared_i18n
from bot.kit.buttons import details_button
from bot.render import cards
from bot.testkit.fakebot.text import parse_html, utf16_len
from bot.trakt.models import Movie, Show
from bot.trakt.models_account import DeviceCode, SyncResult, TokenSet, UserSettings
from bot.trakt.models_lists import (
    CalendarEntry,
    HistoryItem,
    ListEntry,
    MovieRelease,
    SearchResult,
    TraktList,
    TrendingItem,
)
from bot.trakt.models_parse import ParseError
from bot.trakt.models_tracking import UpNextItem
from bot.trakt.ref import MediaRef
from tests.test_demo_contract import SCHEMAS


def plain(node: Any) -> Any:
    """OpenAPI 3.0 to JSON Schema: `nullable: true` becomes a null type; `pattern` and `format`
    go (the date-time regex would make generation crawl; parsers must cope with any string)."""
    if isinstance(node, list):
        return [plain(value) for value in node]
    if not isinstance(node, dict):
        return node
    out = {k: plain(v) for k, v in node.items() if k not in ("nullable", "pattern", "format")}
    if node.get("nullable"):
        if "type" in out:
            out["type"] = [out["type"], "null"]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


@functools.cache
def items(key: str) -> st.SearchStrategy[Any]:
    """One element of a list answer (or the whole object answer) of `key`; one strategy a
    key per process (hypothesis-jsonschema learns its schema's shape as it draws)."""
    schema = plain(SCHEMAS[key])
    return from_schema(schema.get("items", schema))


PARSERS: list[tuple[str, Callable[[Any], object]]] = [
    ("GET /shows/trending 200", TrendingItem.from_json),
    ("GET /movies/trending 200", TrendingItem.from_json),
    ("GET /search/{type} 200", SearchResult.from_json),
    ("GET /sync/history/{type}/{id} 200", HistoryItem.from_json),
    ("GET /sync/watchlist/{type}/{sort_by}/{sort_how} 200", ListEntry.from_json),
    ("GET /users/{id}/lists 200", TraktList.from_json),
    ("GET /calendars/{target}/shows/{start_date}/{days} 200", CalendarEntry.from_json),
    ("GET /calendars/{target}/movies/{start_date}/{days} 200", MovieRelease.from_json),
    ("GET /sync/progress/up_next 200", UpNextItem.from_json),
    ("GET /users/settings 200", UserSettings.from_json),
    ("POST /oauth/device/code 200", DeviceCode.from_json),
    ("POST /oauth/token 200", TokenSet.from_json),
    ("POST /sync/watchlist 201", SyncResult.from_json),
]


@pytest.mark.parametrize(("key", "parse"), PARSERS, ids=[key for key, _ in PARSERS])
def test_parsers_read_every_body_the_contract_allows(
    key: str, parse: Callable[[Any], object]
) -> None:
    @settings(
        max_examples=5,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(items(key))
    def parses(body: Any) -> None:
        with suppress(ParseError):  # refused on purpose: an unusable row (no type, ...)
            parse(body)

    parses()


RENDERED = [
    "GET /shows/trending 200",
    "GET /movies/trending 200",
    "GET /search/{type} 200",
]


@pytest.mark.parametrize("key", RENDERED)
@pytest.mark.parametrize("language", ["en", "fa"])
def test_titles_render_as_html_telegram_accepts(key: str, language: str) -> None:
    """A list entry drawn from any contract-allowed title is HTML Telegram parses, within
    the message limit, and its details button (when it has one) fits callback data."""
    tr = shared_i18n().translator(language)

    @settings(
        max_examples=5,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(items(key))
    def renders(body: Any) -> None:
        try:
            parsed = (TrendingItem if "trending" in key else SearchResult).from_json(body)
        except ParseError:
            return
        media = parsed.media
        if not isinstance(media, Movie | Show):
            return
        html = cards.list_entry(tr, 1, media)
        parse_html(str(html))
        assert utf16_len(str(html)) <= MessageLimit.MAX_TEXT_LENGTH
        ref = MediaRef.of(media)
        if ref is not None:
            details_button(tr, ref, 10**10)

    renders()
