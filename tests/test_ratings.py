"""Ratings the person has at Trakt show on cards from the start; they can be changed or
removed, and the change undone."""

from __future__ import annotations

import pytest

from bot.demo.trakt_state import UserState
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import labels, link_account

INCEPTION = 16662


@pytest.fixture
async def linked(bot: Harness, chat: ChatDriver) -> ChatDriver:
    await link_account(bot, chat.user.id)
    return chat


def _demo(bot: Harness) -> UserState:
    assert bot.demo is not None
    return bot.demo.users["demo"]


async def _card(chat: ChatDriver, query: str) -> None:
    await chat.say(f"/search {query}")
    await chat.press("1")


async def test_a_rating_made_elsewhere_shows_at_once(linked: ChatDriver) -> None:
    await _card(linked, "inception")  # rated 9 at Trakt by the demo user
    assert "✅ Rated 9/10" in labels(linked)


async def test_remove_a_rating_and_undo(bot: Harness, linked: ChatDriver) -> None:
    await _card(linked, "inception")
    await linked.press("✅ Rated 9/10")
    assert "✖ Remove rating" in labels(linked)
    await linked.press("✖ Remove rating")
    assert linked.last_alert == "Rating removed"
    assert ("movie", INCEPTION) not in _demo(bot).ratings
    assert "⭐ Rate" in labels(linked)
    await linked.press("↩ Undo")
    assert _demo(bot).ratings[("movie", INCEPTION)].rating == 9
    assert "✅ Rated 9/10" in labels(linked)


async def test_changing_a_trakt_rating_undoes_to_it(bot: Harness, linked: ChatDriver) -> None:
    await _card(linked, "inception")
    await linked.press("✅ Rated 9/10")
    await linked.press("6")
    assert _demo(bot).ratings[("movie", INCEPTION)].rating == 6
    await linked.press("↩ Undo")
    assert _demo(bot).ratings[("movie", INCEPTION)].rating == 9


async def test_an_unrated_title_offers_no_removal(linked: ChatDriver) -> None:
    await _card(linked, "interstellar")
    await linked.press("⭐ Rate")
    assert "✖ Remove rating" not in labels(linked)


async def test_ratings_in_persian(bot: Harness) -> None:
    reader = bot.chat(1006, "Dara", language_code="fa")
    await link_account(bot, reader.user.id)
    await reader.say("/search inception")
    await reader.press("۱")  # numbered in Persian digits
    rated = next(label for label in labels(reader) if label.startswith("✅ امتیاز"))
    await reader.press(rated)
    assert "✖ حذف امتیاز" in labels(reader)


async def test_the_rating_row_ticks_the_current_rating(linked: ChatDriver) -> None:
    await _card(linked, "inception")
    await linked.press("✅ Rated 9/10")
    shown = labels(linked)
    assert "✅ 9" in shown and "9" not in shown and "8" in shown
