"""A write Trakt asks to wait for is saved after the wait, not dropped.

When Trakt answers 429 with a `Retry-After` longer than the retry budget
(`RetryPolicy.max_retry_after`, bot/trakt/http.py), the request was not processed and
`RateLimited` reaches the handler at once. For a read, the error handler says so with
the wait. For a button that writes (`writes` wraps it; the work called
`bot.trakt.fair.writing()`), the press is answered "I'll save it in N s" and the same
handler runs again, once, after the wait, in the background: it redraws its message
with the ✅ and the ↩ Undo as after any press; an alert it would have shown, or a
failure, arrives as a message.

One intent, one effect: the handlers wrapped here already make a second press that
changes nothing harmless (`bot.kit.marking.perform` never adds a play it knows of, an
undo is claimed once), and while one press of a button waits, the same person's next
press of it only hears when it will be saved (`BotData.later`). In memory: a restart
(or shutdown, `cancel_all`) during the wait drops the write, and says so in the log.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import math
from typing import Any

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot.accounts import NotLinked
from bot.i18n import Html, Translator, escape
from bot.kit.callback import Callback
from bot.kit.chat import Alert, App, ButtonHandler, Context, personal_translator, translator
from bot.kit.errors import describe
from bot.trakt import RateLimited
from bot.trakt.errors import Busy
from bot.trakt.fair import intent

logger = logging.getLogger(__name__)

MAX_WAITS = 3  # times one press waits for Trakt before the person is told it failed


def writes(handler: ButtonHandler) -> ButtonHandler:
    """Wrap a button handler (under `bot.kit.chat.button`) that may write at Trakt: a long
    wait Trakt asks for queues the press instead of failing it."""

    @functools.wraps(handler)
    async def wrapper(update: Update, context: Context, cb: Callback, tr: Translator) -> str | None:
        query = update.callback_query
        if query is None:
            return await handler(update, context, cb, tr)
        key = (query.from_user.id, query.data or "")
        me = personal_translator(update, context)
        waiting = context.bot_data.later.get(key)
        if waiting is not None:  # the same press again: the same intent, still queued
            return me.plain("later-already", seconds=_seconds(waiting - _now()))
        with intent() as meant:
            try:
                return await handler(update, context, cb, tr)
            except RateLimited as exc:
                wait = _wait(exc)
                if wait is None or not meant.writes:
                    raise
        _queue(update, context, cb, tr, key, wait, handler)
        return me.plain("later-saving", seconds=_seconds(wait))

    return wrapper


def _wait(exc: RateLimited) -> float | None:
    """How long Trakt asked to wait, when it said (our own `Busy` is no such request)."""
    if isinstance(exc, Busy) or not exc.retry_after or exc.retry_after <= 0:
        return None
    return float(exc.retry_after)


def _queue(
    update: Update,
    context: Context,
    cb: Callback,
    tr: Translator,
    key: tuple[int, str],
    wait: float,
    handler: ButtonHandler,
) -> None:
    context.bot_data.later[key] = _now() + wait
    task = asyncio.create_task(_later(update, context, cb, tr, key, wait, handler))
    tasks = context.bot_data.later_tasks
    tasks.add(task)
    task.add_done_callback(tasks.discard)


async def _later(
    update: Update,
    context: Context,
    cb: Callback,
    tr: Translator,
    key: tuple[int, str],
    wait: float,
    handler: ButtonHandler,
) -> None:
    """Wait as Trakt asked, then press again; wait again if Trakt asks again (a few times)."""
    sleep = context.services.http.retry.sleep
    try:
        for attempt in range(1, MAX_WAITS + 1):
            context.bot_data.later[key] = _now() + wait
            await sleep(wait)
            try:
                answer = await handler(update, context, cb, tr)
            except RateLimited as exc:
                again = _wait(exc)
                if again is None or attempt == MAX_WAITS:
                    raise
                wait = again
                continue
            if isinstance(answer, Alert):  # no press left to answer: a message says it
                await _say(update, escape(answer))
            return
    except asyncio.CancelledError:
        logger.warning("a write queued for user %s was dropped at shutdown", key[0])
        raise
    except Exception as exc:
        logger.warning("a queued write for user %s failed: %r", key[0], exc)
        here = translator(update, context)
        reason = (
            here.html("link-needed-alert") if isinstance(exc, NotLinked) else describe(here, exc)
        )
        await _say(update, here.html("later-failed", reason=reason))
    finally:
        context.bot_data.later.pop(key, None)


async def _say(update: Update, text: Html) -> None:
    """A message where the button was (nowhere for a button on an inline-mode message)."""
    chat = update.effective_chat
    if chat is None:
        return
    try:
        await chat.send_message(text, parse_mode=ParseMode.HTML)
    except TelegramError as exc:
        logger.info("could not tell chat %s about a queued write: %s", chat.id, exc)


async def cancel_all(app: App) -> None:
    """At shutdown: stop the writes still waiting (each says so in the log)."""
    tasks: set[asyncio.Task[Any]] = set(app.bot_data.later_tasks)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


def _seconds(wait: float) -> int:
    return max(math.ceil(wait), 1)


def _now() -> float:
    return asyncio.get_running_loop().time()
