"""A show's card tells the truth: watched 4 of 19 · next S01E05, ✅ only when every aired
episode is watched, 👁 Mark S01E05 watched ticks exactly that episode, and marking the rest
adds only the episodes not watched yet."""

from __future__ import annotations

from collections import Counter

from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import base36, demo_user, labels, link_account


def _show_plays(bot: Harness, show_id: int) -> Counter[tuple[int, int]]:
    """Plays of a show's episodes at the demo, by (season, number)."""
    assert bot.demo is not None
    found: Counter[tuple[int, int]] = Counter()
    for play in demo_user(bot).history:
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


async def test_a_partly_watched_show_says_how_far(bot: Harness, ann: ChatDriver) -> None:
    text = await _card(ann, "severance")
    assert "👁 You watched 4 of 19 · next S01E05" in text
    shown = labels(ann)
    assert "👁 Mark S01E05 watched" in shown and "✅ Watched" not in shown
    assert "📚 Seasons" in shown


async def test_next_episode_ticks_exactly_that_one(bot: Harness, ann: ChatDriver) -> None:
    show = _severance(bot)
    await _card(ann, "severance")
    before = _show_plays(bot, show)
    await ann.press("👁 Mark S01E05 watched")
    assert ann.last_alert == "Marked as watched"
    after = _show_plays(bot, show)
    assert after - before == Counter({(1, 5): 1})
    assert "👁 You watched 5 of 19 · next S01E06" in ann.text()
    assert "👁 Mark S01E06 watched" in labels(ann) and "↩ Undo" in labels(ann)
    await ann.press("↩ Undo")
    assert _show_plays(bot, show) == before
    assert "next S01E05" in ann.text()


async def test_marking_the_rest_adds_only_the_unwatched(bot: Harness, ann: ChatDriver) -> None:
    show = _severance(bot)
    await _card(ann, "severance")
    before = _show_plays(bot, show)
    owner = ann.user.id
    data = f"1|act|{base36(owner)}|seen|s|{show}"
    await ann.press_data(data, ann.last_reply.message_id)
    assert ann.last_alert == (
        "Mark the 15 aired episodes of Severance you have not watched as watched?"
    )
    await ann.press("✅ The 15 left")
    added = _show_plays(bot, show) - before
    assert sum(added.values()) == 15 and max(added.values()) == 1
    assert not set(added) & set(before)  # no second play of an episode already watched
    assert "✅ You watched all 19 aired episodes" in ann.text()
    assert "✅ Watched" in labels(ann)
    await ann.press("✅ Watched")
    assert ann.last_alert == "Already marked as watched"
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


async def test_progress_trouble_leaves_a_plain_card(bot: Harness, ann: ChatDriver) -> None:
    assert bot.demo is not None
    bot.demo.fail("GET", f"/shows/{_severance(bot)}/progress", 503, times=10)
    text = await _card(ann, "severance")
    assert "You watched" not in text and text.startswith("📺 Severance")
