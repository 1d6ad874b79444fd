"""A show's card tells the truth: watched 4 of 19 · next S01E05, ✅ only when every aired
episode is watched, 👁 Mark S01E05 watched ticks exactly that episode, and marking the rest
adds only the episodes not watched yet."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.demo.trakt_state import UserState
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import base36, labels, link_account


@pytest.fixture
async def linked(bot: Harness, chat: ChatDriver) -> ChatDriver:
    await link_account(bot, chat.user.id)
    return chat


def _demo(bot: Harness) -> UserState:
    assert bot.demo is not None
    return bot.demo.users["demo"]


def _show_plays(bot: Harness, show_id: int) -> Counter[tuple[int, int]]:
    """Plays of a show's episodes at the demo, by (season, number)."""
    assert bot.demo is not None
    found: Counter[tuple[int, int]] = Counter()
    for play in _demo(bot).history:
        if play.kind == "episode":
            owner, episode = bot.demo.catalogue.episodes[play.trakt]
            if owner == show_id:
                found[(episode["season"], episode["number"])] += 1
    return found


def _severance(bot: Harness) -> int:
    assert bot.demo is not None
    return bot.demo.catalogue.resolve("show", "severance")


async def _card(chat: ChatDriver, query: str) -> str:
    await chat.say(f"/search {query}")
    await chat.press("1")
    return chat.text()


async def test_a_partly_watched_show_says_how_far(bot: Harness, linked: ChatDriver) -> None:
    text = await _card(linked, "severance")
    assert "👁 You watched 4 of 19 · next S01E05" in text
    shown = labels(linked)
    assert "👁 Mark S01E05 watched" in shown and "✅ Watched" not in shown
    assert "📚 Seasons" in shown


async def test_next_episode_ticks_exactly_that_one(bot: Harness, linked: ChatDriver) -> None:
    show = _severance(bot)
    await _card(linked, "severance")
    before = _show_plays(bot, show)
    await linked.press("👁 Mark S01E05 watched")
    assert linked.last_alert == "Marked as watched"
    after = _show_plays(bot, show)
    assert after - before == Counter({(1, 5): 1})
    assert "👁 You watched 5 of 19 · next S01E06" in linked.text()
    assert "👁 Mark S01E06 watched" in labels(linked) and "↩ Undo" in labels(linked)
    await linked.press("↩ Undo")
    assert _show_plays(bot, show) == before
    assert "next S01E05" in linked.text()


async def test_marking_the_rest_adds_only_the_unwatched(bot: Harness, linked: ChatDriver) -> None:
    show = _severance(bot)
    await _card(linked, "severance")
    before = _show_plays(bot, show)
    owner = linked.user.id
    data = f"1|act|{base36(owner)}|seen|s|{show}"
    await linked.press_data(data, linked.last_reply.message_id)
    assert linked.last_alert == (
        "Mark the 15 aired episodes of Severance you have not watched as watched?"
    )
    await linked.press("✅ The 15 left")
    added = _show_plays(bot, show) - before
    assert sum(added.values()) == 15 and max(added.values()) == 1
    assert not set(added) & set(before)  # no second play of an episode already watched
    assert "✅ You watched all 19 aired episodes" in linked.text()
    assert "✅ Watched" in labels(linked)
    await linked.press("✅ Watched")
    assert linked.last_alert == "Already marked as watched"
    assert sum((_show_plays(bot, show) - before).values()) == 15


async def test_unlinked_show_cards_show_no_progress(chat: ChatDriver) -> None:
    text = await _card(chat, "severance")
    assert "You watched" not in text
    assert "👁 Mark watched" in labels(chat)


async def test_progress_in_persian(bot: Harness) -> None:
    reader = bot.chat(1005, "Dara", language_code="fa")
    await link_account(bot, reader.user.id)
    await reader.say("/search severance")
    await reader.press("۱")  # numbered in Persian digits
    text = reader.text().replace("\u2068", "").replace("\u2069", "")
    assert "👁 ۴ از ۱۹ را دیده‌اید" in text
    assert "👁 \u2068S01E05\u2069 را دیده‌ام" in labels(reader)


async def test_progress_trouble_leaves_a_plain_card(bot: Harness, linked: ChatDriver) -> None:
    assert bot.demo is not None
    bot.demo.fail("GET", f"/shows/{_severance(bot)}/progress", 503, times=10)
    text = await _card(linked, "severance")
    assert "You watched" not in text and text.startswith("📺 Severance")
