"""/history: a play's number opens its own card (an episode's, a movie's); 🗑 removes
exactly one play by its history id, after a question, once."""

from __future__ import annotations

from bot.kit.callback import decode
from bot.kit.codes import Action
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import demo_user, labels


def _newest(bot: Harness) -> int:
    return max(demo_user(bot).history, key=lambda h: h.watched_at).id


async def test_episode_numbers_open_the_episode(ann: ChatDriver) -> None:
    await ann.say("/history")
    first = ann.buttons()[0][0]
    assert first.label == "1" and first.data is not None
    cb = decode(first.data)
    assert cb.action == Action.EPISODE_OPEN and cb.args[0] == "e"  # Severance S01E04


async def test_remove_one_play_after_a_question(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/history")
    plays = [h.id for h in demo_user(bot).history]
    newest = _newest(bot)
    await ann.press("🗑 Remove a play")
    assert "Tap the number of the play to remove." in ann.text()
    await ann.press("🗑 1")
    assert "Remove play 1: Severance · S01E04" in ann.text()
    assert [h.id for h in demo_user(bot).history] == plays  # nothing removed yet
    remove = next(b.data for row in ann.buttons() for b in row if b.label == "🗑 Remove")
    assert remove is not None
    message = ann.last_reply.message_id
    await ann.press_data(remove, message)
    assert ann.last_alert == "Play removed"
    assert [h.id for h in demo_user(bot).history] == [p for p in plays if p != newest]
    await ann.press_data(remove, message)  # a double tap, or an old copy
    assert ann.last_alert == "That play was already removed"
    assert len(demo_user(bot).history) == len(plays) - 1
    assert "Severance · S01E04" not in ann.text()


async def test_cancel_and_done_leave_everything(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/history")
    plain = labels(ann)
    plays = len(demo_user(bot).history)
    await ann.press("🗑 Remove a play")
    await ann.press("🗑 2")
    await ann.press("✖ Cancel")
    assert "Tap the number" in ann.text()
    await ann.press("✔ Done")
    assert labels(ann) == plain and len(demo_user(bot).history) == plays


async def test_a_failed_removal_says_so(bot: Harness, ann: ChatDriver) -> None:
    assert bot.demo is not None
    await ann.say("/history")
    plays = len(demo_user(bot).history)
    await ann.press("🗑 Remove a play")
    await ann.press("🗑 1")
    bot.demo.fail("POST", "/sync/history/remove", 503, times=5)
    await ann.press("🗑 Remove")
    assert ann.last_alert is not None and "Trakt" in ann.last_alert
    assert len(demo_user(bot).history) == plays
    assert "Remove play 1" in ann.text()


async def test_russian_question(bot: Harness, boris: ChatDriver) -> None:
    await boris.say("/history")
    await boris.press("🗑 Удалить просмотр")
    await boris.press("🗑 1")
    assert "Удалить просмотр 1: Разделение · Severance · S01E04" in boris.text()


async def test_undo_a_removed_play(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/history")
    before = sorted((h.kind, h.trakt, h.watched_at) for h in demo_user(bot).history)
    await ann.press("🗑 Remove a play")
    await ann.press("🗑 1")
    await ann.press("🗑 Remove")
    assert len(demo_user(bot).history) == len(before) - 1
    await ann.press("↩ Undo")
    assert ann.last_alert == "Undone"
    assert sorted((h.kind, h.trakt, h.watched_at) for h in demo_user(bot).history) == before
