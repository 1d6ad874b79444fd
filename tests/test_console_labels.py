"""What a typed number or label presses in the console: every list's items by their
number ("4. Title", "✅ 1", "🎞 ⁨۲⁩"), never a button that writes by accident; a label on
the latest message that has it, in any language; a label no button has now is said so;
◀ Back and ☰ Menu (◀, ☰) are the bot's own ways back in every language."""

from __future__ import annotations

import re

import pytest

from bot.console import PEOPLE
from bot.demo import DemoTrakt
from bot.testkit.harness import Harness
from tests.console_kit import after, play
from tests.helpers import link_account

YOU = PEOPLE["demo"][0]


def _number_of(text: str, start: str) -> str:
    """The number of the message the console printed starting with `start`."""
    found = re.search(rf"bot #(\d+)> {re.escape(start)}", text)
    assert found, f"no message starting {start!r}"
    return found.group(1)


async def test_a_number_opens_the_item_in_every_kind_of_list(bot: Harness, demo: DemoTrakt) -> None:
    await link_account(bot, YOU)
    watchlist = list(demo.users["demo"].watchlist)
    text = await play(bot, "/watchlist\n4\n/recommend\n2\n/lists\n2\n")
    assert "[10] 4. פאודה" in after(text, "/watchlist")  # "4. Title" is item 4
    assert "https://trakt.tv/shows/fauda" in after(text, "4")
    opened = after(text, "2")  # "For you": item 2's card, not its ➕
    assert "https://trakt.tv/shows/the-wire" in opened and "watchlist]" not in opened
    assert "📋 Date night 💕" in after(text, "2", 2)
    assert demo.users["demo"].watchlist == watchlist


async def test_a_number_never_presses_a_button_that_writes(bot: Harness, demo: DemoTrakt) -> None:
    await link_account(bot, YOU)
    plays = len(demo.users["demo"].history)
    text = await play(bot, "/next\n🎞 2\n2\n/search inception\n1\n1\n[1]\n")
    rate = after(text, "2")  # on the episode's card: no items, and [2] is ⭐ Rate
    assert rate.count("\n") == 1 and "type [2] to press it" in rate
    watchlist = after(text, "1", 2)  # on Inception's card: [1] is ➕ Watchlist
    assert "[1] “➕ Watchlist” may change your Trakt: type [1] to press it" in watchlist
    assert "[Added to your watchlist]" in after(text, "[1]")  # on purpose
    assert len(demo.users["demo"].history) == plays


async def test_labels_and_numbers_in_persian(bot: Harness, demo: DemoTrakt) -> None:
    await link_account(bot, YOU)
    plays = len(demo.users["demo"].history)
    script = "/language\nفارسی\n/next\n✅ 1\n۲\n/calendar\n▶\n#4 ۲\n/watchlist\n4\n"
    text = await play(bot, script)
    assert "bot #4> \u200f▶️" in text and "[1] ✅ \u2068۱\u2069" in text  # Persian, isolated
    assert "bot #4 (updated)>" in after(text, "✅ 1")  # pressed, not searched
    assert len(demo.users["demo"].history) == plays + 1
    # Notes name the buttons as the bot wrote them (Persian digits), minus the isolates.
    several = "item 2 of message #4 has several buttons: [5] ✅ ۲, [6] 🎞 ۲, [7] 🎬 ۲"
    assert several in after(text, "۲") and several in after(text, "#4 ۲")
    assert not re.search("[\u2066-\u2069\u200e\u200f]", after(text, "۲"))
    paged = after(text, "▶")  # the button "⁨۲۱ آذر⁩ ▶" (whatever date next week starts)
    assert re.search(r"bot #\d+ \(updated\)> \u200f📅", paged)
    assert "[10] ۴. \u2068פאודה\u2069" in after(text, "/watchlist")
    assert "https://trakt.tv/shows/fauda" in after(text, "4")


async def test_a_label_goes_to_the_latest_message_that_has_it(bot: Harness) -> None:
    text = await play(bot, "/search inception\n1\n/watchlist\n▶\n◀ Back\n◀ Back\nBack\n")
    assert "This needs your Trakt account" in after(text, "/watchlist")
    assert "(no button labelled “▶” here;" in after(text, "▶")
    card = _number_of(text, "🎬 Inception")
    assert f"(your message #{card} was deleted)" not in text
    assert f"message #{card} was deleted" in after(text, "◀ Back")  # the card's ◀ Back
    assert "(no button labelled “◀ Back” here;" in after(text, "◀ Back", 2)
    assert "🔎" in after(text, "Back")  # plain words are a search


async def test_a_label_is_found_inside_a_longer_one_or_named_gone(
    bot: Harness, demo: DemoTrakt
) -> None:
    await link_account(bot, YOU)
    text = await play(bot, "/calendar\n/watchlist\n◀\n/notify\nEach episode\nEach episode\nPast\n")
    calendar = _number_of(text, "📅 ")
    assert f"bot #{calendar} (updated)> 📅 Your calendar" in after(text, "◀")  # "◀ Nov 28"
    assert "✓ Each episode" in after(text, "Each episode")
    gone = after(text, "Each episode", 2)  # now "✓ Each episode": said, not searched
    assert "(no button labelled “Each episode” here;" in gone
    # A word of the label "3. Past Lives" is still a search.
    assert [r.query.get("query") for r in demo.requests if r.path.startswith("/search")] == ["Past"]


HOME = "[10] ⚙️"  # home's last button (Settings), in every language
LANGUAGES = ["Français", "Türkçe", "Українська", "فارسی"]


def _updated(text: str, number: int | str) -> str:
    """Message #number as the console printed it updated in `text`."""
    found = re.search(rf"bot #{number} \(updated\)> (.*)", text, re.S)
    assert found, f"message #{number} was not updated here: {text!r}"
    return found.group(1)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_back_and_menu_work_in_every_language(bot: Harness, language: str) -> None:
    await link_account(bot, YOU)
    lines = [f"/language\n{language}\n/start", "2", "◀", "2", "◀ Back", "6", "2", "◀ Back"]
    lines += ["◀ Back", "7", "▶", "◀", "☰ Menu", "[10]", "[3]", "◀ Back", "☰"]
    text = await play(bot, "\n".join(lines) + "\n")
    calendar = after(text, "2")  # from home: "◀ <last week>" and ◀ Back, both start with ◀
    assert "bot #4 (updated)> " in calendar and len(re.findall(r"\] ◀ ", calendar)) == 2
    assert HOME in _updated(after(text, "◀"), 4)  # ◀ alone: Back (home), not last week
    assert HOME in _updated(after(text, "◀ Back"), 4)  # ◀ Back in English, too
    assert "📋" in _updated(after(text, "◀ Back", 2), 4)  # a list's own Back: to the lists
    assert HOME in _updated(after(text, "◀ Back", 3), 4)  # the lists' Back: home
    assert re.search(r"\[\d+\] ◀  \[", after(text, "▶"))  # page 2: a pager's ◀, ◀ Back
    assert HOME in _updated(after(text, "◀", 2), 4)  # ◀ alone prefers Back to the pager
    # Home has no ☰ Menu: the latest message that has one is /language's (#2).
    assert HOME in _updated(after(text, "☰ Menu"), 2)
    assert "no button" not in text
    # Settings, then its Trakt account: ◀ Back goes to Settings, and ☰ alone (Settings'
    # ◀ Back goes home: the same button as ☰ Menu) home.
    assert "👤" in _updated(after(text, "[3]"), 2)
    settings = _updated(after(text, "◀ Back", 4), 2)
    assert settings.startswith("⚙️") or settings.startswith("\u200f⚙️")
    assert HOME not in settings
    assert HOME in _updated(after(text, "☰"), 2)


@pytest.mark.parametrize("language", ["Français", "فارسی"])
async def test_back_closes_a_card_before_any_other_arrow(bot: Harness, language: str) -> None:
    await link_account(bot, YOU)
    script = f"/language\n{language}\n/search breaking\n1\n[4]\n1\n◀\n◀ Back\n☰ Menu\n"
    text = await play(bot, script)
    episodes = after(text, "1", 2)  # season 1: ◀ Back (closes) and ◀ Seasons
    assert "bot #6 (updated)> " in episodes and len(re.findall(r"\] ◀ ", episodes)) == 2
    assert "(a message #6 was deleted)" in after(text, "◀")  # ◀ Back, not ◀ Seasons
    assert "(a message #5 was deleted)" in after(text, "◀ Back")  # the card's
    assert HOME in _updated(after(text, "☰ Menu"), 4)  # the search list's ☰ Menu
