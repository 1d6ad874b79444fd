"""Store writes that must land (a token pair Trakt issued), off the event loop's back.

The store waits only briefly for another connection's write lock and raises `StoreBusy`;
`DurableWrites.run` tries again, sleeping asynchronously (doubling), until the write
lands, in a task of its own that a cancelled caller does not stop. No Telegram here.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from bot.store import StoreBusy

logger = logging.getLogger(__name__)

T = TypeVar("T")

RETRY_FIRST = 0.05  # seconds before the second try; doubles up to RETRY_MAX
RETRY_MAX = 1.0
FLUSH_TIMEOUT = 10.0  # at shutdown, how long writes still waiting may take


class DurableWrites:
    """Writes retried until stored; the tasks are kept so none is dropped or collected."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    async def run(self, chat_id: int, write: Callable[[], T]) -> T:
        """Run `write` until the database takes it (other errors are raised)."""
        return await self.kept(self.retried(chat_id, write))

    async def kept(self, work: Awaitable[T]) -> T:
        """Await `work` in a task of its own, which a cancelled caller does not stop."""
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return await asyncio.shield(task)

    @staticmethod
    async def retried(chat_id: int, write: Callable[[], T]) -> T:
        """`write()`, tried again while the database is locked elsewhere."""
        delay, tries = RETRY_FIRST, 0
        while True:
            try:
                return write()
            except StoreBusy:
                tries += 1
                if tries == 1 or tries % 60 == 0:
                    logger.warning(
                        "a write for chat %s waits for the database (try %d)", chat_id, tries
                    )
                await asyncio.sleep(delay)
                delay = min(delay * 2, RETRY_MAX)

    async def flush(self, timeout: float = FLUSH_TIMEOUT) -> None:  # noqa: ASYNC109
        """At shutdown: give writes still waiting for the database time to land."""
        if not self._tasks:
            return
        _done, pending = await asyncio.wait(set(self._tasks), timeout=timeout)
        if pending:
            logger.error("%d write(s) could not be stored before shutdown", len(pending))
