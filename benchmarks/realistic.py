"""Realistic Trakt: each command's reply when every Trakt answer takes `LATENCY` seconds.

In this process, with the test kit's harness: the fake Bot API and the demo Trakt are
served on 127.0.0.1 and the bot reaches both over HTTP; the demo Trakt sleeps `LATENCY`
before each answer (`DemoTrakt(latency=...)`). One linked person, in English, asks each
command once, on a fresh bot: each scenario gets its own harness (new database, empty
caches), does what the command needs first (linking, a /search list to press, a party
to join), then restarts the bot (fresh `Services`: no TTL cache, no marks snapshot, no
kept progress) and times one step, from handing the update to the bot to the reply
reaching Telegram:

- details card of a movie, of a show still airing (it has a next episode to ask for)
  and of one that has ended: /search, then the first result's details button (a card
  opens fastest from a list's button: no command opens one); the press is timed, until
  the card is sent;
- /history, /recommend, /next: until the view is sent;
- an inline query (`@bot breaking`, a search): until the answer;
- /party in a group of two linked people: "Pick now" until the poll is sent (the
  shortlist goes just before it).

Each command is timed `RUNS` times (every command once, then again) and its median run
is reported, so one busy moment of a shared machine does not decide a goal.

Each reply's Trakt requests, with when each arrived and was answered, give its longest
chain of requests made one after another; the goal is a reply within (chain + 1) x
`LATENCY` + `ALLOWANCE` (both in `benchmarks.trips`). An untimed pass without latency
first loads what Python loads once per process (locales, templates), so it is not
billed to the first command.
"""

from __future__ import annotations

import math
import tempfile
import time
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any

from benchmarks.trips import LATENCY, Trip, median
from bot.config import Mode, load_settings
from bot.demo import DemoTrakt
from bot.testkit.fakebot import ChatDriver, Event
from bot.testkit.harness import Harness, running
from bot.trakt.models_account import TokenSet

RUNS = 3  # times each command is timed; its median run is reported
PERSON = 7001  # the person asking, linked to the demo Trakt user "demo"
FRIEND = 7002  # their friend in the party, linked to "alice"

Done = Callable[[Event], bool]
Scenario = Callable[[Harness, "Stopwatch"], Awaitable[Trip]]


class Stopwatch:
    """Times one step: from now until the first Telegram event that answers it."""

    def __init__(self, bot: Harness) -> None:
        self.bot = bot
        self.seen: list[tuple[float, Event]] = []
        bot.telegram.subscribe(self._note)

    def _note(self, event: Event) -> None:
        self.seen.append((time.perf_counter(), event))

    async def time(
        self, command: str, step: Coroutine[Any, Any, object], done: Done, how: str = ""
    ) -> Trip:
        """Run `step`; the reply time and the Trakt requests started before the reply."""
        demo = self.bot.demo
        assert demo is not None
        mark, first = len(demo.requests), len(self.seen)
        started = time.perf_counter()
        await step
        at = next((t for t, event in self.seen[first:] if done(event)), None)
        until = math.inf if at is None else at
        requests = tuple(r for r in demo.requests[mark:] if r.started < until)
        return Trip(command, None if at is None else at - started, requests, how)


def sent_to(chat: ChatDriver, poll: bool = False) -> Done:
    """A message the bot sent into this chat (with `poll`: a poll)."""

    def done(event: Event) -> bool:
        if event.kind != "sent" or event.chat_id != chat.chat.id:
            return False
        return not poll or (event.message is not None and bool(event.message.poll))

    return done


def inline_answer(event: Event) -> bool:
    """The bot answered an inline query."""
    return event.kind == "inline_answer"


async def linked(bot: Harness, user_id: int, name: str, username: str, **kwargs: Any) -> ChatDriver:
    """A person linked to a demo Trakt user (one Trakt request: who the token is)."""
    assert bot.demo is not None
    person = bot.chat(user_id, name, **kwargs)
    tokens = TokenSet.from_json(bot.demo.issue_token(username))
    await bot.services.accounts.link(user_id, tokens)
    return person


async def card(bot: Harness, watch: Stopwatch, command: str, query: str) -> Trip:
    """/search, restart, then the first result's details button."""
    ann = await linked(bot, PERSON, "Ann", "demo")
    await ann.say(f"/search {query}")
    listing = ann.latest_with_keyboard()
    await bot.restart()
    how = f"/search {query}, then the first result's button"
    return await watch.time(command, ann.press(1, message=listing), sent_to(ann), how)


async def movie_card(bot: Harness, watch: Stopwatch) -> Trip:
    """A movie's details card."""
    return await card(bot, watch, "card (movie)", "inception")


async def show_card(bot: Harness, watch: Stopwatch) -> Trip:
    """A show's details card, one still airing: its next episode is asked too."""
    return await card(bot, watch, "card (airing show)", "severance")


async def ended_show_card(bot: Harness, watch: Stopwatch) -> Trip:
    """A show's details card, one that has ended: no next episode to ask for."""
    return await card(bot, watch, "card (ended show)", "breaking")


def command(text: str) -> Scenario:
    """A command in the private chat, timed until the view is sent."""

    async def scenario(bot: Harness, watch: Stopwatch) -> Trip:
        ann = await linked(bot, PERSON, "Ann", "demo")
        await bot.restart()
        return await watch.time(text, ann.say(text), sent_to(ann))

    return scenario


async def inline(bot: Harness, watch: Stopwatch) -> Trip:
    """`@bot breaking` in the private chat."""
    ann = await linked(bot, PERSON, "Ann", "demo")
    await bot.restart()
    step = ann.inline("breaking")
    return await watch.time("inline query", step, inline_answer, "@bot breaking (a search)")


async def party(bot: Harness, watch: Stopwatch) -> Trip:
    """A party of two in a group: Ann starts it, Bea joins, Ann presses Pick now."""
    group = bot.telegram.group_chat()
    ann = await linked(bot, PERSON, "Ann", "demo", chat=group)
    bea = await linked(bot, FRIEND, "Bea", "alice", chat=group)
    await ann.say("/party")
    invitation = ann.latest_with_keyboard()
    await bea.press("I'm in", message=invitation)
    await bot.restart()
    step = ann.press("Pick now", message=invitation)
    return await watch.time("/party pick", step, sent_to(ann, poll=True), "Pick now → the poll")


SCENARIOS: tuple[Scenario, ...] = (
    movie_card,
    show_card,
    ended_show_card,
    command("/history"),
    command("/recommend"),
    command("/next"),
    inline,
    party,
)


async def measure(demo: DemoTrakt, data_dir: Path, runs: int = 1) -> list[Trip]:
    """Every scenario `runs` times, each time on a fresh bot against `demo` (all of them,
    then all again, so a busy moment of the machine does not fall on one command's runs);
    per scenario, its median run."""
    settings = load_settings(Mode.DEMO, {}, env_file=None)
    found: list[list[Trip]] = [[] for _ in SCENARIOS]
    for run in range(runs):
        for n, scenario in enumerate(SCENARIOS):
            place = data_dir / f"{run}.{n}"
            place.mkdir(mode=0o700)
            async with running(settings, data_dir=place, demo=demo) as bot:
                found[n].append(await scenario(bot, Stopwatch(bot)))
    return [median(trips) for trips in found]


async def run() -> list[Trip]:
    """The untimed pass without latency, then the timed ones."""
    demo = DemoTrakt(approve_after=None)
    with tempfile.TemporaryDirectory() as warm, tempfile.TemporaryDirectory() as timed:
        await measure(demo, Path(warm))
        demo.latency = LATENCY
        return await measure(demo, Path(timed), RUNS)
