"""Requests a reply needs that do not need each other are in flight together (issue 13).

Each listed request is held by the demo Trakt until all of them have arrived; one sent
only after another was answered would wait in vain, and the test says which.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable
from dataclasses import replace

import pytest

from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness

WAIT = 1.0  # seconds a held request waits for the others before it gives up


async def in_flight_together(bot: Harness, step: Awaitable[object], *paths: str) -> set[str]:
    """Run `step`; the patterns of `paths` whose request was answered before every one of
    them had arrived (none: all were in flight at once)."""
    assert bot.demo is not None
    arrived: set[str] = set()
    everyone = asyncio.Event()
    early: set[str] = set()

    async def hold(method: str, path: str) -> None:
        pattern = next((p for p in paths if re.fullmatch(p, path)), None)
        if pattern is None:
            return
        arrived.add(pattern)
        if arrived == set(paths):
            everyone.set()
        try:
            await asyncio.wait_for(everyone.wait(), WAIT)
        except TimeoutError:
            early.add(pattern)

    bot.demo.hold = hold
    try:
        await step
    finally:
        bot.demo.hold = None
    assert arrived == set(paths), f"never asked: {set(paths) - arrived}"
    return early


def _as_before_v4(bot: Harness, chat_id: int) -> None:
    """An account linked before the bot kept time zones (Trakt is asked on first use)."""
    store = bot.services.store
    store.save_account(replace(store.get_account(chat_id), timezone=None))


async def test_a_movie_card_asks_everything_with_its_summary(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/search inception")
    paths = (
        r"/movies/\d+",
        r"/movies/\d+/related",
        "/sync/watchlist/all/rank",
        "/users/me/watched/movies",
        "/sync/ratings",
    )
    assert not await in_flight_together(bot, ann.press("1"), *paths)
    assert ann.text().startswith("🎬 Inception")


async def test_a_show_card_asks_its_progress_with_its_summary(
    bot: Harness, ann: ChatDriver
) -> None:
    await ann.say("/search the bear")
    paths = (r"/shows/\d+", r"/shows/\d+/related", r"/shows/\d+/progress/watched")
    assert not await in_flight_together(bot, ann.press("1"), *paths)
    assert ann.text().startswith("📺 The Bear") and "Next: S04E04" in ann.text()


async def test_recommendations_come_with_the_marks(bot: Harness, ann: ChatDriver) -> None:
    paths = ("/recommendations/shows", "/sync/watchlist/all/rank", "/users/me/watched/shows")
    assert not await in_flight_together(bot, ann.say("/recommend"), *paths)
    assert ann.text().startswith("💡 Shows for you")


@pytest.mark.parametrize(
    ("command", "path"), [("/history", "/sync/history"), ("/next", "/sync/progress/up_next")]
)
async def test_an_older_links_zone_comes_with_the_list(
    bot: Harness, ann: ChatDriver, command: str, path: str
) -> None:
    _as_before_v4(bot, ann.user.id)
    assert not await in_flight_together(bot, ann.say(command), "/users/settings", path)
    assert bot.services.accounts.get(ann.user.id).timezone == "Europe/London"
