"""The noisy-neighbour phase (issue 13): does one flooding chat slow everyone else?

100 chats use the bot as people do (a command every 5 s each, 20 updates/s in all, the
usual mix) for 10 s, three times alone ("quiet") and three times while one more chat
sends 50 commands a second plus 10 inline queries a second ("noisy"), each a new search
so no cache helps it. The bot runs with production per-person budgets
(`bot.trakt.fair.FairConfig`) and Trakt's own buckets lifted (they are not what is
measured). Figures: the others' p95 reply latency (median of three runs each way), what
the flooder got back, and the Trakt requests it caused against the budget's bound.
"""

from __future__ import annotations

import asyncio
import math
import statistics
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from benchmarks.load import Load, Phase
from bot.testkit.fakebot import Event

if TYPE_CHECKING:
    from benchmarks.report import Goal
    from benchmarks.world import Order

CHATS = 100
PER_SECOND = 20.0  # the others' updates per second, all together
SECONDS = 10.0
SPAM_COMMANDS = 50.0  # per second
SPAM_INLINE = 10.0  # per second
RUNS = 3
SPAM_ID = 499_999
POLITE = "faster than I can ask Trakt"  # English: the flooder's Telegram is English
RATIO_GOAL = 1.5
MARK = "spam"  # in every query the flooder sends, to count its Trakt requests


@dataclass
class Flood:
    """What the flooder sent and got back in one run."""

    commands: int = 0
    inline: int = 0
    replies: int = 0
    polite: int = 0
    inline_answers: int = 0
    trakt: int = 0


async def drive(load: Load, order: Order) -> tuple[Phase, Flood]:
    """One run: the others paced over the first `CHATS` chats, and the flooder if ordered."""
    from benchmarks.world import script  # the world imports this module

    text = script(order.commands)
    total = round(PER_SECOND * SECONDS)
    flood = Flood()
    others = asyncio.ensure_future(
        load.paced(order.name, text, total, PER_SECOND, chats=min(CHATS, len(load.chats)))
    )
    if order.spam:
        await _flood(load, flood, order.name.replace(" ", ""))
    return await others, flood


async def _flood(load: Load, flood: Flood, run: str) -> None:
    telegram = load.telegram
    user = telegram.user(SPAM_ID, "Flooder", username="flooder", language_code="en")
    chat = telegram.private_chat(user)
    queries: set[str] = set()

    def on_event(event: Event) -> None:
        if event.chat_id == chat.id and event.kind == "sent" and event.message is not None:
            flood.replies += 1
            flood.polite += POLITE in (event.message.text or "")

    telegram.subscribe(on_event)
    started = time.perf_counter()
    count = round(SPAM_COMMANDS * SECONDS)
    every = max(1, round(SPAM_COMMANDS / SPAM_INLINE))
    for n in range(count):
        delay = started + n / SPAM_COMMANDS - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        telegram.enqueue(telegram.message_update(user, chat, f"/search {MARK}{run}x{n}"))
        flood.commands += 1
        if n % every == 0:
            update = telegram.inline_query_update(user, f"{MARK}{run}i{n}", "")
            queries.add(update["inline_query"]["id"])
            telegram.enqueue(update)
            flood.inline += 1
    await asyncio.sleep(1.0)  # the last answers
    telegram.unsubscribe(on_event)
    # a new search each time (the run in it too): a cached answer would cost nothing
    flood.inline_answers = sum(1 for a in telegram.inline_answers if a.query_id in queries)


def spam_requests(queries: list[dict[str, str]]) -> int:
    """Trakt requests the flooder caused: its queries carry `MARK`."""
    return sum(1 for query in queries if any(MARK in value for value in query.values()))


@dataclass
class Neighbours:
    """Three quiet and three noisy runs."""

    quiet: list[Phase] = field(default_factory=list)
    noisy: list[Phase] = field(default_factory=list)
    floods: list[Flood] = field(default_factory=list)

    def p95(self, phases: list[Phase]) -> float:
        return statistics.median(p.percentile(0.95) for p in phases) if phases else math.nan

    @property
    def ratio(self) -> float:
        quiet = self.p95(self.quiet)
        return self.p95(self.noisy) / quiet if quiet else math.inf

    def bound(self) -> int:
        """Trakt requests one person may cause in a run: a burst, then one a second."""
        from bot.trakt.fair import FairConfig

        config = FairConfig()
        return config.burst + math.ceil(SECONDS * config.per_second) + 1

    def lines(self) -> list[str]:
        if not self.quiet:
            return []
        out = [
            f"noisy neighbour: {CHATS} chats at {PER_SECOND:.0f} updates/s for {SECONDS:.0f} s,"
            f" alone and beside one chat sending {SPAM_COMMANDS:.0f} commands/s"
            f" + {SPAM_INLINE:.0f} inline queries/s",
        ]
        for name, phases in (("quiet", self.quiet), ("noisy", self.noisy)):
            p95s = ", ".join(_ms(p.percentile(0.95)) for p in phases)
            answered = sum(p.answered for p in phases)
            sent = sum(p.sent for p in phases)
            out.append(
                f"  {name}: others' p95 per run {p95s}; median {_ms(self.p95(phases))};"
                f" answered {answered} of {sent}"
            )
        for n, flood in enumerate(self.floods, 1):
            out.append(
                f"  flooder run {n}: sent {flood.commands} commands + {flood.inline} inline;"
                f" got {flood.replies} messages ({flood.polite} of them 'slow down'),"
                f" {flood.inline_answers} inline answers; caused {flood.trakt} Trakt requests"
                f" (budget allows ≤ {self.bound()})"
            )
        return out

    def goals(self) -> list[Goal]:
        from benchmarks.report import Goal

        if not self.quiet:
            return []
        worst = max((f.trakt for f in self.floods), default=0)
        polite = all(0 < f.polite <= math.ceil(SECONDS / 10) + 1 for f in self.floods)
        return [
            Goal(
                f"others' p95 with a flooder ≤ {RATIO_GOAL}× without (median of {RUNS})",
                self.ratio <= RATIO_GOAL,
                f"{self.ratio:.2f}× ({_ms(self.p95(self.noisy))} vs {_ms(self.p95(self.quiet))})",
            ),
            Goal(
                "the flooder's Trakt requests within its budget",
                worst <= self.bound(),
                f"{worst} ≤ {self.bound()}",
            ),
            Goal(
                "the flooder gets a polite answer, once per window",
                polite,
                ", ".join(str(f.polite) for f in self.floods),
            ),
        ]


def _ms(seconds: float) -> str:
    if math.isnan(seconds):
        return "-"
    return "late" if math.isinf(seconds) else f"{seconds * 1000:.0f} ms"
