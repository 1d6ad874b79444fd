"""Shared test helpers: link a chat to a demo Trakt user without the device dance; clocks,
injected waits, images, a fake CDN; where the Trakt samples are; the demo user, its writes
and episodes; the frozen clock."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import httpx
from PIL import Image

from bot.demo import DemoTrakt
from bot.demo.trakt_state import UserState
from bot.kit.callback import InvalidCallback, decode
from bot.kit.callback import base36 as base36  # re-exported for tests that forge data
from bot.kit.codes import Action
from bot.store import Account
from bot.testkit.fakebot import ChatDriver
from bot.testkit.fakebot.models import Button, StoredMessage
from bot.testkit.harness import Harness
from bot.trakt.models_account import TokenSet

T = TypeVar("T")

# The demo's clock and the bot's under `@pytest.mark.frozen_clock` (tests/conftest.py): Friday
# 2026-12-04 at noon UTC. The demo's live week is laid out from its clock (tests/test_calendar.py
# shows it): Shōgun airs daily at 02:00 UTC, Night Signal three minutes after the clock. On
# the real clock a test near 02:00 (or midnight, or run slowly) sees them meet or move.
FROZEN_NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC).timestamp()

# Real Trakt response bodies, with their README (source and licence of each file).
TRAKT_SAMPLES = Path(__file__).resolve().parent / "trakt-samples"


async def link_account(bot: Harness, chat_id: int, username: str = "demo") -> Account:
    """Issue demo tokens for `username` and store them for `chat_id`, as /link would."""
    assert bot.demo is not None
    tokens = TokenSet.from_json(bot.demo.issue_token(username))
    return await bot.services.accounts.link(chat_id, tokens)


class Waits:
    """The Trakt client's injected `sleep`: records each wait and ends it only when told
    (`release`), so the test decides when the wait is over."""

    def __init__(self) -> None:
        self.asked: list[float] = []
        self._gates: list[asyncio.Event] = []
        self.hold = True

    async def __call__(self, seconds: float) -> None:
        self.asked.append(seconds)
        if not self.hold:
            return
        gate = asyncio.Event()
        self._gates.append(gate)
        await gate.wait()

    def release(self) -> None:
        """End the oldest wait still running."""
        self._gates.pop(0).set()

    @property
    def pending(self) -> int:
        return len(self._gates)


class Clock:
    """Monotonic seconds a test moves by hand (`clock.now += 60`)."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def webp(size: tuple[int, int] = (300, 450), mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, (200, 40, 40, 128) if mode == "RGBA" else (200, 40, 40)).save(out, "WEBP")
    return out.getvalue()


class CDN:
    """A fake image CDN: serves one WebP for every URL, or what a test tells it to."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        self.status = 200
        self.body = webp()
        self.content_type = "image/webp"

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.hits.append(str(request.url))
        headers = {"Content-Type": self.content_type}
        return httpx.Response(self.status, headers=headers, content=self.body)


async def wait_for(
    predicate: Callable[[], T],
    *,
    timeout: float = 5.0,  # noqa: ASYNC109 - the deadline is the point of this helper
    what: str = "the condition",
) -> T:
    """Poll `predicate` until it returns something truthy, and return that.

    For effects that happen in another task or process; fails naming `what` when the
    deadline passes, so a test never waits on a guessed sleep.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        found = predicate()
        if found:
            return found
        if loop.time() >= deadline:
            raise AssertionError(f"waited {timeout} s for {what}, in vain")
        await asyncio.sleep(0.01)


async def held_writes(
    bot: Harness,
    *presses: Awaitable[object],
    method: str = "POST",
    path: str = "/sync/history",
) -> int:
    """Deliver `presses` together while the demo Trakt holds every `method path` request
    until the first one is in flight, so two presses are really concurrent (the in-process
    demo would otherwise answer each before the next starts); how many such requests came."""
    assert bot.demo is not None
    waiting = 0
    release = asyncio.Event()

    async def hold(seen_method: str, seen_path: str) -> None:
        nonlocal waiting
        if seen_method == method and seen_path == path:
            waiting += 1
            await release.wait()

    bot.demo.hold = hold
    try:
        tasks = [asyncio.ensure_future(press) for press in presses]
        await wait_for(lambda: waiting >= 1, what=f"the first {method} {path} to reach Trakt")
        for _ in range(20):
            await asyncio.sleep(0)  # let the other presses run as far as they can
        release.set()
        await asyncio.gather(*tasks)
    finally:
        release.set()
        bot.demo.hold = None
    return waiting


def labels(chat: ChatDriver) -> list[str]:
    """Every button label of the chat's latest message with buttons, row by row."""
    return [b.label for row in chat.buttons() for b in row]


def view_rows(chat: ChatDriver, message: StoredMessage | None = None) -> list[list[Button]]:
    """A message's button rows (default the latest reply) without the way home that a
    top-level view ends with in a private chat (☰ Menu, or ◀ Back to the menu it was opened
    from: tests/test_home.py)."""
    rows = chat.buttons(message)
    if rows and len(rows[-1]) == 1 and _goes_home(rows[-1][0]):
        return rows[:-1]
    return rows


def _goes_home(button: Button) -> bool:
    try:
        return decode(button.data).action == Action.HOME
    except InvalidCallback:
        return False


def demo_user(bot: Harness) -> UserState:
    """The demo Trakt user that `link_account` links chats to."""
    assert bot.demo is not None
    return bot.demo.users["demo"]


def trakt_writes(bot: Harness) -> int:
    """How many writes (POST, DELETE) the demo Trakt was asked for."""
    assert bot.demo is not None
    return sum(1 for r in bot.demo.requests if r.method in ("POST", "DELETE"))


def episode_id(demo: DemoTrakt | None, show: int, season: int, number: int) -> int:
    """The trakt id of the show's S`season`E`number` in the demo catalogue."""
    assert demo is not None
    found = next(s for s in demo.catalogue.shows[show].seasons if s.number == season)
    return int(found.episodes[number - 1]["ids"]["trakt"])
