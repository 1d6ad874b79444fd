"""Guards: the private send fails for reasons other than 'never started' (429, 500, 400)."""

from __future__ import annotations

from bot.testkit.fakebot import FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import link_account


async def test_an_unrelated_bad_request_is_not_told_as_never_started(
    bot: Harness, tg: FakeTelegram
) -> None:
    bot.chat()  # Ann has a private chat with the bot, and has not blocked it
    ann = bot.chat(chat=tg.group_chat())
    await link_account(bot, ann.user.id)
    tg.fail_next("sendMessage", status=400, description="Bad Request: message is too long")
    await ann.say("/history")
    print("GROUP:", ann.text())
    assert "can’t write to you yet" not in ann.text()
