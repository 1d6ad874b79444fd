"""Issue 13 item 11: Trakt items with a null title, no ids, a null or absurd Trakt id are
shown as "untitled" or skipped; they never break a keyboard (the fake Bot API refuses what
Telegram refuses, so a broken keyboard fails the send)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from bot.demo import DemoTrakt
from bot.demo.trakt_http import DemoResponse
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import link_account
from tests.test_party import people, start

BUSY = "Telegram is busy"
BROKEN: list[Callable[[dict[str, Any]], None]] = [
    lambda m: m.update(title=None),
    lambda m: m.update(title=""),
    lambda m: m.pop("ids"),
    lambda m: m.update(ids=None),
    lambda m: m["ids"].update(trakt=None),
    lambda m: m["ids"].update(trakt=10**30),
    lambda m: m["ids"].update(trakt=-7),
    lambda m: m["ids"].update(trakt="not a number"),
    lambda m: m["ids"].update(trakt=1.5e300),
    lambda m: m["ids"].update(slug="x" * 500),
    lambda m: m.update(year="year"),
    lambda m: m.update(title=["a", "list"]),
    lambda m: m.update(title={"en": "an object"}),
    lambda m: m.update(title="\u200f"),
    lambda m: m.update(title="\n\t"),
    lambda m: m.update(ids=["a", "list"]),
    lambda m: m["ids"].update(trakt=True),
    lambda m: m["ids"].update(trakt=0),
    lambda m: m.clear(),
]


def corrupt(demo: DemoTrakt, monkeypatch: pytest.MonkeyPatch, prefix: str, offset: int = 0) -> None:
    """Break the first items of every answer under `prefix`, one way each, starting with
    `BROKEN[offset]` (a page shows about eight)."""
    original = demo.handle

    def handle(method: str, path: str, *rest: Any, **options: Any) -> DemoResponse:
        response = original(method, path, *rest, **options)
        if not path.startswith(prefix) or response.status != 200:
            return response
        body = response.json()
        if isinstance(body, list):
            for item, breaking in zip(body, BROKEN[offset:], strict=False):
                media = _media(item)
                if media is not None:
                    breaking(media)
            last = len(BROKEN) - offset
            if 0 <= last < len(body):  # and a wrapper without its title at all
                body[last] = {key: None for key in body[last]}
        return DemoResponse(response.status, response.headers, json.dumps(body).encode())

    monkeypatch.setattr(demo, "handle", handle)


def _media(item: Any) -> dict[str, Any] | None:
    if not isinstance(item, dict):
        return None
    for key in ("movie", "show"):
        if isinstance(item.get(key), dict):
            return item[key]  # type: ignore[no-any-return]
    return item if "ids" in item and "title" in item else None


def _fine(chat: ChatDriver, tg: FakeTelegram) -> None:
    assert BUSY not in chat.text(), chat.text()
    assert "Something went wrong" not in chat.text(), chat.text()
    refused = [call for call in tg.calls if call.status != 200]
    assert not refused, refused


@pytest.mark.parametrize("offset", [0, 8, 16])
@pytest.mark.parametrize(
    ("command", "prefix"),
    [
        ("/trending", "/shows/trending"),
        ("/trending movies", "/movies/trending"),
        ("/popular", "/shows/popular"),
        ("/search the", "/search/"),
        ("/watchlist", "/sync/watchlist"),
        ("/recommend", "/recommendations/"),
    ],
)
async def test_malformed_items_render_and_keep_keyboards(
    bot: Harness,
    tg: FakeTelegram,
    chat: ChatDriver,
    demo: DemoTrakt,
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    prefix: str,
    offset: int,
) -> None:
    await link_account(bot, chat.user.id, "demo")
    corrupt(demo, monkeypatch, prefix, offset)
    await chat.say(command)
    _fine(chat, tg)
    listing = chat.last_reply
    cards = [b for row in chat.buttons() for b in row if (b.data or "").startswith("1|deto|")]
    assert cards, chat.text()
    for card in cards:  # every title still opens its card
        await chat.press_data(card.data or "", listing.message_id)
        _fine(chat, tg)


@pytest.mark.parametrize("offset", [0, 8, 16])
async def test_malformed_items_inline(
    tg: FakeTelegram,
    chat: ChatDriver,
    demo: DemoTrakt,
    monkeypatch: pytest.MonkeyPatch,
    offset: int,
) -> None:
    corrupt(demo, monkeypatch, "/search/", offset)
    results = await chat.inline("the")
    assert results
    assert not [call for call in tg.calls if call.status != 200]


@pytest.mark.parametrize("offset", [0, 8, 16])
async def test_malformed_items_in_a_party(
    bot: Harness,
    tg: FakeTelegram,
    demo: DemoTrakt,
    monkeypatch: pytest.MonkeyPatch,
    offset: int,
) -> None:
    for prefix in ("/sync/watchlist", "/recommendations/", "/users/me/watched", "/shows/trending"):
        corrupt(demo, monkeypatch, prefix, offset)
    p = await people(bot, tg, "alice", "bob")
    await start(p, "bob")
    await p["alice"].press("Pick now")
    await p["alice"].wait_for(lambda m: m.poll is not None or "Tonight" in p["alice"].text(m))
    assert not [call for call in tg.calls if call.status != 200]
    assert BUSY not in p["alice"].text()
