"""Fair use: one person's flood never slows anyone else's Trakt requests.

Each update a person sends opens a `Ticket` (bot/kit/fair.py does it for every update,
in a context variable, so any Trakt call made while handling it can find it). The
update's *first* Trakt request pays for it from the person's budget; its other requests,
and updates that need no Trakt at all (/help, /language, a page already cached), are
free. The numbers (`FairConfig`, README "Fair use"):

- **a burst of 10 Trakt-backed updates, then one per second** per person (a generic
  cell rate algorithm: the bucket refills one update a second). A person who types or
  taps as people do never meets it; a script meets it at once;
- **at most 4 of them in flight** per person, so one person can't hold the update slots
  while Trakt is slow;
- **logins: 3 device codes or pasted codes, then one per 20 s** per person (each one
  starts a grant at Trakt);
- a read over the budget is refused at once (`TooFast`, before any request leaves) with
  the seconds until the budget allows the next; `TooFast.tell` is true only for the
  first refusal in a 10 s window, so a flood earns one polite message, not one per update;
- a write (`writing()`, or any POST/DELETE) is never refused for the budget: it waits
  its turn;
- **every update** a person sends, Trakt or not (a message, a button press; inline queries
  answer nobody's chat and are left to the Trakt budget), passes a gate first: **a burst
  of 20, then one a second, at most 8 being handled at once**. Each reply spends the
  bot's one Telegram send budget (about 30 messages a second for everyone), and each
  update holds one of the update slots while it waits: a flood of /help or of write
  presses must not take them from everyone else (`FairUse.admit`);
- unauthenticated reads share one Trakt bucket for the whole bot (450 per 5 min): each
  person may take **a burst of 20 of those requests, then one per 4 s** (a sixth of the
  bucket), so one person within their update budget still can't empty it (`share`);
- the extras of an answer the person was allowed, a page's translations, ride on it
  (`along()`): they spend no share one by one (ten titles would spend it in two views and
  leave the third in English); instead the shared bucket takes them only while half of it
  is free, and never makes them wait (`bot.trakt.limits`), so they can't crowd out anyone.

Knows nothing of Telegram: a person is an int.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class FairConfig:
    """Per-person limits; `enabled=False` lifts them (tests, benchmarks of raw speed)."""

    burst: int = 10
    per_second: float = 1.0
    in_flight: int = 4
    login_burst: int = 3
    login_every: float = 20.0
    tell_every: float = 10.0
    updates_burst: int = 20
    updates_per_second: float = 1.0
    at_once: int = 8
    shared_burst: int = 20
    shared_per_second: float = 0.25
    max_people: int = 10_000
    enabled: bool = True


class TooFast(Exception):
    """A person's update was refused before reaching Trakt; `retry_after` in seconds."""

    def __init__(self, retry_after: float, *, tell: bool, login: bool = False) -> None:
        super().__init__(f"over the per-person budget; next in {retry_after:.1f} s")
        self.retry_after = retry_after
        self.tell = tell
        self.login = login


@dataclass(slots=True)
class _Cell:
    """Generic cell rate algorithm: `due` is when the bucket would be empty again."""

    interval: float
    burst: int
    due: float = 0.0

    def wait(self, now: float) -> float:
        """Seconds until one more fits (0 when it fits now)."""
        return max(self.due - now - (self.burst - 1) * self.interval, 0.0)

    def take(self, now: float) -> None:
        self.due = max(self.due, now) + self.interval


@dataclass(slots=True)
class _Person:
    updates: _Cell  # Trakt-backed updates
    logins: _Cell
    arrivals: _Cell  # every update (the gate)
    shared: _Cell  # requests from the shared unauthenticated bucket
    in_flight: int = 0  # Trakt-backed updates being handled
    handling: int = 0  # updates being handled
    told_until: float = 0.0


@dataclass(slots=True)
class Ticket:
    """One update of one person: whether it has paid, and whether it waits (a write)."""

    fair: FairUse
    person: int
    paid: bool = False
    waits: bool = False
    open: bool = True
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)


_ticket: ContextVar[Ticket | None] = ContextVar("trakt_fair_ticket", default=None)


class FairUse:
    """Every person's budget (bounded in number: the least recently seen are forgotten)."""

    def __init__(
        self,
        config: FairConfig | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.config = config or FairConfig()
        self.clock = clock
        self.sleep = sleep
        self.refused = 0
        self._people: OrderedDict[int, _Person] = OrderedDict()

    @contextmanager
    def update(self, person: int | None) -> Iterator[Ticket | None]:
        """Handle one update of `person` under their budget (None: nobody's, free)."""
        if person is None or not self.config.enabled:
            yield None
            return
        ticket = Ticket(self, person)
        token = _ticket.set(ticket)
        entry = self._person(person)
        entry.handling += 1
        try:
            yield ticket
        finally:
            _ticket.reset(token)
            ticket.open = False
            entry.handling -= 1
            if ticket.paid:
                entry.in_flight -= 1

    def admit(self, ticket: Ticket) -> None:
        """The gate every message and button press passes first: refused (`TooFast`) over
        a burst of `updates_burst`, then `updates_per_second`, or with `at_once` of the
        person's updates already being handled."""
        entry = self._person(ticket.person)
        now = self.clock()
        if entry.handling > self.config.at_once:
            raise self._refuse(entry, entry.arrivals.interval)
        wait = entry.arrivals.wait(now)
        if wait:
            raise self._refuse(entry, wait)
        entry.arrivals.take(now)

    def share(self, ticket: Ticket) -> None:
        """Charge one request from the bot's shared unauthenticated bucket to the person."""
        entry = self._person(ticket.person)
        now = self.clock()
        wait = entry.shared.wait(now)
        if wait:
            raise self._refuse(entry, wait)
        entry.shared.take(now)

    def _person(self, person: int) -> _Person:
        entry = self._people.get(person)
        if entry is None:
            c = self.config
            entry = _Person(
                _Cell(1.0 / c.per_second, c.burst),
                _Cell(c.login_every, c.login_burst),
                _Cell(1.0 / c.updates_per_second, c.updates_burst),
                _Cell(1.0 / c.shared_per_second, c.shared_burst),
            )
            self._people[person] = entry
            while len(self._people) > c.max_people:
                # A person still in flight is kept: forgetting them would lose the count.
                oldest, first = next(iter(self._people.items()))
                if first.handling:
                    self._people.move_to_end(oldest)
                    break
                self._people.popitem(last=False)
        else:
            self._people.move_to_end(person)
        return entry

    def _refuse(self, entry: _Person, wait: float, *, login: bool = False) -> TooFast:
        now = self.clock()
        tell = now >= entry.told_until
        if tell:
            entry.told_until = now + self.config.tell_every
        self.refused += 1
        return TooFast(max(wait, 0.1), tell=tell, login=login)

    async def pay(self, ticket: Ticket, *, write: bool) -> None:
        """Charge the ticket's first Trakt request; refuse a read over the budget."""
        async with ticket._lock:  # requests of one update started together pay once
            if ticket.paid or not ticket.open:
                return
            entry = self._person(ticket.person)
            now = self.clock()
            wait = entry.updates.wait(now)
            if ticket.waits or write:
                entry.updates.take(now)
                ticket.paid = True
                entry.in_flight += 1
                if wait:
                    await self.sleep(wait)  # a write's turn, never dropped
                return
            if entry.in_flight >= self.config.in_flight:
                raise self._refuse(entry, entry.updates.interval)
            if wait:
                raise self._refuse(entry, wait)
            entry.updates.take(now)
            entry.in_flight += 1
            ticket.paid = True

    def login(self, ticket: Ticket) -> None:
        """Charge a login (device code, pasted code) to the person's login budget."""
        entry = self._person(ticket.person)
        now = self.clock()
        wait = entry.logins.wait(now)
        if wait:
            raise self._refuse(entry, wait, login=True)
        entry.logins.take(now)


async def spend(*, write: bool = False) -> None:
    """Called before every Trakt request: the current update pays once (or is refused)."""
    ticket = _ticket.get()
    if ticket is not None and not ticket.paid:
        await ticket.fair.pay(ticket, write=write)


async def spend_login() -> None:
    """Called before a device code or a code exchange: logins have a budget of their own."""
    ticket = _ticket.get()
    if ticket is not None and ticket.open:
        await spend()
        ticket.fair.login(ticket)


def spend_shared() -> None:
    """Called before a request from the shared unauthenticated bucket (an extra riding
    `along()` spends nothing)."""
    ticket = _ticket.get()
    if ticket is not None and ticket.open and not _along.get():
        ticket.fair.share(ticket)


_along: ContextVar[bool] = ContextVar("trakt_fair_along", default=False)


@contextmanager
def along() -> Iterator[None]:
    """The requests inside are extras of an answer already allowed (a page's translations):
    they spend no share of the shared bucket (`riding`)."""
    token = _along.set(True)
    try:
        yield
    finally:
        _along.reset(token)


def riding() -> bool:
    """Whether the request about to go is an extra (`along()`)."""
    return _along.get()


def writing() -> None:
    """The current update writes at Trakt: it waits for the budget instead of being refused
    (and, within `intent()`, says so; raises `WriteHeld` when the caller holds writes)."""
    said = _intent.get()
    if said is not None and not said.writes and said.hold is not None and said.hold():
        raise WriteHeld("writes are held: this one waits behind earlier ones")
    ticket = _ticket.get()
    if ticket is not None:
        ticket.waits = True
    if said is not None:
        said.writes = True


class WriteHeld(Exception):
    """The work inside `intent(hold=...)` was about to write while its caller holds writes
    (`writing()` raised it): stopped before anything was sent, so it can run later."""


@dataclass(slots=True)
class Intent:
    """Whether the work inside `intent()` meant to write at Trakt (called `writing()`), and
    whether its first write must wait (`hold()` true when it would start)."""

    writes: bool = False
    hold: Callable[[], bool] | None = None


_intent: ContextVar[Intent | None] = ContextVar("trakt_write_intent", default=None)


@contextmanager
def intent(hold: Callable[[], bool] | None = None) -> Iterator[Intent]:
    """Note, for the work inside, whether it calls `writing()`: a caller that must tell a
    write from a read when Trakt asks to wait (bot/kit/later.py) looks afterwards. With
    `hold`, the work's first `writing()` raises `WriteHeld` when `hold()` is true then: the
    work stops before its first write (its reads before that have run; writes after its
    first are never held, so a change is never cut in half)."""
    found = Intent(hold=hold)
    token = _intent.set(found)
    try:
        yield found
    finally:
        _intent.reset(token)


def current() -> Ticket | None:
    """The ticket of the update being handled, if any (tests, logs)."""
    return _ticket.get()
