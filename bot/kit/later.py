"""A write Trakt asks to wait for is saved after the wait, in the order pressed, and a
restart loses none.

When Trakt answers 429 with a `Retry-After` longer than the retry budget
(`RetryPolicy.max_retry_after`, bot/trakt/http.py), the request was not processed and
`RateLimited` reaches the handler at once. For a read, the error handler says so with
the wait. For a button that writes (`writes` wraps it; the work called
`bot.trakt.fair.writing()`), the press is answered "I'll save this in N s" and queued:
the same handler runs again after the wait, in the background, and redraws its message
with the ✅ and the ↩ Undo as after any press; an alert it would have shown, or a
failure, arrives as a message. Trakt asking to wait again waits again (`MAX_WAITS`).

Durable: each queued press is a row in SQLite (`bot.store.later`) with the update as
Telegram sent it, the name of its handler, when it was pressed and when it is due. A row
is deleted only once its write has finished (saved, or the failure told). Shutdown
(`cancel_all`) stops the waits and keeps the rows; at startup (`resume_all`) they run
again: those due at once, the others after the rest of their wait.

In order: each person has one queue, run by one task (`BotData.later`), oldest first.
While something of theirs is queued, a new press of a write button runs only up to its
first `writing()` (`bot.trakt.fair.intent(hold=...)` stops it there, before anything is
written; a press that writes nothing, such as opening the rating row, runs in full) and
then joins the queue behind it, answered "I'll save this right after it, in N s"; the
same press again as the last one queued only hears when it will be saved.

One intent, one effect: the handlers wrapped here make a second run that changes nothing
harmless (`bot.kit.marking.perform` never adds a play it knows of, and logs a queued
press's play at the moment it was pressed, `pressed_at`; a rating, a watchlist change or
a removal is checked at Trakt first; an undo is claimed once; a check-in finds the one
running). So a crash after Trakt took a write but before its row was deleted costs one
more run of that press at the next start, which finds the write made and adds nothing.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import logging
import math
import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot.accounts import NotLinked
from bot.i18n import Html, Translator, escape
from bot.kit.callback import Callback, decode
from bot.kit.chat import Alert, App, ButtonHandler, Context, personal_translator, translator
from bot.kit.errors import describe
from bot.store import QueuedPress, StoreBusy, StoreError
from bot.trakt import RateLimited
from bot.trakt.errors import Busy
from bot.trakt.fair import WriteHeld, intent

if TYPE_CHECKING:
    from bot.services import Services

logger = logging.getLogger(__name__)

MAX_WAITS = 3  # times one press waits for Trakt before the person is told it failed
# When presses are due: the wall clock, since a due time outlives the process (tests move it).
clock: Callable[[], float] = time.time

# The handlers `writes` wrapped, by name: a stored press names the one that runs it again.
# Filled as the features are imported, like a table in the code; it holds no state.
_HANDLERS: dict[str, ButtonHandler] = {}
_pressed: ContextVar[int | None] = ContextVar("later_pressed_at", default=None)


def writes(handler: ButtonHandler) -> ButtonHandler:
    """Wrap a button handler (under `bot.kit.chat.button`) that may write at Trakt: a long
    wait Trakt asks for queues the press instead of failing it, and while a press of the
    same person is queued, their next write waits behind it."""
    name = f"{handler.__module__}.{handler.__qualname__}"
    _HANDLERS[name] = handler

    @functools.wraps(handler)
    async def wrapper(update: Update, context: Context, cb: Callback, tr: Translator) -> str | None:
        query = update.callback_query
        if query is None:
            return await handler(update, context, cb, tr)
        app, user = context.application, query.from_user.id
        me = personal_translator(update, context)
        same = _same_as_last(app, user, query.data or "")
        if same is not None:  # the same press again: the same intent, still queued
            return me.plain("later-already", seconds=_seconds(same - clock()))
        with intent(hold=lambda: user in app.bot_data.later) as meant:
            try:
                return await handler(update, context, cb, tr)
            except WriteHeld:
                wait = None  # behind what is queued: nothing was written
            except RateLimited as exc:
                wait = _wait(exc)
                if wait is None or not meant.writes:
                    raise
        until = _queue(app, update, name, wait)
        key = "later-behind" if wait is None else "later-saving"
        return me.plain(key, seconds=_seconds(until - clock()))

    return wrapper


def pressed_at() -> datetime | None:
    """When the queued press now running again was made (None outside one): a write of
    "now" (a play) uses it, so a second run of the same press finds the first one's."""
    at = _pressed.get()
    return None if at is None else datetime.fromtimestamp(at, UTC)


def resume_all(app: App) -> None:
    """At startup: run what was queued before the bot stopped, each person's in order."""
    try:
        people = _services(app).store.queued_people()
    except StoreError:
        logger.error("could not read the queued writes; they run at the next start", exc_info=True)
        return
    if people:
        logger.info("resuming the queued writes of %d people", len(people))
    for user in people:
        _start(app, user)


async def cancel_all(app: App) -> None:
    """At shutdown: stop the queues; their rows stay, to run at the next start."""
    tasks = list(app.bot_data.later.values())
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    if tasks:
        logger.info("the queued writes of %d people are kept for the next start", len(tasks))


def _wait(exc: RateLimited) -> float | None:
    """How long Trakt asked to wait, when it said (our own `Busy` is no such request)."""
    if isinstance(exc, Busy) or not exc.retry_after or exc.retry_after <= 0:
        return None
    return float(exc.retry_after)


def _same_as_last(app: App, user: int, data: str) -> float | None:
    """When the person's queue is done, if their last queued press has this data."""
    if user not in app.bot_data.later:
        return None
    queued = _services(app).store.queued_presses(user)
    return _until(queued) if queued and queued[-1].data == data else None


def _queue(app: App, update: Update, handler: str, wait: float | None) -> float:
    """Store the press behind the person's queue (due after `wait`, else with the press
    before it) and make sure their queue runs; when the whole queue is done."""
    query = update.callback_query
    assert query is not None
    user, store, now = query.from_user.id, _services(app).store, clock()
    queued = store.queued_presses(user)
    due = _until(queued, now) if wait is None else now + wait
    store.queue_press(
        user,
        query.data or "",
        handler,
        update.to_dict(),
        pressed_at=int(now),
        due_at=due,
        waits=0 if wait is None else 1,
    )
    _start(app, user)
    return max(due, _until(queued, now))


def _until(queued: list[QueuedPress], now: float = 0.0) -> float:
    return max((press.due_at for press in queued), default=now)


def _start(app: App, user: int) -> None:
    """Run the person's queue, unless it runs already. In a context of its own: nothing of
    the update that started it (its write intent, its fair-use ticket) leaks into it."""
    queues = app.bot_data.later
    if user not in queues:
        runner = _drain(app, user)
        queues[user] = asyncio.create_task(runner, context=contextvars.Context())


async def _drain(app: App, user: int) -> None:
    """Run the person's queued presses one by one, oldest first, until none is left."""
    store = _services(app).store
    ran: set[int] = set()  # run, but still stored (the database was busy): not run twice
    try:
        while True:
            press = next((p for p in store.queued_presses(user) if p.id not in ran), None)
            if press is None:
                return
            await _run(app, press)
            ran.add(press.id)
            _forget(app, press)
    except asyncio.CancelledError:
        logger.info("the queued writes of user %s wait for the next start", user)
        raise
    except Exception:
        logger.exception("the queued writes of user %s stopped; they run at the next start", user)
    finally:
        app.bot_data.later.pop(user, None)


async def _run(app: App, press: QueuedPress) -> None:
    """Wait until the press is due, then run it; wait again while Trakt asks (a few
    times); a failure is told to the person."""
    try:
        update = Update.de_json(dict(press.update), app.bot)
    except Exception:
        logger.exception("a queued press of user %s cannot be read; dropped", press.user_id)
        return
    context = Context.from_update(update, app)
    while True:
        wait = math.ceil(press.due_at - clock())  # whole seconds, as Trakt says them
        if wait > 0:
            await _services(app).http.retry.sleep(wait)
        try:
            await _replay(app, press, update, context)
            return
        except RateLimited as exc:
            again = _wait(exc)
            if again is None or press.waits >= MAX_WAITS:
                await _fail(update, context, press, exc)
                return
            press = _delay(app, press, again)
        except Exception as exc:
            await _fail(update, context, press, exc)
            return


async def _replay(app: App, press: QueuedPress, update: Update, context: Context) -> None:
    """Run the press's handler as if pressed now, at the moment it was pressed."""
    handler = _HANDLERS.get(press.handler)
    query = update.callback_query
    if handler is None or query is None:
        raise LookupError(f"no handler {press.handler} for a queued press")
    token = _pressed.set(press.pressed_at)
    try:
        with intent():
            answer = await handler(update, context, decode(query.data), translator(update, context))
    finally:
        _pressed.reset(token)
    if isinstance(answer, Alert):  # no press left to answer: a message says it
        await _say(update, escape(answer))


async def _fail(update: Update, context: Context, press: QueuedPress, exc: Exception) -> None:
    logger.warning("a queued write for user %s failed: %r", press.user_id, exc)
    here = translator(update, context)
    reason = here.html("link-needed-alert") if isinstance(exc, NotLinked) else describe(here, exc)
    await _say(update, here.html("later-failed", reason=reason))


def _delay(app: App, press: QueuedPress, wait: float) -> QueuedPress:
    """Trakt asked the press to wait again: note when it is due now."""
    delayed = replace(press, due_at=clock() + wait, waits=press.waits + 1)
    try:
        _services(app).store.delay_press(delayed.id, delayed.due_at, delayed.waits)
    except StoreBusy:  # a restart would run it sooner, and Trakt would say to wait again
        logger.info("could not note the new wait of a queued press of user %s", press.user_id)
    return delayed


def _forget(app: App, press: QueuedPress) -> None:
    """Delete the row of a press that has run."""
    try:
        _services(app).store.drop_press(press.id)
    except StoreBusy:  # it runs once more at the next start, and finds its write made
        logger.warning("could not forget a queued press of user %s: busy", press.user_id)


async def _say(update: Update, text: Html) -> None:
    """A message where the button was (nowhere for a button on an inline-mode message)."""
    chat = update.effective_chat
    if chat is None:
        return
    try:
        await chat.send_message(text, parse_mode=ParseMode.HTML)
    except TelegramError as exc:
        logger.info("could not tell chat %s about a queued write: %s", chat.id, exc)


def _services(app: App) -> Services:
    if app.bot_data.services is None:
        raise RuntimeError("services are attached when the application is built")
    return app.bot_data.services


def _seconds(wait: float) -> int:
    return max(math.ceil(wait), 1)
