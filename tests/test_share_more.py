"""📤 Share in the group on /me and /checkin (the account's limits and Unlink stay private,
in the group and in the snapshot), and after a restart (the view memory is gone: an
argument-less view renders again, any other is posted as its message shows it, escaped)."""

from __future__ import annotations

from bot.kit.buttons import checkin_button
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from bot.trakt.ref import MediaRef
from tests.helpers import labels, link_account

SHARE = "📤 Share in the group"
INTERSTELLAR = 102156
LIMITS = ("limits", "Watchlist: up to", "Personal lists", "Collection: up to")


async def _asked_in(bot: Harness, tg: FakeTelegram, command: str) -> tuple[ChatDriver, int]:
    """Ann's private chat after she typed `command` in a new group; the group's id."""
    private = bot.chat()
    group = tg.group_chat()
    ann = bot.chat(chat=group)
    if not bot.services.accounts.is_linked(ann.user.id):
        await link_account(bot, ann.user.id)
    await ann.say(command)
    assert "private chat" in ann.text()
    return private, group.id


def _group_texts(private: ChatDriver, tg: FakeTelegram, group_id: int) -> list[str]:
    return [private.text(message) for message in tg.bot_messages(group_id)]


async def _share(private: ChatDriver, tg: FakeTelegram, group_id: int) -> str:
    """Press 📤 on the private answer; the one message it posted in the group (checked to
    carry no buttons)."""
    before = len(tg.bot_messages(group_id))
    await private.press(SHARE)
    assert private.last_alert == "Shared in the group."
    posted = tg.bot_messages(group_id)[before:]
    assert len(posted) == 1
    assert not posted[0].inline_keyboard
    return private.text(posted[0])


async def test_me_from_a_group_shares_without_limits_or_unlink(
    bot: Harness, tg: FakeTelegram
) -> None:
    private, group_id = await _asked_in(bot, tg, "/me")
    mine = private.text()
    assert "Watchlist: up to" in mine  # the person's own chat shows the limits
    assert SHARE in labels(private) and "Unlink" in labels(private)
    shared = await _share(private, tg, group_id)
    assert shared.startswith("📤 Ann shared this:")
    assert "demo’s Trakt account" in shared  # whose: the group reads it
    for text in _group_texts(private, tg, group_id):
        assert not any(word in text for word in LIMITS)
        assert "Unlink" not in text


async def test_checkin_from_a_group_can_be_shared(bot: Harness, tg: FakeTelegram) -> None:
    private = bot.chat()
    await link_account(bot, private.user.id)
    tr = bot.services.i18n.translator("en")
    data = checkin_button(tr, MediaRef("movie", INTERSTELLAR), private.user.id).callback_data
    await bot.app.bot.send_message(private.chat.id, "a card")
    await private.press_data(str(data), private.last_reply.message_id)
    private, group_id = await _asked_in(bot, tg, "/checkin")
    assert "Checked in to Interstellar (2014)" in private.text()
    assert labels(private) == ["✖ Cancel check-in", "☰ Menu", SHARE]
    shared = await _share(private, tg, group_id)
    assert shared.startswith("📤 Ann shared this:")
    assert "Checked in to Interstellar (2014)" in shared


async def test_checkin_with_nothing_running_offers_no_share(bot: Harness, tg: FakeTelegram) -> None:
    private, _ = await _asked_in(bot, tg, "/checkin")
    assert "not checked in" in private.text()
    assert SHARE not in [b.label for row in private.buttons() for b in row]


async def test_share_works_after_a_restart_as_the_message_shows_it(
    bot: Harness, tg: FakeTelegram
) -> None:
    private, group_id = await _asked_in(bot, tg, "/history")
    mine = private.text()
    assert "Tom & Jerry <Classic>" in mine
    await bot.restart()
    shared = await _share(private, tg, group_id)
    assert shared.startswith("📤 Ann shared this:")
    assert mine in shared  # every block, as shown (the owner's language)
    posted = tg.bot_messages(group_id)[-1]
    assert "Tom &amp; Jerry &lt;Classic&gt;" in posted.content  # escaped again


async def test_me_shared_after_a_restart_still_keeps_limits_private(
    bot: Harness, tg: FakeTelegram
) -> None:
    private, group_id = await _asked_in(bot, tg, "/me")
    await bot.restart()
    shared = await _share(private, tg, group_id)
    assert "demo’s Trakt account" in shared
    assert not any(word in shared for word in LIMITS)


async def test_after_a_restart_the_share_is_in_the_groups_language_when_it_can_be(
    bot: Harness, tg: FakeTelegram
) -> None:
    private, group_id = await _asked_in(bot, tg, "/me")
    bot.services.store.set_chat_language(group_id, "ru")
    await bot.restart()
    shared = await _share(private, tg, group_id)
    assert "Аккаунт Trakt пользователя demo" in shared


async def test_a_share_button_pressed_on_another_message_posts_nothing(
    bot: Harness, tg: FakeTelegram
) -> None:
    private, group_id = await _asked_in(bot, tg, "/history")
    data = next(b.data for row in private.buttons() for b in row if b.label == SHARE)
    await bot.restart()
    await private.say("/help")  # a message of the bot's without that button
    before = len(tg.bot_messages(group_id))
    await private.press_data(data or "", private.last_reply.message_id)
    assert private.last_alert == "This button is out of date. Send the command again."
    assert len(tg.bot_messages(group_id)) == before
