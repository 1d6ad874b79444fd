"""The navigation rule: lists, home and settings edit their message in place; a card (a
picture) is a message of its own and its ◀ Back closes it; a top-level view leads home
(◀ Back to the menu it came from, else ☰ Menu)."""

from __future__ import annotations

import httpx
import pytest

from bot.kit.callback import decode
from bot.kit.codes import Action
from bot.posters import PosterFetcher
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import CDN, view_rows

HOME_TOP = "☰ Menu · Trakt: demo"
# Home's button, the command that opens the same view, the view's first line.
IN_PLACE = [
    ("▶️ Up next", "/next", "▶️ Up next"),
    ("📅 Calendar", "/calendar", "📅 Your calendar"),
    ("🕘 History", "/history", "🕘 Your history"),
    ("📌 Watchlist", "/watchlist", "📌 Your watchlist"),
    ("💡 For you", "/recommend", "💡 Shows for you"),
    ("📋 Lists", "/lists", "📋 Your lists"),
    ("🔥 Trending", "/trending", "🔥 Trending shows"),
]


@pytest.fixture
def cdn(bot: Harness) -> CDN:
    served = CDN()
    bot.services.posters = PosterFetcher(transport=httpx.MockTransport(served))
    return served


def _labels(chat: ChatDriver) -> list[str]:
    return [b.label for row in chat.buttons() for b in row]


def _way(chat: ChatDriver) -> str:
    """The label of the way home a view ends with (its last row, one button going home)."""
    [way] = chat.buttons()[-1]
    assert way.data is not None and decode(way.data).action == Action.HOME
    return way.label


@pytest.mark.parametrize(("label", "command", "first_line"), IN_PLACE)
async def test_each_home_button_opens_its_view_in_place_and_back_returns_home(
    ann: ChatDriver, label: str, command: str, first_line: str
) -> None:
    await ann.say("/start")
    home = ann.last_reply.message_id
    await ann.press(label)
    assert ann.last_reply.message_id == home and len(ann.replies) == 1  # in place
    assert ann.last_alert is None
    shown, rows = ann.text(), view_rows(ann)
    assert shown.startswith(first_line), shown
    assert _way(ann) == "◀ Back"
    await ann.press("◀ Back")
    assert ann.last_reply.message_id == home and ann.text().startswith(HOME_TOP)
    # the very view its command opens (which ends with ☰ Menu instead)
    await ann.say(command)
    assert ann.text() == shown
    assert [[b.label for b in row] for row in view_rows(ann)] == [
        [b.label for b in row] for row in rows
    ]
    assert _way(ann) == "☰ Menu"


@pytest.mark.parametrize("command", ["/next", "/history", "/watchlist", "/me", "/checkin"])
async def test_menu_on_a_top_level_view_goes_home_in_place(ann: ChatDriver, command: str) -> None:
    await ann.say(command)
    message = ann.last_reply.message_id
    assert _way(ann) == "☰ Menu"
    await ann.press("☰ Menu")
    assert ann.last_reply.message_id == message and len(ann.replies) == 1
    assert ann.text().startswith(HOME_TOP)
    await ann.press("🕘 History")  # opened from home now: ◀ Back to it
    assert _way(ann) == "◀ Back"
    await ann.press("◀ Back")
    assert ann.text().startswith(HOME_TOP) and ann.last_reply.message_id == message


async def test_paging_and_toggles_keep_the_way_back(ann: ChatDriver) -> None:
    await ann.say("/start")
    home = ann.last_reply.message_id
    await ann.press("🕘 History")
    await ann.press("▶")
    assert "11." in ann.text() and _way(ann) == "◀ Back"
    await ann.press("🎬 Movies")
    assert _way(ann) == "◀ Back" and ann.last_reply.message_id == home
    await ann.press("◀ Back")
    assert ann.text().startswith(HOME_TOP)


async def test_an_action_on_a_view_keeps_the_way_back(ann: ChatDriver) -> None:
    await ann.say("/start")
    await ann.press("▶️ Up next")
    await ann.press("✅ 1")
    assert "↩ Undo" in _labels(ann) and _way(ann) == "◀ Back"
    await ann.press("◀ Back")
    assert ann.text().startswith(HOME_TOP)


async def test_a_card_with_a_poster_is_its_own_message_and_back_closes_it(
    ann: ChatDriver, tg: FakeTelegram, cdn: CDN
) -> None:
    await ann.say("/start")
    home = ann.last_reply
    await ann.press("🔥 Trending")
    listed = ann.text()
    await ann.press("1")
    card = ann.last_reply
    assert card.message_id != home.message_id and card.photo is not None  # a new message
    assert len(ann.replies) == 2 and ann.text(tg.find(ann.chat.id, home.message_id)) == listed
    assert "☰ Menu" not in _labels(ann)  # a card is not a top-level view
    await ann.press("◀ Back")
    assert tg.find(ann.chat.id, card.message_id) is None  # closed
    assert [m.message_id for m in ann.replies] == [home.message_id]
    assert ann.text() == listed and _way(ann) == "◀ Back"  # the list, still from home
    await ann.press("◀ Back")
    assert ann.text().startswith(HOME_TOP)


async def test_a_list_opened_from_a_card_is_its_own_message_too(ann: ChatDriver) -> None:
    await ann.say("/search breaking bad")
    await ann.press("1")  # the card
    await ann.press("👥")  # its people: the card above stays, so a message of its own
    people = ann.last_reply
    assert len(ann.replies) == 3
    await ann.press("◀ Back")
    assert ann.telegram.find(ann.chat.id, people.message_id) is None
    assert len(ann.replies) == 2


async def test_lists_back_edits_in_place_as_every_list_does(ann: ChatDriver) -> None:
    await ann.say("/start")
    home = ann.last_reply.message_id
    await ann.press("📋 Lists")
    await ann.press("1. Mind-benders")  # a list's items: in place, its ◀ Back to the lists
    assert ann.last_reply.message_id == home and ann.text().startswith("📋 Mind-benders")
    assert _labels(ann).count("◀ Back") == 1 and "☰ Menu" not in _labels(ann)
    await ann.press("◀ Back")
    assert ann.last_reply.message_id == home and ann.text().startswith("📋 Your lists")
    assert _way(ann) == "◀ Back"  # the lists: back to home
    await ann.press("◀ Back")
    assert ann.text().startswith(HOME_TOP) and len(ann.replies) == 1


async def test_stats_from_home_is_a_picture_of_its_own_and_back_closes_it(
    ann: ChatDriver, tg: FakeTelegram
) -> None:
    await ann.say("/start")
    home = ann.last_reply
    await ann.press("📊 Stats")
    picture = ann.last_reply
    assert picture.photo is not None and picture.message_id != home.message_id
    assert ann.text().startswith("📊 Your Trakt in numbers")
    assert _labels(ann) == ["◀ Back"]
    assert ann.text(tg.find(ann.chat.id, home.message_id)).startswith("👋 Hi, Ann!")
    await ann.press("◀ Back")
    assert tg.find(ann.chat.id, picture.message_id) is None
    assert [m.message_id for m in ann.replies] == [home.message_id]


async def test_stats_typed_is_closed_by_its_back_too(ann: ChatDriver) -> None:
    await ann.say("/stats")
    assert ann.last_reply.photo is not None and _labels(ann) == ["◀ Back"]
    await ann.press("◀ Back")
    assert ann.replies == []


async def test_search_from_home_asks_in_place_then_the_next_text_searches(
    ann: ChatDriver,
) -> None:
    await ann.say("/start")
    home = ann.last_reply.message_id
    await ann.press("🔍 Search")
    assert ann.last_reply.message_id == home
    assert ann.text().startswith("🔍 Search\nSend me a title or a name")
    [inline], [back] = ann.buttons()
    assert inline.label == "🔎 Search as you type" and inline.data is None
    assert inline.raw["switch_inline_query_current_chat"] == ""
    assert back.label == "◀ Back"
    await ann.say("breaking bad")
    results = ann.last_reply
    assert results.message_id != home and ann.text().startswith("🔎 breaking bad")
    assert _way(ann) == "☰ Menu"  # a new message: the way home, not back
    assert ann.text(ann.telegram.find(ann.chat.id, home)).startswith("🔍 Search")


async def test_after_a_restart_the_way_home_is_the_menu(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/start")
    await ann.press("🕘 History")
    await bot.restart()
    await ann.press("▶")  # the view renders again from its data; where it came from is gone
    assert _way(ann) == "☰ Menu"
    await ann.press("☰ Menu")
    assert ann.text().startswith(HOME_TOP)
