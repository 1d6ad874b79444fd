"""Housekeeping of the running bot: expired `kv_cache` rows are deleted every hour.

`cache_get` already ignores an expired row; the purge keeps the table from growing with
values nobody will read again. A failed purge is logged and tried again at the next run;
it never stops the bot.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from telegram.ext import Application, CallbackContext

from bot.store import Store

logger = logging.getLogger(__name__)

PURGE_JOB = "purge-expired-cache"
PURGE_EVERY = timedelta(hours=1)
FIRST_PURGE = timedelta(minutes=1)  # soon after start, off the busy first seconds


def schedule(
    app: Application[Any, Any, Any, Any, Any, Any],
    store: Store,
    *,
    clock: Callable[[], float] = time.time,
) -> None:
    """Repeat the purge of expired cache rows on the application's JobQueue."""
    if app.job_queue is None:
        raise RuntimeError("housekeeping needs python-telegram-bot[job-queue]")

    async def purge(_: CallbackContext[Any, Any, Any, Any]) -> None:
        purge_expired(store, clock())

    app.job_queue.run_repeating(purge, interval=PURGE_EVERY, first=FIRST_PURGE, name=PURGE_JOB)


def purge_expired(store: Store, now: float) -> int:
    """Delete the cache rows expired by `now`; how many went (0 when the purge failed)."""
    try:
        removed = store.purge_cache(now) + store.purge_undo(now)
    except Exception:  # a background job: log it, try again next time
        logger.error("could not purge expired cache rows; trying again later", exc_info=True)
        return 0
    if removed:
        logger.info("purged %d expired cache row(s)", removed)
    return removed
