"""The notification engine: calendar syncs, the due list, the check before sending.

`Notifier` (owned by `Services`) knows nothing of Telegram: messages leave through an
`Outbox` the notify feature attaches at start-up. One pass (`tick`) does two things:

1. **Sync** the calendars that are due. A person's calendar is fetched at most about once
   a day, at a second of the day spread by a hash of their id (`schedule.next_sync`),
   and at once when they link or change their settings. A sync is
   `GET /sync/last_activities` + `GET /calendars/my/shows/{yesterday}/4` (+ the movie
   calendar when movies are on); Trakt's settings (the time zone) and the shows hidden
   from progress are asked again only when last_activities says they changed. The
   result replaces the person's pending rows in that window (`Store.plan_due`).
2. **Send** what is due, one task per person, their messages one after another. Rows are
   claimed before anything else (a row is sent at most once, restarts included), then
   checked cheaply: `GET /sync/last_activities` once per person and pass, and only when
   `episodes.watched_at` moved since the sync, that show's watched progress. Watched,
   hidden and muted ones are skipped; the rest go out as one message per show and air
   time (a binge drop) or, in digest mode, one digest.

After downtime a row missed by less than `CATCH_UP` still goes out (once); older ones
are dropped, or in digest mode folded into the next digest. One person's Trakt failure
or lost link never stops the others: each person's work is its own task and its errors
stay there. A lost link is told once (the account is gone, so it is not met again); a
person who blocked the bot has notifications switched off.

The loop waits on an event (settings changed, someone linked) or until the next due
moment, never polls; the clock is injected, and tests drive `tick` directly.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, TypeVar
from zoneinfo import ZoneInfo

from bot.accounts import Accounts, LinkLost, NotLinked, TraktSession, known_zone
from bot.notify import schedule
from bot.notify.check import Checker
from bot.store import Due, DueDraft, NotifySettings, Store
from bot.store.notify import DROPPED, PENDING, SENT, SKIPPED
from bot.trakt import TraktAPI, TraktError

logger = logging.getLogger(__name__)

T = TypeVar("T")

SYNC_DAYS = 4  # yesterday (UTC) and the next three days
GRACE = 600  # seconds: a row due this recently when first planned still goes out
RETRY_SYNC = 3600  # seconds before a failed sync is tried again
MAX_SLEEP = 300.0  # the loop looks again at least this often (clock changes, new rows)
PEOPLE_AT_ONCE = 32  # people synced or sent to at the same time
KEEP_DAYS = 14  # closed rows kept this long after the air time


class Blocked(Exception):
    """The person blocked the bot (Telegram said 403)."""


class RetryLater(Exception):
    """Telegram asked to wait (`seconds`): nothing was sent."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds}s")
        self.seconds = seconds


@dataclass(frozen=True)
class Notification:
    """One message to send: a person's rows (one show's airing, or a digest)."""

    user_id: int
    rows: tuple[Due, ...]
    digest: bool
    zone: str


class Outbox(Protocol):
    """Where notifications leave (the notify feature: Telegram)."""

    async def send(self, notification: Notification) -> int:
        """Send; the message id. Raises Blocked, RetryLater, or anything else (dropped)."""

    async def link_lost(self, user_id: int) -> None:
        """Tell the person their Trakt link was lost (once)."""


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
        self._retry_at: float | None = None

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
        """Stop the loop (what is being sent now is cancelled; its rows stay claimed and
        are dropped at the next start, never sent twice)."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def wake(self) -> None:
        """Look at the due list and the syncs now (settings changed, someone linked)."""
        self._wake.set()

    async def _run(self) -> None:
        while True:
            self._wake.clear()
            try:
                upcoming = await self.tick()
            except Exception:
                logger.exception("notification pass failed")
                upcoming = None
            wait = MAX_SLEEP if upcoming is None else min(MAX_SLEEP, upcoming - self.clock())
            if wait > 0:
                try:
                    async with asyncio.timeout(wait):
                        await self._wake.wait()
                except TimeoutError:
                    pass

    # -- one pass -----------------------------------------------------------------------

    async def tick(self) -> float | None:
        """Sync the calendars that are due, send what is due; when to look again."""
        now = self.clock()
        people = self.store.notify_sync_due(int(now), limit=1000)
        await _each(people, self.sync)
        await self.send_due()
        self.store.purge_due(int(now) - KEEP_DAYS * 86400)
        moments = [self.store.next_due(), self.store.next_notify_sync(), self._retry_at]
        self._retry_at = None
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
        if self.accounts.is_linked(user_id):
            if self.store.notify_settings(user_id).on:
                self.store.set_notify_sync(user_id, 0)
                self.wake()
        else:
            self.store.clear_due(user_id)

    def zone(self, settings: NotifySettings) -> ZoneInfo:
        """The person's zone: chosen here, else their Trakt account's, else UTC."""
        account = self.accounts.find(settings.user_id)
        name = known_zone(settings.timezone) or known_zone(account.timezone if account else None)
        return ZoneInfo(name or "UTC")

    # -- sync ---------------------------------------------------------------------------

    async def sync(self, user_id: int) -> None:
        """Fetch the person's calendar and plan their rows; a failure is retried later."""
        settings = self.store.notify_settings(user_id)
        if not settings.on:
            return
        now = self.clock()
        session = await self._session(user_id)
        if session is None:
            self.store.set_notify_sync(user_id, schedule.next_sync(user_id, now))
            return
        try:
            trakt, drafts, window = await self._fetch(session, settings, now)
        except TraktError as exc:
            logger.info("calendar sync for %s failed: %r; retrying later", user_id, exc)
            self.store.set_notify_sync(user_id, int(now) + RETRY_SYNC)
            return
        # What was due before the person turned notifications on is skipped; what a late
        # sync (a retry, a restart) missed since then still goes out within the window.
        since = float(settings.trakt.get("on_since", now)) - GRACE
        late = max(since, now - schedule.CATCH_UP.total_seconds())
        self.store.plan_due(user_id, drafts, *window, late=int(late))
        self.store.set_notify_sync(user_id, schedule.next_sync(user_id, now), trakt)

    async def _fetch(
        self, session: TraktSession, settings: NotifySettings, now: float
    ) -> tuple[dict[str, Any], list[DueDraft], tuple[int, int]]:
        user_id = settings.user_id
        trakt = dict(settings.trakt)
        seen = await self.call(session, self.api.last_activities)
        if "settings_at" in trakt and seen.settings != trakt["settings_at"]:
            found = await self.call(session, self.api.user_settings)
            self.accounts.remember_zone(user_id, found.timezone)  # refreshed daily at most
        trakt["settings_at"] = seen.settings
        if seen.hidden != trakt.get("hidden_at"):
            trakt["hidden"] = sorted(await self.call(session, self.api.hidden_show_ids))
            trakt["hidden_at"] = seen.hidden
        trakt["watched_at"], trakt["checked"] = seen.episodes_watched, {}
        start = datetime.fromtimestamp(now, UTC).date() - timedelta(days=1)
        entries = await self.call(session, lambda t: self.api.calendar(t, start, SYNC_DAYS))
        releases = []
        if settings.movies:
            releases = await self.call(
                session, lambda t: self.api.calendar_movies(t, start, SYNC_DAYS)
            )
        zone, moment = self.zone(settings), datetime.fromtimestamp(now, UTC)
        hidden = set(trakt.get("hidden", ()))
        drafts = []
        for entry in entries:
            show_id, episode_id = entry.show.ids.trakt, entry.episode.ids.trakt
            air = entry.first_aired
            if not (show_id and episode_id and air) or show_id in hidden:
                continue
            if not schedule.wanted(entry, settings.scope) or not entry.episode.season:
                continue
            due = schedule.due_at(settings, air, zone, moment)
            if air < moment - schedule.CATCH_UP:
                due = air  # over long ago: stored as skipped
            payload = schedule.episode_payload(entry)
            drafts.append(
                DueDraft(
                    "episode",
                    episode_id,
                    show_id,
                    int(air.timestamp()),
                    int(due.timestamp()),
                    payload,
                )
            )
        for release in releases:
            movie_id = release.movie.ids.trakt
            if not movie_id or release.released is None:
                continue
            at = schedule.release_at(settings, release.released, zone)
            due = schedule.out_of_quiet(at, zone, settings.quiet_start, settings.quiet_end)
            payload = schedule.movie_payload(release)
            drafts.append(
                DueDraft(
                    "movie", movie_id, None, int(at.timestamp()), int(due.timestamp()), payload
                )
            )
        first = datetime(start.year, start.month, start.day, tzinfo=UTC)
        window = (int(first.timestamp()), int((first + timedelta(days=SYNC_DAYS)).timestamp()))
        return trakt, drafts, window

    # -- send ---------------------------------------------------------------------------

    async def send_due(self) -> None:
        """Send everything due now, one task per person."""
        now = int(self.clock())
        rows = self.store.due_by(now, limit=10000)
        people: dict[int, list[Due]] = {}
        for row in rows:
            people.setdefault(row.user_id, []).append(row)
        await _each(list(people), lambda user_id: self._send_person(user_id, people[user_id]))

    async def _send_person(self, user_id: int, rows: list[Due]) -> None:
        settings = self.store.notify_settings(user_id)
        now = self.clock()
        if not settings.on:
            self.store.clear_due(user_id)
            return
        digest = settings.mode == "digest"
        rows = self._catch_up(settings, rows, now)
        groups = schedule.groups(rows, {user_id: digest})
        checker = Checker(self, settings)
        for group in groups:
            ids = self.store.claim_due([row.id for row in group])
            claimed = [row for row in group if row.id in ids]
            if claimed and not await self._send_group(settings, checker, claimed, digest):
                return  # the person is gone (blocked, link lost): nothing more for them

    def _catch_up(self, settings: NotifySettings, rows: list[Due], now: float) -> list[Due]:
        """Rows missed by more than `CATCH_UP` (downtime): dropped, or in digest mode
        folded into the next digest (aired within `FOLD_FOR`)."""
        late = now - schedule.CATCH_UP.total_seconds()
        stale = [row for row in rows if row.due_at < late]
        if not stale:
            return rows
        if settings.mode == "digest":
            zone = self.zone(settings)
            upcoming = schedule.digest_after(
                datetime.fromtimestamp(now, UTC), settings.digest_hour, zone
            )
            fold = now - schedule.FOLD_FOR.total_seconds()
            keep = {row.id: int(upcoming.timestamp()) for row in stale if row.air_at >= fold}
            self.store.reschedule_due(settings.user_id, keep)
            dropped = [row.id for row in stale if row.id not in keep]
        else:
            dropped = [row.id for row in stale]
        if dropped:
            self.store.set_due_state(dropped, DROPPED)
        gone = {row.id for row in stale}
        return [row for row in rows if row.id not in gone]

    async def _send_group(
        self, settings: NotifySettings, checker: Checker, rows: list[Due], digest: bool
    ) -> bool:
        """Check, send and close one claimed group; False when the person is gone."""
        user_id = settings.user_id
        ids = [row.id for row in rows]
        try:
            keep = await checker.wanted(rows)
        except NotLinked as exc:
            self.store.finish_due(ids, DROPPED)
            if isinstance(exc, LinkLost) and self.outbox is not None:
                await _quietly(self.outbox.link_lost(user_id))
            return False
        skipped = [row.id for row in rows if row not in keep]
        self.store.finish_due(skipped, SKIPPED)
        if not keep:
            return True
        ids = [row.id for row in keep]
        assert self.outbox is not None, "the notify feature attaches its outbox at start-up"
        notification = Notification(user_id, tuple(keep), digest, self.zone(settings).key)
        try:
            message_id = await self.outbox.send(notification)
        except Blocked:
            logger.info("user %s blocked the bot: notifications off", user_id)
            self.store.finish_due(ids, DROPPED)
            self.store.save_notify_settings(self.store.notify_settings(user_id).with_(mode="off"))
            self.store.clear_due(user_id)
            return False
        except RetryLater as exc:
            self.store.finish_due(ids, PENDING)  # known not sent: the next pass sends it
            self._retry_at = self.clock() + exc.seconds
            return False
        except Exception:
            logger.exception("could not send a notification to %s; dropped", user_id)
            self.store.finish_due(ids, DROPPED)
            return True
        self.store.finish_due(ids, SENT, message_id)
        self.sent += 1
        return True

    # -- Trakt --------------------------------------------------------------------------

    async def _session(self, user_id: int) -> TraktSession | None:
        try:
            return await self.accounts.session(user_id)
        except LinkLost:
            self.store.clear_due(user_id)
            if self.outbox is not None:
                await _quietly(self.outbox.link_lost(user_id))
            return None
        except NotLinked:
            return None
        except TraktError as exc:  # a refresh that failed for now
            logger.info("no Trakt session for %s now: %r", user_id, exc)
            return None

    async def call(self, session: TraktSession, request: Callable[[str], Awaitable[T]]) -> T:
        """A background Trakt request for the person, counted."""
        self.requests[session.account.chat_id] += 1
        return await session.call(request)


async def _each(items: Sequence[T], work: Callable[[T], Awaitable[None]]) -> None:
    """Run `work` for every item, `PEOPLE_AT_ONCE` at a time; one failure stays its own."""
    gate = asyncio.Semaphore(PEOPLE_AT_ONCE)

    async def one(item: T) -> None:
        async with gate:
            try:
                await work(item)
            except Exception:
                logger.exception("notification work for %r failed", item)

    await asyncio.gather(*(one(item) for item in items))


async def _quietly(call: Awaitable[None]) -> None:
    try:
        await call
    except Exception:
        logger.info("could not tell about a lost link", exc_info=True)
