"""/history: a play's number opens its own card (an episode's, a movie's); 🗑 removes
exactly one play by its history id, after a question, once."""

from __future__ import annotations

import pytest

from bot.demo.trakt_state import UserState
from bot.kit.callback import decode
from bot.kit.codes import Action
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import labels, link_account


@pytest.fixture
async def linked(bot: Harness, chat: ChatDriver) -> ChatDriver:
    await link_account(bot, chat.user.id)
    return chat


def _demo(bot: Harness) -> UserState:
    assert bot.demo is not None
    return bot.demo.users["demo"]


def _newest(bot: Harness) -> int:
    return max(_demo(bot).history, key=lambda h: h.watched_at).id


async def test_episode_numbers_open_the_episode(linked: ChatDriver) -> None:
    await linked.say("/history")
    first = linked.buttons()[0][0]
    assert first.label == "1" and first.data is not None
    cb = decode(first.data)
    assert cb.action == Action.EPISODE_OPEN and cb.args[0] == "e"  # Severance S01E04


async def test_remove_one_play_after_a_question(bot: Harness, linked: ChatDriver) -> None:
    await linked.say("/history")
    plays = [h.id for h in _demo(bot).history]
    newest = _newest(bot)
    await linked.press("🗑 Remove a play")
    assert "Tap the number of the play to remove." in linked.text()
    await linked.press("🗑 1")
    assert "Remove play 1: Severance · S01E04" in linked.text()
    assert [h.id for h in _demo(bot).history] == plays  # nothing removed yet
    remove = next(b.data for row in linked.buttons() for b in row if b.label == "🗑 Remove")
    assert remove is not None
    message = linked.last_reply.message_id
    await linked.press_data(remove, message)
    assert linked.last_alert == "Play removed"
    assert [h.id for h in _demo(bot).history] == [p for p in plays if p != newest]
    await linked.press_data(remove, message)  # a double tap, or an old copy
    assert linked.last_alert == "That play was already removed"
    assert len(_demo(bot).history) == len(plays) - 1
    assert "Severance · S01E04" not in linked.text()


async def test_cancel_and_done_leave_everything(bot: Harness, linked: ChatDriver) -> None:
    await linked.say("/history")
    plain = labels(linked)
    plays = len(_demo(bot).history)
    await linked.press("🗑 Remove a play")
    await linked.press("🗑 2")
    await linked.press("✖ Cancel")
    assert "Tap the number" in linked.text()
    await linked.press("✔ Done")
    assert labels(linked) == plain and len(_demo(bot).history) == plays


async def test_a_failed_removal_says_so(bot: Harness, linked: ChatDriver) -> None:
    assert bot.demo is not None
    await linked.say("/history")
    plays = len(_demo(bot).history)
    await linked.press("🗑 Remove a play")
    await linked.press("🗑 1")
    bot.demo.fail("POST", "/sync/history/remove", 503, times=5)
    await linked.press("🗑 Remove")
    assert linked.last_alert is not None and "Trakt" in linked.last_alert
    assert len(_demo(bot).history) == plays
    assert "Remove play 1" in linked.text()


async def test_russian_question(bot: Harness, boris: ChatDriver) -> None:
    await boris.say("/history")
    await boris.press("🗑 Удалить просмотр")
    await boris.press("🗑 1")
    assert "Удалить просмотр 1: Разделение · Severance · S01E04" in boris.text()


async def test_undo_a_removed_play(bot: Harness, linked: ChatDriver) -> None:
    await linked.say("/history")
    before = sorted((h.kind, h.trakt, h.watched_at) for h in _demo(bot).history)
    await linked.press("🗑 Remove a play")
    await linked.press("🗑 1")
    await linked.press("🗑 Remove")
    assert len(_demo(bot).history) == len(before) - 1
    await linked.press("↩ Undo")
    assert linked.last_alert == "Undone"
    assert sorted((h.kind, h.trakt, h.watched_at) for h in _demo(bot).history) == before
