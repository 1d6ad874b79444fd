"""Adversarial review, round 2 (queued writes, the code guard, undo binding, "not out
yet", translations, check): each test reproduces a weakness found against the current
code and fails there. Chat-level through the harness, no sleeps: conditions are waited on.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from bot.check import check_database
from bot.config import AllowList
from bot.demo import DemoTrakt
from bot.store import StoreBusy
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness, use_limits
from bot.trakt import RateLimits
from bot.trakt.fair import FairConfig
from bot.trakt.limits import Rate, RateLimitConfig
from tests.helpers import Clock, Waits, labels, link_account, wait_for
from tests.later_kit import (
    INTERSTELLAR,
    SAVING,
    WAIT,
    open_card,
    plays,
    press_into_a_wait,
    queue_write,
)
from tests.later_kit import after_restart as after_restart
from tests.later_kit import clock as clock
from tests.later_kit import linked as linked
from tests.later_kit import waits as waits
from tests.notify_kit import air_time as _air
from tests.notify_kit import plays as _episode_plays
from tests.notify_kit import tick_bot as _tick

# -- 1. queued writes ----------------------------------------------------------------------------


def _plays_of(bot: Harness, user: str) -> int:
    assert bot.demo is not None
    return sum(
        1 for h in bot.demo.users[user].history if h.kind == "movie" and h.trakt == INTERSTELLAR
    )


async def test_a_queued_play_is_not_written_to_the_account_linked_since(
    bot: Harness, linked: ChatDriver, demo: DemoTrakt, waits: Waits, clock: Clock
) -> None:
    """Ann's 👁 is queued (Trakt asked to wait); she unlinks and links bob's account. The
    stored row names only the Telegram user and the handler (`bot.store.later`), so the
    replay acts on whatever account is linked then: bob gets a play he never pressed.
    (↩ Undo is bound to its account since issue 15; a queued press is not.)"""
    await open_card(linked)
    await queue_write(linked, demo, waits)
    await bot.services.accounts.unlink(linked.user.id)
    await link_account(bot, linked.user.id, "bob")
    before = _plays_of(bot, "bob")
    clock.now += 45
    waits.release()
    await wait_for(lambda: not bot.app.bot_data.later, what="the queue done")
    assert _plays_of(bot, "bob") == before, "the queued play went to the account linked since"


async def test_a_queued_play_on_a_deleted_message_is_not_reported_as_failed(
    bot: Harness, linked: ChatDriver, demo: DemoTrakt, waits: Waits, clock: Clock
) -> None:
    """The person deletes the card while its 👁 waits. The replay saves the play, then
    redrawing the card fails ("message to edit not found"), and `later._run` reports the
    whole press as failed: "I couldn't save your change at Trakt … please try again" for a
    change Trakt has — the next tap of 🔁 Watch again would log a second play."""
    await open_card(linked)
    card = linked.last_reply
    before = plays(bot)
    await queue_write(linked, demo, waits)
    card.deleted = True  # the person deleted the card meanwhile
    mark = len(bot.telegram.messages(linked.chat.id))
    clock.now += 45
    waits.release()
    await wait_for(lambda: not bot.app.bot_data.later, what="the queue done")
    assert plays(bot) == before + 1
    said = [m.text or "" for m in bot.telegram.messages(linked.chat.id)[mark:]]
    assert not any("couldn’t save" in t for t in said), said


async def test_a_queued_undo_cut_off_by_a_restart_does_not_log_the_play_twice(
    bot: Harness,
    linked: ChatDriver,
    demo: DemoTrakt,
    waits: Waits,
    clock: Clock,
    after_restart: Waits,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """🗑 Remove a play, then ↩ Undo while Trakt asks to wait: queued. The wait ends, the
    queue's undo logs the play again at Trakt, and the bot is stopped before it reads the
    answer (a deploy). `undo` gives the offer back on any BaseException (the
    CancelledError of the shutdown), the row stays, and the next start claims the offer
    again and logs the same play a second time."""

    def all_plays() -> int:
        return len(demo.users["demo"].history)

    n = all_plays()
    await linked.say("/history")
    await linked.press("🗑 Remove a play")
    await linked.press("🗑 1")
    await linked.press("🗑 Remove")
    assert all_plays() == n - 1 and "↩ Undo" in labels(linked)
    await queue_write(linked, demo, waits, "↩ Undo", exact=True, what="the queued undo")
    api = bot.services.trakt
    original = api.add_to_history
    taken = asyncio.Event()

    async def accepted_then_stopped(token: str, items: object) -> object:
        await original(token, items)  # Trakt takes it...
        taken.set()
        await asyncio.Event().wait()  # ...and the bot stops before reading the answer

    monkeypatch.setattr(api, "add_to_history", accepted_then_stopped)
    clock.now += 45
    waits.release()
    await wait_for(taken.is_set, what="Trakt to take the undo")
    assert all_plays() == n
    await bot.restart()
    await wait_for(lambda: not bot.services.store.queued_presses(), what="the replay")
    await wait_for(lambda: not bot.app.bot_data.later, what="the queue done")
    assert all_plays() == n, "the removed play was logged twice"


async def test_a_queued_press_of_someone_taken_off_the_allowlist_is_not_replayed(
    bot: Harness,
    linked: ChatDriver,
    demo: DemoTrakt,
    waits: Waits,
    clock: Clock,
    after_restart: Waits,
) -> None:
    """The operator takes Ann off BOT_ALLOWED_USERS and restarts the bot. Her queued
    press still runs at the start (`later.resume_all` -> `_replay` calls the raw handler:
    neither the allowlist gate of group -2 nor `button`'s checks see it) and writes to
    Trakt for someone the bot now refuses."""
    await open_card(linked)
    before = plays(bot)
    await queue_write(linked, demo, waits)
    bot.settings = dataclasses.replace(bot.settings, allowed=AllowList(frozenset({999})))
    clock.now += 45
    await bot.restart()
    await linked.say("/help")
    assert "private" in linked.text()  # refused now
    await wait_for(lambda: not bot.app.bot_data.later, what="the queue done")
    assert plays(bot) == before, "a refused person's press wrote at Trakt"


async def test_one_persons_queue_does_not_grow_without_bound(
    bot: Harness, linked: ChatDriver, demo: DemoTrakt, waits: Waits, clock: Clock
) -> None:
    """While Trakt asks to wait (its Retry-After is honoured up to a day), every press of
    a write button that is not the very last one queued adds a row holding the whole
    update (`later._queue`): 8, 9, 8, 9 … is a new row each time, with no cap per person.
    Each press then reads and parses all of that person's rows on the event loop
    (`_same_as_last`, `_queue`), and at the end each row replays a rating write at Trakt
    for what is one final intent. At one press a second over a day: 86 400 rows."""
    await open_card(linked)
    await linked.press("⭐ Rate")
    await press_into_a_wait(linked, demo, "8", "/sync/ratings")
    for _ in range(30):
        await linked.press("9")
        await linked.press("8")
    rows = len(bot.services.store.queued_presses(linked.user.id))
    assert rows <= 20, f"{rows} queued rows for one person's two buttons"


async def test_a_queued_press_on_an_inline_card_that_fails_is_told_somewhere(
    bot: Harness, linked: ChatDriver, demo: DemoTrakt, waits: Waits, clock: Clock
) -> None:
    """An inline-mode card's "Add to my watchlist" is queued ("I'll save this in 45 s").
    When it finally fails at Trakt, `later._say` finds no chat on the update and tells
    nobody: the person was promised a save and never hears it did not happen. Their
    private chat with the bot (they are linked, so it exists) is where it can be said."""
    tg = bot.telegram
    results = await linked.inline("interstellar")
    chosen = tg.chosen_inline_result_update(linked.user, results[0]["id"])
    await bot.deliver(chosen)
    inline_id = chosen["chosen_inline_result"]["inline_message_id"]
    data = results[0]["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    demo.fail("POST", "/sync/watchlist", 429, headers=WAIT)
    await linked.press_inline(data, inline_id)
    assert linked.last_alert == SAVING
    await wait_for(lambda: waits.pending == 1, what="the queued write")
    demo.fail("POST", "/sync/watchlist", 500, times=20)
    mark = len(tg.messages(linked.chat.id))
    clock.now += 45
    waits.release()
    await wait_for(lambda: not bot.app.bot_data.later, what="the queue done")
    said = [m.text or "" for m in tg.messages(linked.chat.id)[mark:]]
    assert any("couldn’t save" in t for t in said), f"told nothing: {said}"


async def test_undo_works_once_trakt_says_who_the_same_account_is(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    """Linked while Trakt would not say whose the token is (GET /users/settings failing):
    the account's identity is `link:<linked_at>` (bot/kit/marking.py `link_identity`) and
    an offer made then is bound to that. Trakt answers again, the next session fills the
    profile in, the identity becomes the slug, and ↩ Undo on the very same link and
    account is refused as "made on another account"."""
    demo.fail("GET", "/users/settings", 500, times=1000)
    await link_account(bot, chat.user.id)
    assert not bot.services.accounts.find(chat.user.id).profile_known
    await open_card(chat)
    before = plays(bot)
    await chat.press("👁 Mark watched")
    assert plays(bot) == before + 1 and "↩ Undo" in labels(chat)
    demo._faults.clear()  # Trakt says who it is again
    await chat.press("↩ Undo")
    assert plays(bot) == before, f"the undo was refused: {chat.last_alert}"


async def test_a_check_in_queued_before_a_long_outage_is_not_made_hours_later(
    bot: Harness,
    linked: ChatDriver,
    demo: DemoTrakt,
    waits: Waits,
    clock: Clock,
    after_restart: Waits,
) -> None:
    """🎬 Check in means "I'm watching this now". Queued while Trakt asked to wait, then
    the bot is down for three hours: at the next start the stored press runs as if pressed
    now (`later._replay`; a play is logged at `pressed_at`, a check-in has no such time)
    and checks the person in to a film they started three hours ago — Trakt shows them
    watching it for the next 169 minutes and refuses their real check-ins meanwhile."""
    await open_card(linked)
    await queue_write(linked, demo, waits, "🎬 Check in", "/checkin", what="the queued check-in")
    clock.now += 3 * 3600
    await bot.restart()
    await wait_for(lambda: not bot.app.bot_data.later, what="the queue done")
    await wait_for(lambda: not bot.services.store.queued_presses(), what="the row gone")
    assert demo.users["demo"].checkin is None, "checked in three hours after the press"


async def test_a_queued_play_kept_by_a_busy_database_does_not_undo_the_undo_at_restart(
    bot: Harness,
    linked: ChatDriver,
    demo: DemoTrakt,
    waits: Waits,
    clock: Clock,
    after_restart: Waits,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A queued 👁 runs and Trakt takes it, but the database is busy when its row is to be
    deleted (`later._forget`: "it runs once more at the next start, and finds its write
    made"). The queue is over, so the person's next presses run at once: ↩ Undo takes the
    play back. At the next start the stale row runs again, finds no play of its second,
    and logs it again: the person's Undo is silently reversed (a rating or a watchlist
    change pressed since is overwritten the same way)."""
    await open_card(linked)
    before = plays(bot)
    await press_into_a_wait(linked, demo)
    busy = [True]
    drop = bot.services.store.drop_press

    def sometimes_busy(press_id: int) -> bool:
        if busy.pop() if busy else False:
            raise StoreBusy("database is locked")
        return drop(press_id)

    monkeypatch.setattr(bot.services.store, "drop_press", sometimes_busy)
    await wait_for(lambda: waits.pending == 1, what="the queued write")
    clock.now += 45
    waits.release()
    await wait_for(lambda: plays(bot) == before + 1, what="the queued play")
    await wait_for(lambda: not bot.app.bot_data.later, what="the queue done")
    await wait_for(lambda: "↩ Undo" in labels(linked), what="the Undo")
    await linked.press("↩ Undo")
    assert plays(bot) == before
    clock.now += 60
    await bot.restart()
    await wait_for(lambda: not bot.services.store.queued_presses(), what="the replay")
    await wait_for(lambda: not bot.app.bot_data.later, what="the queue done")
    assert plays(bot) == before, "the stale row logged the undone play again"


# -- 2. the code guard -------------------------------------------------------------------------

CODE = "5055CC52"  # a device user code as Trakt prints it


def _searched(demo: DemoTrakt) -> list[str]:
    return [r.query.get("query", "") for r in demo.requests if r.path.startswith("/search")]


@pytest.mark.parametrize(
    "text",
    [f"my code is {CODE}", f"{CODE}.", f"code: {CODE}", f"/search {CODE}."],
)
async def test_a_code_inside_a_sentence_is_deleted_and_never_searched(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt, text: str
) -> None:
    """`_StrayCode` asks `looks_like_code` of the whole message and `_CodeInCommand` of
    whitespace-split words, both with `fullmatch`: a code with a word before it or a full
    stop after it is neither. The text goes to the Search prompt, Trakt is asked for it and
    the answer echoes it ("Nothing found for my code is 5055CC52"); the message stays."""
    await chat.say(text)
    mine = [m for m in bot.telegram.messages(chat.chat.id) if not m.from_bot][-1]
    assert not any(CODE in q for q in _searched(demo)), "the code was sent to Trakt's search"
    assert CODE not in chat.text(), "the code was echoed"
    assert mine.deleted, "the message holding the code was kept"


def _caption(bot: Harness, chat: ChatDriver) -> tuple[dict[str, Any], int]:
    update = bot.telegram.message_update(chat.user, chat.chat, CODE)
    message = update["message"]
    del message["text"]
    message["caption"] = CODE
    message["photo"] = [{"file_id": "p", "file_unique_id": "p", "width": 90, "height": 90}]
    return update, message["message_id"]


def _edited(bot: Harness, chat: ChatDriver) -> tuple[dict[str, Any], int]:
    first = bot.telegram.message_update(chat.user, chat.chat, "hello")["message"]
    stored = bot.telegram.find(chat.chat.id, first["message_id"])
    assert stored is not None
    stored.text = CODE  # the person edits "hello" into the code
    update = bot.telegram.message_update(chat.user, chat.chat, CODE)
    edited = update.pop("message")
    edited.update(message_id=first["message_id"], edit_date=edited["date"])
    update["edited_message"] = edited
    return update, first["message_id"]


@pytest.mark.parametrize("build", [_caption, _edited], ids=["caption", "edited"])
async def test_a_code_in_a_caption_or_an_edit_is_deleted(
    bot: Harness, chat: ChatDriver, build: Any
) -> None:
    """A photo captioned with the code, or a message edited into the code: the guard's
    filters are `filters.TEXT` (no captions) and every edited message is stopped at the
    fair-use gate (group -10) before the guard: the code stays in the chat."""
    update, message_id = build(bot, chat)
    await bot.deliver(update)
    assert bot.telegram.find(chat.chat.id, message_id) is None, "the code was left in the chat"


# -- 5. "not out yet" ----------------------------------------------------------------------------


async def test_a_planned_movie_with_only_a_year_is_not_rated(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    """The contract lets `released` be null. A movie Trakt lists as `planned` for 2031
    with no release date yet is "not known to be still to come" (bot/kit/release.py
    `to_come` looks at `released` only, never at `year` or `status`): its card offers
    ⭐ Rate and 🎬 Check in, and the rating is sent to Trakt."""
    headers = {"trakt-api-key": demo.client_id, "trakt-api-version": "2", "user-agent": "t"}
    found = demo.handle("GET", f"/movies/{INTERSTELLAR}", {"extended": "full"}, headers, b"")
    body = json.loads(found.body)
    body.update(released=None, year=2031, status="planned")
    demo.fail(
        "GET",
        f"/movies/{INTERSTELLAR}",
        200,
        headers={"Content-Type": "application/json"},
        body=json.dumps(body),
        times=100,
        exact=True,
    )
    await open_card(ann)
    assert "planned" in ann.text()
    if "⭐ Rate" in labels(ann):
        await ann.press("⭐ Rate")
        await ann.press("8")
    assert ("movie", INTERSTELLAR) not in demo.users["demo"].ratings, ann.last_alert


@pytest.mark.frozen_clock  # as every notification test since tests/notify_kit.py
async def test_watched_on_a_notification_sent_before_the_air_time_adds_no_play(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    """`/notify episodes -60` sends the notification an hour before the episode airs, with
    ✅ Watched. That press goes through `perform("seen")` with no release check (the
    episode card, the picker and `log_episode` all refuse an unaired episode): Trakt gets a
    play of an episode that has not aired."""
    air = _air(demo)
    notifier = bot.services.notify
    await notifier.stop()
    notifier.clock = lambda: air - 7200  # notifications turned on two hours before
    await ann.say("/notify premieres")
    await ann.say("/notify episodes -60")
    bot.services.accounts.clock = lambda: air - 3500  # the press: an hour before the air time
    await _tick(bot, air - 4000)
    await _tick(bot, air - 3600)
    assert "S01E01" in ann.text() and "✅ Watched" in labels(ann)
    before = _episode_plays(demo, 1)
    await ann.press("✅ Watched")
    assert _episode_plays(demo, 1) == before, f"an unaired episode got a play: {ann.last_alert}"


# -- 6. translations -------------------------------------------------------------------------


async def test_one_persons_translations_do_not_hold_everyone_elses(
    bot: Harness, demo: DemoTrakt
) -> None:
    """Translation requests hold one of 16 slots for the whole bot
    (`Translations._slots`) while they wait for their bucket. A linked person whose own
    per-token bucket is spent (450 reads in 5 minutes: ~50 pages of fresh titles) has
    every translation of theirs wait up to `read_wait` in a slot: three pages fill all 16.
    Boris, unlinked (his requests use another bucket altogether), then waits the whole
    translation timeout (2 s in production) for each view and reads it in English."""
    troll = bot.chat(user_id=2001, first_name="Troll", language_code="en")
    await link_account(bot, troll.user.id, "bob")
    await troll.say("/trending")  # three pages, cached in English
    await troll.press("▶")
    await troll.press("▶")
    await troll.say("/language")
    await troll.press("Русский")
    bot.services.translations.timeout = 0.2  # the test's patience, not production's 2 s
    spent = RateLimitConfig(
        authed_get=Rate(1, 3600), read_wait=3600, fair=FairConfig(enabled=False)
    )
    use_limits(bot.app, RateLimits(spent))
    await troll.say("/trending")  # the same three pages, now in Russian
    await troll.press("▶")
    await troll.press("▶")
    boris = bot.chat(user_id=3001, first_name="Boris", language_code="ru")
    await boris.say("/trending movies")
    assert "Начало" in boris.text(), "Boris's titles stayed in English"


# -- 7. check -------------------------------------------------------------------------------------


def test_check_says_what_is_wrong_with_a_database_path_it_cannot_look_at(
    tmp_path: Path,
) -> None:
    """`check_database` calls `Path.exists()`, which raises for errors other than "no such
    file" (ENAMETOOLONG here; EACCES when the operator runs `check` as themselves and the
    database lives in the service user's 0700 folder): `python -m bot check` ends in a
    traceback instead of a `database:` line."""
    path = tmp_path / ("d" * 300) / "bot.sqlite3"
    result = check_database(path)
    assert not result.ok
