"""Guards: assorted probes on the new paths."""

from __future__ import annotations

import logging

import pytest

from bot.kit.callback import encode
from bot.kit.codes import Action
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import held_writes, labels

INCEPTION = 16662


async def test_rating_row_when_ratings_fail(
    bot: Harness, ann: ChatDriver, caplog: pytest.LogCaptureFixture
) -> None:
    assert bot.demo is not None
    await ann.say("/search inception")
    await ann.press("1")
    assert "✅ Rated 9/10" in labels(ann)
    await bot.restart()
    bot.demo.fail("GET", "/sync/ratings", 500, times=20)
    with caplog.at_level(logging.INFO):
        await ann.press("✅ Rated 9/10")
    print("ALERT:", ann.last_alert, labels(ann))
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert "6" in labels(ann)


async def test_undo_of_a_removal_pressed_twice_at_once(bot: Harness, ann: ChatDriver) -> None:
    assert bot.demo is not None

    def plays() -> int:
        return len(bot.demo.users["demo"].history)

    n = plays()
    await ann.say("/history")
    await ann.press("🗑 Remove a play")
    await ann.press("🗑 1")
    await ann.press("🗑 Remove")
    assert plays() == n - 1
    undo = next(b.data for row in ann.buttons() for b in row if b.label == "↩ Undo")
    msg = ann.last_reply.message_id
    await held_writes(
        bot, ann.press_data(undo, msg), ann.press_data(undo, msg), path="/sync/history"
    )
    assert plays() == n
    await ann.press_data(undo, msg)  # an old copy, later
    assert plays() == n


async def test_forged_history_remove(bot: Harness, ann: ChatDriver, tg: FakeTelegram) -> None:
    assert bot.demo is not None
    history = bot.demo.users["demo"].history
    n = len(history)
    await ann.say("/history")
    msg = ann.last_reply.message_id
    pid = history[0].id
    for args in [
        (pid, "a", "a", 1, "zz", 5),
        (pid, "a", "a", 1, "m"),
        (pid, "q", "a", 1),
        (pid, "a", "a", 0),
    ]:
        await ann.press_data(encode(Action.PLAY_REMOVE, *args, owner=ann.user.id), msg)
        print(args, ann.last_alert)
        assert len(bot.demo.users["demo"].history) == n


async def test_episode_translation_fails(bot: Harness, boris: ChatDriver, caplog) -> None:
    assert bot.demo is not None
    bot.demo.fail("GET", "/shows/", 500, times=1)
    with caplog.at_level(logging.INFO):
        await boris.say("/next")
        print(boris.text()[:200])
        bot.demo.fail("GET", "/shows/", 404, times=50)
        await boris.press("🎞 1")
    print("CARD:", boris.text(), boris.last_alert)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
