"""Bugs an adversarial review found after the house move, each reproduced first: odd ids in
Trakt's watched lists, marks and progress across a re-link, forged done ratings, view
buttons pressed on inline-mode messages."""

from __future__ import annotations

import json
import logging
from types import SimpleNamespace
from typing import Any, cast

import pytest

from bot.accounts import TraktSession
from bot.marks import Marks
from bot.party.gather import Member, gather
from bot.snapshots import SnapshotCache
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from bot.trakt import ShowProgress, TraktAPI
from tests.helpers import Clock, link_account

INTERSTELLAR = 102156
ODD_ROW = {"plays": 1, "movie": {"title": "Odd", "ids": {"trakt": 0}}}


def _labels(chat: ChatDriver) -> list[str]:
    return [b.label for row in chat.buttons() for b in row]


def _errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


def _watched_movies(bot: Harness, rows: list[dict[str, Any]]) -> None:
    assert bot.demo is not None
    bot.demo.fail(
        "GET",
        "/users/me/watched/movies",
        200,
        headers={"Content-Type": "application/json"},
        body=json.dumps(rows),
    )


# 1 (regression) -------------------------------------------------------------------------
async def test_one_odd_watched_id_does_not_drop_every_watched_mark(
    bot: Harness, ann: ChatDriver
) -> None:
    _watched_movies(
        bot,
        [{"plays": 1, "movie": {"title": "Interstellar", "ids": {"trakt": INTERSTELLAR}}}, ODD_ROW],
    )
    await ann.say("/search interstellar")
    await ann.press("1")
    assert "✅ Watched" in _labels(ann)


# 2 (regression, same root) --------------------------------------------------------------
async def test_party_member_with_an_odd_watched_id_is_still_read(
    bot: Harness, ann: ChatDriver
) -> None:
    _watched_movies(bot, [ODD_ROW])
    svc = bot.services
    found = await gather(svc.accounts, svc.trakt, [Member(ann.user.id, "Ann")], "movies")
    assert found.wishes and not found.unreachable


# 3 (latent in the new model) ------------------------------------------------------------
async def test_progress_is_not_shared_across_a_relink_to_another_account() -> None:
    class Api:
        async def show_progress(self, token: str, show_id: int) -> ShowProgress:
            return ShowProgress(aired=9, completed=1 if token == "alice" else 7)

    def session(slug: str) -> TraktSession:
        async def call(fn: Any) -> Any:
            return await fn(slug)

        account = SimpleNamespace(chat_id=1001, slug=slug)
        return cast(TraktSession, SimpleNamespace(account=account, call=call))

    marks = Marks(cast(TraktAPI, Api()), snapshots=SnapshotCache(clock=Clock()))
    assert (await marks.progress(session("alice"), 9)).completed == 1
    # the same Telegram user re-linked to another Trakt account, seconds later
    assert (await marks.progress(session("bob"), 9)).completed == 7


# 4 (pre-existing) -----------------------------------------------------------------------
async def test_marks_made_here_do_not_follow_a_relink_to_another_account(
    bot: Harness, ann: ChatDriver
) -> None:
    await ann.say("/search interstellar")
    await ann.press("1")
    await ann.press("⭐ Rate")
    await ann.press("8")
    await ann.say("/unlink")
    await ann.press("Yes")
    await link_account(bot, ann.user.id, "alice")  # alice never rated it
    await ann.say("/search interstellar")
    await ann.press("1")
    assert "✅ Rated 8/10" not in _labels(ann)


# 5 (pre-existing) -----------------------------------------------------------------------
async def test_forged_done_rating_answers_in_words(
    ann: ChatDriver, caplog: pytest.LogCaptureFixture
) -> None:
    await ann.say("/search interstellar")
    await ann.press("1")
    with caplog.at_level(logging.INFO):
        await ann.press_data(f"1|act|rt|rate:5|m|{INTERSTELLAR}|d", ann.last_reply.message_id)
    assert ann.last_alert is not None and "action-" not in ann.last_alert
    assert not _errors(caplog)


# 6 (pre-existing) -----------------------------------------------------------------------
@pytest.mark.parametrize("data", ["1|det|*|m|102156", "1|close|*", "1|hist|rt|a|a|1"])
async def test_a_view_button_on_an_inline_message_is_refused_politely(
    bot: Harness, ann: ChatDriver, data: str, caplog: pytest.LogCaptureFixture
) -> None:
    tg = bot.telegram
    results = await ann.inline("interstellar")
    chosen = tg.chosen_inline_result_update(ann.user, results[0]["id"])
    await bot.deliver(chosen)
    press = tg.inline_callback_update(
        ann.user, chosen["chosen_inline_result"]["inline_message_id"], data
    )
    with caplog.at_level(logging.INFO):
        await bot.deliver(press)
    (answer,) = [a for a in tg.callback_answers if a.query_id == press["callback_query"]["id"]]
    assert answer.show_alert and "out of date" in (answer.text or "")
    assert not _errors(caplog)
