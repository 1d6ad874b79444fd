"""When Trakt asks to wait (429 with a Retry-After beyond the retry budget): a read says so
at once, with the wait; a write says when it will be saved, and is, once, in the
background, with its ✅ and ↩ Undo as after any press (a restart and the order of
presses: tests/test_answers_later.py). The waits are injected."""

from __future__ import annotations

from bot.demo import DemoTrakt
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import Waits, demo_user, labels, wait_for
from tests.later_kit import waits as waits

INTERSTELLAR, BREAKING_BAD = 102156, 1388
WAIT = {"Retry-After": "45"}


def _plays(bot: Harness, trakt_id: int) -> int:
    return sum(1 for h in demo_user(bot).history if h.kind == "movie" and h.trakt == trakt_id)


def _posts(demo: DemoTrakt, path: str) -> int:
    return sum(1 for r in demo.requests if r.method == "POST" and r.path == path)


async def _card(chat: ChatDriver, query: str) -> None:
    await chat.say(f"/search {query}")
    await chat.press("1")


# -- reads ---------------------------------------------------------------------------------


async def test_a_read_says_the_wait_at_once(
    chat: ChatDriver, demo: DemoTrakt, waits: Waits
) -> None:
    demo.fail("GET", "/shows/trending", 429, headers=WAIT, times=5)
    await chat.say("/trending")
    assert chat.text() == "Trakt asks us to slow down. Please try again in 46 s."
    assert waits.asked == []  # not one second slept: beyond the budget, nothing is retried
    assert sum(1 for r in demo.requests if r.path == "/shows/trending") == 1


async def test_a_read_in_russian(ru_chat: ChatDriver, demo: DemoTrakt, waits: Waits) -> None:
    demo.fail("GET", "/shows/trending", 429, headers=WAIT)
    await ru_chat.say("/trending")
    assert ru_chat.text() == "Trakt просит не торопиться. Попробуйте через 46 с."


async def test_a_read_button_says_the_wait_in_an_alert(
    chat: ChatDriver, demo: DemoTrakt, waits: Waits
) -> None:
    await chat.say("/trending")
    before = len(chat.replies)
    demo.fail("GET", "/shows/trending", 429, headers=WAIT)
    await chat.press("▶")
    assert chat.last_answer is not None and chat.last_answer.show_alert
    assert chat.last_alert == "Trakt asks us to slow down. Please try again in 46 s."
    assert len(chat.replies) == before and waits.asked == []


async def test_a_short_wait_within_the_budget_is_waited_out(
    chat: ChatDriver, demo: DemoTrakt, waits: Waits
) -> None:
    waits.hold = False
    demo.fail("GET", "/shows/trending", 429, headers={"Retry-After": "2"})
    await chat.say("/trending")
    assert waits.asked == [2.0]
    assert "Trending shows" in chat.text()


# -- writes --------------------------------------------------------------------------------


async def test_a_write_is_saved_after_the_wait(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt, waits: Waits
) -> None:
    await _card(ann, "breaking")
    card = ann.last_reply
    demo.fail("POST", "/sync/watchlist", 429, headers={"Retry-After": "45"})
    await ann.press("➕ Watchlist")
    assert ann.last_alert == "⏳ Trakt asks me to wait, so I’ll save this in 45 s."
    assert ann.last_answer is not None and not ann.last_answer.show_alert
    assert not demo_user(bot).on_watchlist("show", BREAKING_BAD)
    await wait_for(lambda: waits.asked == [45.0], what="the queued write to wait")
    waits.release()  # 45 s later
    await wait_for(
        lambda: demo_user(bot).on_watchlist("show", BREAKING_BAD), what="the write after the wait"
    )
    await wait_for(lambda: "↩ Undo" in labels(ann), what="the card redrawn")
    assert ann.last_reply.message_id == card.message_id  # the card, not a new message
    assert "✅ On watchlist" in labels(ann)
    assert _posts(demo, "/sync/watchlist") == 2  # the refused one, then the one that counted
    await ann.press("↩ Undo")
    assert not demo_user(bot).on_watchlist("show", BREAKING_BAD)


async def test_a_second_press_while_queued_adds_no_second_play(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt, waits: Waits
) -> None:
    await _card(ann, "interstellar")
    old = ann.last_reply
    await _card(ann, "interstellar")  # the same button on a second copy of the card
    before = _plays(bot, INTERSTELLAR)
    demo.fail("POST", "/sync/history", 429, headers={"Retry-After": "50"})
    await ann.press("👁 Mark watched")
    assert ann.last_alert == "⏳ Trakt asks me to wait, so I’ll save this in 50 s."
    await ann.press("👁 Mark watched")
    assert ann.last_alert is not None and ann.last_alert.startswith("⏳ Already queued")
    await ann.press("👁 Mark watched", message=old)
    assert ann.last_alert is not None and ann.last_alert.startswith("⏳ Already queued")
    await wait_for(lambda: waits.pending == 1, what="one queued write")
    waits.release()
    await wait_for(lambda: _plays(bot, INTERSTELLAR) == before + 1, what="the play")
    await wait_for(lambda: "✅ Watched" in labels(ann), what="the card redrawn")
    await ann.press("👁 Mark watched", message=old)  # an old copy, after: still one play
    assert _plays(bot, INTERSTELLAR) == before + 1
    assert _posts(demo, "/sync/history") == 2


async def test_asked_to_wait_again_it_waits_again(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt, waits: Waits
) -> None:
    await _card(ann, "interstellar")
    before = _plays(bot, INTERSTELLAR)
    demo.fail("POST", "/sync/history", 429, headers={"Retry-After": "40"}, times=2)
    await ann.press("👁 Mark watched")
    await wait_for(lambda: waits.asked == [40.0], what="the first wait")
    waits.release()
    await wait_for(lambda: waits.asked == [40.0, 40.0], what="the second wait")
    waits.release()
    await wait_for(lambda: _plays(bot, INTERSTELLAR) == before + 1, what="the play")


async def test_a_write_that_fails_after_the_wait_says_so(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt, waits: Waits
) -> None:
    await _card(ann, "breaking")
    demo.fail("POST", "/sync/watchlist", 429, headers={"Retry-After": "45"})
    await ann.press("➕ Watchlist")
    await wait_for(lambda: waits.pending == 1, what="the queued write")
    demo.fail("POST", "/sync/watchlist", 500)
    waits.release()
    message = await ann.wait_for("I couldn’t save your change at Trakt")
    assert "Trakt is not answering" in ann.text(message)
    assert not demo_user(bot).on_watchlist("show", BREAKING_BAD)
    await wait_for(lambda: not bot.services.store.queued_presses(), what="the row gone")


async def test_a_read_inside_a_write_button_is_still_a_write(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt, waits: Waits
) -> None:
    """Trakt may ask to wait on the look-up before the write (a rating reads the one it
    replaces): nothing was written, the press still means to write, so it is queued."""
    await _card(ann, "interstellar")
    await ann.press("⭐ Rate")
    demo.fail("GET", "/sync/ratings/movies", 429, headers={"Retry-After": "55"})
    await ann.press("7")
    assert ann.last_alert == "⏳ Trakt asks me to wait, so I’ll save this in 55 s."
    assert _posts(demo, "/sync/ratings") == 0
    await wait_for(lambda: waits.pending == 1, what="the queued write")
    waits.release()
    await wait_for(
        lambda: ("movie", INTERSTELLAR) in demo_user(bot).ratings, what="the rating after the wait"
    )
    assert demo_user(bot).ratings[("movie", INTERSTELLAR)].rating == 7
    assert _posts(demo, "/sync/ratings") == 1
