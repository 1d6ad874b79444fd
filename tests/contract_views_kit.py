"""What the contract-drawn view tests share: Trakt's answers drawn from its official
contract, spiced, and a world to render a view in and check it as Telegram would.

An example draws Trakt's answers from the contract's response schemas (tests/trakt-contract,
nullable as null, optional fields absent, empty lists), then spices them: any string may
become very long, right-to-left, HTML-special, blank or a date at the ends of the calendar,
any number an id out of range or a count past what Babel formats. The bot's own services
(Trakt client and parsers, accounts, marks, translations) run over an in-process
transport that answers with those bodies (anything else from the demo Trakt), and a
feature's view is rendered in English and in Persian as a button press would
(`views.render`). `check` then asks for HTML Telegram parses, text and caption within its
limits and not blank, and every button labelled, with callback data of at most 64 bytes
that the codec reads back.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import httpx
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from telegram.constants import InlineKeyboardButtonLimit, MessageLimit

from bot.config import Mode, load_settings
from bot.crypto import TokenCipher
from bot.demo import DemoTrakt
from bot.demo.server import mock_transport
from bot.features import calendar, details, lists, up_next, watchlist
from bot.features.episodes import card, pages
from bot.i18n import shared_i18n
from bot.kit import views
from bot.kit.callback import decode
from bot.kit.codes import Action
from bot.kit.context import BotData, ChatData, Context, UserData
from bot.services import create_services
from bot.testkit.fakebot.text import html_to_text, parse_html, utf16_len
from bot.testkit.harness import IN_PROCESS_TRAKT_URL, demo_settings
from bot.trakt.models_account import TokenSet
from bot.trakt.ref import MAX_ID
from tests.test_contract_bodies import plain
from tests.test_demo_contract import SCHEMAS

OWNER = 10**10  # a long Telegram id: the longest owner callback data carries
LANGUAGES = ("en", "fa")
NOW = 1772672400.0  # 2026-03-05 01:00 UTC, the bot's clock: one run renders like the next
DEMO = DemoTrakt()
SETTINGS = dataclasses.replace(
    demo_settings(
        load_settings(Mode.DEMO, {}, env_file=None),
        trakt_url=IN_PROCESS_TRAKT_URL,
        telegram_url="http://127.0.0.1:2",
        data_dir=Path("."),
    ),
    database=":memory:",
)
CIPHER = TokenCipher(SETTINGS.encryption_keys)
EPISODE = "GET /shows/{id}/seasons/{season}/episodes/{episode} 200"  # an episode's summary
VIEWS = {
    Action.CALENDAR: calendar.render,
    Action.DETAILS: details.render,
    Action.EPISODE: card.render,
    Action.SEASONS: pages.render,
    Action.NEXT: up_next.render,
    Action.WATCHLIST: watchlist.render,
    Action.LIST_ITEMS: lists.render_items,
}
# Few examples, the same ones every run; no shrinking: bodies this big take minutes to shrink,
# and a failure prints the example as drawn.
PROPERTY = settings(
    max_examples=6,
    phases=(Phase.explicit, Phase.generate),
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)

# What a string of Trakt's may become: HTML-special, right-to-left (with bidi controls),
# longer than a message (in UTF-16 units too), one long word, blank, or a date (some at
# the ends of what `datetime` holds).
TEXTS = (
    "<b>Tom & Jerry</b> &amp; <i>\"quoted\" 'x'</i></a> <tg-spoiler>",
    "سریال «بازی تاج و تخت» ۲۰۱۱",
    "\u202eשלום עולם\u202c \u2067x\u2069\u200f",
    "🎬" * 2100,
    "a long word " * 600,
    "ی" * 5000,
    " \n\t ",
    "",
    "2026-03-04T20:00:00.000Z",
    "2011-04-17",
    "0001-01-01T00:00:00Z",
    "0001-01-01T00:00:00+05:00",
    "9999-12-31T23:59:59.999Z",
)
# What a number may become: no id, a negative one, the largest callback data carries
# (`MAX_ID`), one past it, one past what a float holds exactly, and one past what Babel
# formats.
NUMBERS = (0, -1, MAX_ID, MAX_ID + 1, 2**53 + 1, 10**30)
KEEP = frozenset({"type", "language"})  # what parsers dispatch on, or the test sets
ZONES = ("Asia/Tehran", "Pacific/Kiritimati", "Etc/GMT+12", "America/New_York", "Mars/Base")


def _spice(draw: st.DrawFn, node: Any, key: str = "") -> Any:
    if isinstance(node, str):
        return draw(st.one_of(st.just(node), st.sampled_from(TEXTS)))
    if isinstance(node, int) and not isinstance(node, bool):
        if draw(st.integers(0, 3)) == 0:  # one in four: most ids work, most counts count
            return draw(st.sampled_from(NUMBERS))
        # Trakt's ids are positive; the contract's any integer is one only half the time
        return draw(st.integers(1, 10**6)) if key == "trakt" else node
    if isinstance(node, list):
        return [_spice(draw, value) for value in node]
    if isinstance(node, dict):
        return {k: v if k in KEEP else _spice(draw, v, k) for k, v in node.items()}
    return node


@st.composite
def spiced(draw: st.DrawFn, bodies: st.SearchStrategy[Any]) -> Any:
    """A body `bodies` draws, with any of its strings and numbers spiced (see TEXTS)."""
    return _spice(draw, draw(bodies))


def contract(node: Any, top: bool = True) -> st.SearchStrategy[Any]:
    """What `from_schema` draws for the schema `node` (run through `plain`), with objects,
    lists and unions composed here from strategies built once (hypothesis-jsonschema's own
    object strategy works out each property's schema again on every draw: a second per
    /next body) and no keys the contract doesn't name (the parsers ignore them). An
    answer's own list holds up to 8 items (two pages of /next), a list inside an item 2."""
    if not isinstance(node, dict):
        return from_schema(node)
    if "anyOf" in node:
        return st.one_of([contract(alt, top) for alt in node["anyOf"]])
    types = node.get("type")
    kinds = set(types) if isinstance(types, list) else {types}
    if "properties" in node:
        required = set(node.get("required", ()))
        fields = {k: contract(v, top=False) for k, v in node["properties"].items()}
        found: st.SearchStrategy[Any] = st.fixed_dictionaries(
            {k: v for k, v in fields.items() if k in required},
            optional={k: v for k, v in fields.items() if k not in required},
        )
    elif "array" in kinds:
        found = st.lists(contract(node.get("items", {}), top=False), max_size=8 if top else 2)
    else:
        return from_schema(node)
    return st.none() | found if "null" in kinds else found


@cache
def answer(key: str) -> st.SearchStrategy[Any]:
    """A whole answer of the contract's `key` ("METHOD /path status"), spiced."""
    return spiced(contract(plain(SCHEMAS[key])))


@cache
def element(key: str) -> st.SearchStrategy[Any]:
    """One item of a list answer of `key`, spiced."""
    return spiced(contract(plain(SCHEMAS[key])["items"], top=False))


def translations(kind: str) -> st.SearchStrategy[Any]:
    """A title's translations, in Persian (the only language ever asked for here)."""
    rows = answer(f"GET /{kind}/{{id}}/translations/{{language}} 200")
    return rows.map(lambda found: [{**row, "language": "fa"} for row in found])


def user_settings() -> st.SearchStrategy[Any]:
    """The account's settings, its time zone far east, far west, or unknown."""
    return st.tuples(answer("GET /users/settings 200"), st.sampled_from(ZONES)).map(
        lambda drawn: {**drawn[0], "account": {**drawn[0].get("account", {}), "timezone": drawn[1]}}
    )


def pagination() -> st.SearchStrategy[dict[str, str]]:
    """X-Pagination-* headers: absent, plausible, zero, or far off."""
    number = st.sampled_from(["0", "1", "2", "5", "1337", "999999", "junk"])
    names = ("page", "limit", "page-count", "item-count")
    return st.dictionaries(st.sampled_from([f"x-pagination-{n}" for n in names]), number)


Routes = dict[str, tuple[Any, Mapping[str, str]]]  # path pattern -> (body, headers)


def _router(routes: Routes) -> httpx.MockTransport:
    """Trakt as the drawn bodies say for the routes' paths; the demo for anything else."""
    demo = mock_transport(DEMO)

    async def handle(request: httpx.Request) -> httpx.Response:
        for path, (body, headers) in routes.items():
            if re.fullmatch(path, request.url.path):
                if body is None:
                    return httpx.Response(204)
                return httpx.Response(200, json=body, headers=dict(headers))
        return await demo.handle_async_request(request)

    return httpx.MockTransport(handle)


async def _render(routes: Routes, data: str) -> None:
    """Render the view `data` names for OWNER, linked, in each language, and check it."""
    services = create_services(SETTINGS, transport=_router(routes), cipher=CIPHER)
    services.accounts.clock = lambda: NOW
    try:
        await services.accounts.link(OWNER, TokenSet.from_json(DEMO.issue_token("demo")))
        context = cast(
            Context,
            SimpleNamespace(
                services=services,
                bot_data=BotData(services=services, views=dict(VIEWS)),
                person_data=UserData(),
                user_data=UserData(),
                chat_data=ChatData(),
            ),
        )
        for language in LANGUAGES:
            check(await views.render(context, shared_i18n().translator(language), data))
    finally:
        await services.aclose()


def check(view: views.View) -> None:
    """HTML Telegram parses within its limits; buttons labelled, with data we can read."""
    texts = [(view.text, MessageLimit.MAX_TEXT_LENGTH)]
    if view.poster:
        texts.append((view.photo_caption, MessageLimit.CAPTION_LENGTH))
    for text, limit in texts:
        parse_html(str(text))
        assert html_to_text(str(text)).strip(), "Telegram refuses an empty message"
        assert utf16_len(str(text)) <= limit, f"{utf16_len(str(text))} > {limit}"
    rows = view.keyboard.inline_keyboard if view.keyboard else ()
    for button in (button for row in rows for button in row):
        assert button.text.strip(), "a button without a label"
        data = button.callback_data
        assert isinstance(data, str)
        assert len(data.encode()) <= InlineKeyboardButtonLimit.MAX_CALLBACK_DATA, data
        assert decode(data).action in set(Action), data


def run(routes: Routes, data: str) -> None:
    """Render the view `data` names from the answers `routes` give, and check it."""
    asyncio.run(_render(routes, data))


def body(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[tuple[Any, Mapping[str, str]]]:
    """A route's answer: a body without pagination headers."""
    return strategy.map(lambda drawn: (drawn, {}))
