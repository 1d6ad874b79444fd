"""The test kit: the real bot against the fake Bot API and the demo Trakt, in-process.

The `bot` fixture reaches both fakes without sockets (the harness's `in_process`); the
tests about the transports and the processes start the loopback servers themselves.

A test reads like a chat::

    async def test_help(chat):
        await chat.say("/help")
        assert "/trending" in chat.text()
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import Mode, load_settings
from bot.demo import DemoTrakt
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness, running
from tests.helpers import link_account


@pytest.fixture
def demo() -> DemoTrakt:
    """The demo Trakt; device codes are approved only when a test says so."""
    return DemoTrakt(approve_after=None, device_interval=1)


@pytest.fixture
def env() -> dict[str, str]:
    """Extra environment for the bot under test (e.g. BOT_ALLOWED_USERS)."""
    return {}


@pytest.fixture
async def bot(demo: DemoTrakt, env: dict[str, str], tmp_path: Path) -> AsyncIterator[Harness]:
    """The running bot with its fakes, reached in-process."""
    settings = load_settings(Mode.DEMO, env, env_file=None)
    async with running(settings, data_dir=tmp_path, demo=demo, in_process=True) as harness:
        yield harness


@pytest.fixture
def tg(bot: Harness) -> FakeTelegram:
    """The fake Telegram: every call the bot made, every message in every chat."""
    return bot.telegram


@pytest.fixture
def chat(bot: Harness) -> ChatDriver:
    """Ann, in a private chat, with an English Telegram."""
    return bot.chat()


@pytest.fixture
def ru_chat(bot: Harness) -> ChatDriver:
    """Boris, in a private chat, with a Russian Telegram."""
    return bot.chat(user_id=1002, first_name="Boris", language_code="ru")


@pytest.fixture
async def ann(bot: Harness, chat: ChatDriver) -> ChatDriver:
    """Ann (English), linked to the demo Trakt user."""
    await link_account(bot, chat.user.id)
    return chat


@pytest.fixture
async def boris(bot: Harness, ru_chat: ChatDriver) -> ChatDriver:
    """Boris (Russian), linked to the demo Trakt user."""
    await link_account(bot, ru_chat.user.id)
    return ru_chat
