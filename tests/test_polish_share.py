"""📤 Share after a new user drove the demo: a shared /me reads as the person's account,
not the group's; nothing to share (no check-in running, /notify's settings) offers no
Share button."""

from __future__ import annotations

from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import labels, link_account

SHARE = "📤 Share in the group"


async def _asked_in(
    bot: Harness, tg: FakeTelegram, command: str, language: str = "en"
) -> tuple[ChatDriver, int]:
    """Ann's private chat after she typed `command` in a new group; the group's id."""
    private = bot.chat(language_code=language)
    group = tg.group_chat()
    ann = bot.chat(chat=group, language_code=language)
    await link_account(bot, ann.user.id)
    await ann.say(command)
    assert ann.last_reply.message_id  # the pointer in the group
    return private, group.id


async def _shared(bot: Harness, tg: FakeTelegram, command: str, language: str = "en") -> str:
    private, group_id = await _asked_in(bot, tg, command, language)
    before = len(tg.bot_messages(group_id))
    await private.press(SHARE if language == "en" else len(labels(private)))
    posted = tg.bot_messages(group_id)[before:]
    assert len(posted) == 1
    return private.text(posted[0])


async def test_a_shared_me_names_whose_account_it_is(bot: Harness, tg: FakeTelegram) -> None:
    shared = await _shared(bot, tg, "/me")
    assert "demo’s Trakt account" in shared and "Linked to this bot since" in shared
    assert "Your Trakt account" not in shared and "Linked here" not in shared


async def test_a_shared_me_in_russian(bot: Harness, tg: FakeTelegram) -> None:
    shared = await _shared(bot, tg, "/me", "ru")
    assert "Аккаунт Trakt пользователя demo" in shared
    assert "Ваш аккаунт" not in shared and "Привязан здесь" not in shared


async def test_the_own_me_still_says_your_account(bot: Harness, tg: FakeTelegram) -> None:
    private, _ = await _asked_in(bot, tg, "/me")
    assert "Your Trakt account" in private.text() and "Linked here since" in private.text()


async def test_no_share_for_a_checkin_that_is_not_there(bot: Harness, tg: FakeTelegram) -> None:
    private, _ = await _asked_in(bot, tg, "/checkin")
    assert "not checked in" in private.text()
    assert SHARE not in labels(private)


async def test_no_share_for_notification_settings(bot: Harness, tg: FakeTelegram) -> None:
    private, _ = await _asked_in(bot, tg, "/notify")
    assert "Notifications" in private.text()
    assert SHARE not in labels(private)


async def test_notify_words_typed_in_a_group_have_no_share(bot: Harness, tg: FakeTelegram) -> None:
    private, _ = await _asked_in(bot, tg, "/notify episodes")
    assert "Each episode" in private.text()
    assert SHARE not in labels(private)
