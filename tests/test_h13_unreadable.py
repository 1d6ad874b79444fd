"""Issue 13, item 4: a stored row no configured key opens (a key removed or replaced,
corruption) counts as "not linked": /link replaces it, /unlink clears it, other commands
ask to link; resuming logins at start-up goes row by row; the start-up check names the
problem in one log line without a secret."""

from __future__ import annotations

import dataclasses
import logging

import pytest

from bot.crypto import TokenCipher, generate_key
from bot.demo import DemoTrakt
from bot.store import Store
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import link_account
from tests.test_link_kit import manual, pending, poll, shown_code  # noqa: F401 - fixtures

APPS = "https://trakt.tv/oauth/authorized_applications"


async def wrong_key(bot: Harness) -> str:
    """Restart with a key that opens none of the rows stored so far; the new key."""
    key = generate_key()
    bot.settings = dataclasses.replace(bot.settings, encryption_keys=(key,))
    await bot.restart()
    return key


async def test_an_unreadable_account_asks_to_link(bot: Harness, chat: ChatDriver) -> None:
    await link_account(bot, chat.chat.id)
    await wrong_key(bot)
    for command in ("/me", "/history", "/watchlist"):
        await chat.say(command)
        assert "needs your Trakt account" in chat.text(), command
        assert "Something went wrong" not in chat.text()
    assert not bot.services.accounts.is_linked(chat.chat.id)


async def test_a_pasted_code_replaces_an_unreadable_account(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await link_account(bot, chat.chat.id)
    await wrong_key(bot)
    await chat.say(f"/link {demo.new_authorization_code('carol')}")
    assert "Linked as carol" in chat.text()
    account = bot.services.accounts.get(chat.chat.id)
    assert demo.oauth.user_for(account.access_token) == "carol"  # stored and live
    await chat.say("/me")
    assert "carol" in chat.text()


@pytest.mark.usefixtures("manual")
async def test_the_device_flow_replaces_an_unreadable_account(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await link_account(bot, chat.chat.id)
    await wrong_key(bot)
    await chat.say("/link")
    demo.approve(shown_code(chat), "carol")
    await poll(bot, chat)
    assert "Linked as carol" in chat.text()
    assert bot.services.accounts.get(chat.chat.id).username == "carol"


async def test_unlink_clears_an_unreadable_account(bot: Harness, chat: ChatDriver) -> None:
    await link_account(bot, chat.chat.id)
    await wrong_key(bot)
    await chat.say("/unlink")
    text = chat.text()
    assert "could no longer read" in text and "Something went wrong" not in text
    assert f'href="{APPS}"' in chat.last_reply.content
    assert not bot.services.store.has_account(chat.chat.id)  # the row is gone
    await chat.say("/unlink")
    assert "needs your Trakt account" in chat.text()


@pytest.mark.usefixtures("manual")
async def test_an_unreadable_login_in_progress_is_replaced(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await chat.say("/link")
    await wrong_key(bot)
    await chat.say("hello")  # not taken for a code: no login in progress can be read
    await chat.say("/link")
    assert pending(bot, chat) is not None
    demo.approve(shown_code(chat), "carol")
    await poll(bot, chat)
    assert "Linked as carol" in chat.text()


async def test_one_unreadable_login_does_not_stop_the_others_resuming(
    bot: Harness, chat: ChatDriver, ru_chat: ChatDriver, demo: DemoTrakt
) -> None:
    await chat.say("/link")
    await ru_chat.say("/link")
    code = shown_code(ru_chat)
    ann = pending(bot, chat)
    assert ann is not None
    with Store(bot.settings.database, TokenCipher([generate_key()])) as other:
        other.save_pending_link(ann)  # Ann's login (read first) under a key the bot lacks
    await bot.restart()
    demo.approve(code, "carol")
    await ru_chat.wait_for("carol", timeout=4)
    assert bot.services.accounts.get(ru_chat.chat.id).username == "carol"
    notice = await chat.wait_for("could not resume", timeout=1)
    assert [b.label for row in chat.buttons(notice) for b in row] == ["🔄 Start again"]
    assert not bot.services.store.has_pending_link(chat.chat.id)


async def test_start_up_says_when_the_keys_open_no_stored_row(
    bot: Harness, chat: ChatDriver, caplog: pytest.LogCaptureFixture
) -> None:
    await link_account(bot, chat.chat.id)
    with caplog.at_level(logging.INFO):
        await bot.restart()
    assert not [r for r in caplog.records if "BOT_ENCRYPTION_KEY" in r.getMessage()]
    caplog.clear()
    with caplog.at_level(logging.INFO):
        key = await wrong_key(bot)
    lines = [r for r in caplog.records if "BOT_ENCRYPTION_KEY" in r.getMessage()]
    assert len(lines) == 1 and lines[0].levelno == logging.ERROR
    message = lines[0].getMessage()
    assert "open" in message and key not in message
    secrets = [*bot.settings.encryption_keys, *(demo_secrets(bot))]
    assert [s for s in secrets if s in caplog.text] == []


def demo_secrets(bot: Harness) -> list[str]:
    assert bot.demo is not None
    return [*bot.demo.oauth.tokens, *bot.demo.oauth.refresh_tokens]
