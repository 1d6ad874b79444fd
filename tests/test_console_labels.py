"""What a typed number or label presses in the console: every list's items by their
number ("4. Title", "✅ 1", "🎞 ⁨۲⁩"), never a button that writes by accident; a label on
the latest message that has it, in any language; a label no button has now is said so."""

from __future__ import annotations

import io
import re

from bot.console import PEOPLE, PROMPT, Console
from bot.demo import DemoTrakt
from bot.testkit.harness import Harness
from tests.helpers import link_account

YOU = PEOPLE["demo"][0]


async def _play(bot: Harness, script: str) -> str:
    """Type the script's lines into a console; everything it printed."""
    out = io.StringIO()
    await Console(bot, out, demo=True).run(io.StringIO(script), settle=0)
    return out.getvalue()


def _after(text: str, line: str, time: int = 1) -> str:
    """What the console printed after the person typed `line` (the `time`-th time)."""
    parts = text.split(f"{PROMPT}{line}\n")
    assert len(parts) > time, f"{line!r} was not typed {time} time(s)"
    return parts[time].split(PROMPT, 1)[0]


def _number_of(text: str, start: str) -> str:
    """The number of the message the console printed starting with `start`."""
    found = re.search(rf"bot #(\d+)> {re.escape(start)}", text)
    assert found, f"no message starting {start!r}"
    return found.group(1)


async def test_a_number_opens_the_item_in_every_kind_of_list(bot: Harness, demo: DemoTrakt) -> None:
    await link_account(bot, YOU)
    watchlist = list(demo.users["demo"].watchlist)
    text = await _play(bot, "/watchlist\n4\n/recommend\n2\n/lists\n2\n")
    assert "[10] 4. פאודה" in _after(text, "/watchlist")  # "4. Title" is item 4
    assert "https://trakt.tv/shows/fauda" in _after(text, "4")
    opened = _after(text, "2")  # "For you": item 2's card, not its ➕
    assert "https://trakt.tv/shows/the-wire" in opened and "watchlist]" not in opened
    assert "📋 Date night 💕" in _after(text, "2", 2)
    assert demo.users["demo"].watchlist == watchlist


async def test_a_number_never_presses_a_button_that_writes(bot: Harness, demo: DemoTrakt) -> None:
    await link_account(bot, YOU)
    plays = len(demo.users["demo"].history)
    text = await _play(bot, "/next\n🎞 2\n2\n/search inception\n1\n1\n[1]\n")
    rate = _after(text, "2")  # on the episode's card: no items, and [2] is ⭐ Rate
    assert rate.count("\n") == 1 and "type [2] to press it" in rate
    watchlist = _after(text, "1", 2)  # on Inception's card: [1] is ➕ Watchlist
    assert "[1] “➕ Watchlist” may change your Trakt: type [1] to press it" in watchlist
    assert "[Added to your watchlist]" in _after(text, "[1]")  # on purpose
    assert len(demo.users["demo"].history) == plays


async def test_labels_and_numbers_in_persian(bot: Harness, demo: DemoTrakt) -> None:
    await link_account(bot, YOU)
    plays = len(demo.users["demo"].history)
    script = "/language\nفارسی\n/next\n✅ 1\n۲\n/calendar\n▶\n#4 ۲\n/watchlist\n4\n"
    text = await _play(bot, script)
    assert "bot #4> \u200f▶️" in text and "[1] ✅ \u2068۱\u2069" in text  # Persian, isolated
    assert "bot #4 (updated)>" in _after(text, "✅ 1")  # pressed, not searched
    assert len(demo.users["demo"].history) == plays + 1
    several = "item 2 of message #4 has several buttons: [5] ✅ 2, [6] 🎞 2, [7] 🎬 2"
    assert several in _after(text, "۲") and several in _after(text, "#4 ۲")
    paged = _after(text, "▶")  # the button "⁨۲۱ آذر⁩ ▶" (whatever date next week starts)
    assert re.search(r"bot #\d+ \(updated\)> \u200f📅", paged)
    assert "[10] ۴. \u2068פאודה\u2069" in _after(text, "/watchlist")
    assert "https://trakt.tv/shows/fauda" in _after(text, "4")


async def test_a_label_goes_to_the_latest_message_that_has_it(bot: Harness) -> None:
    text = await _play(bot, "/search inception\n1\n/watchlist\n▶\n◀ Back\n◀ Back\nBack\n")
    assert "This needs your Trakt account" in _after(text, "/watchlist")
    assert "(no button labelled “▶” here;" in _after(text, "▶")
    card = _number_of(text, "🎬 Inception")
    assert f"(your message #{card} was deleted)" not in text
    assert f"message #{card} was deleted" in _after(text, "◀ Back")  # the card's ◀ Back
    assert "(no button labelled “◀ Back” here;" in _after(text, "◀ Back", 2)
    assert "🔎" in _after(text, "Back")  # plain words are a search


async def test_a_label_is_found_inside_a_longer_one_or_named_gone(
    bot: Harness, demo: DemoTrakt
) -> None:
    await link_account(bot, YOU)
    text = await _play(bot, "/calendar\n/watchlist\n◀\n/notify\nEach episode\nEach episode\nPast\n")
    calendar = _number_of(text, "📅 ")
    assert f"bot #{calendar} (updated)> 📅 Your calendar" in _after(text, "◀")  # "◀ Nov 28"
    assert "✓ Each episode" in _after(text, "Each episode")
    gone = _after(text, "Each episode", 2)  # now "✓ Each episode": said, not searched
    assert "(no button labelled “Each episode” here;" in gone
    # A word of the label "3. Past Lives" is still a search.
    assert [r.query.get("query") for r in demo.requests if r.path.startswith("/search")] == ["Past"]
