"""A load driver: many private chats talking to a bot through FakeTelegram's update feed.

Updates flow as in production: each one is queued in FakeTelegram (`enqueue`) and the
bot's updater fetches it with getUpdates over HTTP. A chat's reply latency runs from the
moment its update is queued to the moment the fake server records the bot's first
sendMessage/editMessageText into that chat (a FakeTelegram event listener). Replies are
matched to a chat's updates in order; a reply later than `TIMEOUT` still counts as an
answer (so it can't be taken for the reply to the chat's next update) but its latency
counts as infinite in the percentiles.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bot.testkit.fakebot import Event, FakeTelegram
from bot.testkit.fakebot.models import Chat, User

REPLY_EVENTS = ("sent", "edited")
TIMEOUT = 10.0  # seconds a chat waits before sending its next text anyway
GRACE = 10.0  # seconds a phase waits at its end for late replies

Script = Callable[[int, int], str]  # (chat index, round) -> the text to send


@dataclass
class Sample:
    """One command; `latency` is None when no reply came within TIMEOUT."""

    command: str
    latency: float | None


@dataclass
class Phase:
    """What one stretch of load produced."""

    name: str
    samples: list[Sample] = field(default_factory=list)
    seconds: float = 0.0
    unanswered: int = 0  # no reply at all, even after the grace period

    @property
    def sent(self) -> int:
        """Updates sent."""
        return len(self.samples)

    @property
    def answered(self) -> int:
        """Updates that got a reply, in time or late."""
        return self.sent - self.unanswered

    @property
    def rate(self) -> float:
        """Updates answered in time per second of wall time."""
        in_time = sum(1 for s in self.samples if s.latency is not None)
        return in_time / self.seconds if self.seconds else 0.0

    def percentile(self, share: float) -> float:
        """A latency percentile in seconds (nearest rank); late replies count as infinite."""
        values = sorted(math.inf if s.latency is None else s.latency for s in self.samples)
        if not values:
            return math.nan
        return values[min(len(values), max(1, math.ceil(share * len(values)))) - 1]

    def count(self, command: str) -> int:
        """How many updates carried this command."""
        return sum(1 for s in self.samples if s.command == command)


class Load:
    """Private chats with a bot; `ask` sends one text and waits for the reply."""

    def __init__(self, telegram: FakeTelegram, chats: Sequence[tuple[User, Chat]]) -> None:
        self.telegram = telegram
        self.chats = list(chats)
        self._waiting: dict[int, deque[asyncio.Future[float]]] = {}
        self._late: list[asyncio.Future[float]] = []
        telegram.subscribe(self._on_event)

    def _on_event(self, event: Event) -> None:
        if event.kind not in REPLY_EVENTS or event.chat_id is None:
            return
        queue = self._waiting.get(event.chat_id)
        while queue:
            future = queue.popleft()
            if not future.done():  # given up on (cancelled) futures are skipped
                future.set_result(time.perf_counter())
                return

    async def ask(self, index: int, text: str) -> Sample:
        """Queue `text` from chat `index` and wait (up to TIMEOUT) for the bot's reply."""
        user, chat = self.chats[index]
        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(chat.id, deque()).append(future)
        update = self.telegram.message_update(user, chat, text)
        started = time.perf_counter()
        self.telegram.enqueue(update)
        await asyncio.wait({future}, timeout=TIMEOUT)
        if not future.done():
            self._late.append(future)  # stays queued: it takes the late reply
            return Sample(_command(text), None)
        return Sample(_command(text), future.result() - started)

    async def closed_loop(
        self, name: str, script: Script, rounds: int, chats: int | None = None
    ) -> Phase:
        """The first `chats` chats (default all) at once; each sends its next text as soon
        as the last one is answered."""

        async def one_chat(index: int) -> list[Sample]:
            return [await self.ask(index, script(index, r)) for r in range(rounds)]

        count = len(self.chats) if chats is None else min(chats, len(self.chats))
        started = time.perf_counter()
        results = await asyncio.gather(*(one_chat(i) for i in range(count)))
        return await self._finish(name, [s for chat in results for s in chat], started)

    async def paced(
        self, name: str, script: Script, total: int, per_second: float, chats: int | None = None
    ) -> Phase:
        """Open loop: `total` texts at a steady `per_second`, round-robin over the first
        `chats` chats (default all)."""
        count = len(self.chats) if chats is None else min(chats, len(self.chats))
        loop = asyncio.get_running_loop()
        started = time.perf_counter()
        tasks = []
        for n in range(total):
            delay = started + n / per_second - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            index = n % count
            tasks.append(loop.create_task(self.ask(index, script(index, n // count))))
        return await self._finish(name, list(await asyncio.gather(*tasks)), started)

    async def _finish(self, name: str, samples: list[Sample], started: float) -> Phase:
        phase = Phase(name, samples, time.perf_counter() - started)
        if self._late:
            await asyncio.wait(self._late, timeout=GRACE)
        lost = [f for f in self._late if not f.done()]
        for future in lost:
            future.cancel()
        phase.unanswered, self._late = len(lost), []
        return phase


def make_chats(
    telegram: FakeTelegram, count: int, first_id: int, languages: Sequence[str] = ("en",)
) -> list[tuple[User, Chat]]:
    """`count` people, each in a private chat with the bot, languages taken in turn."""
    chats = []
    for n in range(count):
        user = telegram.user(
            first_id + n,
            f"User{n}",
            username=f"bench_user_{n}",
            language_code=languages[n % len(languages)],
        )
        chats.append((user, telegram.private_chat(user)))
    return chats


def _command(text: str) -> str:
    return text.split()[0] if text.startswith("/") else "text"
