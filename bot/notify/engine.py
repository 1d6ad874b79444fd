"""The notification engine: calendar syncs, the due list, the check before sending.

`Notifier` (owned by `Services`) knows nothing of Telegram: messages leave through an
`Outbox` the notify feature attaches at start-up. One pass (`tick`) does two things:

1. **Send** what is due (`send.py`), one task per person, their messages one after
   another, each checked, then claimed, then sent. The check (`check.py`) is cheap:
   `GET /sync/last_activities` once per person and pass, a show's watched progress only
   when `episodes.watched_at` moved since the sync. Watched, hidden and muted ones are
   skipped; the rest go out as one message per show and air time (a binge drop) or, in
   digest mode, one digest. A crash loses only the messages between their claim and
   Telegram's answer.
2. **Start the syncs** that are due, each a background task of its own that no send
   waits for (`sync.py`; at most `PEOPLE_AT_ONCE` at once, each bounded by
   `SYNC_TIMEOUT`, never two for one person). A person's calendar is fetched at most
   about once a day, at a second of the day spread by a hash of their id
   (`schedule.next_sync`), and at once when they link or change their settings. The
   result replaces the person's pending rows in that window (`Store.plan_due`); a sync
   that ends wakes the loop, which sends what it made due.

After downtime a row missed by less than `CATCH_UP` still goes out (once); older ones
are dropped, or in digest mode folded into the next digest. One person's Trakt failure
or lost link never stops or delays the others. A lost link is told once (the account is
gone, so it is not met again); a person who blocked the bot has notifications switched
off. When Telegram says to wait (`RetryLater`), nothing is sent to anyone until then and
the loop sleeps.

The loop waits on an event (settings changed, someone linked, a sync done) or until the
next due moment, never polls; the clock is injected, and tests drive `tick` (and
`settle`) directly.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from bot.accounts import Accounts, LinkLost, NotLinked, TraktSession
from bot.notify import schedule
from bot.notify.check import unwatched_drafts
from bot.notify.send import Outbox, RetryLater, Sender
from bot.notify.sync import fetch
from bot.store import NotifySettings, Store
from bot.trakt import TraktAPI, TraktError

logger = logging.getLogger(__name__)

T = TypeVar("T")

GRACE = 600  # seconds: a row due this recently when first planned still goes out
RETRY_SYNC = 3600  # seconds before a failed (or cut short) sync is tried again
SYNC_TIMEOUT = 120.0  # seconds one person's sync may take, Trakt's own retries included
MAX_SLEEP = 300.0  # the loop looks again at least this often (clock changes, new rows)
PEOPLE_AT_ONCE = 32  # people synced at the same time
SYNCS_PER_PASS = 1000  # syncs a pass starts at most (the rest: the next pass)
KEEP_DAYS = 14  # closed rows kept this long after the air time
TELL_TRIES = 3  # tries to tell a lost link when Telegram says to wait


class Notifier:
    """Calendar syncs, the due list and the sender's checks (see the module docstring)."""

    def __init__(
        self,
        store: Store,
        accounts: Accounts,
        api: TraktAPI,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store, self.accounts, self.api, self.clock = store, accounts, api, clock
        self.outbox: Outbox | None = None
        self.requests: Counter[int] = Counter()  # background Trakt requests per person
        self.sent = 0  # messages sent by this process
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._syncs: dict[int, asyncio.Task[None]] = {}  # person -> their sync under way
        self._sync_gate = asyncio.Semaphore(PEOPLE_AT_ONCE)
        self._background: set[asyncio.Task[Any]] = set()  # requests a timeout gave up on
        self._tells: set[asyncio.Task[Any]] = set()  # lost-link messages on their way
        self.sender = Sender(self)

    # -- life cycle ---------------------------------------------------------------------

    def start(self, outbox: Outbox) -> None:
        """Drop what a crash left claimed, then run the loop in the background."""
        self.outbox = outbox
        dropped = self.store.drop_claimed()
        if dropped:
            logger.warning("dropped %d notifications a stop left half-sent", dropped)
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="notifier")

    async def stop(self) -> None:
        """Stop the loop, the syncs and the requests under way (a message being sent now
        is cancelled; its rows stay claimed and are dropped at the next start, never sent
        twice; a sync cut short runs again at the next start)."""
        task, self._task = self._task, None
        tasks = [*([task] if task else []), *self._syncs.values(), *self._background]
        tasks += self._tells
        for each in tasks:
            each.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        # A sync cancelled before it ever ran never cleaned up after itself: it too runs
        # again at the next start, and is no longer under way (`settle` would wait on it).
        for user_id in list(self._syncs):
            with contextlib.suppress(Exception):
                self.store.set_notify_sync(user_id, int(self.clock()))
        self._syncs.clear()

    def wake(self) -> None:
        """Look at the due list and the syncs now (settings changed, someone linked)."""
        self._wake.set()

    async def settle(self) -> None:
        """Wait for the syncs and lost-link messages under way, with a pass after each
        round as the loop would run (a sync that ends wakes it): how tests catch up."""
        while self._syncs or self._tells:
            await asyncio.gather(*self._syncs.values(), *self._tells, return_exceptions=True)
            await self.tick()

    async def _run(self) -> None:
        while True:
            self._wake.clear()
            try:
                upcoming = await self.tick()
            except Exception:
                logger.exception("notification pass failed")
                upcoming = None
            wait = MAX_SLEEP if upcoming is None else min(MAX_SLEEP, upcoming - self.clock())
            if wait <= 0 and self._syncs:
                # What is due waits for a sync under way (a second change of settings while
                # the first one's sync runs): its end wakes the loop. Looping at once would
                # never let that sync run, nor anything else.
                wait = MAX_SLEEP
            if wait > 0:
                try:
                    async with asyncio.timeout(wait):
                        await self._wake.wait()
                except TimeoutError:
                    pass
            else:
                await asyncio.sleep(0)  # more is due at once: never hold the event loop

    # -- one pass -----------------------------------------------------------------------

    async def tick(self) -> float | None:
        """Send what is due, then start the syncs that are due (in the background: no
        send waits for them); when to look again."""
        now = self.clock()
        await self.send_due()
        self._start_syncs(int(self.clock()))
        self.store.purge_due(int(now) - KEEP_DAYS * 86400)
        sending = self.sender.hold_until if self.sender.held() else self.store.next_due()
        moments = [sending, self.store.next_notify_sync()]
        found = [float(m) for m in moments if m is not None]
        return min(found) if found else None

    def changed(self, user_id: int) -> None:
        """The person's settings changed: sync their calendar at once."""
        settings = self.store.notify_settings(user_id)
        if not settings.on:
            self.store.clear_due(user_id)
            off = {k: v for k, v in settings.trakt.items() if k != "on_since"}
            self.store.set_notify_sync(user_id, 0, off)
            return
        trakt = {"on_since": int(self.clock()), **settings.trakt}  # kept while on
        self.store.set_notify_sync(user_id, 0, trakt)
        self.wake()

    def account_changed(self, user_id: int) -> None:
        """`Accounts.on_change`: linked (again) -> sync now; unlinked -> nothing scheduled."""
        # What was known of the old account's shows is not the new one's.
        self.store.merge_notify_trakt(user_id, {"checked": {}})
        if self.accounts.is_linked(user_id):
            if self.store.notify_settings(user_id).on:
                self.store.set_notify_sync(user_id, 0)
                self.wake()
        else:
            self.store.clear_due(user_id)

    def zone(self, settings: NotifySettings) -> ZoneInfo:
        """The person's zone (`Accounts.known_zone_of`: chosen here, else their Trakt
        account's, else UTC)."""
        return self.accounts.known_zone_of(settings.user_id, settings.timezone)

    # -- sync ---------------------------------------------------------------------------

    def _start_syncs(self, now: int) -> None:
        for user_id in self.store.notify_sync_due(now, limit=SYNCS_PER_PASS):
            if user_id in self._syncs:
                continue  # under way; it sees the new request and lets its result go
            # The lease: not started again meanwhile, and tried again if this one dies.
            self.store.set_notify_sync(user_id, now + RETRY_SYNC)
            task = asyncio.create_task(self._sync_one(user_id), name=f"notify-sync-{user_id}")
            self._syncs[user_id] = task

    async def _sync_one(self, user_id: int) -> None:
        """One person's sync as a task of its own: bounded in time, its errors its own."""
        try:
            async with self._sync_gate, asyncio.timeout(SYNC_TIMEOUT):
                await self.sync(user_id)
        except TimeoutError:
            logger.warning("calendar sync for %s took too long; retrying later", user_id)
        except asyncio.CancelledError:
            with contextlib.suppress(Exception):  # stopping: sync at the next start
                self.store.set_notify_sync(user_id, int(self.clock()))
            raise
        except Exception:
            logger.exception("calendar sync for %s failed", user_id)
        finally:
            if self._syncs.get(user_id) is asyncio.current_task():
                del self._syncs[user_id]
            self.wake()

    async def sync(self, user_id: int) -> None:
        """Fetch the person's calendar and plan their rows; a failure is retried later.
        When their settings changed meanwhile (`changed`), the result is let go: the
        sync that change asked for plans with the new settings."""
        settings = self.store.notify_settings(user_id)
        if not settings.on:
            return
        now = self.clock()
        session = await self._sync_session(user_id)
        if session is None:
            self._reschedule(settings, schedule.next_sync(user_id, now))
            return
        # What was due before the person turned notifications on is skipped; what a late
        # sync (a retry, a restart) missed since then still goes out within the window.
        since = float(settings.trakt.get("on_since", now)) - GRACE
        late = int(max(since, now - schedule.CATCH_UP.total_seconds()))
        try:
            trakt, drafts, window = await fetch(self, session, settings, now)
            settled = self.store.settled_due(user_id)
            trakt, drafts = await unwatched_drafts(
                self, session, trakt, drafts, settled=settled, late=late, now=now
            )
        except NotLinked as exc:
            self.lost(exc)
            return
        except TraktError as exc:
            logger.info("calendar sync for %s failed: %r; retrying later", user_id, exc)
            self._reschedule(settings, int(now) + RETRY_SYNC)
            return
        if self.store.notify_settings(user_id).sync_after != settings.sync_after:
            return
        self.store.plan_due(user_id, drafts, *window, late=late)
        self.store.set_notify_sync(user_id, schedule.next_sync(user_id, now), trakt)

    def _reschedule(self, settings: NotifySettings, when: int) -> None:
        """The next sync, unless a change of settings asked for one meanwhile."""
        if self.store.notify_settings(settings.user_id).sync_after == settings.sync_after:
            self.store.set_notify_sync(settings.user_id, when)

    async def _sync_session(self, user_id: int) -> TraktSession | None:
        try:
            return await self.session(user_id)
        except NotLinked as exc:
            self.lost(exc)
            return None
        except TraktError as exc:  # a refresh that failed for now
            logger.info("no Trakt session for %s now: %r", user_id, exc)
            return None

    def lost(self, exc: NotLinked) -> None:
        """No link (any more): nothing stays scheduled; a link just lost is told, once."""
        self.store.clear_due(exc.chat_id)
        if isinstance(exc, LinkLost):
            logger.info("the Trakt link of %s was lost; telling them", exc.chat_id)
            self._spawn(self._tell_lost(exc.chat_id), self._tells)

    async def _tell_lost(self, user_id: int) -> None:
        if self.outbox is None:
            return
        for _ in range(TELL_TRIES):
            wait = self.sender.hold_until - self.clock()
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                await self.outbox.link_lost(user_id)
                return
            except RetryLater as exc:
                self.sender.hold(exc.seconds)
            except Exception:
                logger.info("could not tell %s about the lost link", user_id, exc_info=True)
                return

    # -- send ---------------------------------------------------------------------------

    async def send_due(self) -> None:
        """Send everything due now (`send.Sender`)."""
        await self.sender.send_due()

    # -- Trakt --------------------------------------------------------------------------

    async def session(self, user_id: int) -> TraktSession:
        """The person's Trakt session (a token refresh it needs is never cut short)."""
        return await self._kept(self.accounts.session(user_id))

    async def call(self, session: TraktSession, request: Callable[[str], Awaitable[T]]) -> T:
        """A background Trakt request for the person, counted; a timeout of the caller
        stops waiting for it but never cuts it short (a refresh half done loses a link)."""
        self.requests[session.account.chat_id] += 1
        return await self._kept(session.call(request))

    async def _kept(self, work: Awaitable[T]) -> T:
        return await asyncio.shield(self._spawn(work, self._background))

    @staticmethod
    def _spawn(work: Awaitable[T], tasks: set[asyncio.Task[Any]]) -> asyncio.Task[T]:
        """Run `work` as a task kept in `tasks` (`stop` cancels it)."""
        task = asyncio.ensure_future(work)
        tasks.add(task)
        task.add_done_callback(_forget(tasks))
        return task


def _forget(tasks: set[asyncio.Task[Any]]) -> Callable[[asyncio.Task[Any]], None]:
    def done(task: asyncio.Task[Any]) -> None:
        tasks.discard(task)
        if not task.cancelled():
            task.exception()  # retrieved: its caller, if still waiting, got it already

    return done
