"""Figures of a benchmark run, the goals they are held to, and how they are printed."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from benchmarks.load import Phase
from benchmarks.neighbours import Neighbours
from benchmarks.notify import Notifications
from benchmarks.trips import ALLOWANCE, LATENCY, Trip
from bot.demo import RecordedRequest

P95_GOAL = 0.250  # seconds
RATE_GOAL = 300.0  # updates per second
FLOOR_SHARE_GOAL = 0.5
TRENDING_GOAL = 0.05  # Trakt requests per /trending under the burst

# Which command a Trakt request belongs to, by path.
_COMMAND_OF_PATH = (
    ("trending", re.compile(r"^/(shows|movies)/trending")),
    ("search", re.compile(r"^/search/")),
    ("history", re.compile(r"^/sync/history")),
    ("next", re.compile(r"^/sync/progress/up_next")),
)


_ID = re.compile(r"/\d+(?=/|$)")


def trakt_requests_by_command(requests: Iterable[RecordedRequest]) -> Counter[str]:
    """Trakt requests per command; anything else is counted as `other <method> <path>`."""
    counts: Counter[str] = Counter()
    for request in requests:
        name = next((n for n, path in _COMMAND_OF_PATH if path.match(request.path)), None)
        path = _ID.sub("/{id}", request.path)
        counts[name or f"other {request.method} {path}"] += 1
    return counts


@dataclass(frozen=True)
class Goal:
    """One target and whether this run met it."""

    name: str
    passed: bool
    measured: str


@dataclass
class Report:
    """Everything one run measured."""

    chats: int
    rounds: int
    rate: float
    burst: Phase | None = None
    mix: Phase | None = None
    paced: Phase | None = None
    light: Phase | None = None
    floor_burst: Phase | None = None
    floor_mix: Phase | None = None
    floor_same: Phase | None = None  # the echo bot on our Bot API transport
    neighbours: Neighbours | None = None
    burst_requests: Counter[str] = field(default_factory=Counter)
    mix_requests: Counter[str] = field(default_factory=Counter)
    paced_requests: Counter[str] = field(default_factory=Counter)
    mix_commands: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    mix_cpu: float = 0.0
    floor_cpu: float = 0.0
    floor_same_cpu: float = 0.0
    peak_rss_mb: float = 0.0
    wall_seconds: float = 0.0
    realistic: list[Trip] = field(default_factory=list)  # one reply per command, slow Trakt
    notify: Notifications | None = None  # the notification phase

    @property
    def ours(self) -> list[Phase]:
        """Our bot's measured phases."""
        return [p for p in (self.burst, self.mix, self.paced, self.light) if p is not None]

    def render(self, goals: Sequence[Goal]) -> str:
        """The printed report."""
        lines = self._load_lines() if self.ours else []
        lines.extend(_realistic_lines(self.realistic))
        if self.notify is not None:
            lines.extend(self.notify.lines())
        lines.append(f"wall time: {self.wall_seconds:.1f} s")
        lines.append("")
        width = max((len(goal.name) for goal in goals), default=0)
        for goal in goals:
            verdict = "PASS" if goal.passed else "FAIL"
            lines.append(f"{verdict}  {goal.name:<{width}}  {goal.measured}")
        return "\n".join(lines)

    def _load_lines(self) -> list[str]:
        lines = [""]
        if self.skipped:
            names = ", ".join(f"/{name}" for name in self.skipped)
            lines.append(f"skipped, not in this build: {names}")
        mix = ", ".join(f"/{name}" for name in self.mix_commands)
        lines.append(f"mix: {mix}")
        lines.append("")
        lines.append(
            f"{'phase':<13}{'updates':>8}{'answered':>9}{'late':>6}{'upd/s':>8}"
            f"{'p50':>8}{'p95':>8}{'p99':>8}{'max':>8}"
        )
        for phase in (*self.ours, self.floor_burst, self.floor_mix, self.floor_same):
            if phase is not None:
                lines.append(_phase_line(phase))
        lines.append("")
        lines.append("reply latency per command")
        lines.extend(_command_lines("mix", self.mix))
        lines.extend(_command_lines("paced", self.paced))
        lines.append("")
        lines.extend(self._cpu_lines())
        lines.append("")
        lines.append("Trakt requests per command")
        lines.extend(_requests_lines("burst", self.burst, self.burst_requests))
        lines.extend(_requests_lines("mix", self.mix, self.mix_requests))
        lines.extend(_requests_lines("paced", self.paced, self.paced_requests))
        lines.append("")
        if self.neighbours is not None:
            lines.extend(self.neighbours.lines())
            lines.append("")
        lines.append(f"peak RSS of the bot process: {self.peak_rss_mb:.0f} MB")
        return lines

    def _cpu_lines(self) -> list[str]:
        lines = []
        for name, phase, cpu in (
            ("ours", self.mix, self.mix_cpu),
            ("echo", self.floor_mix, self.floor_cpu),
            ("echo on our transport", self.floor_same, self.floor_same_cpu),
        ):
            if phase is not None and phase.sent:
                share = cpu / phase.seconds if phase.seconds else 0.0
                lines.append(
                    f"bot process CPU in the mix ({name}): {cpu * 1000 / phase.sent:.2f} ms per "
                    f"update, {share:.0%} of one core"
                )
        if self.mix and self.floor_same and self.floor_same.rate:
            lines.append(
                f"ours ÷ echo on the same transport: {self.mix.rate / self.floor_same.rate:.2f} "
                f"({self.mix.rate:.0f} vs {self.floor_same.rate:.0f} updates/s): what our "
                "features cost, the transport set aside"
            )
        return lines


def goals(report: Report) -> list[Goal]:
    """The targets on a 2-core machine: the load phases' (when run), one per command
    against a slow Trakt (when run), the notification phase's (when run)."""
    found = _load_goals(report) if report.ours else []
    found.extend(_realistic_goal(trip) for trip in report.realistic)
    if report.notify is not None:
        found.extend(report.notify.goals())
    return found


def _load_goals(report: Report) -> list[Goal]:
    answered = sum(p.answered for p in report.ours)
    sent = sum(p.sent for p in report.ours)
    paced_p95 = report.paced.percentile(0.95) if report.paced else math.nan
    rate = report.mix.rate if report.mix else 0.0
    floor = report.floor_mix.rate if report.floor_mix else 0.0
    share = rate / floor if floor else 0.0
    bursts = report.burst.count("/trending") if report.burst else 0
    per_trending = report.burst_requests.get("trending", 0) / bursts if bursts else math.inf
    found = [
        Goal("every chat answered", sent > 0 and answered == sent, f"{answered} of {sent}"),
        Goal(
            f"p95 reply latency < {P95_GOAL * 1000:.0f} ms at {report.rate:.0f} updates/s (paced)",
            paced_p95 < P95_GOAL,
            _ms(paced_p95),
        ),
        Goal(f"≥ {RATE_GOAL:.0f} updates/s (mix, saturated)", rate >= RATE_GOAL, f"{rate:.0f}/s"),
        Goal(
            f"≥ {FLOOR_SHARE_GOAL} of the bare echo floor (mix)",
            share >= FLOOR_SHARE_GOAL,
            f"{share:.2f} ({rate:.0f} vs {floor:.0f} updates/s)",
        ),
        Goal(
            f"/trending ≤ {TRENDING_GOAL} Trakt requests per command (burst)",
            per_trending <= TRENDING_GOAL,
            f"{per_trending:.4f}",
        ),
    ]
    if report.neighbours is not None:
        found.extend(report.neighbours.goals())
    return found


def _realistic_goal(trip: Trip) -> Goal:
    trips = len(trip.chain)
    reply = "no reply" if trip.reply is None else f"{trip.reply:.2f} s"
    return Goal(
        f"{trip.command} ≤ (round trips + 1) × {LATENCY * 1000:.0f} ms + "
        f"{ALLOWANCE * 1000:.0f} ms (realistic Trakt)",
        trip.passed,
        f"{reply} ≤ {trip.budget:.2f} s ({trips} round trip{'s' * (trips != 1)})",
    )


def _realistic_lines(trips: Sequence[Trip]) -> list[str]:
    """Each command's reply against a slow Trakt, its chain and its rounds of requests."""
    if not trips:
        return []
    lines = [
        "",
        f"realistic Trakt: every answer after {LATENCY * 1000:.0f} ms, cold caches, "
        "one linked person (English)",
    ]
    for trip in trips:
        lines.append(f"  {trip.line()}")
        if trip.how:
            lines.append(f"      how: {trip.how}")
        lines.extend(f"      {line}" for line in trip.round_lines())
    lines.append("")
    return lines


def _ms(seconds: float) -> str:
    if math.isnan(seconds):
        return "-"
    return "late" if math.isinf(seconds) else f"{seconds * 1000:.0f} ms"


def _phase_line(phase: Phase) -> str:
    values = [phase.percentile(p) for p in (0.5, 0.95, 0.99, 1.0)]
    times = "".join(f"{_ms(v):>8}" for v in values)
    late = sum(1 for s in phase.samples if s.latency is None)
    head = f"{phase.name:<13}{phase.sent:>8}{phase.answered:>9}{late:>6}"
    return f"{head}{phase.rate:>8.0f}{times}"


def _command_lines(name: str, phase: Phase | None) -> list[str]:
    """p50 / p95 / max reply latency of each command in a phase."""
    if phase is None:
        return []
    lines = []
    for command in sorted({s.command for s in phase.samples}):
        only = Phase(phase.name, [s for s in phase.samples if s.command == command])
        times = "".join(f"{_ms(only.percentile(p)):>8}" for p in (0.5, 0.95, 1.0))
        lines.append(f"  {name:<6}{command:<11}{only.sent:>6}{times}  (p50 p95 max)")
    return lines


def _requests_lines(name: str, phase: Phase | None, counts: Counter[str]) -> list[str]:
    if phase is None:
        return []
    lines = []
    for command in sorted({s.command for s in phase.samples}):
        sent = phase.count(command)
        found = counts.get(command.lstrip("/"), 0)
        lines.append(f"  {name:<6}{command:<11}{found:>6} / {sent:>5} = {found / sent:.4f}")
    for key, found in sorted(counts.items()):
        if key.startswith("other "):
            lines.append(f"  {name:<6}{key}: {found}")
    return lines
