"""The notification phase's bot: the real bot in a process of its own, one simulated day.

Spawned by `benchmarks.notify`, which serves the fake Bot API and the demo Trakt over
HTTP on 127.0.0.1 from the parent process, so this process's CPU time and peak RSS are
the bot's alone, as in production where Telegram's and Trakt's servers are elsewhere.

The bot is production's but for where it is pointed: the Trakt client with its real
per-token limits and retries, the real `TelegramOutbox`. Limited (`Setup.limited`): the
outbox at its configured `RATE` under the Application's production AIORateLimiter.
Lifted: outbox rate 0 and no overall limit in PTB's limiter (the bot's own ceiling).

People are seeded as they stand after their previous day: a linked account row each
(the demo Trakt user's tokens) and notifications on ("each episode at air time") since
a week, with what their last daily sync kept of Trakt (last_activities' timestamps, no
hidden shows, and what it learnt of `SHOW`, whose airing that sync's window held already:
no episode watched, at the same `episodes.watched_at`) and their next sync at their daily
slot (`schedule.sync_slot`). The
simulated day is the 24 hours that end with the airing, so every person's daily sync
falls in it exactly once and every one of them is told at the air time. (The fan-out
runs past the air time, in real time; `benchmarks.notify` gives out no user id whose
slot follows the day's start by less than `QUIET`, so no one's next daily sync starts
while it runs, and the day's count stays a day's.)

The engine's clock is injected: the day is walked an hour (`STEP`) at a time, and at
the exact due moments the store reports, so each sync runs within the hour after its
slot, with that hour's others (`PEOPLE_AT_ONCE` at once, as the engine runs them); the
running loop would wake at each slot, one sync at a time. Only the batching differs.
At the air time the clock starts running in real time: the fan-out's pass takes
wall-clock time after the episode aired, and a wait Telegram asks for is a real one.
"""

from __future__ import annotations

import asyncio
import resource
import sqlite3
import tempfile
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from telegram.ext import AIORateLimiter

from bot.app import App, build_application
from bot.config import Mode, load_settings
from bot.features.notify.outbox import RATE, TelegramOutbox
from bot.notify import Notifier, schedule
from bot.services import Services, create_services
from bot.store import Account, NotifySettings
from bot.testkit.harness import demo_settings, start_bot, stop_bot
from bot.trakt.models_account import TokenSet
from bot.trakt.models_notify import LastActivities

STEP = 3600  # simulated seconds between two ticks: an hour's syncs together
ON_FOR = 7 * 86400  # notifications turned on this long before the day
AFTER = 60  # a last tick this long after the air time: nothing more may be sent
COMMITS = 50  # commits timed to tell what one costs where the database is
QUIET = 900  # seconds after the day's start in which no one's daily slot falls
SHOW = 158947  # The Last of Us: weekly, its next episode within a day of the demo's start


@dataclass(frozen=True)
class Person:
    """One simulated person: their Telegram user id, demo Trakt user and token."""

    user_id: int
    username: str
    token: dict[str, Any]
    language: str
    zone: str


@dataclass(frozen=True)
class Setup:
    """Where the fakes listen, who the people are, when the episode airs."""

    telegram_url: str
    trakt_url: str
    people: tuple[Person, ...]
    air_at: int
    limited: bool
    data_dir: str | None = None  # where the database goes; None: the system's temp dir


@dataclass
class Day:
    """What the bot process measured of its day."""

    rate: float  # the outbox's configured overall rate (0: lifted)
    requests: dict[int, int] = field(default_factory=dict)  # per person, the day
    sent: int = 0  # notifications sent at the air time
    sent_after: int = 0  # ... and by the tick `AFTER` seconds later
    ticks: int = 0
    sync_wall: float = 0.0  # real seconds of the day before the air time (the syncs)
    sync_cpu: float = 0.0
    sync_commits: int = 0
    fan_out_started: float = 0.0  # wall clock (time.time()) when the tick at the air time began
    fan_out_wall: float = 0.0
    fan_out_cpu: float = 0.0
    fan_out_commits: int = 0
    commit_ms: float = 0.0  # one small commit in the database's directory
    peak_rss_mb: float = 0.0
    cpu: float = 0.0  # the bot process's CPU seconds, start-up and seeding included


class Commits:
    """Counts the store's COMMITs (each one a disk flush, where the database is on disk)."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, sql: str) -> None:
        if sql == "COMMIT":
            self.count += 1


class Clock:
    """The engine's simulated clock: held at `at`, or from `run()` on running in real
    time from there."""

    def __init__(self, at: float) -> None:
        self.at = at
        self._since: float | None = None

    def __call__(self) -> float:
        if self._since is None:
            return self.at
        return self.at + time.perf_counter() - self._since

    def run(self) -> None:
        """Let the clock run in real time from where it is."""
        self._since = time.perf_counter()

    def hold(self, at: float) -> None:
        """Hold the clock at `at`."""
        self.at, self._since = at, None


def serve(conn: Connection, setup: Setup) -> None:
    """The child process's entry point: the day, then its figures down the pipe."""
    day = asyncio.run(_serve(conn, setup))
    conn.send(("done", day))


async def _serve(conn: Connection, setup: Setup) -> Day:
    with tempfile.TemporaryDirectory(dir=setup.data_dir) as data_dir:
        services, app = _build(setup, Path(data_dir))
        await start_bot(app)
        try:
            notifier = services.notify
            await notifier.stop()  # the loop: this process drives `tick` itself
            day = Day(RATE if setup.limited else 0.0, commit_ms=_commit_ms(Path(data_dir)))
            notifier.outbox = TelegramOutbox(app, rate=day.rate)
            await _seed(services, setup)
            return await _walk(conn, services, setup, day)
        finally:
            await stop_bot(app)


def _commit_ms(place: Path) -> float:
    """What one small commit costs where the database is (WAL, SQLite's default sync)."""
    conn = sqlite3.connect(place / "commit-cost.sqlite3", isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE t (n INTEGER)")
        started = time.perf_counter()
        for n in range(COMMITS):
            conn.execute("BEGIN")
            conn.execute("INSERT INTO t VALUES (?)", [n])
            conn.execute("COMMIT")
        return (time.perf_counter() - started) / COMMITS * 1000
    finally:
        conn.close()


def _build(setup: Setup, data_dir: Path) -> tuple[Services, App]:
    base = load_settings(Mode.DEMO, {}, env_file=None)
    settings = demo_settings(
        base, trakt_url=setup.trakt_url, telegram_url=setup.telegram_url, data_dir=data_dir
    )
    services = create_services(settings)  # production Trakt limits (per token) and retries
    if setup.limited:
        limiter = AIORateLimiter(max_retries=2)  # production's (bot.app)
    else:
        limiter = AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=2)
    return services, build_application(services, rate_limiter=limiter)


async def _seed(services: Services, setup: Setup) -> None:
    """Accounts and settings as the previous day left them (see the module docstring)."""
    store, now = services.store, int(time.time())
    day_start = setup.air_at - 86400
    seen: dict[str, LastActivities] = {}
    for person in setup.people:  # Trakt's timestamps differ by account settings only
        if person.zone not in seen:
            seen[person.zone] = await services.trakt.last_activities(person.token["access_token"])
    # One transaction for all of it: a commit per row would cost a disk flush each.
    with store._transaction():
        for person in setup.people:
            store.save_account(seeded_account(person, now))
            store.save_notify_settings(seeded_settings(person, seen[person.zone], day_start))


def seeded_account(person: Person, now: int) -> Account:
    """The person's account row, as linking would have stored it (no Trakt request)."""
    tokens = TokenSet.from_json(person.token)
    return Account(
        chat_id=person.user_id,
        username=person.username,
        slug=person.username,
        name=None,
        vip=False,
        access_token=tokens.access_token,
        refresh_token=tokens.refresh_token,
        expires_at=int(tokens.expires_at.timestamp()),
        linked_at=now,
        issued_at=int(tokens.created_at.timestamp()),
        timezone=person.zone,
    )


def first_sync(user_id: int, day_start: int) -> int:
    """The person's daily sync in the day after `day_start` (their slot)."""
    slot = day_start - day_start % 86400 + schedule.sync_slot(user_id)
    return slot if slot > day_start else slot + 86400


def seeded_settings(person: Person, seen: LastActivities, day_start: int) -> NotifySettings:
    """On for a week; what the last sync kept; the next sync at the person's slot."""
    trakt = {
        "on_since": day_start - ON_FOR,
        "settings_at": seen.settings,
        "hidden_at": seen.hidden,
        "hidden": [],
        "watched_at": seen.episodes_watched,
        # The previous day's sync asked the progress of the show: nothing watched since.
        "checked": {
            str(SHOW): {"at": seen.episodes_watched, "asked": day_start, "done": [], "whole": True}
        },
    }
    return NotifySettings(
        person.user_id,
        mode="each",
        language=person.language,
        offered=True,
        sync_after=first_sync(person.user_id, day_start),
        trakt=trakt,
    )


async def _walk(conn: Connection, services: Services, setup: Setup, day: Day) -> Day:
    """The day up to the air time, the fan-out, one tick after; figures."""
    notifier, air, people = services.notify, setup.air_at, setup.people
    commits = Commits()
    services.store._db.conn.set_trace_callback(commits)  # counting only
    clock = Clock(air - 86400 + 1)
    notifier.clock = clock
    await _tell(conn, "day")
    before, cpu, wall = notifier.requests.copy(), time.process_time(), time.perf_counter()
    while clock.at < air:
        await _pass(notifier)
        day.ticks += 1
        clock.hold(_next(notifier, clock.at, air))
    day.sync_cpu, day.sync_wall = time.process_time() - cpu, time.perf_counter() - wall
    day.sync_commits, commits.count, sent = commits.count, 0, notifier.sent
    await _tell(conn, "fan-out")
    day.fan_out_started, cpu, wall = time.time(), time.process_time(), time.perf_counter()
    clock.run()  # from the air time on, in real time (Telegram's waits are real)
    await _pass(notifier)
    day.fan_out_cpu, day.fan_out_wall = time.process_time() - cpu, time.perf_counter() - wall
    day.fan_out_commits, day.sent = commits.count, notifier.sent - sent
    day.ticks += 1
    day.requests = {p.user_id: notifier.requests[p.user_id] - before[p.user_id] for p in people}
    await _tell(conn, "after")
    clock.hold(clock() + AFTER)
    await _pass(notifier)
    day.sent_after = notifier.sent - sent - day.sent
    usage = resource.getrusage(resource.RUSAGE_SELF)
    day.peak_rss_mb, day.cpu = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
    return day


async def _pass(notifier: Notifier) -> None:
    """One pass of the loop, then the syncs it started and the passes after them (the
    running loop is woken by each sync that ends)."""
    await notifier.tick()
    await notifier.settle()


def _next(notifier: Notifier, now: float, air: int) -> float:
    """The next tick: `STEP` on, or the first due moment before that; a tick a second
    before the air time (the syncs are done when the fan-out starts), then the air time."""
    moment = now + STEP
    due = notifier.store.next_due()
    if due is not None and now < due < moment:
        moment = due
    return min(moment, air - 1) if now < air - 1 else air


async def _tell(conn: Connection, what: str) -> None:
    """Tell the parent where the day stands; wait until it has noted it."""
    conn.send((what, None))
    await asyncio.get_running_loop().run_in_executor(None, conn.recv)
