"""Sending what is due: check, then claim, then send, within Telegram's waits.

Per person (one task each, `PEOPLE_AT_ONCE` at a time), their messages one after another:
each message's rows are first checked cheaply (`check.py`: bounded in time; Trakt
failing sends unchecked), then claimed (one UPDATE: a row is sent at most once, restarts
included, and not before it is due), then sent through the `Outbox`. A crash loses only
the messages between their claim and Telegram's answer. When Telegram says to wait
(`RetryLater`), the rows go back unclaimed, not to be checked again, and nothing is sent
to anyone until the wait is over: Telegram's wait applies to the bot, not to one chat.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol, TypeVar

from bot.accounts import NotLinked
from bot.notify import schedule
from bot.notify.check import Checker
from bot.store import Due, NotifySettings
from bot.store.notify import DROPPED, PENDING, SENT, SKIPPED

if TYPE_CHECKING:
    from bot.notify.engine import Notifier

logger = logging.getLogger(__name__)

T = TypeVar("T")

PEOPLE_AT_ONCE = 32  # people sent to at the same time (their checks run meanwhile)
ROWS_PER_PASS = 10000  # due rows a pass takes at most (the rest: the next pass, at once)


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


class Sender:
    """The send half of a pass, and Telegram's wait (see the module docstring)."""

    def __init__(self, notifier: Notifier) -> None:
        self.notifier = notifier
        self.hold_until = 0.0  # Telegram said to wait: nothing is sent before (clock)
        self._passed: set[int] = set()  # rows checked, then given back by RetryLater

    def held(self) -> bool:
        """Whether Telegram's last wait is still on."""
        return self.notifier.clock() < self.hold_until

    def hold(self, seconds: float) -> None:
        """Send nothing to anyone for `seconds` (Telegram's retry_after)."""
        self.hold_until = max(self.hold_until, self.notifier.clock() + seconds)
        logger.warning("Telegram asked to wait %.0f s: notifications paused", seconds)

    async def send_due(self) -> None:
        """Send everything due now, one task per person (none while Telegram says wait)."""
        if self.held():
            return
        now = int(self.notifier.clock())
        people: dict[int, list[Due]] = {}
        for row in self.notifier.store.due_by(now, limit=ROWS_PER_PASS):
            people.setdefault(row.user_id, []).append(row)
        await _each(list(people), lambda user_id: self._person(user_id, people[user_id], now))

    async def _person(self, user_id: int, rows: list[Due], now: int) -> None:
        store = self.notifier.store
        settings = store.notify_settings(user_id)
        if not settings.on:
            store.clear_due(user_id)
            return
        digest = settings.mode == "digest"
        rows = self._catch_up(settings, rows, now)
        checker = Checker(self.notifier, settings)
        for group in schedule.groups(rows, {user_id: digest}):
            if self.held() or not await self._group(settings, checker, group, now):
                return  # Telegram says wait, or the person is gone (blocked, link lost)

    def _catch_up(self, settings: NotifySettings, rows: list[Due], now: float) -> list[Due]:
        """Rows missed by more than `CATCH_UP` (downtime): dropped, or in digest mode
        folded into the next digest (aired within `FOLD_FOR`)."""
        late = now - schedule.CATCH_UP.total_seconds()
        stale = [row for row in rows if row.due_at < late]
        if not stale:
            return rows
        store = self.notifier.store
        if settings.mode == "digest":
            zone = self.notifier.zone(settings)
            upcoming = schedule.digest_after(
                datetime.fromtimestamp(now, UTC), settings.digest_hour, zone
            )
            fold = now - schedule.FOLD_FOR.total_seconds()
            keep = {row.id: int(upcoming.timestamp()) for row in stale if row.air_at >= fold}
            store.reschedule_due(settings.user_id, keep)
            dropped = [row.id for row in stale if row.id not in keep]
        else:
            dropped = [row.id for row in stale]
        store.set_due_state(dropped, DROPPED)
        gone = {row.id for row in stale}
        return [row for row in rows if row.id not in gone]

    async def _group(
        self, settings: NotifySettings, checker: Checker, rows: list[Due], now: int
    ) -> bool:
        """Check, claim, send and close one message's rows; False when nothing more is to
        be sent to the person in this pass."""
        notifier, store, user_id = self.notifier, self.notifier.store, settings.user_id
        try:
            keep = await self._wanted(checker, rows)
        except NotLinked as exc:
            notifier.lost(exc)
            return False
        store.set_due_state([row.id for row in rows if row.id not in keep], SKIPPED)
        ids = store.claim_due(sorted(keep), by=now)  # a sync may have moved one meanwhile
        self._passed.difference_update(ids)
        # As stored now, with the batch the claim gave them: the message's buttons name it.
        stored = {row.id: row for row in store.due_by_ids(ids)}
        claimed = tuple(stored[row.id] for row in rows if row.id in stored)
        if not claimed:
            return True
        assert notifier.outbox is not None, "the notify feature attaches its outbox at start-up"
        digest = settings.mode == "digest"
        notification = Notification(user_id, claimed, digest, notifier.zone(settings).key)
        try:
            message_id = await notifier.outbox.send(notification)
        except Blocked:
            logger.info("user %s blocked the bot: notifications off", user_id)
            store.finish_due(ids, DROPPED)
            store.save_notify_settings(store.notify_settings(user_id).with_(mode="off"))
            store.clear_due(user_id)
            return False
        except RetryLater as exc:
            store.finish_due(ids, PENDING)  # known not sent: sent when the wait is over
            self._passed.update(ids)
            self.hold(exc.seconds)
            return False
        except Exception:
            logger.exception("could not send a notification to %s; dropped", user_id)
            store.finish_due(ids, DROPPED)
            return True
        store.finish_due(ids, SENT, message_id)
        notifier.sent += 1
        return True

    async def _wanted(self, checker: Checker, rows: list[Due]) -> set[int]:
        """The ids of the rows still worth telling; rows checked before a RetryLater are
        not asked of Trakt again."""
        fresh = [row for row in rows if row.id not in self._passed]
        kept = {row.id for row in await checker.wanted(fresh)} if fresh else set()
        return kept | {row.id for row in rows if row.id in self._passed}


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
