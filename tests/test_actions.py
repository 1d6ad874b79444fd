"""One-tap actions end to end: watchlist, watched, rating, hiding; limits and errors."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from telegram import InlineKeyboardMarkup

from bot import marks as marks_module
from bot.demo.trakt_state import ListedItem, UserState
from bot.i18n import shared_i18n
from bot.kit.buttons import mark_button
from bot.kit.callback import decode
from bot.marks import SETTLE
from bot.snapshots import SnapshotCache
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from bot.trakt.ref import MediaRef
from tests.helpers import Clock, link_account

EN = shared_i18n().translator("en")
BREAKING_BAD, INTERSTELLAR, DUNE_2 = 1388, 102156, 628457


@pytest.fixture
async def linked(bot: Harness, chat: ChatDriver) -> ChatDriver:
    """Ann, linked to the demo user."""
    await link_account(bot, chat.user.id)
    return chat


@pytest.fixture
def clock(bot: Harness) -> Clock:
    """The clock of the marks snapshot (fresh for 60 s, 2 GETs a minute per person)."""
    fake = Clock()
    bot.services.marks.snapshots = SnapshotCache(clock=fake)
    return fake


def _demo(bot: Harness) -> UserState:
    assert bot.demo is not None
    return bot.demo.users["demo"]


def _writes(bot: Harness) -> int:
    assert bot.demo is not None
    return sum(1 for r in bot.demo.requests if r.method in ("POST", "DELETE"))


def _labels(chat: ChatDriver) -> list[str]:
    return [b.label for row in chat.buttons() for b in row]


async def _card(chat: ChatDriver, query: str, number: int = 1) -> None:
    await chat.say(f"/search {query}")
    await chat.press(str(number))


async def test_add_to_watchlist_and_remove(bot: Harness, linked: ChatDriver) -> None:
    await _card(linked, "breaking")
    card = linked.last_reply
    assert not _demo(bot).on_watchlist("show", BREAKING_BAD)
    await linked.press("➕ Watchlist")
    assert linked.last_answer is not None and not linked.last_answer.show_alert
    assert linked.last_alert == "Added to your watchlist"
    assert _demo(bot).on_watchlist("show", BREAKING_BAD)
    assert linked.last_reply.message_id == card.message_id and linked.last_reply.edited
    assert _labels(linked)[:2] == ["✅ On watchlist", "➖ Remove from watchlist"]
    assert "Breaking Bad (2008)" in linked.text()

    await linked.press("✅ On watchlist")  # nothing sent to Trakt again
    assert linked.last_alert == "Already on your watchlist"

    await linked.press("➖ Remove from watchlist")
    assert linked.last_alert == "Removed from your watchlist"
    assert not _demo(bot).on_watchlist("show", BREAKING_BAD)
    assert _labels(linked)[0] == "➕ Watchlist"


async def test_a_title_already_on_the_watchlist_shows_so(bot: Harness, linked: ChatDriver) -> None:
    await _card(linked, "dune")  # on the demo user's Trakt watchlist before we start
    assert _labels(linked)[:2] == ["✅ On watchlist", "➖ Remove from watchlist"]
    writes = _writes(bot)
    await linked.press("✅ On watchlist")
    assert linked.last_alert == "Already on your watchlist"
    assert _writes(bot) == writes  # nothing sent to Trakt


async def test_adding_what_trakt_already_has(bot: Harness, linked: ChatDriver) -> None:
    await _card(linked, "breaking")  # the watchlist snapshot, fresh for a minute: not on it
    listed = ListedItem(999_001, "show", BREAKING_BAD, datetime.now(UTC))
    _demo(bot).watchlist.append(listed)  # added from another app meanwhile
    await _card(linked, "breaking")
    assert _labels(linked)[0] == "➕ Watchlist"
    before = len(_demo(bot).watchlist)
    await linked.press("➕ Watchlist")
    assert linked.last_alert == "Already on your watchlist"  # Trakt's answer says so
    assert len(_demo(bot).watchlist) == before
    assert "➖ Remove from watchlist" in _labels(linked)


async def test_removed_here_wins_over_the_snapshot(bot: Harness, linked: ChatDriver) -> None:
    await _card(linked, "dune")
    await linked.press("➖ Remove from watchlist")
    assert linked.last_alert == "Removed from your watchlist"
    assert _labels(linked)[0] == "➕ Watchlist"  # the minute-old snapshot still lists it
    await _card(linked, "dune")
    assert _labels(linked)[0] == "➕ Watchlist"


async def test_a_later_change_in_another_app_shows_once_trakt_is_asked_again(
    bot: Harness, linked: ChatDriver, clock: Clock
) -> None:
    await _card(linked, "dune")
    await linked.press("➖ Remove from watchlist")
    assert _labels(linked)[0] == "➕ Watchlist"
    # Put back from another app; within the snapshot's minute, our removal still shows.
    _demo(bot).watchlist.append(ListedItem(999_002, "movie", DUNE_2, datetime.now(UTC)))
    clock.now += 20
    await _card(linked, "dune")
    assert _labels(linked)[0] == "➕ Watchlist"
    clock.now += 45  # the snapshot is asked again, well after our change: Trakt wins
    await _card(linked, "dune")
    assert _labels(linked)[:2] == ["✅ On watchlist", "➖ Remove from watchlist"]


async def test_a_snapshot_asked_right_after_a_change_does_not_undo_it(
    bot: Harness, linked: ChatDriver
) -> None:
    clock = Clock()
    bot.services.marks.snapshots = SnapshotCache(clock=clock, fresh=0, budget=100)
    await _card(linked, "interstellar")
    await linked.press("👁 Mark watched")
    _demo(bot).history.clear()  # Trakt not showing the play yet (or removed elsewhere)
    clock.now += SETTLE / 2
    await _card(linked, "interstellar")
    assert "✅ Watched" in _labels(linked)  # a fresh snapshot, but too soon after our change
    clock.now += SETTLE
    await _card(linked, "interstellar")
    assert "👁 Mark watched" in _labels(linked), _labels(linked)


async def test_mark_watched(bot: Harness, linked: ChatDriver) -> None:
    await _card(linked, "interstellar")
    plays = len(_demo(bot).history)
    await linked.press("👁 Mark watched")
    assert linked.last_alert == "Marked as watched"
    assert len(_demo(bot).history) == plays + 1
    assert _demo(bot).watched("movie", INTERSTELLAR, bot.demo.catalogue)  # type: ignore[union-attr]
    assert "✅ Watched" in _labels(linked)
    await linked.press("✅ Watched")  # a rewatch is offered, not added
    assert linked.last_alert == "You have watched it. Add another play?"
    assert len(_demo(bot).history) == plays + 1


async def test_mark_a_show_watched_says_what_it_did(bot: Harness, linked: ChatDriver) -> None:
    await _card(linked, "fleabag")
    await linked.press("👁 Mark watched")
    assert linked.last_alert == "Mark all 12 aired episodes of Fleabag as watched?"
    await linked.press("✅ All 12 episodes")
    assert linked.last_alert == "Marked every aired episode as watched"


async def test_rate_eight(bot: Harness, linked: ChatDriver) -> None:
    await _card(linked, "interstellar")
    await linked.press("⭐ Rate")
    assert linked.last_alert == "Pick a rating from 1 to 10"
    assert _labels(linked)[3:13] == [str(n) for n in range(1, 11)]
    await linked.press("8")
    assert linked.last_alert == "Rated 8/10"
    assert _demo(bot).ratings[("movie", INTERSTELLAR)].rating == 8
    labels = _labels(linked)
    assert "✅ Rated 8/10" in labels and "8" not in labels
    await linked.press("✅ Rated 8/10")  # re-rate
    await linked.press("9")
    assert _demo(bot).ratings[("movie", INTERSTELLAR)].rating == 9
    assert "✅ Rated 9/10" in _labels(linked)


async def test_rating_row_can_be_cancelled(linked: ChatDriver) -> None:
    await _card(linked, "interstellar")
    before = _labels(linked)
    await linked.press("⭐ Rate")
    await linked.press("✖ Cancel")
    assert _labels(linked) == before
    await linked.press("⭐ Rate")
    await linked.press("⭐ Rate")  # pressing Rate again closes it too
    assert _labels(linked) == before


async def test_actions_in_russian(bot: Harness, ru_chat: ChatDriver) -> None:
    await link_account(bot, ru_chat.user.id)
    await _card(ru_chat, "breaking")
    await ru_chat.press("➕ Буду смотреть")
    assert ru_chat.last_alert == "Добавлено в «Буду смотреть»"
    assert "✅ В списке" in _labels(ru_chat)
    await ru_chat.press("✅ Оценка 10/10")  # Trakt's rating, shown from the start
    await ru_chat.press("8")
    assert ru_chat.last_alert == "Оценка 8/10 сохранена"


async def test_unlinked_person_gets_the_link_prompt(chat: ChatDriver) -> None:
    await _card(chat, "breaking")
    await chat.press("➕ Watchlist")
    assert chat.last_answer is not None and chat.last_answer.show_alert
    assert "Link your Trakt account first" in (chat.last_alert or "")
    assert "This needs your Trakt account" in chat.text()
    assert any("Link my Trakt" in b.label for row in chat.buttons() for b in row)


async def test_someone_else_pressing_gets_an_alert(bot: Harness, tg: FakeTelegram) -> None:
    ann = bot.chat(chat=tg.group_chat())
    await link_account(bot, ann.user.id)
    bob = ann.as_user(2002, "Bob")
    await ann.say("/search breaking")
    await ann.press("1")
    await bob.press("➕ Watchlist")
    assert bob.last_answer is not None and bob.last_answer.show_alert
    assert "belongs to whoever asked" in (bob.last_alert or "")
    assert not _demo(bot).on_watchlist("show", BREAKING_BAD)


@pytest.mark.parametrize(
    "data",
    [
        "1|act|*|zap|m|1",
        "1|act|*|wl|q|1",
        "1|act|*|wl|m|0",
        "1|act|*|rate:11|m|1",
        "1|act|*|rate:x|m|1",
        "1|act|*|hide|e|5",
        "1|act|*",
        "2|act|*|wl|m|1",
    ],
)
async def test_forged_action_data(linked: ChatDriver, data: str) -> None:
    await _card(linked, "interstellar")
    await linked.press_data(data, linked.last_reply.message_id)
    assert linked.last_answer is not None and linked.last_answer.show_alert
    assert "out of date" in (linked.last_alert or "")


async def test_full_watchlist_is_explained_with_its_limit(bot: Harness, linked: ChatDriver) -> None:
    assert bot.demo is not None
    bot.demo.fail("POST", "/sync/watchlist", 420)  # an empty body and no headers
    await _card(linked, "breaking")
    await linked.press("➕ Watchlist")
    assert linked.last_answer is not None and linked.last_answer.show_alert
    assert "Your Trakt watchlist is full (100 titles)" in (linked.last_alert or "")
    assert "➕ Watchlist" in _labels(linked)


async def test_real_limit_from_the_account_settings(bot: Harness, ru_chat: ChatDriver) -> None:
    await link_account(bot, ru_chat.user.id)
    _demo(bot).limits["watchlist"]["item_count"] = 8  # the demo user has 8 already
    await _card(ru_chat, "breaking")
    await ru_chat.press("➕ Буду смотреть")
    assert "заполнен (8 названий)" in (ru_chat.last_alert or "")


async def test_limit_header_wins_over_settings(bot: Harness, linked: ChatDriver) -> None:
    assert bot.demo is not None
    bot.demo.fail("POST", "/sync/watchlist", 420, headers={"X-Account-Limit": "250"})
    await _card(linked, "breaking")
    await linked.press("➕ Watchlist")
    assert "full (250 titles)" in (linked.last_alert or "")


async def test_limit_on_another_action_is_explained_generally(
    bot: Harness, linked: ChatDriver
) -> None:
    assert bot.demo is not None
    bot.demo.fail("POST", "/sync/ratings", 420)
    await _card(linked, "interstellar")
    await linked.press("⭐ Rate")
    await linked.press("7")
    assert "reached a limit of your Trakt account" in (linked.last_alert or "")


@pytest.mark.parametrize(
    ("status", "headers", "body", "expected"),
    [
        (500, {}, b"", "Trakt is not answering"),
        # 429 with a long wait: queued, not failed (tests/test_answers_later.py)
        (403, {"Content-Type": "text/html"}, b"<html>blocked</html>", "refusing this bot"),
    ],
)
async def test_trakt_errors_during_an_action(
    bot: Harness,
    linked: ChatDriver,
    status: int,
    headers: dict[str, str],
    body: bytes,
    expected: str,
) -> None:
    assert bot.demo is not None
    await _card(linked, "breaking")
    bot.demo.fail("POST", "/sync/watchlist", status, headers=headers, body=body)
    await linked.press("➕ Watchlist")  # a POST is never retried
    assert linked.last_answer is not None and linked.last_answer.show_alert
    assert expected in (linked.last_alert or "")
    assert not _demo(bot).on_watchlist("show", BREAKING_BAD)
    await linked.press("➕ Watchlist")
    assert linked.last_alert == "Added to your watchlist"


async def test_hide_from_another_features_message(
    bot: Harness, linked: ChatDriver, tg: FakeTelegram
) -> None:
    """A list of another feature (not a view we remember): the pressed button gets ticked."""
    keyboard = InlineKeyboardMarkup(
        [
            [mark_button(EN, "hide", MediaRef("show", BREAKING_BAD), linked.user.id)],
            [mark_button(EN, "wl", MediaRef("movie", INTERSTELLAR), linked.user.id)],
        ]
    )
    await bot.app.bot.send_message(linked.chat.id, "recommended", reply_markup=keyboard)
    await linked.press("🙈 Not for me")
    assert linked.last_alert == "Hidden: I won’t suggest it again"
    assert ("show", BREAKING_BAD) in _demo(bot).hidden
    assert _labels(linked) == ["✅ Hidden", "➕ Watchlist", "↩ Undo"]
    await linked.press("✅ Hidden")
    assert linked.last_alert == "Already hidden"


async def test_rating_from_another_features_message(bot: Harness, linked: ChatDriver) -> None:
    keyboard = InlineKeyboardMarkup(
        [
            [mark_button(EN, "rate", MediaRef("movie", INTERSTELLAR), linked.user.id)],
            [mark_button(EN, "seen", MediaRef("movie", INTERSTELLAR), linked.user.id)],
        ]
    )
    await bot.app.bot.send_message(linked.chat.id, "a list", reply_markup=keyboard)
    await linked.press("⭐ Rate")
    assert _labels(linked)[1:11] == [str(n) for n in range(1, 11)]  # right under its row
    assert _labels(linked)[-1] == "👁 Mark watched"
    await linked.press("6")
    assert _labels(linked) == ["✅ Rated 6/10", "👁 Mark watched", "↩ Undo"]


async def test_card_from_before_a_restart_still_acts(bot: Harness, linked: ChatDriver) -> None:
    await _card(linked, "breaking")
    await bot.restart()
    await linked.press("➕ Watchlist")
    assert linked.last_alert == "Added to your watchlist"
    assert _demo(bot).on_watchlist("show", BREAKING_BAD)
    assert "✅ On watchlist" in _labels(linked)


async def test_marks_show_up_on_a_new_card(linked: ChatDriver) -> None:
    await _card(linked, "breaking")
    await linked.press("➕ Watchlist")
    await linked.press("◀ Back")
    await linked.press("1")
    assert "✅ On watchlist" in _labels(linked)
    assert MediaRef("show", BREAKING_BAD).key == "show:1388"


def test_public_button_api() -> None:
    owner = 123456789
    for verb in ("wl", "unwl", "seen", "rate", "rate:10"):
        for kind in ("movie", "show", "episode"):
            made = mark_button(EN, verb, MediaRef(kind, 10**10), owner, done=True)
            assert len(str(made.callback_data).encode()) <= 64
    made = mark_button(EN, "wl", MediaRef("movie", DUNE_2), owner)
    assert made.text == "➕ Watchlist"
    cb = decode(made.callback_data)  # type: ignore[arg-type]
    assert (cb.action, cb.owner, cb.args) == ("act", owner, ("wl", "m", str(DUNE_2)))
    assert mark_button(EN, "seen", MediaRef("movie", 1), None, done=True).text == "✅ Watched"
    assert mark_button(EN, "rate:7", MediaRef("show", 1), None).text == "7"
    for verb, kind in (("zap", "movie"), ("rate:0", "movie"), ("hide", "episode"), ("wl", "x")):
        with pytest.raises(ValueError):
            mark_button(EN, verb, MediaRef(kind, 1), None)


async def test_pressing_again_after_trakt_won_is_a_new_change(
    bot: Harness, linked: ChatDriver, clock: Clock
) -> None:
    await _card(linked, "interstellar")
    await linked.press("👁 Mark watched")
    _demo(bot).history.clear()  # the play removed in another app
    clock.now += 61  # a new snapshot, well after our change: Trakt wins
    await _card(linked, "interstellar")
    assert "👁 Mark watched" in _labels(linked)
    clock.now += 1  # the same press again, the snapshot a second old: ours wins again
    await linked.press("👁 Mark watched")
    assert linked.last_alert == "Marked as watched"
    assert "✅ Watched" in _labels(linked)


async def test_a_watchlist_longer_than_a_page_keeps_what_was_added_here(
    bot: Harness, linked: ChatDriver, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(marks_module, "MAX_LIMIT", 2)  # the snapshot sees the first 2 titles only
    await _card(linked, "breaking")
    await linked.press("➕ Watchlist")  # ranked last on Trakt: past the snapshot's page
    clock.now += 61
    await _card(linked, "breaking")
    assert _labels(linked)[:2] == ["✅ On watchlist", "➖ Remove from watchlist"]
