"""Guards: writes to the same episode through different paths at once."""

from __future__ import annotations

from collections.abc import Awaitable
from datetime import timedelta

from bot.demo.trakt_state import HistoryEntry
from bot.kit.callback import encode
from bot.kit.codes import Action
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import episode_id, held_writes

SEVERANCE, BREAKING_BAD = 154997, 1388


def _plays(bot: Harness, episode_id: int) -> int:
    assert bot.demo is not None
    return sum(
        1 for h in bot.demo.users["demo"].history if h.kind == "episode" and h.trakt == episode_id
    )


async def _held(bot: Harness, *presses: Awaitable[object]) -> int:
    return await held_writes(bot, *presses)


async def test_tick_and_whole_season_at_once(bot: Harness, ann: ChatDriver) -> None:
    episode = episode_id(bot.demo, SEVERANCE, 1, 5)
    await ann.say("/help")
    await ann.press_data(
        encode(Action.SEASONS_OPEN, "s", SEVERANCE, owner=ann.user.id), ann.last_reply.message_id
    )
    await ann.press("S1 · 4/")
    tick = next(row for row in ann.buttons() if row[0].label.startswith("5. "))[1].data
    await ann.press("✅ Whole season")
    yes = next(b.data for row in ann.buttons() for b in row if b.label.startswith("✅ Yes"))
    message = ann.last_reply.message_id
    writes = await _held(bot, ann.press_data(tick, message), ann.press_data(yes, message))
    assert _plays(bot, episode) == 1, f"S1E5 played {_plays(bot, episode)} times ({writes} writes)"


async def test_next_tick_and_whole_season_at_once(bot: Harness, ann: ChatDriver) -> None:
    """✅ in /next (Severance S01E05) and the season's ✅ whole season at the same time."""
    episode = episode_id(bot.demo, SEVERANCE, 1, 5)
    await ann.say("/next")
    nxt = ann.last_reply
    tick = next(b.data for row in ann.buttons() for b in row if b.label == "✅ 1")
    await ann.say("/help")
    await ann.press_data(
        encode(Action.SEASONS_OPEN, "s", SEVERANCE, owner=ann.user.id), ann.last_reply.message_id
    )
    await ann.press("S1 · 4/")
    await ann.press("✅ Whole season")
    yes = next(b.data for row in ann.buttons() for b in row if b.label.startswith("✅ Yes"))
    message = ann.last_reply.message_id
    await _held(bot, ann.press_data(tick, nxt.message_id), ann.press_data(yes, message))
    assert _plays(bot, episode) == 1, f"S1E5 played {_plays(bot, episode)} times"


async def test_next_tick_after_watched_elsewhere(bot: Harness, ann: ChatDriver) -> None:
    """/next offered S02E01 of Breaking Bad; the person then watched it in another app."""
    assert bot.demo is not None
    episode = episode_id(bot.demo, BREAKING_BAD, 2, 1)
    await ann.say("/next")
    old = ann.last_reply
    tick = next(b.data for row in ann.buttons() for b in row if b.label == "✅ 3")
    demo = bot.demo
    demo.users["demo"].history.append(
        HistoryEntry(demo.next_id(), demo.now() - timedelta(hours=1), "watch", "episode", episode)
    )
    await ann.press_data(tick, old.message_id)
    assert _plays(bot, episode) == 1, f"alert={ann.last_alert!r}"
