"""Issue 13 item 12: a person's own answer sent privately from a group carries a
*Share in the group* button: the owner posts a snapshot of it (no personal buttons) into
the group it was asked from, once per press, in the group's language."""

from __future__ import annotations

import asyncio

from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import link_account

SHARE = "📤 Share in the group"


def _labels(chat: ChatDriver) -> list[str]:
    return [b.label for row in chat.buttons() for b in row]


async def _asked_in(bot: Harness, tg: FakeTelegram, command: str) -> tuple[ChatDriver, int]:
    """Ann's private chat after she typed `command` in a new group; the group's id."""
    private = bot.chat()
    group = tg.group_chat()
    ann = bot.chat(chat=group)
    await link_account(bot, ann.user.id)
    await ann.say(command)
    assert "private chat" in ann.text()
    return private, group.id


async def test_share_posts_a_snapshot_without_personal_buttons(
    bot: Harness, tg: FakeTelegram
) -> None:
    private, group_id = await _asked_in(bot, tg, "/watchlist")
    mine = private.text()
    assert SHARE in _labels(private)
    before = len(tg.bot_messages(group_id))
    await private.press(SHARE)
    assert private.last_alert == "Shared in the group."
    posted = tg.bot_messages(group_id)[before:]
    assert len(posted) == 1
    shared = private.text(posted[0])
    assert shared.startswith("📤 Ann shared this:")
    assert mine.splitlines()[0] in shared and mine.splitlines()[-2] in shared
    assert not posted[0].inline_keyboard


async def test_a_double_tap_posts_once(bot: Harness, tg: FakeTelegram) -> None:
    private, group_id = await _asked_in(bot, tg, "/history")
    before = len(tg.bot_messages(group_id))
    message = private.last_reply
    data = next(b.data for row in private.buttons() for b in row if b.label == SHARE)
    assert data is not None
    await asyncio.gather(private.press_data(data, message.message_id), private.press(SHARE))
    await private.press(SHARE)  # and again at once
    assert len(tg.bot_messages(group_id)) == before + 1


async def test_only_the_owner_may_share(bot: Harness, tg: FakeTelegram) -> None:
    private, group_id = await _asked_in(bot, tg, "/watchlist")
    data = next(b.data for row in private.buttons() for b in row if b.label == SHARE)
    eve = bot.chat(user_id=1077, first_name="Eve")
    await eve.say("/help")
    before = len(tg.bot_messages(group_id))
    await eve.press_data(data or "", eve.last_reply.message_id)
    assert eve.last_alert == (
        "This button belongs to whoever asked. Send the command yourself to get your own."
    )
    assert len(tg.bot_messages(group_id)) == before


async def test_into_the_group_it_was_asked_from_in_its_language(
    bot: Harness, tg: FakeTelegram
) -> None:
    private = bot.chat()
    first, second = tg.group_chat(), tg.group_chat(-1009876543210, "Другая")
    bot.services.store.set_chat_language(second.id, "ru")
    await link_account(bot, private.user.id)
    await bot.chat(chat=first).say("/watchlist")
    await bot.chat(chat=second).say("/watchlist")
    assert private.text().startswith("📌 Your watchlist")  # Ann's own language
    before = len(tg.bot_messages(first.id)), len(tg.bot_messages(second.id))
    await private.press(SHARE)
    assert len(tg.bot_messages(first.id)) == before[0]
    posted = tg.bot_messages(second.id)[before[1] :]
    assert len(posted) == 1
    assert "Буду смотреть" in private.text(posted[0])
    assert "Ann" in private.text(posted[0])


async def test_the_button_stays_while_paging(bot: Harness, tg: FakeTelegram) -> None:
    private, _ = await _asked_in(bot, tg, "/history")
    assert "▶" in _labels(private)
    await private.press("▶")
    assert SHARE in _labels(private)


async def test_no_share_button_in_a_private_chat(bot: Harness, chat: ChatDriver) -> None:
    await link_account(bot, chat.user.id)
    await chat.say("/watchlist")
    assert SHARE not in _labels(chat)


async def test_after_leaving_the_group_nothing_is_posted(bot: Harness, tg: FakeTelegram) -> None:
    private, group_id = await _asked_in(bot, tg, "/watchlist")
    tg.add_member(tg.resolve_chat(group_id), private.user, "left")
    before = len(tg.bot_messages(group_id))
    await private.press(SHARE)
    assert private.last_alert == "I can’t post in that group: you or I are no longer in it."
    assert len(tg.bot_messages(group_id)) == before
