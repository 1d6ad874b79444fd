"""Queued writes (bot/kit/later.py) under test: Trakt asks to wait 45 s, the press is
queued ("I'll save this in 45 s") and its wait is held until the test releases it; the
queue's clock, the sleep a restarted bot gets, and a chat linked to the demo user. Used by
tests/test_answers_later.py, tests/test_answers_wait.py and the adversarial rounds."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator

import pytest

from bot.demo import DemoTrakt
from bot.kit import later
from bot.testkit import harness
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from bot.trakt import RetryPolicy
from tests.helpers import Clock, Waits, demo_user, link_account, wait_for

INTERSTELLAR = 102156
WAIT = {"Retry-After": "45"}
SAVING = "⏳ Trakt asks me to wait, so I’ll save this in 45 s."


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """The queue's wall clock, moved by hand."""
    found = Clock(float(int(time.time())))
    monkeypatch.setattr(later, "clock", found)
    return found


@pytest.fixture
def waits(bot: Harness) -> Iterator[Waits]:
    """Production's retry budget (30 s) with an injected sleep the test releases."""
    http = bot.services.http
    before = http.retry
    found = Waits()
    http.retry = dataclasses.replace(RetryPolicy(), sleep=found)
    yield found
    http.retry = before


@pytest.fixture
def after_restart(monkeypatch: pytest.MonkeyPatch) -> Waits:
    """The sleep a restarted bot gets: records each wait and ends it at once."""
    found = Waits()
    found.hold = False
    monkeypatch.setattr(harness, "_short_sleep", found)
    return found


@pytest.fixture
async def linked(bot: Harness, chat: ChatDriver, clock: Clock) -> ChatDriver:
    await link_account(bot, chat.user.id)
    return chat


def plays(bot: Harness) -> int:
    """The demo user's plays of Interstellar."""
    return sum(1 for h in demo_user(bot).history if h.kind == "movie" and h.trakt == INTERSTELLAR)


async def open_card(chat: ChatDriver) -> None:
    """Open Interstellar's card."""
    await chat.say("/search interstellar")
    await chat.press("1")


async def press_into_a_wait(
    chat: ChatDriver,
    demo: DemoTrakt,
    label: str = "👁 Mark watched",
    path: str = "/sync/history",
    *,
    exact: bool = False,
) -> None:
    """Trakt answers `POST path` with a 429 beyond the retry budget: pressing `label`
    queues the write, and the person is told when it will be saved."""
    demo.fail("POST", path, 429, headers=WAIT, exact=exact)
    await chat.press(label)
    assert chat.last_alert == SAVING


async def queue_write(
    chat: ChatDriver,
    demo: DemoTrakt,
    waits: Waits,
    label: str = "👁 Mark watched",
    path: str = "/sync/history",
    *,
    exact: bool = False,
    what: str = "the queued write",
) -> None:
    """`press_into_a_wait`, then until the queue sleeps in the wait the test releases."""
    await press_into_a_wait(chat, demo, label, path, exact=exact)
    await wait_for(lambda: waits.pending == 1, what=what)
