"""The notification phase (issue 14): a day of notifications for 10,000 people.

Each simulated person has their own Telegram private chat, their own demo Trakt user
(generated: `notify00000` …, with its own token) and their own account row in the bot's
database, notifications on ("each episode at air time"). Every one of them follows The
Last of Us, whose next weekly episode airs within a day of the demo's start, and two
ended shows: the worst case for the sender, every message due at the same second.
Nobody plays anything during the day, so the cheap check before sending is one request.

This process serves the fake Bot API (`FakeBotAPIServer`) and the demo Trakt over HTTP
on 127.0.0.1; the bot runs in a process of its own (`benchmarks.notify_bot`) and reaches
both through its production HTTP clients. Over HTTP and not in-process: a notification's
cost is mostly its two requests (the check, the send), and the bot's CPU, peak RSS and
ceiling must not include the fakes'. The engine's clock is simulated, so the day takes
seconds; the sending is real time (see `notify_bot`).

Two runs, each on a fresh bot and fresh fakes:

1. limited: `LIMITED` people, the fake Bot API enforcing Telegram's limits
   (`SendLimits`: 30/s per bot, 1/s per chat, 429 with retry_after), the bot at its
   configured rate (`outbox.RATE`, under PTB's production AIORateLimiter), during the
   fan-out the demo Trakt answering after 200 ms as the real one might (`trips.LATENCY`:
   each message waits for its check), the database on disk as in production: the
   fan-out rate, 429s, duplicates, air time to message at that rate. 1,000 and not
   10,000: at 25/s, 10,000 messages take 400 s, and the rate is steady long before.
2. lifted: `PEOPLE` people, outbox rate 0, no overall limit in PTB and none in the fake:
   the bot's own ceiling, background Trakt requests per person per day, duplicates,
   CPU per notification, peak RSS, air time to message. The database is in memory
   (tmpfs, where there is one): the engine commits three times per sync and twice per
   notification, and on a disk that flushes in ~5 ms 50,000 commits would take minutes;
   the limited run measures what a commit costs on disk and prints the cap it puts on
   the sender.

`python -m benchmarks --notify-only` runs this phase alone, in about two minutes on two
cores: ~60 s of CPU in the bot (~5 ms per person and day, for its four HTTP requests: two
to sync, one to check, one to send; mostly in the Trakt client and python-telegram-bot),
~20 s in the fakes, and the limited run's 40 s of paced sending.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
import math
import multiprocessing
import os
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from benchmarks.notify_bot import QUIET, SHOW, Day, Person, Setup, first_sync, serve
from benchmarks.trips import LATENCY
from bot.demo import DemoTrakt, DemoTraktServer
from bot.demo.catalogue import parse_iso
from bot.demo.trakt_state import ListedItem, UserState
from bot.testkit.fakebot import FakeBotAPIServer, FakeTelegram
from bot.testkit.fakebot.limits import SendLimits

if TYPE_CHECKING:
    from benchmarks.report import Goal

PEOPLE = 10_000
LIMITED = 1_000
FIRST_USER_ID = 600_000
ENDED = (1388, 119024)  # Breaking Bad, Dark: followed too, nothing airs
LANGUAGES = ("en", "ru", "de", "es", "pt-BR", "fr", "uk", "it", "tr", "fa")
ZONES = ("Europe/London", "America/New_York", "Europe/Berlin", "Asia/Tokyo")
SYNC_REQUESTS = 2  # goal: per person per day, plus one per notification sent
SHARE_GOAL = 0.9  # of the configured rate
MEMORY = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None  # tmpfs: no disk flush
_DATES = re.compile(r"/\d{4}-\d{2}-\d{2}/\d+$")


@dataclass
class Run:
    """One run's figures: the bot's (`day`) and what the fakes saw."""

    people: int
    limited: bool
    day: Day
    in_memory: bool  # the database on tmpfs
    episode: str = ""  # what airs
    names: dict[str, int] = field(default_factory=dict)  # demo user -> Telegram user id
    trakt: Counter[str] = field(default_factory=Counter)  # the day's requests, by path
    seen: Counter[int] = field(default_factory=Counter)  # ... by person (the demo's log)
    fan_out: list[float] = field(default_factory=list)  # wall times of the messages sent
    per_chat: Counter[int] = field(default_factory=Counter)  # messages, the whole run
    refused: int = 0

    @property
    def rate(self) -> float:
        """Messages a second over the fan-out, first message to last."""
        if len(self.fan_out) < 2:
            return 0.0
        span = self.fan_out[-1] - self.fan_out[0]
        return (len(self.fan_out) - 1) / span if span > 0 else math.inf

    @property
    def duplicates(self) -> int:
        """Messages beyond one per chat."""
        return sum(count - 1 for count in self.per_chat.values() if count > 1)

    @property
    def missed(self) -> int:
        """People never told."""
        return self.people - len(self.per_chat)

    def latency(self, index: int) -> float:
        """Real seconds from the start of the tick at the air time to a message."""
        return self.fan_out[index] - self.day.fan_out_started if self.fan_out else math.nan

    def over_budget(self) -> int:
        """People whose background requests (the engine's count or the demo's log,
        whichever is higher) passed `SYNC_REQUESTS` + one per message they got."""
        return sum(
            1
            for user_id in self.names.values()
            if max(self.day.requests.get(user_id, 0), self.seen[user_id])
            > SYNC_REQUESTS + self.per_chat[user_id]
        )


@dataclass
class Notifications:
    """Both runs, and what the machine was doing meanwhile."""

    limited: Run | None = None
    lifted: Run | None = None
    episode: str = ""
    seconds: float = 0.0
    cpu: float = 0.0  # this process's CPU seconds meanwhile (the fakes and the people)
    load: float = 0.0  # the load average at the end

    def lines(self) -> list[str]:
        """The printed figures."""
        out = [
            "",
            f"notifications: a simulated day; everyone follows {self.episode} (all at once) and",
            "  two ended shows, each person with their own chat, demo Trakt user and account;",
            "  the fake Bot API and the demo Trakt over HTTP here, the bot in its own process",
        ]
        for run in (self.limited, self.lifted):
            if run is not None:
                out.extend(_run_lines(run))
        limited = self.limited
        if limited is not None and limited.day.fan_out_commits and limited.day.commit_ms:
            per = limited.day.fan_out_commits / max(limited.day.sent, 1)
            cap = 1000 / (per * limited.day.commit_ms)
            out.append(
                f"  on this disk {per:.0f} commits per notification (claim, close) at"
                f" {limited.day.commit_ms:.1f} ms each cap the sender at ~{cap:.0f}/s"
            )
        bots = sum(run.day.cpu for run in (self.limited, self.lifted) if run is not None)
        out.append(
            f"  phase: {self.seconds:.0f} s wall; CPU {bots:.0f} s in the bot processes,"
            f" {self.cpu:.0f} s in the fakes'; load average {self.load:.1f} on"
            f" {os.cpu_count()} cores"
        )
        return out

    def goals(self) -> list[Goal]:
        """Requests per person, the fan-out rate, no 429, no duplicate."""
        from benchmarks.report import Goal

        found: list[Goal] = []
        lifted, limited = self.lifted, self.limited
        if lifted is not None:
            found.append(
                Goal(
                    f"Trakt ≤ {SYNC_REQUESTS}/person/day + 1 per notification (background)",
                    lifted.over_budget() == 0 and bool(lifted.day.requests),
                    f"{_requests(lifted)}; {lifted.over_budget()} of {lifted.people:,} over",
                )
            )
        if limited is not None:
            goal = SHARE_GOAL * limited.day.rate
            found.append(
                Goal(
                    f"fan-out ≥ {goal:.1f}/s at {limited.day.rate:.0f}/s, Telegram's limits on",
                    limited.rate >= goal,
                    f"{limited.rate:.2f}/s over {len(limited.fan_out):,} messages",
                )
            )
            found.append(
                Goal(
                    "no 429, Telegram's limits on",
                    limited.refused == 0 and limited.day.sent > 0,
                    f"{limited.refused} refused",
                )
            )
        for run in (limited, lifted):
            if run is not None:
                found.append(
                    Goal(
                        f"each person told once ({run.people:,}, limits"
                        f" {'on' if run.limited else 'lifted'})",
                        run.duplicates == 0 and run.missed == 0,
                        f"{run.duplicates} duplicates, {run.missed} missed",
                    )
                )
        return found


async def run(people: int = PEOPLE, limited: int = LIMITED) -> Notifications:
    """The limited run, then the lifted one."""
    started, cpu = time.perf_counter(), time.process_time()
    found = Notifications()
    found.limited = await one_run(limited, limited=True)
    found.lifted = await one_run(people, limited=False)
    found.episode = found.lifted.episode
    found.seconds, found.cpu = time.perf_counter() - started, time.process_time() - cpu
    found.load = os.getloadavg()[0]
    return found


async def one_run(count: int, *, limited: bool) -> Run:
    """Fresh fakes served here, a fresh bot in its own process, one day."""
    telegram = FakeTelegram()
    telegram.send_limits = SendLimits() if limited else None
    demo = DemoTrakt(approve_after=None)
    air = air_time(demo)
    people = make_people(telegram, demo, count, air - 86400)
    sent: list[tuple[int, float]] = []

    def note(event: Any) -> None:
        if event.kind == "sent" and event.chat_id is not None:
            sent.append((event.chat_id, time.time()))

    telegram.subscribe(note)
    marks: dict[str, tuple[int, int]] = {}
    async with FakeBotAPIServer(telegram) as botapi, DemoTraktServer(demo) as trakt:
        place = None if limited else MEMORY
        setup = Setup(botapi.url, trakt.url, people, air, limited, place)
        day = await _drive(setup, demo, sent, marks)
    result = Run(count, limited, day, place is not None, _episode(demo))
    result.names = {person.username: person.user_id for person in people}
    (first, _), (_, fan), (last, after) = marks["day"], marks["fan-out"], marks["after"]
    for request in demo.requests[first:last]:
        result.trakt[f"{request.method} {_DATES.sub('/{date}/{days}', request.path)}"] += 1
        result.seen[result.names.get(request.username or "", 0)] += 1
    result.fan_out = sorted(at for _, at in sent[fan:after])
    result.per_chat = Counter(chat for chat, _ in sent)
    result.refused = telegram.send_limits.refused if telegram.send_limits else 0
    return result


async def _drive(
    setup: Setup, demo: DemoTrakt, sent: list[Any], marks: dict[str, tuple[int, int]]
) -> Day:
    """Spawn the bot and note where the demo's log and the sends stand at each of its
    steps (it waits for the note); its figures."""
    spawn = multiprocessing.get_context("spawn")
    conn, child = spawn.Pipe()
    process = spawn.Process(target=serve, args=(child, setup), daemon=True)
    process.start()
    child.close()  # the child's end: a crashed child ends `receive` with EOFError
    try:
        while True:
            message: tuple[str, Day | None] = await receive(conn)
            what, day = message
            if day is not None:
                return day
            marks[what] = (len(demo.requests), len(sent))
            if what == "fan-out" and setup.limited:
                demo.latency = LATENCY  # a realistic Trakt for the rate goal (not the syncs)
            conn.send(None)
    finally:
        await asyncio.get_running_loop().run_in_executor(None, process.join, 30)
        if process.is_alive():
            process.terminate()


def make_people(
    telegram: FakeTelegram, demo: DemoTrakt, count: int, day_start: int
) -> tuple[Person, ...]:
    """`count` people: a Telegram user and private chat, a demo Trakt user and token each;
    no one's daily slot within `QUIET` seconds after `day_start` (see `notify_bot`)."""
    quiet = day_start + QUIET
    ids = (n for n in itertools.count(FIRST_USER_ID) if first_sync(n, day_start) > quiet)
    template = demo.users["demo"].settings
    listed = demo.now() - timedelta(days=30)
    people = []
    for n in range(count):
        name, zone, language = f"notify{n:05d}", ZONES[n % len(ZONES)], LANGUAGES[n % 10]
        settings = copy.deepcopy(template)
        settings["user"]["username"] = settings["user"]["ids"]["slug"] = name
        settings["account"]["timezone"] = zone
        user = UserState(name, settings)
        user.collection = [
            ListedItem(demo.next_id(), "show", show, listed) for show in (SHOW, *ENDED)
        ]
        demo.users[name] = user
        user_id = next(ids)
        person = telegram.user(user_id, f"Person {n}", username=name, language_code=language)
        telegram.private_chat(person)
        people.append(Person(user_id, name, demo.issue_token(name), language, zone))
    return tuple(people)


def _upcoming(demo: DemoTrakt) -> tuple[datetime, int, int]:
    """`SHOW`'s next episode: its air time, season and number."""
    now = demo.now()
    found = [
        (parse_iso(episode["first_aired"]), season.number, episode["number"])
        for season in demo.catalogue.shows[SHOW].seasons
        if season.number
        for episode in season.episodes
        if episode.get("first_aired") and parse_iso(episode["first_aired"]) > now
    ]
    return min(found)


def air_time(demo: DemoTrakt) -> int:
    """When `SHOW`'s next episode airs (epoch seconds)."""
    return int(_upcoming(demo)[0].timestamp())


def _episode(demo: DemoTrakt) -> str:
    air, season, number = _upcoming(demo)
    title = demo.catalogue.shows[SHOW].full["title"]
    return f"{title} {season}x{number:02d} at {air.astimezone(UTC):%H:%M} UTC"


def _requests(run: Run) -> str:
    counts = list(run.day.requests.values())
    mean = sum(counts) / len(counts) if counts else math.nan
    logged = max((run.seen[user_id] for user_id in run.names.values()), default=0)
    return f"mean {mean:.2f}, max {max(counts, default=0)}; the demo's log: max {logged}"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.1f} s"


def _run_lines(run: Run) -> list[str]:
    day = run.day
    if run.limited:
        head = (
            "limited: the fake Bot API enforcing Telegram's limits (30/s, 1/s per chat, 429),"
            f" the bot at {day.rate:.0f}/s, Trakt answering checks after {LATENCY * 1000:.0f} ms"
        )
    else:
        head = "lifted: outbox rate 0, no overall limit in PTB or the fake Bot API, Trakt at once"
    where = "in memory (tmpfs)" if run.in_memory else "on disk"
    sent = len(run.fan_out)
    span = _ms(run.fan_out[-1] - run.fan_out[0]) if sent > 1 else "-"
    paths = ", ".join(f"{count:,} {path}" for path, count in run.trakt.most_common())
    per_sync = day.sync_commits / run.people
    per_message = day.fan_out_commits / day.sent if day.sent else math.nan
    out = [
        f"  {head}; {run.people:,} people, database {where}",
        f"    syncs: {day.ticks} ticks of the simulated 24 h in {day.sync_wall:.1f} s real;"
        f" {day.sync_cpu / run.people * 1000:.2f} ms CPU and {per_sync:.1f} commits a person",
        f"    background Trakt requests per person per day: {_requests(run)}",
        f"      {sum(run.trakt.values()):,} in all: {paths}",
        f"    fan-out: {day.sent:,} notifications at the air time ({day.sent_after} more a"
        f" minute later); {sent:,} messages in {span} = {run.rate:.1f}/s",
        f"      429s {run.refused}, duplicates {run.duplicates}, missed {run.missed};"
        f" {per_message:.2f} commits per notification (one: {day.commit_ms:.2f} ms here)",
        f"    air time → message: first person {_ms(run.latency(0))},"
        f" last {_ms(run.latency(-1))} (0 s simulated: the tick is at the air time; the rest"
        " real)",
    ]
    if not run.limited:
        per = day.fan_out_cpu / day.sent * 1000 if day.sent else math.nan
        out.append(
            f"    ceiling {run.rate:.0f}/s; CPU per notification {per:.2f} ms (check, render,"
            f" send); peak RSS of the bot process {day.peak_rss_mb:.0f} MB"
        )
    return out


async def receive(conn: Connection) -> Any:
    """The next object from the pipe, without blocking the event loop."""
    return await asyncio.get_running_loop().run_in_executor(None, conn.recv)
