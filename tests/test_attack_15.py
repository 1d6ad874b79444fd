"""Adversarial review of issue 15 (home and navigation, /stats, "always answers", the
console and `check`): each test reproduces a weakness found against the current code and
fails there. Chat-level through the harness, no sleeps: conditions are waited on.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from bot.check import check
from bot.config import Mode, load_settings
from bot.crypto import generate_key
from bot.demo import DemoTrakt
from bot.i18n import shared_i18n
from bot.store.parties import ENDED
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import Waits, demo_user, labels, link_account, wait_for
from tests.later_kit import waits as waits
from tests.test_answers_party import _parties
from tests.test_answers_wait import _card
from tests.test_party import party_message, people

EN = shared_i18n().translator("en")
GENERIC = EN.plain("error-generic")
JSON_TYPE = {"Content-Type": "application/json"}
BREAKING_BAD = 1388


def _searched(demo: DemoTrakt) -> list[str]:
    """The queries the bot sent to Trakt's search."""
    return [r.query.get("query", "") for r in demo.requests if r.path.startswith("/search")]


def _forwarded(tg: FakeTelegram, chat: ChatDriver, text: str) -> dict[str, Any]:
    """`text` as a message the person forwards into the chat (from someone hidden)."""
    update = tg.message_update(chat.user, chat.chat, text)
    message = update["message"]
    message["forward_origin"] = {
        "type": "hidden_user",
        "date": message["date"],
        "sender_user_name": "Someone",
    }
    return update


def _stats_body(**sections: Any) -> str:
    """A `GET /users/me/stats` answer the contract allows, with `sections` replaced."""
    zero = {"ratings": 0, "comments": 0, "watched": 0, "collected": 0, "plays": 0, "minutes": 0}
    body: dict[str, Any] = {
        "movies": dict(zero),
        "shows": {"ratings": 0, "comments": 0, "watched": 0, "collected": 0},
        "seasons": {"ratings": 0, "comments": 0},
        "episodes": dict(zero),
        "network": {"friends": 0, "followers": 0, "following": 0},
        "ratings": {"total": 0, "distribution": {str(n): 0 for n in range(1, 11)}},
    }
    body.update(sections)
    return json.dumps(body)


# -- 1. "always answers": what the Search prompt takes for a title ---------------------------


async def test_choosing_a_search_as_you_type_result_does_not_search_its_card(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    """Home's 🔍 Search offers "🔎 Search as you type" (inline mode in this very chat).
    Picking a result posts the card via the bot into the chat; the Search prompt's
    "next text is the query" path (search.on_text) takes that card for a title and
    answers "🔎 Nothing found for 📺 Breaking Bad (2008) ★ 9.2 · drama…" — a Trakt search
    and a junk message for a person who just did what the screen offered."""
    await ann.say("/start")
    await ann.press("🔍 Search")
    results = await ann.inline("breaking")
    assert results
    before = len(ann.replies)
    searches = len(_searched(demo))
    await ann.choose(results[0])
    assert len(ann.replies) == before, [ann.text(m)[:80] for m in ann.replies[before:]]
    assert len(_searched(demo)) == searches


async def test_a_forwarded_code_after_the_search_prompt_is_not_searched_or_echoed(
    bot: Harness, chat: ChatDriver, tg: FakeTelegram, demo: DemoTrakt
) -> None:
    """Text that looks like a Trakt code never reaches search: the link feature deletes
    it first (`_StrayCode`). That filter skips forwarded messages (`addressed_text`), but
    the search prompt's path does not: a forwarded code after /search is sent to Trakt's
    search, echoed back in "Nothing found for 5055CC52", and the message holding it stays."""
    code = "5055CC52"
    await chat.say("/search")
    await bot.deliver(_forwarded(tg, chat, code))
    assert code not in _searched(demo)
    assert all(code not in (m.text or "") for m in chat.replies)
    held = [m for m in tg.messages(chat.chat.id) if not m.from_bot and m.text == code]
    assert held and all(m.deleted for m in held)


async def test_a_code_after_search_in_a_group_is_not_echoed_there(
    bot: Harness, tg: FakeTelegram, demo: DemoTrakt
) -> None:
    """`/link CODE` in a group deletes the message and takes nothing; `/search CODE` (or
    `/lists CODE`) sends the code to Trakt and posts it back into the group, and the
    person's message holding it stays for everyone to read."""
    group = bot.chat(chat=tg.group_chat())
    await group.say("/search DEMO-CODE")
    assert all("DEMO-CODE" not in (m.text or "") for m in group.replies), group.text()
    assert not any("DEMO" in q for q in _searched(demo))
    [held] = [m for m in tg.messages(group.chat.id) if not m.from_bot]
    assert held.deleted


async def test_a_command_to_another_bot_in_a_private_chat_is_answered(chat: ChatDriver) -> None:
    """In a private chat no other bot can hear `/history@otherbot` (pasted from a group):
    PTB's CommandHandler and the unknown-command pointer both skip it, search skips text
    starting with "/", and the person gets silence."""
    replies = await chat.say("/history@otherbot")
    assert replies, "no answer at all in a private chat"


# -- 2. one intent, one effect: /party replaced while its pick runs ----------------------------


async def test_replacing_a_party_while_its_pick_runs_does_not_bring_it_back(
    bot: Harness, tg: FakeTelegram
) -> None:
    """Alice presses Pick now; while the members' Trakt is read, she replaces the party on
    purpose (/party, 🔄 Start a new party): the old one is ENDED and a new one opens. The
    pick still running then posts its shortlist and a poll, and `save_party` writes the
    old party back as VOTING over ENDED (bot/features/party/pick.py `_pick`): two running
    parties in one group, a poll for the one its starter replaced."""
    assert bot.demo is not None
    p = await people(bot, tg, "alice", "bob")
    alice = p["alice"]
    await alice.say("/party")
    first = party_message(alice)
    await p["bob"].press("I'm in", message=first)
    arrived = 0
    release = asyncio.Event()

    async def hold(method: str, path: str) -> None:
        nonlocal arrived
        arrived += 1
        await release.wait()

    bot.demo.hold = hold
    try:
        picking = asyncio.ensure_future(alice.press("Pick now", message=first))
        await wait_for(lambda: arrived >= 1, what="the pick to read Trakt")
        await alice.say("/party")
        await alice.press("Start a new party")
        assert alice.last_alert == "New party started 🍿"
        assert _parties(bot, alice)[0][0] == ENDED
    finally:
        release.set()
        bot.demo.hold = None
    await picking
    states = [state for state, _, _ in _parties(bot, alice)]
    assert states[0] == ENDED, states
    assert not any(m.poll for m in alice.replies), "a poll for the replaced party"


# -- 3. buttons act for the right account: ↩ Undo after switching accounts --------------------


async def test_an_old_undo_does_not_write_to_the_account_linked_since(
    bot: Harness, ann: ChatDriver
) -> None:
    """Ann removes a show from her (demo) watchlist; the card offers ↩ Undo for five
    minutes. She unlinks and links another Trakt account (alice). The old ↩ Undo still
    works, for the Telegram user: it adds the show to *alice's* watchlist ("Undone") — a
    write at a Trakt account that never had the change (bot/kit/marking.py `undo`: offers
    are keyed by Telegram user only, and /unlink keeps them)."""
    assert bot.demo is not None
    demo, alice = bot.demo.users["demo"], bot.demo.users["alice"]
    item = next(
        i
        for i in demo.watchlist
        if i.kind in ("movie", "show") and not alice.on_watchlist(i.kind, i.trakt)
    )
    await ann.say("/help")
    await ann.press_data(f"1|deto|*|{item.kind[0]}|{item.trakt}", ann.last_reply.message_id)
    card = ann.last_reply
    await ann.press("➖ Remove from watchlist", message=card)
    assert "↩ Undo" in labels(ann) and not demo.on_watchlist(item.kind, item.trakt)
    await bot.services.accounts.unlink(ann.user.id)
    await link_account(bot, ann.user.id, "alice")
    still = ann.telegram.find(ann.chat.id, card.message_id)
    assert still is not None
    await ann.press("↩ Undo", message=still)
    assert not alice.on_watchlist(item.kind, item.trakt), f"alice's watchlist: {ann.last_alert}"


# -- 4. every Trakt failure ends as a short message ---------------------------------------------


async def test_a_huge_retry_after_still_gets_an_answer(chat: ChatDriver, demo: DemoTrakt) -> None:
    """Retry-After is delta-seconds: `1*DIGIT`, no upper bound. A long one parses to
    float('inf') (bot/trakt/errors.py `_retry_after`), and `_trakt_message` does
    `int(wait) + 1`: OverflowError inside the error handler, swallowed as "could not
    deliver the error message" — /trending gets no answer at all."""
    demo.fail("GET", "/shows/trending", 429, headers={"Retry-After": "9" * 400}, times=5)
    replies = await chat.say("/trending")
    assert replies, "no answer"


async def test_stats_with_a_huge_rating_count_still_draws(ann: ChatDriver, demo: DemoTrakt) -> None:
    """The contract types the distribution's values as numbers (floats). One of 1e307 is
    parsed fine, but the chart computes `height * 0.86 * value / highest`
    (bot/render/chart.py `_panel`), which overflows to inf before the division:
    OverflowError, and /stats answers "Something went wrong"."""
    spread = {str(n): 0 for n in range(1, 11)}
    spread["10"] = 1e307
    body = _stats_body(ratings={"total": 3, "distribution": spread})
    demo.fail("GET", "/users/me/stats", 200, headers=JSON_TYPE, body=body)
    await ann.say("/stats")
    assert ann.last_reply.photo is not None, ann.text()


async def test_stats_with_huge_counts_keep_the_caption_within_telegrams_limit(
    ann: ChatDriver, demo: DemoTrakt
) -> None:
    """Counts the contract allows (JSON numbers; 1e300 is what a JS server writes for one
    that large) are printed as their digits; the caption is only cut for right-to-left
    languages (`cards.directed`), so ten 300-digit numbers make a caption Telegram refuses
    (> 1024) and /stats answers "Something went wrong"."""
    big = 1e300
    media = {"ratings": 0, "comments": 0, "collected": 0}
    body = _stats_body(
        movies={**media, "plays": big, "watched": big, "minutes": big},
        shows={**media, "watched": big},
        episodes={**media, "plays": big, "watched": big, "minutes": big},
    )
    demo.fail("GET", "/users/me/stats", 200, headers=JSON_TYPE, body=body)
    await ann.say("/stats")
    assert ann.last_reply.photo is not None, ann.text()


# -- 5. ◀ Back on a picture or card --------------------------------------------------------------


async def test_back_on_a_picture_telegram_will_not_delete_is_not_a_dead_end(
    ann: ChatDriver, tg: FakeTelegram
) -> None:
    """Bots may delete a message only within 48 hours. ◀ Back on an older picture (or
    card) gets "message can't be deleted for everyone": not an ignorable error, so the
    presser reads "Something went wrong on my side. Please try again in a moment." — and
    every retry says the same, forever (bot/kit/views.py `on_close`)."""
    await ann.say("/stats")
    picture = ann.last_reply
    tg.fail_next(
        "deleteMessage",
        status=400,
        description="Bad Request: message can't be deleted for everyone",
    )
    await ann.press("◀ Back", message=picture)
    assert ann.last_alert != GENERIC
    left = tg.find(ann.chat.id, picture.message_id)
    assert left is None or not left.inline_keyboard, "the same dead ◀ Back stays"


async def test_a_second_back_on_a_closed_picture_is_answered(
    bot: Harness, ann: ChatDriver, tg: FakeTelegram
) -> None:
    """A double tap on ◀ Back: the first press deletes the picture, the second one's
    deleteMessage gets "message to delete not found", which the error handler ignores
    without answering the callback query: the client's spinner runs until it times out."""
    await ann.say("/stats")
    picture = ann.last_reply
    data = ann.buttons(picture)[0][0].data
    assert data is not None
    first = tg.callback_update(ann.user, ann.chat, picture.message_id, data)
    second = tg.callback_update(ann.user, ann.chat, picture.message_id, data)
    await bot.deliver(first)
    await bot.deliver(second)
    answered = {a.query_id for a in tg.callback_answers}
    assert second["callback_query"]["id"] in answered


# -- 6. a restart loses nothing: a queued write -----------------------------------------------


async def test_a_write_queued_on_a_long_429_is_not_lost_silently_on_restart(
    bot: Harness,
    ann: ChatDriver,
    demo: DemoTrakt,
    waits: Waits,
) -> None:
    """The press was answered "⏳ Trakt asks me to wait, so I'll save this in 45 s". A
    restart (a deploy) during the wait cancels the task (bot/kit/later.py `cancel_all`):
    the write never happens and the person is never told — only the log knows."""
    await _card(ann, "breaking")
    demo.fail("POST", "/sync/watchlist", 429, headers={"Retry-After": "45"})
    await ann.press("➕ Watchlist")
    assert ann.last_alert == "⏳ Trakt asks me to wait, so I’ll save this in 45 s."
    await wait_for(lambda: waits.pending == 1, what="the queued write")
    before = len(ann.replies)
    await bot.restart()
    await wait_for(
        lambda: demo_user(bot).on_watchlist("show", BREAKING_BAD) or len(ann.replies) > before,
        timeout=2.0,
        what="the queued write saved after the restart, or the person told it was not",
    )


# -- 7. python -m bot check ------------------------------------------------------------------------


@pytest.mark.parametrize("variable", ["TELEGRAM_API_URL", "TRAKT_API_URL"])
def test_check_reports_a_malformed_url_as_invalid_settings(variable: str) -> None:
    """`_url` (bot/config.py) calls `urlsplit`, which raises ValueError("Invalid IPv6 URL")
    for `http://[::1`: not a ConfigError, so `check` (and `run`) end in a traceback with
    exit code 1 instead of one "settings: invalid (…)" line and exit code 2."""
    env = {
        "TELEGRAM_BOT_TOKEN": "4242:attack-test-token-aaaaaaaaaaaaaaaaaaaa",
        "TRAKT_CLIENT_ID": "client-id",
        "TRAKT_CLIENT_SECRET": "client-secret",
        "BOT_ENCRYPTION_KEY": generate_key(),
        variable: "http://[::1",
    }
    lines: list[str] = []
    code = check(lambda: load_settings(Mode.RUN, environ=env, env_file=None), lines.append)
    assert code == 2
    assert lines and lines[0].startswith("settings: invalid"), lines
