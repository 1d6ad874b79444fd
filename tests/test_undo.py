"""↩ Undo after a change: exactly that change taken back, once, for five minutes, across a
restart; the button goes at the next redraw."""

from __future__ import annotations

from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import demo_user, labels, trakt_writes

INTERSTELLAR, BREAKING_BAD = 102156, 1388


async def _card(chat: ChatDriver, query: str) -> None:
    await chat.say(f"/search {query}")
    await chat.press("1")


async def test_undo_a_watchlist_add_once(bot: Harness, ann: ChatDriver) -> None:
    await _card(ann, "breaking")
    await ann.press("➕ Watchlist")
    assert demo_user(bot).on_watchlist("show", BREAKING_BAD)
    undo = next(b.data for row in ann.buttons() for b in row if b.label == "↩ Undo")
    assert undo is not None
    message = ann.last_reply.message_id
    await ann.press_data(undo, message)
    assert ann.last_alert == "Undone"
    assert not demo_user(bot).on_watchlist("show", BREAKING_BAD)
    assert "➕ Watchlist" in labels(ann) and "↩ Undo" not in labels(ann)
    writes = trakt_writes(bot)
    await ann.press_data(undo, message)  # a double tap, or an old copy
    assert ann.last_alert == "Already undone"
    assert trakt_writes(bot) == writes


async def test_undo_a_rating_restores_the_one_before(bot: Harness, ann: ChatDriver) -> None:
    await _card(ann, "interstellar")
    await ann.press("⭐ Rate")
    await ann.press("8")
    await ann.press("✅ Rated 8/10")
    await ann.press("9")
    await ann.press("↩ Undo")
    assert demo_user(bot).ratings[("movie", INTERSTELLAR)].rating == 8
    assert "✅ Rated 8/10" in labels(ann)
    await ann.say("/search interstellar")
    await ann.press("1")
    await ann.press("✅ Rated 8/10")
    await ann.press("5")
    await ann.press("↩ Undo")
    assert demo_user(bot).ratings[("movie", INTERSTELLAR)].rating == 8


async def test_undo_a_first_rating_removes_it(bot: Harness, ann: ChatDriver) -> None:
    await _card(ann, "interstellar")
    await ann.press("⭐ Rate")
    await ann.press("7")
    await ann.press("↩ Undo")
    assert ("movie", INTERSTELLAR) not in demo_user(bot).ratings
    assert "⭐ Rate" in labels(ann)


async def test_undo_a_play_removes_exactly_that_play(bot: Harness, ann: ChatDriver) -> None:
    await _card(ann, "interstellar")
    before = [h.id for h in demo_user(bot).history]
    await ann.press("👁 Mark watched")
    assert len(demo_user(bot).history) == len(before) + 1
    await ann.press("↩ Undo")
    assert ann.last_alert == "Undone"
    assert [h.id for h in demo_user(bot).history] == before
    assert "👁 Mark watched" in labels(ann)


async def test_undo_survives_a_restart(bot: Harness, ann: ChatDriver) -> None:
    await _card(ann, "breaking")
    await ann.press("➕ Watchlist")
    await bot.restart()
    await ann.press("↩ Undo")
    assert ann.last_alert == "Undone"
    assert not demo_user(bot).on_watchlist("show", BREAKING_BAD)
    assert "↩ Undo" not in labels(ann)


async def test_undo_after_five_minutes_is_too_late(bot: Harness, ann: ChatDriver) -> None:
    await _card(ann, "breaking")
    await ann.press("➕ Watchlist")
    bot.services.store._db.execute("UPDATE undo SET expires_at = 0")  # five minutes on
    writes = trakt_writes(bot)
    await ann.press("↩ Undo")
    assert ann.last_alert == "Too late to undo: it was more than 5 minutes ago."
    assert trakt_writes(bot) == writes and demo_user(bot).on_watchlist("show", BREAKING_BAD)


async def test_someone_else_cannot_undo(bot: Harness, ann: ChatDriver) -> None:
    await _card(ann, "breaking")
    await ann.press("➕ Watchlist")
    undo = next(b.data for row in ann.buttons() for b in row if b.label == "↩ Undo")
    assert undo is not None
    other = ann.as_user(2002, "Eve")
    await other.press_data(undo, ann.last_reply.message_id)
    assert (other.last_alert or "").startswith("This button belongs to whoever asked.")
    assert demo_user(bot).on_watchlist("show", BREAKING_BAD)


async def test_a_failed_undo_can_be_tried_again(bot: Harness, ann: ChatDriver) -> None:
    assert bot.demo is not None
    await _card(ann, "breaking")
    await ann.press("➕ Watchlist")
    bot.demo.fail("POST", "/sync/watchlist/remove", 503)
    await ann.press("↩ Undo")
    assert demo_user(bot).on_watchlist("show", BREAKING_BAD)
    assert "↩ Undo" in labels(ann)
    await ann.press("↩ Undo")
    assert ann.last_alert == "Undone"
    assert not demo_user(bot).on_watchlist("show", BREAKING_BAD)
