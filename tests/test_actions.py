"""One-tap actions end to end: watchlist, watched, rating, hiding; limits and errors."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from telegram import InlineKeyboardMarkup

from bot import marks as marks_module
from bot.demo.trakt_state import ListedItem
from bot.i18n import shared_i18n
from bot.kit.buttons import mark_button
from bot.kit.callback import decode
from bot.marks import SETTLE
from bot.snapshots import SnapshotCache
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from bot.trakt.ref import MediaRef
from tests.helpers import Clock, demo_user, link_account, trakt_writes

EN = shared_i18n().translator("en")
BREAKING_BAD, INTERSTELLAR, DUNE_2 = 1388, 102156, 628457


@pytest.fixture
def clock(bot: Harness) -> Clock:
    """The clock of the marks snapshot (fresh for 60 s, 2 GETs a minute per person)."""
    fake = Clock()
    bot.services.marks.snapshots = SnapshotCache(clock=fake)
    return fake


def _labels(chat: ChatDriver) -> list[str]:
    return [b.label for row in chat.buttons() for b in row]


async def _card(chat: ChatDriver, query: str, number: int = 1) -> None:
    await chat.say(f"/search {query}")
    await chat.press(str(number))


async def test_add_to_watchlist_and_remove(bot: Harness, ann: ChatDriver) -> None:
    await _card(ann, "breaking")
    card = ann.last_reply
    assert not demo_user(bot).on_watchlist("show", BREAKING_BAD)
    await ann.press("➕ Watchlist")
    assert ann.last_answer is not None and not ann.last_answer.show_alert
    assert ann.last_alert == "Added to your watchlist"
    assert demo_user(bot).on_watchlist("show", BREAKING_BAD)
    assert ann.last_reply.message_id == card.message_id and ann.last_reply.edited
    assert _labels(ann)[:2] == ["✅ On watchlist", "➖ Remove from watchlist"]
    assert "Breaking Bad (2008)" in ann.text()

    await ann.press("✅ On watchlist")  # nothing sent to Trakt again
    assert ann.last_alert == "Already on your watchlist"

    await ann.press("➖ Remove from watchlist")
    assert ann.last_alert == "Removed from your watchlist"
    assert not demo_user(bot).on_watchlist("show", BREAKING_BAD)
    assert _labels(ann)[0] == "➕ Watchlist"


async def test_a_title_already_on_the_watchlist_shows_so(bot: Harness, ann: ChatDriver) -> None:
    await _card(ann, "dune")  # on the demo user's Trakt watchlist before we start
    assert _labels(ann)[:2] == ["✅ On watchlist", "➖ Remove from watchlist"]
    writes = trakt_writes(bot)
    await ann.press("✅ On watchlist")
    assert ann.last_alert == "Already on your watchlist"
    assert trakt_writes(bot) == writes  # nothing sent to Trakt


async def test_adding_what_trakt_already_has(bot: Harness, ann: ChatDriver) -> None:
    await _card(ann, "breaking")  # the watchlist snapshot, fresh for a minute: not on it
    listed = ListedItem(999_001, "show", BREAKING_BAD, datetime.now(UTC))
    demo_user(bot).watchlist.append(listed)  # added from another app meanwhile
    await _card(ann, "breaking")
    assert _labels(ann)[0] == "➕ Watchlist"
    before = len(demo_user(bot).watchlist)
    await ann.press("➕ Watchlist")
    assert ann.last_alert == "Already on your watchlist"  # Trakt's answer says so
    assert len(demo_user(bot).watchlist) == before
    assert "➖ Remove from watchlist" in _labels(ann)


async def test_removed_here_wins_over_the_snapshot(bot: Harness, ann: ChatDriver) -> None:
    await _card(ann, "dune")
    await ann.press("➖ Remove from watchlist")
    assert ann.last_alert == "Removed from your watchlist"
    assert _labels(ann)[0] == "➕ Watchlist"  # the minute-old snapshot still lists it
    await _card(ann, "dune")
    assert _labels(ann)[0] == "➕ Watchlist"


async def test_a_later_change_in_another_app_shows_once_trakt_is_asked_again(
    bot: Harness, ann: ChatDriver, clock: Clock
) -> None:
    await _card(ann, "dune")
    await ann.press("➖ Remove from watchlist")
    assert _labels(ann)[0] == "➕ Watchlist"
    # Put back from another app; within the snapshot's minute, our removal still shows.
    demo_user(bot).watchlist.append(ListedItem(999_002, "movie", DUNE_2, datetime.now(UTC)))
    clock.now += 20
    await _card(ann, "dune")
    assert _labels(ann)[0] == "➕ Watchlist"
    clock.now += 45  # the snapshot is asked again, well after our change: Trakt wins
    await _card(ann, "dune")
    assert _labels(ann)[:2] == ["✅ On watchlist", "➖ Remove from watchlist"]


async def test_a_snapshot_asked_right_after_a_change_does_not_undo_it(
    bot: Harness, ann: ChatDriver
) -> None:
    clock = Clock()
    bot.services.marks.snapshots = SnapshotCache(clock=clock, fresh=0, budget=100)
    await _card(ann, "interstellar")
    await ann.press("👁 Mark watched")
    demo_user(bot).history.clear()  # Trakt not showing the play yet (or removed elsewhere)
    clock.now += SETTLE / 2
    await _card(ann, "interstellar")
    assert "✅ Watched" in _labels(ann)  # a fresh snapshot, but too soon after our change
    clock.now += SETTLE
    await _card(ann, "interstellar")
    assert "👁 Mark watched" in _labels(ann), _labels(ann)


async def test_mark_watched(bot: Harness, ann: ChatDriver) -> None:
    await _card(ann, "interstellar")
    plays = len(demo_user(bot).history)
    await ann.press("👁 Mark watched")
    assert ann.last_alert == "Marked as watched"
    assert len(demo_user(bot).history) == plays + 1
    assert demo_user(bot).watched("movie", INTERSTELLAR, bot.demo.catalogue)  # type: ignore[union-attr]
    assert "✅ Watched" in _labels(ann)
    await ann.press("✅ Watched")  # a rewatch is offered, not added
    assert ann.last_alert == "You have watched it. Add another play?"
    assert len(demo_user(bot).history) == plays + 1


async def test_mark_a_show_watched_says_what_it_did(bot: Harness, ann: ChatDriver) -> None:
    await _card(ann, "fleabag")
    await ann.press("👁 Mark watched")
    assert ann.last_alert == "Mark all 12 aired episodes of Fleabag as watched?"
    await ann.press("✅ All 12 episodes")
    assert ann.last_alert == "Marked every aired episode as watched"


async def test_rate_eight(bot: Harness, ann: ChatDriver) -> None:
    await _card(ann, "interstellar")
    await ann.press("⭐ Rate")
    assert ann.last_alert == "Pick a rating from 1 to 10"
    assert _labels(ann)[3:13] == [str(n) for n in range(1, 11)]
    await ann.press("8")
    assert ann.last_alert == "Rated 8/10"
    assert demo_user(bot).ratings[("movie", INTERSTELLAR)].rating == 8
    labels = _labels(ann)
    assert "✅ Rated 8/10" in labels and "8" not in labels
    await ann.press("✅ Rated 8/10")  # re-rate
    await ann.press("9")
    assert demo_user(bot).ratings[("movie", INTERSTELLAR)].rating == 9
    assert "✅ Rated 9/10" in _labels(ann)


async def test_rating_row_can_be_cancelled(ann: ChatDriver) -> None:
    await _card(ann, "interstellar")
    before = _labels(ann)
    await ann.press("⭐ Rate")
    await ann.press("✖ Cancel")
    assert _labels(ann) == before
    await ann.press("⭐ Rate")
    await ann.press("⭐ Rate")  # pressing Rate again closes it too
    assert _labels(ann) == before


async def test_actions_in_russian(bot: Harness, ru_chat: ChatDriver) -> None:
    await link_account(bot, ru_chat.user.id)
    await _card(ru_chat, "breaking")
    await ru_chat.press("➕ Буду смотреть")
    assert ru_chat.last_alert == "Добавлено в «Буду смотреть»"
    assert "✅ В «Буду смотреть»" in _labels(ru_chat)
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
    assert not demo_user(bot).on_watchlist("show", BREAKING_BAD)


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
async def test_forged_action_data(ann: ChatDriver, data: str) -> None:
    await _card(ann, "interstellar")
    await ann.press_data(data, ann.last_reply.message_id)
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert "out of date" in (ann.last_alert or "")


async def test_full_watchlist_is_explained_with_its_limit(bot: Harness, ann: ChatDriver) -> None:
    assert bot.demo is not None
    bot.demo.fail("POST", "/sync/watchlist", 420)  # an empty body and no headers
    await _card(ann, "breaking")
    await ann.press("➕ Watchlist")
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert "Your Trakt watchlist is full (100 titles)" in (ann.last_alert or "")
    assert "➕ Watchlist" in _labels(ann)


async def test_real_limit_from_the_account_settings(bot: Harness, ru_chat: ChatDriver) -> None:
    await link_account(bot, ru_chat.user.id)
    demo_user(bot).limits["watchlist"]["item_count"] = 8  # the demo user has 8 already
    await _card(ru_chat, "breaking")
    await ru_chat.press("➕ Буду смотреть")
    assert "заполнен (8 названий)" in (ru_chat.last_alert or "")


async def test_limit_header_wins_over_settings(bot: Harness, ann: ChatDriver) -> None:
    assert bot.demo is not None
    bot.demo.fail("POST", "/sync/watchlist", 420, headers={"X-Account-Limit": "250"})
    await _card(ann, "breaking")
    await ann.press("➕ Watchlist")
    assert "full (250 titles)" in (ann.last_alert or "")


async def test_limit_on_another_action_is_explained_generally(
    bot: Harness, ann: ChatDriver
) -> None:
    assert bot.demo is not None
    bot.demo.fail("POST", "/sync/ratings", 420)
    await _card(ann, "interstellar")
    await ann.press("⭐ Rate")
    await ann.press("7")
    assert "reached a limit of your Trakt account" in (ann.last_alert or "")


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
    ann: ChatDriver,
    status: int,
    headers: dict[str, str],
    body: bytes,
    expected: str,
) -> None:
    assert bot.demo is not None
    await _card(ann, "breaking")
    bot.demo.fail("POST", "/sync/watchlist", status, headers=headers, body=body)
    await ann.press("➕ Watchlist")  # a POST is never retried
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert expected in (ann.last_alert or "")
    assert not demo_user(bot).on_watchlist("show", BREAKING_BAD)
    await ann.press("➕ Watchlist")
    assert ann.last_alert == "Added to your watchlist"


async def test_hide_from_another_features_message(
    bot: Harness, ann: ChatDriver, tg: FakeTelegram
) -> None:
    """A list of another feature (not a view we remember): the pressed button gets ticked."""
    keyboard = InlineKeyboardMarkup(
        [
            [mark_button(EN, "hide", MediaRef("show", BREAKING_BAD), ann.user.id)],
            [mark_button(EN, "wl", MediaRef("movie", INTERSTELLAR), ann.user.id)],
        ]
    )
    await bot.app.bot.send_message(ann.chat.id, "recommended", reply_markup=keyboard)
    await ann.press("🙈 Not for me")
    assert ann.last_alert == "Hidden: I won’t suggest it again"
    assert ("show", BREAKING_BAD) in demo_user(bot).hidden
    assert _labels(ann) == ["✅ Hidden", "➕ Watchlist", "↩ Undo"]
    await ann.press("✅ Hidden")
    assert ann.last_alert == "Already hidden"


async def test_rating_from_another_features_message(bot: Harness, ann: ChatDriver) -> None:
    keyboard = InlineKeyboardMarkup(
        [
            [mark_button(EN, "rate", MediaRef("movie", INTERSTELLAR), ann.user.id)],
            [mark_button(EN, "seen", MediaRef("movie", INTERSTELLAR), ann.user.id)],
        ]
    )
    await bot.app.bot.send_message(ann.chat.id, "a list", reply_markup=keyboard)
    await ann.press("⭐ Rate")
    assert _labels(ann)[1:11] == [str(n) for n in range(1, 11)]  # right under its row
    assert _labels(ann)[-1] == "👁 Mark watched"
    await ann.press("6")
    assert _labels(ann) == ["✅ Rated 6/10", "👁 Mark watched", "↩ Undo"]


async def test_card_from_before_a_restart_still_acts(bot: Harness, ann: ChatDriver) -> None:
    await _card(ann, "breaking")
    await bot.restart()
    await ann.press("➕ Watchlist")
    assert ann.last_alert == "Added to your watchlist"
    assert demo_user(bot).on_watchlist("show", BREAKING_BAD)
    assert "✅ On watchlist" in _labels(ann)


async def test_marks_show_up_on_a_new_card(ann: ChatDriver) -> None:
    await _card(ann, "breaking")
    await ann.press("➕ Watchlist")
    await ann.press("◀ Back")
    await ann.press("1")
    assert "✅ On watchlist" in _labels(ann)
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
    bot: Harness, ann: ChatDriver, clock: Clock
) -> None:
    await _card(ann, "interstellar")
    await ann.press("👁 Mark watched")
    demo_user(bot).history.clear()  # the play removed in another app
    clock.now += 61  # a new snapshot, well after our change: Trakt wins
    await _card(ann, "interstellar")
    assert "👁 Mark watched" in _labels(ann)
    clock.now += 1  # the same press again, the snapshot a second old: ours wins again
    await ann.press("👁 Mark watched")
    assert ann.last_alert == "Marked as watched"
    assert "✅ Watched" in _labels(ann)


async def test_a_watchlist_longer_than_a_page_keeps_what_was_added_here(
    bot: Harness, ann: ChatDriver, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(marks_module, "MAX_LIMIT", 2)  # the snapshot sees the first 2 titles only
    await _card(ann, "breaking")
    await ann.press("➕ Watchlist")  # ranked last on Trakt: past the snapshot's page
    clock.now += 61
    await _card(ann, "breaking")
    assert _labels(ann)[:2] == ["✅ On watchlist", "➖ Remove from watchlist"]
