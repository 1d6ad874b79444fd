"""`python -m benchmarks [--chats N] [--rounds R] [--rate U] [--realistic-only] [--notify-only]`:
the bot under load, then against a slow Trakt, then a day of notifications.

Two processes on 127.0.0.1, as on a 2-core machine: this one runs the bot under test
(the real Application, long polling, AIORateLimiter's limits and client-side Trakt
limits lifted); `benchmarks.world` runs the fake Bot API server, the demo Trakt and the
chats. Phases, each over HTTP exactly as in production:

1. burst: every chat sends /trending at the same moment (the single-flight cache's case);
2. mix: every chat sends R commands back to back, /trending, /search, /history and
   /next in turn (commands this build lacks are skipped, and the report says so): the most
   updates per second the bot manages, with reply latencies under that saturation;
3. paced: the same mix offered for 5 s at a steady U updates per second (default 300,
   the throughput goal) spread over the chats: reply latency at that load; then at half
   the rate the mix reached (latency with headroom, for comparison);
4. noisy neighbour: 100 chats paced alone, then beside one flooding chat, three times
   each, with production per-person budgets (benchmarks/neighbours.py);
5. floor: a bare python-telegram-bot echo bot gets the same burst and mix; then the mix
   again with the echo bot on our Bot API transport (bot/telegram_http.py);
6. realistic Trakt (`benchmarks.realistic`, in this process once the world has stopped):
   the demo Trakt answers after 200 ms and one linked person asks each command on a
   fresh bot, three times (a details card, /history, /recommend, /next, an inline query,
   a /party pick); each reply's Trakt requests give its longest chain of requests made
   one after another (`benchmarks.trips`). `--realistic-only` runs this phase alone
   (~25 s).
7. notifications (`benchmarks.notify`): a simulated day of 10,000 people's notifications,
   the fan-out through the fake Bot API enforcing Telegram's limits, then with the limits
   lifted. `--notify-only` runs this phase alone (about two minutes).

Prints updates per second, reply latency percentiles (overall and per command), Trakt
requests per command, the bot process's CPU time per update and peak RSS, each command's
reply time and chain against the slow Trakt, then PASS/FAIL per goal. Always exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import multiprocessing
import resource
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from benchmarks import neighbours, notify, realistic, world
from benchmarks.echo import running_echo
from benchmarks.load import Phase
from benchmarks.neighbours import Flood, Neighbours
from benchmarks.report import Report, goals
from benchmarks.world import Order, World, receive
from bot.app import App
from bot.config import Mode, load_settings
from bot.testkit.harness import build_bot, demo_settings, start_bot, stop_bot, use_limits
from bot.trakt import Rate, RateLimitConfig, RateLimits
from bot.trakt.models_account import TokenSet

MIX = ("trending", "search", "history", "next")
WARM_UP_CHATS = 20
PACED_SECONDS = 5.0


@dataclass(frozen=True)
class Options:
    """What the command line asked for."""

    chats: int
    rounds: int
    rate: float
    realistic_only: bool = False
    notify_only: bool = False
    notify_people: int = notify.PEOPLE


def parse(argv: Sequence[str] | None) -> Options:
    """Read the flags."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("--chats", type=int, default=200, help="concurrent private chats")
    parser.add_argument("--rounds", type=int, default=10, help="commands per chat in the mix")
    parser.add_argument("--rate", type=float, default=300.0, help="updates/s of the paced mix")
    parser.add_argument(
        "--realistic-only", action="store_true", help="only the slow-Trakt phase (no load)"
    )
    parser.add_argument(
        "--notify-only", action="store_true", help="only the notification phase (no load)"
    )
    parser.add_argument(
        "--notify-people",
        type=int,
        default=notify.PEOPLE,
        help="people in the notification phase's lifted run",
    )
    args = parser.parse_args(argv)
    return Options(
        max(1, args.chats),
        max(1, args.rounds),
        max(1.0, args.rate),
        args.realistic_only,
        args.notify_only,
        max(1, args.notify_people),
    )


class Driver:
    """Sends orders to the world process and waits for what it measured."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    async def flood(self, order: Order) -> tuple[Phase, Flood]:
        """A noisy-neighbour run: the others' phase and what the flooder got."""
        self.conn.send(order)
        result: tuple[Phase, Flood] = await receive(self.conn)
        return result

    async def run(self, order: Order) -> tuple[Phase, Counter[str], float]:
        """The phase, the Trakt requests during it, and this process's CPU seconds."""
        cpu = time.process_time()
        self.conn.send(order)
        phase, requests = await receive(self.conn)
        return phase, requests, time.process_time() - cpu


@asynccontextmanager
async def our_bot(place: World, data_dir: Path) -> AsyncIterator[App]:
    """The bot under test, every chat linked to a demo Trakt user, polling the fake API."""
    base = load_settings(Mode.DEMO, {}, env_file=None)
    settings = demo_settings(
        base, trakt_url=place.trakt_url, telegram_url=place.telegram_url, data_dir=data_dir
    )
    services, app = build_bot(settings, fast=True, polling=True)
    await start_bot(app)
    try:
        for user_id, token in zip(place.user_ids, place.tokens, strict=True):
            await services.accounts.link(user_id, TokenSet.from_json(token))
        yield app
    finally:
        await stop_bot(app)


async def bench(options: Options, driver: Driver, place: World, report: Report) -> None:
    """Our bot's phases, then the echo floor's, against the same world."""
    everyone = options.chats
    with tempfile.TemporaryDirectory() as data_dir:
        async with our_bot(place, Path(data_dir)) as app:
            offered = {command.name for command in app.bot_data.commands}
            mix = tuple(name for name in MIX if name in offered)
            report.skipped = [name for name in MIX if name not in offered]
            report.mix_commands = list(mix)
            await driver.run(Order("warm-up", ("help",), WARM_UP_CHATS))
            report.burst, report.burst_requests, _ = await driver.run(
                Order("burst", ("trending",), everyone)
            )
            report.mix, report.mix_requests, report.mix_cpu = await driver.run(
                Order("mix", mix, everyone, options.rounds)
            )
            report.paced, report.paced_requests, _ = await driver.run(
                _paced(mix, everyone, options.rate)
            )
            if report.mix.rate:
                report.light, _, _ = await driver.run(_paced(mix, everyone, report.mix.rate / 2))
            report.neighbours = await _neighbours(driver, app, mix)
    report.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    async with running_echo(place.telegram_url):
        await driver.run(Order("warm-up", ("help",), WARM_UP_CHATS))
        report.floor_burst, _, _ = await driver.run(Order("floor burst", ("trending",), everyone))
        report.floor_mix, _, report.floor_cpu = await driver.run(
            Order("floor mix", mix or MIX, everyone, options.rounds)
        )
    async with running_echo(place.telegram_url, our_transport=True):
        await driver.run(Order("warm-up", ("help",), WARM_UP_CHATS))
        report.floor_same, _, report.floor_same_cpu = await driver.run(
            Order("floor aiohttp", mix or MIX, everyone, options.rounds)
        )


async def _neighbours(driver: Driver, app: App, mix: tuple[str, ...]) -> Neighbours:
    """Quiet and noisy runs in turn, with production per-person budgets (Trakt's own
    buckets stay lifted: they are not what is measured)."""
    lifted = Rate(10**9, 1.0)
    use_limits(
        app,
        RateLimits(RateLimitConfig(unauthed_get=lifted, authed_get=lifted, authed_write=lifted)),
    )
    result = Neighbours()
    for run in range(1, neighbours.RUNS + 1):
        quiet, _ = await driver.flood(Order(f"quiet {run}", mix, 0, neighbours=True))
        noisy, flood = await driver.flood(Order(f"noisy {run}", mix, 0, neighbours=True, spam=True))
        result.quiet.append(quiet)
        result.noisy.append(noisy)
        result.floods.append(flood)
    return result


def _paced(mix: tuple[str, ...], chats: int, per_second: float) -> Order:
    total = max(1, round(per_second * PACED_SECONDS))
    return Order(f"paced {per_second:.0f}/s", mix, chats, per_second=per_second, total=total)


async def run(options: Options) -> Report:
    """The load phases, the realistic Trakt phase, the notification phase (or one of the
    last two alone)."""
    report = Report(options.chats, options.rounds, options.rate)
    started = time.perf_counter()
    if not (options.realistic_only or options.notify_only):
        await run_load(options, report)
    if not options.notify_only:
        report.realistic = await realistic.run()
    if not options.realistic_only:
        people = options.notify_people
        report.notify = await notify.run(people, min(notify.LIMITED, people))
    report.wall_seconds = time.perf_counter() - started
    return report


async def run_load(options: Options, report: Report) -> None:
    """Start the world process, run every load phase, stop the world."""
    spawn = multiprocessing.get_context("spawn")
    conn, child_conn = spawn.Pipe()
    process = spawn.Process(target=world.serve, args=(child_conn, options.chats), daemon=True)
    process.start()
    try:
        place: World = await receive(conn)
        await bench(options, Driver(conn), place, report)
        conn.send(None)
    finally:
        await asyncio.get_running_loop().run_in_executor(None, process.join, 10)
        if process.is_alive():
            process.terminate()


def main(argv: Sequence[str] | None = None) -> int:
    """Run, print, exit 0."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    options = parse(argv)
    if options.realistic_only:
        print("benchmark: the realistic Trakt phase only", flush=True)
    elif options.notify_only:
        print("benchmark: the notification phase only", flush=True)
    else:
        print(
            f"benchmark: {options.chats} chats, {options.rounds} rounds of the mix, "
            f"paced at {options.rate:.0f} updates/s",
            flush=True,
        )
    report = asyncio.run(run(options))
    print(report.render(goals(report)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
