"""Round trips: which Trakt requests a reply waited for one after another.

Every request the demo Trakt answered carries when it arrived and when it was answered
(`RecordedRequest.started` / `.ended`). A request sent only after another was answered
may have needed its answer; requests in flight together did not need each other's. The
longest chain of requests, each started after the one before it ended, is the number
of round trips the reply could not avoid as the bot fetches today, and with a slow
Trakt it sets the reply time: (round trips + 1) x latency is the goal, the one extra
for the reply's own way to Telegram and the bot's work, plus a small local allowance.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.demo import RecordedRequest

LATENCY = 0.2  # seconds the demo Trakt waits before each answer in this phase
ALLOWANCE = 0.1  # seconds of local work a reply may add to its round trips

_ID = re.compile(r"/\d+(?=/|$)")


def longest_chain(requests: Sequence[RecordedRequest]) -> list[RecordedRequest]:
    """The longest run of requests each started after the one before it ended (of equal
    runs, the one answered last); empty for no requests."""
    ordered = sorted(requests, key=lambda r: (r.started, r.ended))
    chains: list[list[RecordedRequest]] = []
    for request in ordered:
        before = [chain for chain in chains if chain[-1].ended <= request.started]
        chains.append([*max(before, key=_weight, default=[]), request])
    return max(chains, key=_weight, default=[])


def rounds(requests: Sequence[RecordedRequest]) -> list[list[RecordedRequest]]:
    """The requests by round trip: each in the round after the longest chain before it."""
    ordered = sorted(requests, key=lambda r: (r.started, r.ended))
    depth: list[int] = []
    for n, request in enumerate(ordered):
        earlier = [depth[m] for m in range(n) if ordered[m].ended <= request.started]
        depth.append(max(earlier, default=0) + 1)
    grouped: list[list[RecordedRequest]] = [[] for _ in range(max(depth, default=0))]
    for request, level in zip(ordered, depth, strict=True):
        grouped[level - 1].append(request)
    return grouped


def _weight(chain: list[RecordedRequest]) -> tuple[int, float]:
    return len(chain), chain[-1].ended if chain else 0.0


def label(request: RecordedRequest) -> str:
    """`GET /shows/{id}/progress/watched`: the method and the path, ids left out."""
    return f"{request.method} {_ID.sub('/{id}', request.path)}"


@dataclass(frozen=True)
class Trip:
    """One command's reply against a slow Trakt: how long it took and what it waited for."""

    command: str
    reply: float | None  # seconds; None when no reply came
    requests: tuple[RecordedRequest, ...]  # those started before the reply
    how: str = ""  # the path taken, for the report
    runs: tuple[float | None, ...] = ()  # every run's reply, when this is the median one

    @property
    def chain(self) -> list[RecordedRequest]:
        """The longest chain of requests made one after another."""
        return longest_chain(self.requests)

    @property
    def budget(self) -> float:
        """The goal: (round trips + 1) x `LATENCY`, plus `ALLOWANCE`."""
        return (len(self.chain) + 1) * LATENCY + ALLOWANCE

    @property
    def passed(self) -> bool:
        """Whether the reply came within the budget."""
        return self.reply is not None and self.reply <= self.budget

    def line(self) -> str:
        """`/x: GET /a → 2 together  (2 round trips, 3 requests), reply 0.43 s`: the chain,
        a round trip of several requests by their number (`round_lines` names them: which
        of them the next one waited for, the times can't tell)."""
        steps = (
            label(made[0]) if len(made) == 1 else f"{len(made)} together"
            for made in rounds(self.requests)
        )
        chain = " → ".join(steps) or "no Trakt request"
        counts = f"{_count(len(self.chain), 'round trip')}, {_count(len(self.requests), 'request')}"
        reply = "no reply" if self.reply is None else f"reply {self.reply:.2f} s"
        if len(self.runs) > 1:
            each = ", ".join("-" if run is None else f"{run:.2f}" for run in self.runs)
            reply += f" (median of {each})"
        return f"{self.command}: {chain}  ({counts}), {reply}"

    def round_lines(self) -> list[str]:
        """Each round trip's requests, made together (`×2`: the same path twice)."""
        lines = []
        for n, requests in enumerate(rounds(self.requests), start=1):
            made = Counter(map(label, requests))
            named = (name if times == 1 else f"{name} ×{times}" for name, times in made.items())
            lines.append(f"round {n}: " + ", ".join(named))
        return lines


def median(trips: Sequence[Trip]) -> Trip:
    """The run whose reply is the median (no reply counts as the slowest; of an even
    number, the faster middle one), noting every run's reply."""
    ordered = sorted(trips, key=lambda trip: math.inf if trip.reply is None else trip.reply)
    middle = ordered[(len(ordered) - 1) // 2]
    return replace(middle, runs=tuple(trip.reply for trip in trips))


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' * (number != 1)}"
