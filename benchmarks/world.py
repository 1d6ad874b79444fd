"""The world around the bot, in a process of its own: fake Telegram, demo Trakt, the chats.

In production Telegram's and Trakt's servers don't share the bot's CPU, so here they
don't either: this process serves the fake Bot API and the demo Trakt on 127.0.0.1 and
plays the people (the load driver); the bot under test runs in the parent process and
talks to both over HTTP. The parent sends `Order`s through a pipe; each answer is the
`Phase` it measured plus the Trakt requests made meanwhile, by command.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from benchmarks import neighbours
from benchmarks.load import Load, Phase, make_chats
from benchmarks.report import trakt_requests_by_command
from bot.demo import DemoTrakt, DemoTraktServer
from bot.testkit.fakebot import FakeBotAPIServer, FakeTelegram

SEARCHES = ("breaking", "dark", "shogun", "inception", "office", "fauda", "zzz", "parasite")
DEMO_USERS = ("demo", "alice", "bob", "carol")
LANGUAGES = ("en", "ru")
FIRST_USER_ID = 500_000


@dataclass(frozen=True)
class World:
    """Where the fakes listen, who the people are, and a Trakt token for each."""

    telegram_url: str
    trakt_url: str
    user_ids: tuple[int, ...]
    tokens: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Order:
    """One phase to drive: `commands` in turn (see `script`), closed loop or paced.

    Closed loop: `chats` chats at once, `rounds` commands each, the next as soon as the
    last is answered. Paced (`per_second` set): `total` commands at that steady rate.
    """

    name: str
    commands: tuple[str, ...]
    chats: int
    rounds: int = 1
    per_second: float | None = None
    total: int = 0
    neighbours: bool = False  # the noisy-neighbour phase (benchmarks/neighbours.py)
    spam: bool = False  # ... with the flooder


def script(commands: Sequence[str]) -> Callable[[int, int], str]:
    """Chat `i`'s text in round `r`: the commands in turn, each chat starting elsewhere."""

    def text(index: int, round_no: int) -> str:
        step = index + round_no
        name = commands[step % len(commands)]
        if name == "search":
            return f"/search {SEARCHES[step % len(SEARCHES)]}"
        if name == "trending":
            return "/trending" if step % 2 else "/trending movies"
        return f"/{name}"

    return text


def serve(conn: Connection, chats: int) -> None:
    """The child process's entry point."""
    asyncio.run(_serve(conn, chats))


async def _serve(conn: Connection, chats: int) -> None:
    telegram = FakeTelegram()
    demo = DemoTrakt(approve_after=None)
    trakt = DemoTraktServer(demo)
    async with FakeBotAPIServer(telegram) as botapi:
        await trakt.start()
        try:
            people = make_chats(telegram, chats, FIRST_USER_ID, LANGUAGES)
            tokens = tuple(demo.issue_token(DEMO_USERS[n % len(DEMO_USERS)]) for n in range(chats))
            ids = tuple(user.id for user, _ in people)
            conn.send(World(botapi.url, trakt.url, ids, tokens))
            load = Load(telegram, people)
            while (order := await receive(conn)) is not None:
                mark = len(demo.requests)
                if order.neighbours:
                    phase, flood = await neighbours.drive(load, order)
                    flood.trakt = neighbours.spam_requests([r.query for r in demo.requests[mark:]])
                    conn.send((phase, flood))
                    continue
                phase = await _drive(load, order)
                conn.send((phase, trakt_requests_by_command(demo.requests[mark:])))
        finally:
            await trakt.stop()


async def _drive(load: Load, order: Order) -> Phase:
    text = script(order.commands)
    if order.per_second:
        return await load.paced(order.name, text, order.total, order.per_second)
    return await load.closed_loop(order.name, text, order.rounds, chats=order.chats)


async def receive(conn: Connection) -> Any:
    """The next object from the pipe, without blocking the event loop."""
    return await asyncio.get_running_loop().run_in_executor(None, conn.recv)
