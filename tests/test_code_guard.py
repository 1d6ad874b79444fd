"""The code guard (bot/features/link/codes.py): a Trakt code anywhere in a message, an edit
or a caption is deleted before any gate, and never taken from an edit; titles with digits
are still searched."""

from __future__ import annotations

from typing import Any

import pytest

from bot.accounts.codes import code_in
from bot.demo import DemoTrakt
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness, use_limits
from bot.trakt import RateLimitConfig, RateLimits
from bot.trakt.fair import FairConfig
from tests.helpers import Clock

TITLES = [
    "Dune",
    "Avengers",
    "1917",
    "2001 a space odyssey",
    "Blade Runner 2049",
    "M*A*S*H",
    "S01E01",
    "Se7en",
    "THX 1138",
    "Friends 1994-2004",
    "9-1-1",
    "Face/Off",
    "Spider-Man: Across the Spider-Verse",
    "Ocean's Eleven",
    "Breaking Bad S05E14",
    "Матрица",
]


def _searched(demo: DemoTrakt) -> list[str]:
    """Trakt search queries, without the escapes of Trakt's query syntax."""
    queries = [r.query.get("query", "") for r in demo.requests if r.path.startswith("/search")]
    return [q.replace("\\", "") for q in queries]


def _mine(tg: FakeTelegram, chat: ChatDriver) -> Any:
    return [m for m in tg.messages(chat.chat.id) if not m.from_bot][-1]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("my code is 5055CC52", "5055CC52"),
        ("5055CC52.", "5055CC52"),
        ("code: 5055CC52", "5055CC52"),
        ("code:5055CC52!", "5055CC52"),
        ("«5055CC52»", "5055CC52"),
        ("'DEMO-CODE'", "DEMO-CODE"),
        ("https://trakt.tv/activate/5055CC52", "5055CC52"),
        ("the pin is 4f2a9c1e, thanks", "4f2a9c1e"),
    ],
)
def test_a_code_is_found_anywhere_in_the_text(text: str, code: str) -> None:
    assert code_in(text) == code


@pytest.mark.parametrize("title", TITLES)
def test_no_title_holds_a_code(title: str) -> None:
    assert code_in(title) is None


@pytest.mark.parametrize("title", TITLES)
async def test_titles_with_digits_are_still_searched(
    chat: ChatDriver, demo: DemoTrakt, tg: FakeTelegram, title: str
) -> None:
    await chat.say(title)
    assert title in _searched(demo)
    assert not _mine(tg, chat).deleted
    await chat.say(f"/search {title}")  # the same search, answered from the cache
    assert not _mine(tg, chat).deleted and "Trakt code" not in chat.text()


async def test_a_sentence_holding_a_code_during_a_login_gives_that_code(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt, tg: FakeTelegram
) -> None:
    await chat.say("/link")
    code = demo.new_authorization_code("alice")
    await chat.say(f"here is my code: {code}.")
    assert _mine(tg, chat).deleted
    assert "Linked as alice" in chat.text() and code not in chat.text()
    assert code not in demo.authorization_codes  # exchanged: Trakt took it


async def test_an_edit_into_a_code_during_a_login_is_deleted_not_taken(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt, tg: FakeTelegram
) -> None:
    await chat.say("/link")
    code = demo.new_authorization_code("alice")
    update = tg.message_update(chat.user, chat.chat, "hello")
    sent = update["message"]
    edited = tg.message_update(chat.user, chat.chat, code).pop("message")
    edited.update(message_id=sent["message_id"], edit_date=edited["date"])
    await bot.deliver({"update_id": update["update_id"] + 1000, "edited_message": edited})
    assert tg.find(chat.chat.id, sent["message_id"]) is None
    assert "send the code on its own" in chat.text()
    assert code in demo.authorization_codes  # an edit is never taken
    assert not bot.services.accounts.is_linked(chat.chat.id)


async def test_an_edit_without_a_code_does_nothing(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt, tg: FakeTelegram
) -> None:
    update = tg.message_update(chat.user, chat.chat, "hello")
    sent = update["message"]
    edited = tg.message_update(chat.user, chat.chat, "/search interstellar").pop("message")
    edited.update(message_id=sent["message_id"], edit_date=edited["date"])
    await bot.deliver({"update_id": update["update_id"] + 1000, "edited_message": edited})
    assert not chat.replies and not _searched(demo)


async def test_a_code_from_someone_over_the_update_gate_is_deleted_all_the_same(
    bot: Harness, chat: ChatDriver, tg: FakeTelegram
) -> None:
    limits = RateLimits(RateLimitConfig(fair=FairConfig()))
    limits.fair.clock = Clock()
    use_limits(bot.app, limits)
    for _ in range(25):
        await chat.say("/help")  # past the gate of twenty
    told = len(chat.replies)
    await chat.say("5055CC52")
    assert _mine(tg, chat).deleted
    assert len(chat.replies) == told  # and no answer beyond the gate's one line


async def test_a_caption_in_a_group_not_said_to_the_bot_is_left_alone(
    bot: Harness, tg: FakeTelegram
) -> None:
    ann = bot.chat(chat=tg.group_chat())
    update = tg.message_update(ann.user, ann.chat, "x")
    message = update["message"]
    del message["text"]
    message.update(caption="5055CC52", photo=[{"file_id": "p", "file_unique_id": "p",
                                               "width": 9, "height": 9}])  # fmt: skip
    await bot.deliver(update)
    assert tg.find(ann.chat.id, message["message_id"]) is not None
    assert not ann.replies
