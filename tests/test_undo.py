"""↩ Undo after a change: exactly that change taken back, once, for five minutes, across a
restart; the button goes at the next redraw."""

from __future__ import annotations

import pytest

from bot.demo.trakt_state import UserState
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import labels, link_account

INTERSTELLAR, BREAKING_BAD = 102156, 1388


@pytest.fixture
async def linked(bot: Harness, chat: ChatDriver) -> ChatDriver:
    await link_account(bot, chat.user.id)
    return chat


def _demo(bot: Harness) -> UserState:
    assert bot.demo is not None
    return bot.demo.users["demo"]


def _writes(bot: Harness) -> int:
    assert bot.demo is not None
    return sum(1 for r in bot.demo.requests if r.method in ("POST", "DELETE"))


async def _card(chat: ChatDriver, query: str) -> None:
    await chat.say(f"/search {query}")
    await chat.press("1")


async def test_undo_a_watchlist_add_once(bot: Harness, linked: ChatDriver) -> None:
    await _card(linked, "breaking")
    await linked.press("➕ Watchlist")
    assert _demo(bot).on_watchlist("show", BREAKING_BAD)
    undo = next(b.data for row in linked.buttons() for b in row if b.label == "↩ Undo")
    assert undo is not None
    message = linked.last_reply.message_id
    await linked.press_data(undo, message)
    assert linked.last_alert == "Undone"
    assert not _demo(bot).on_watchlist("show", BREAKING_BAD)
    assert "➕ Watchlist" in labels(linked) and "↩ Undo" not in labels(linked)
    writes = _writes(bot)
    await linked.press_data(undo, message)  # a double tap, or an old copy
    assert linked.last_alert == "Already undone"
    assert _writes(bot) == writes


async def test_undo_a_rating_restores_the_one_before(bot: Harness, linked: ChatDriver) -> None:
    await _card(linked, "interstellar")
    await linked.press("⭐ Rate")
    await linked.press("8")
    await linked.press("✅ Rated 8/10")
    await linked.press("9")
    await linked.press("↩ Undo")
    assert _demo(bot).ratings[("movie", INTERSTELLAR)].rating == 8
    assert "✅ Rated 8/10" in labels(linked)
    await linked.say("/search interstellar")
    await linked.press("1")
    await linked.press("✅ Rated 8/10")
    await linked.press("5")
    await linked.press("↩ Undo")
    assert _demo(bot).ratings[("movie", INTERSTELLAR)].rating == 8


async def test_undo_a_first_rating_removes_it(bot: Harness, linked: ChatDriver) -> None:
    await _card(linked, "interstellar")
    await linked.press("⭐ Rate")
    await linked.press("7")
    await linked.press("↩ Undo")
    assert ("movie", INTERSTELLAR) not in _demo(bot).ratings
    assert "⭐ Rate" in labels(linked)


async def test_undo_a_play_removes_exactly_that_play(bot: Harness, linked: ChatDriver) -> None:
    await _card(linked, "interstellar")
    before = [h.id for h in _demo(bot).history]
    await linked.press("👁 Mark watched")
    assert len(_demo(bot).history) == len(before) + 1
    await linked.press("↩ Undo")
    assert linked.last_alert == "Undone"
    assert [h.id for h in _demo(bot).history] == before
    assert "👁 Mark watched" in labels(linked)


async def test_undo_survives_a_restart(bot: Harness, linked: ChatDriver) -> None:
    await _card(linked, "breaking")
    await linked.press("➕ Watchlist")
    await bot.restart()
    await linked.press("↩ Undo")
    assert linked.last_alert == "Undone"
    assert not _demo(bot).on_watchlist("show", BREAKING_BAD)
    assert "↩ Undo" not in labels(linked)


async def test_undo_after_five_minutes_is_too_late(bot: Harness, linked: ChatDriver) -> None:
    await _card(linked, "breaking")
    await linked.press("➕ Watchlist")
    bot.services.store._db.execute("UPDATE undo SET expires_at = 0")  # five minutes on
    writes = _writes(bot)
    await linked.press("↩ Undo")
    assert linked.last_alert == "Too late to undo: it was more than 5 minutes ago."
    assert _writes(bot) == writes and _demo(bot).on_watchlist("show", BREAKING_BAD)


async def test_someone_else_cannot_undo(bot: Harness, linked: ChatDriver) -> None:
    await _card(linked, "breaking")
    await linked.press("➕ Watchlist")
    undo = next(b.data for row in linked.buttons() for b in row if b.label == "↩ Undo")
    assert undo is not None
    other = linked.as_user(2002, "Eve")
    await other.press_data(undo, linked.last_reply.message_id)
    assert (other.last_alert or "").startswith("This button belongs to whoever asked.")
    assert _demo(bot).on_watchlist("show", BREAKING_BAD)


async def test_a_failed_undo_can_be_tried_again(bot: Harness, linked: ChatDriver) -> None:
    assert bot.demo is not None
    await _card(linked, "breaking")
    await linked.press("➕ Watchlist")
    bot.demo.fail("POST", "/sync/watchlist/remove", 503)
    await linked.press("↩ Undo")
    assert _demo(bot).on_watchlist("show", BREAKING_BAD)
    assert "↩ Undo" in labels(linked)
    await linked.press("↩ Undo")
    assert linked.last_alert == "Undone"
    assert not _demo(bot).on_watchlist("show", BREAKING_BAD)
