"""The rating row and ↩ Undo when Trakt's ratings can't be read right now: the change
waits (a short message), it never loses the rating the person had."""

from __future__ import annotations

import pytest

from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import labels

INCEPTION = 16662  # rated 9 at Trakt by the demo user


def _rating(bot: Harness) -> int | None:
    assert bot.demo is not None
    found = bot.demo.users["demo"].ratings.get(("movie", INCEPTION))
    return found.rating if found else None


async def _rated_card_then_ratings_fail(bot: Harness, ann: ChatDriver) -> None:
    assert bot.demo is not None
    await ann.say("/search inception")
    await ann.press("1")
    assert "✅ Rated 9/10" in labels(ann)
    await bot.restart()  # the snapshot kept in memory is gone
    bot.demo.fail("GET", "/sync/ratings", 500, times=50)


async def test_undo_of_a_rerate_restores_the_old_rating(bot: Harness, ann: ChatDriver) -> None:
    await _rated_card_then_ratings_fail(bot, ann)
    await ann.press("✅ Rated 9/10")
    await ann.press("6")  # the rating before can't be known: no change, a short message
    assert _rating(bot) == 9
    assert ann.last_alert is not None and "Trakt" in ann.last_alert
    assert "↩ Undo" not in labels(ann)


async def test_remove_rating_is_not_told_there_is_none(
    bot: Harness, ann: ChatDriver, caplog: pytest.LogCaptureFixture
) -> None:
    await _rated_card_then_ratings_fail(bot, ann)
    await ann.press("✅ Rated 9/10")
    assert "✖ Remove rating" in labels(ann)
    await ann.press("✖ Remove rating")
    assert ann.last_alert != "It has no rating", "a Trakt failure was reported as 'no rating'"
