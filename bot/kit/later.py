"""A write Trakt asks to wait for is saved after the wait, in the order pressed, and a
restart loses none.

When Trakt answers 429 with a `Retry-After` longer than the retry budget
(`RetryPolicy.max_retry_after`, bot/trakt/http.py), the request was not processed and
`RateLimited` reaches the handler at once. For a read, the error handler says so with
the wait. For a button that writes (`writes` wraps it; the work called
`bot.trakt.fair.writing()`), the press is answered "I'll save this in N s" and queued:
the same handler runs again after the wait, in the background, and redraws its message
with the ✅ and the ↩ Undo as after any press; an alert it would have shown, or a
failure, arrives as a message (in the person's private chat for a card sent through
inline mode, which has no chat). Trakt asking to wait again waits again (`MAX_WAITS`).
A message the redraw cannot reach (deleted meanwhile) is no failed write: it is logged.

Durable: each queued press is a row in SQLite (`bot.store.later`) with the update as
Telegram sent it, the name of its handler, the Trakt account it was made on, when it was
pressed and when it is due. A row is deleted only once its write has finished (saved, or
the failure told); deleting one deletes the person's earlier rows too. Shutdown
(`cancel_all`) stops the waits and keeps the rows; at startup (`resume_all`) they run
again: those due at once, the others after the rest of their wait.

A replay passes the gates a live press passes: the allowlist (someone taken off it is
dropped, in silence), the button's own checks (`bot.kit.chat.check_press`), and the
account: a press made on a Trakt account that is no longer the one linked
(`bot.accounts.same_account`) is dropped, and the person told. A check-in that waited
too long is not made (`bot.features.checkin`, by `pressed_age`).

In order: each person has one queue, run by one task (`BotData.later`), oldest first,
and known in memory (`BotData.queued`: no press reads the database for it). While
something of theirs is queued, a new press of a write button runs only up to its first
`writing()` (`bot.trakt.fair.intent(hold=...)` stops it there, before anything is
written; a press that writes nothing, such as opening the rating row, runs in full) and
then joins the queue behind it, answered "I'll save this right after it, in N s"; the
same press again as the last one queued only hears when it will be saved, and past
`MAX_QUEUED` presses the person is asked to try again once those are saved.

One intent, one effect: the handlers wrapped here make a second run that changes nothing
harmless (`bot.kit.marking.perform` never adds a play it knows of, and logs a queued
press's play at the moment it was pressed, `pressed_at`; a rating, a watchlist change or
a removal is checked at Trakt first; an undo is claimed once, and one cut off looks at
Trakt before it writes again; a check-in finds the one running). So a crash after Trakt
took a write but before its row was deleted costs one more run of that press at the next
start, which finds the write made and adds nothing. A row the database is too busy to
delete is tried again a few times off the event loop; if it stays, it is done in memory,
and the person's next write queues behind it and runs only once it is gone, so it can
never run again after a change made since (at a restart before then, both run again in
order: the first finds its write made, and the next does what it meant).
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

from bot.accounts import NotLinked, link_identity, same_account
from bot.i18n import Html, Translator, escape
from bot.kit import access
from bot.kit.callback import Callback, InvalidCallback
from bot.kit.chat import (
    Alert,
    App,
    ButtonHandler,
    Context,
    check_press,
    personal_translator,
    translator,
)
from bot.kit.context import Queued
from bot.kit.errors import describe
from bot.store import QueuedPress, StoreBusy, StoreError
from bot.trakt import RateLimited
from bot.trakt.errors import Busy
from bot.trakt.fair import WriteHeld, intent

if TYPE_CHECKING:
    pass

logger = logging.getLogger(__name__)

MAX_WAITS = 3  # times one press waits for Trakt before the person is told it failed
MAX_QUEUED = 10  # presses one person may have waiting; more are refused, not stored
FORGET_TRIES = 4  # deletions of a row run, the database busy, before it is kept in memory
FORGET_FIRST = 0.05  # seconds before the second deletion; doubles up to FORGET_MAX
FORGET_MAX = 30.0
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
        with intent(hold=lambda: _holding(app, user)) as meant:
            try:
                return await handler(update, context, cb, tr)
            except WriteHeld:
                wait = None  # behind what is queued: nothing was written
            except RateLimited as exc:
                wait = _wait(exc)
                if wait is None or not meant.writes:
                    raise
        if _waiting(app, user) >= MAX_QUEUED:
            return Alert(me.plain("later-full"))
        until = _queue(app, update, name, wait)
        key = "later-behind" if wait is None else "later-saving"
        return me.plain(key, seconds=_seconds(until - clock()))

    return wrapper


def pressed_at() -> datetime | None:
    """When the queued press now running again was made (None outside one): a write of
    "now" (a play) uses it, so a second run of the same press finds the first one's."""
    at = _pressed.get()
    return None if at is None else datetime.fromtimestamp(at, UTC)


def pressed_age() -> float | None:
    """Seconds since the queued press now running again was made (None outside one): a
    write that means "now" (a check-in) is not made when too late."""
    at = _pressed.get()
    return None if at is None else clock() - at


def resume_all(app: App) -> None:
    """At startup: run what was queued before the bot stopped, each person's in order."""
    try:
        presses = app.bot_data.attached().store.queued_presses()
    except StoreError:
        logger.error("could not read the queued writes; they run at the next start", exc_info=True)
        return
    for press in presses:  # oldest first: people in the order of their oldest press
        _line(app, press.user_id).presses.append(press)
    if app.bot_data.queued:
        logger.info("resuming the queued writes of %d people", len(app.bot_data.queued))
    for user in list(app.bot_data.queued):
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


def _line(app: App, user: int) -> Queued:
    """The person's queue in memory (made empty when they have none)."""
    return app.bot_data.queued.setdefault(user, Queued())


def _waiting(app: App, user: int) -> int:
    """How many presses of the person are queued."""
    line = app.bot_data.queued.get(user)
    return len(line.presses) if line is not None else 0


def _holding(app: App, user: int) -> bool:
    """Whether the person's next write must queue: presses of theirs wait, or the row of
    one run is still stored (deleted now if the database lets it)."""
    line = app.bot_data.queued.get(user)
    if line is None:
        return False
    if line.kept is not None and user not in app.bot_data.later and _drop(app, line.kept):
        line.kept = None
    if line.empty:
        del app.bot_data.queued[user]
        return False
    return True


def _same_as_last(app: App, user: int, data: str) -> float | None:
    """When the person's queue is done, if their last queued press has this data."""
    line = app.bot_data.queued.get(user)
    if line is None or not line.presses or line.presses[-1].data != data:
        return None
    return _until(line.presses)


def _queue(app: App, update: Update, handler: str, wait: float | None) -> float:
    """Store the press behind the person's queue (due after `wait`, else with the press
    before it) and make sure their queue runs; when the whole queue is done."""
    query = update.callback_query
    assert query is not None
    user, svc, now = query.from_user.id, app.bot_data.attached(), clock()
    account = svc.accounts.find(user)
    before = list(_line(app, user).presses)
    due = _until(before, now) if wait is None else now + wait
    press = svc.store.queue_press(
        user,
        query.data or "",
        handler,
        update.to_dict(),
        pressed_at=int(now),
        due_at=due,
        waits=0 if wait is None else 1,
        account=link_identity(account) if account is not None else None,
    )
    _line(app, user).presses.append(press)
    _start(app, user)
    return max(due, _until(before, now))


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
    """Run the person's queued presses one by one, oldest first, until none is left; each
    is done in memory at once, then its row deleted, and the next runs only once it is."""
    line = _line(app, user)
    try:
        while line.presses:
            await _forget(app, user, line, patient=True)  # nothing runs after a kept row
            press = line.presses[0]
            await _run(app, press)
            line.presses = [p for p in line.presses if p.id != press.id]
            line.kept = press.id
            await _forget(app, user, line)
    except asyncio.CancelledError:
        logger.info("the queued writes of user %s wait for the next start", user)
        raise
    except Exception:
        logger.exception("the queued writes of user %s stopped; they run at the next start", user)
    finally:
        app.bot_data.later.pop(user, None)
        if line.empty and app.bot_data.queued.get(user) is line:
            del app.bot_data.queued[user]


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
            await app.bot_data.attached().http.retry.sleep(wait)
        try:
            await _replay(app, press, update, context)
            return
        except RateLimited as exc:
            again = _wait(exc)
            if again is None or press.waits >= MAX_WAITS:
                await _fail(app, update, context, press, exc)
                return
            press = _delay(app, press, again)
        except InvalidCallback as exc:  # what `button` answers for a live press
            logger.info("a queued press of user %s is no longer valid: %s", press.user_id, exc)
            await _say(app, update, translator(update, context).html("button-invalid"))
            return
        except Exception as exc:
            await _fail(app, update, context, press, exc)
            return


async def _replay(app: App, press: QueuedPress, update: Update, context: Context) -> None:
    """Run the press's handler as if pressed now, at the moment it was pressed, once it
    passes what a live press passes (`_admitted`). A redraw Telegram refuses after the
    write is logged: the write stands."""
    handler = _HANDLERS.get(press.handler)
    query = update.callback_query
    if handler is None or query is None:
        raise LookupError(f"no handler {press.handler} for a queued press")
    if not await _admitted(app, press, update, context):
        return
    callback = check_press(query)
    token = _pressed.set(press.pressed_at)
    try:
        with intent() as meant:
            answer = await handler(update, context, callback, translator(update, context))
    except TelegramError as exc:
        if not meant.writes:
            raise
        logger.info("a queued write of user %s ran; not redrawn: %s", press.user_id, exc)
        return
    finally:
        _pressed.reset(token)
    if isinstance(answer, Alert):  # no press left to answer: a message says it
        await _say(app, update, escape(answer))


async def _admitted(app: App, press: QueuedPress, update: Update, context: Context) -> bool:
    """Whether the press may still run: its person is allowed (else dropped in silence)
    and it was made on the Trakt account linked now (else the person is told)."""
    if not access.allowed(update, context):
        logger.info("a queued press of user %s dropped: not allowed any more", press.user_id)
        return False
    if _on_its_account(app, press):
        return True
    logger.info("a queued press of user %s dropped: made on another account", press.user_id)
    await _say(app, update, translator(update, context).html("later-other-account"))
    return False


def _on_its_account(app: App, press: QueuedPress) -> bool:
    """Whether the person's link now is the Trakt account the press was made on. A row
    from before migration 9 names none: the link counts when it was there at the press."""
    account = app.bot_data.attached().accounts.find(press.user_id)
    made_on = press.account
    if made_on is None and account is not None and account.linked_at <= press.pressed_at:
        made_on = link_identity(account)
    return same_account(account, made_on)


async def _fail(
    app: App, update: Update, context: Context, press: QueuedPress, exc: Exception
) -> None:
    logger.warning("a queued write for user %s failed: %r", press.user_id, exc)
    here = translator(update, context)
    reason = here.html("link-needed-alert") if isinstance(exc, NotLinked) else describe(here, exc)
    await _say(app, update, here.html("later-failed", reason=reason))


def _delay(app: App, press: QueuedPress, wait: float) -> QueuedPress:
    """Trakt asked the press to wait again: note when it is due now."""
    delayed = replace(press, due_at=clock() + wait, waits=press.waits + 1)
    line = _line(app, press.user_id)
    line.presses = [delayed if p.id == press.id else p for p in line.presses]
    try:
        app.bot_data.attached().store.delay_press(delayed.id, delayed.due_at, delayed.waits)
    except StoreBusy:  # a restart would run it sooner, and Trakt would say to wait again
        logger.info("could not note the new wait of a queued press of user %s", press.user_id)
    return delayed


async def _forget(app: App, user: int, line: Queued, *, patient: bool = False) -> None:
    """Delete the rows of the presses run: at once, then, while the database is busy,
    again off the event loop (`FORGET_TRIES` times; until it works when `patient`, as
    when a press waits to run after them). A row kept holds the person's next writes."""
    delay, tries = FORGET_FIRST, 0
    while (kept := line.kept) is not None:
        if tries:
            if tries == FORGET_TRIES:
                logger.warning("the database keeps a queued press of user %s it ran", user)
                if not patient:
                    return
            await asyncio.sleep(delay)
            delay = min(delay * 2, FORGET_MAX)
        dropped = await asyncio.to_thread(_drop, app, kept) if tries else _drop(app, kept)
        if dropped and line.kept == kept:
            line.kept = None
        tries += 1


def _drop(app: App, press_id: int) -> bool:
    """Delete the row of a press run (and the person's earlier ones); False when busy."""
    try:
        app.bot_data.attached().store.drop_press(press_id)
    except StoreBusy:
        return False
    return True


async def _say(app: App, update: Update, text: Html) -> None:
    """A message where the button was; for a card sent through inline mode (no chat), in
    the person's private chat with the bot, when they let it write there."""
    chat = update.effective_chat
    user = update.effective_user
    where = chat.id if chat is not None else user.id if user is not None else None
    if where is None:
        return
    try:
        await app.bot.send_message(where, text, parse_mode=ParseMode.HTML)
    except TelegramError as exc:
        logger.info("could not tell chat %s about a queued write: %s", where, exc)


def _seconds(wait: float) -> int:
    return max(math.ceil(wait), 1)
