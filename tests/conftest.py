"""The test kit: the real bot against the fake Bot API and the demo Trakt, in-process.

The `bot` fixture reaches both fakes without sockets (the harness's `in_process`); the
tests about the transports and the processes start the loopback servers themselves.

A test reads like a chat::

    async def test_help(chat):
        await chat.say("/help")
        assert "/trending" in chat.text()
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
from telegram.ext import _aioratelimiter, _jobqueue

from bot.config import Mode, load_settings
from bot.demo import DemoTrakt
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness, running
from tests.helpers import FROZEN_NOW, link_account


class _OneTurn:
    """`asyncio` as one module of a library sees it, its sleeps one turn of the event loop."""

    def __getattr__(self, name: str) -> object:
        return getattr(asyncio, name)

    @staticmethod
    async def sleep(delay: float) -> None:
        await asyncio.sleep(0)


@pytest.fixture(autouse=True, scope="session")
def _job_queue_stops_in_one_turn() -> Iterator[None]:
    """PTB's `JobQueue.stop` sleeps a fixed 10 ms for APScheduler's shutdown, which it
    queued with `call_soon_threadsafe`: one turn of the event loop runs it. Every test
    stops a bot: ten idle milliseconds each, a thousand times over."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_jobqueue, "asyncio", _OneTurn())
        yield


@pytest.fixture
def telegram_retries_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """PTB's rate limiter retries a 429 after its `retry_after` (a second at least) without
    waiting it out: the retry is the same, the test a second shorter."""
    monkeypatch.setattr(_aioratelimiter, "asyncio", _OneTurn())


def frozen_clock(request: pytest.FixtureRequest) -> Callable[[], float] | None:
    """The fixed clock when the test is marked `frozen_clock`, else None (the real one)."""
    if request.node.get_closest_marker("frozen_clock") is None:
        return None
    return lambda: FROZEN_NOW


@pytest.fixture
def demo(request: pytest.FixtureRequest) -> DemoTrakt:
    """The demo Trakt; device codes are approved only when a test says so."""
    clock = frozen_clock(request)
    if clock is None:
        return DemoTrakt(approve_after=None, device_interval=1)
    return DemoTrakt(approve_after=None, device_interval=1, clock=clock)


@pytest.fixture
def env() -> dict[str, str]:
    """Extra environment for the bot under test (e.g. BOT_ALLOWED_USERS)."""
    return {}


# Memory-backed, where the machine has it: SQLite's syncs on a real disk cost the suite
# tens of milliseconds a test (every migration and write), and a test bot's data need not
# outlive the test.
MEMORY_DISK = Path("/dev/shm")


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """Where the bot under test keeps its database: a folder in /dev/shm, else `tmp_path`."""
    if not (MEMORY_DISK.is_dir() and os.access(MEMORY_DISK, os.W_OK)):
        yield tmp_path
        return
    with tempfile.TemporaryDirectory(dir=MEMORY_DISK, prefix="trakt-bot-test-") as folder:
        yield Path(folder)


@pytest.fixture
async def bot(
    demo: DemoTrakt, env: dict[str, str], data_dir: Path, request: pytest.FixtureRequest
) -> AsyncIterator[Harness]:
    """The running bot with its fakes, reached in-process (its clock the demo's when the
    test is marked `frozen_clock`)."""
    settings = load_settings(Mode.DEMO, env, env_file=None)
    clock = frozen_clock(request)
    async with running(
        settings, data_dir=data_dir, demo=demo, in_process=True, clock=clock
    ) as harness:
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
async def linked(bot: Harness) -> Harness:
    """The bot, with Ann (1001) linked to the demo Trakt user and no chat opened."""
    await link_account(bot, 1001)
    return bot


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
