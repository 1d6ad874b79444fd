"""Guards: 🗑 Remove on an episode card, pressed twice (double tap / an old copy)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import held_writes


def _episode_plays(bot: Harness, trakt_id: int) -> list:
    assert bot.demo is not None
    return [
        h for h in bot.demo.users["demo"].history if h.kind == "episode" and h.trakt == trakt_id
    ]


async def _card_with_three_plays(bot: Harness, ann: ChatDriver) -> tuple[int, str, int]:
    assert bot.demo is not None
    history = bot.demo.users["demo"].history
    newest = max(history, key=lambda h: h.watched_at)
    assert newest.kind == "episode"
    top = max(h.id for h in history)
    for n in (1, 2):  # two older plays of the same episode
        history.append(
            replace(newest, id=top + n, watched_at=newest.watched_at - timedelta(days=n))
        )
    await ann.say("/history")
    await ann.press("1")
    await ann.press("🗑 Remove a play")
    yes = next(b.data for row in ann.buttons() for b in row if b.label == "🗑 Remove")
    assert yes is not None
    return newest.trakt, yes, ann.last_reply.message_id


async def test_double_tap_removes_one_play(bot: Harness, ann: ChatDriver) -> None:
    episode, yes, message = await _card_with_three_plays(bot, ann)
    assert len(_episode_plays(bot, episode)) == 3
    await ann.press_data(yes, message)
    await ann.press_data(yes, message)  # the same button again: a double tap, an old copy
    assert len(_episode_plays(bot, episode)) == 2, "one intent removed two plays"


async def test_concurrent_presses_remove_one_play(bot: Harness, ann: ChatDriver) -> None:
    episode, yes, message = await _card_with_three_plays(bot, ann)
    await held_writes(
        bot,
        ann.press_data(yes, message),
        ann.press_data(yes, message),
        path="/sync/history/remove",
    )
    assert len(_episode_plays(bot, episode)) == 2, "two concurrent presses removed two plays"
