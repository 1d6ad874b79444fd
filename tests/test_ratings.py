"""Ratings the person has at Trakt show on cards from the start; they can be changed or
removed, and the change undone."""

from __future__ import annotations

from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import demo_user, labels, link_account

INCEPTION = 16662


async def _card(chat: ChatDriver, query: str) -> None:
    await chat.say(f"/search {query}")
    await chat.press("1")


async def test_a_rating_made_elsewhere_shows_at_once(ann: ChatDriver) -> None:
    await _card(ann, "inception")  # rated 9 at Trakt by the demo user
    assert "✅ Rated 9/10" in labels(ann)


async def test_remove_a_rating_and_undo(bot: Harness, ann: ChatDriver) -> None:
    await _card(ann, "inception")
    await ann.press("✅ Rated 9/10")
    assert "✖ Remove rating" in labels(ann)
    await ann.press("✖ Remove rating")
    assert ann.last_alert == "Rating removed"
    assert ("movie", INCEPTION) not in demo_user(bot).ratings
    assert "⭐ Rate" in labels(ann)
    await ann.press("↩ Undo")
    assert demo_user(bot).ratings[("movie", INCEPTION)].rating == 9
    assert "✅ Rated 9/10" in labels(ann)


async def test_changing_a_trakt_rating_undoes_to_it(bot: Harness, ann: ChatDriver) -> None:
    await _card(ann, "inception")
    await ann.press("✅ Rated 9/10")
    await ann.press("6")
    assert demo_user(bot).ratings[("movie", INCEPTION)].rating == 6
    await ann.press("↩ Undo")
    assert demo_user(bot).ratings[("movie", INCEPTION)].rating == 9


async def test_an_unrated_title_offers_no_removal(ann: ChatDriver) -> None:
    await _card(ann, "interstellar")
    await ann.press("⭐ Rate")
    assert "✖ Remove rating" not in labels(ann)


async def test_ratings_in_persian(bot: Harness) -> None:
    reader = bot.chat(1006, "Dara", language_code="fa")
    await link_account(bot, reader.user.id)
    await reader.say("/search inception")
    await reader.press("۱")  # numbered in Persian digits
    rated = next(label for label in labels(reader) if label.startswith("✅ امتیاز"))
    await reader.press(rated)
    assert "✖ حذف امتیاز" in labels(reader)


async def test_the_rating_row_ticks_the_current_rating(ann: ChatDriver) -> None:
    await _card(ann, "inception")
    await ann.press("✅ Rated 9/10")
    shown = labels(ann)
    assert "✅ 9" in shown and "9" not in shown and "8" in shown
