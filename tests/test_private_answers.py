"""A person's own data asked for in a group goes to their private chat; the group gets
one line (or how to open that chat when the bot can't write there yet)."""

from __future__ import annotations

import pytest

from bot.testkit.fakebot import FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import link_account


@pytest.mark.parametrize("command", ["/next", "/history", "/watchlist", "/recommend", "/me"])
async def test_without_a_private_chat_the_group_says_how(
    bot: Harness, tg: FakeTelegram, command: str
) -> None:
    ann = bot.chat(chat=tg.group_chat())  # Ann never opened a private chat with the bot
    await link_account(bot, ann.user.id)
    await ann.say(command)
    assert ann.text() == (
        "Ann, I can’t write to you yet: open a private chat with me, press Start, then ask again."
    )
    button = ann.buttons()[0][0]
    assert button.label == "💬 Open a private chat"
    assert button.raw.get("url", "").startswith("https://t.me/")


async def test_me_in_a_group_keeps_limits_and_unlink_private(
    bot: Harness, tg: FakeTelegram
) -> None:
    private = bot.chat()
    group = tg.group_chat()
    ann = bot.chat(chat=group)
    await link_account(bot, ann.user.id)
    await ann.say("/me")
    in_group = tg.bot_messages(group.id)
    assert len(in_group) == 1 and "private chat" in ann.text()
    assert not in_group[0].inline_keyboard  # no Unlink, no limits in the group
    assert "Unlink" in " ".join(b.label for row in private.buttons() for b in row)


async def test_in_the_persons_language(bot: Harness, tg: FakeTelegram) -> None:
    private = bot.chat(user_id=1002, first_name="Boris", language_code="ru")
    boris = bot.chat(user_id=1002, first_name="Boris", language_code="ru", chat=tg.group_chat())
    await link_account(bot, boris.user.id)
    await boris.say("/history")
    assert boris.text() == "📬 Boris, я отправил это вам в личный чат."
    assert private.text().startswith("🕘 Ваша история")
