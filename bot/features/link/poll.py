"""The device flow in the background: poll Trakt with the JobQueue until the person decides.

A login in progress lives in the store (`PendingLink`), so this module keeps no state
of its own: each job polls once (`poll`), then either schedules the next poll (pending,
slow down, Trakt failing for now) or ends the login and says so in the chat. At
startup (`resume_all`) every stored login resumes, one by one, and one that expired
while the bot was away (or that no configured key opens) is announced, never dropped
silently.

The message that shows the code is always edited when a login ends, so the code does
not stay in the chat.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot.accounts import DeviceState
from bot.i18n import Html, Translator
from bot.kit import pending
from bot.kit.buttons import LINK_ACTION, home_button, notify_button
from bot.kit.callback import encode
from bot.kit.chat import NO_PREVIEW, App, Context
from bot.kit.errors import describe
from bot.store import Account, PendingLink
from bot.trakt import TraktError

logger = logging.getLogger(__name__)

# Real seconds per second of Trakt's `interval`; tests shrink or stretch it.
POLL_SCALE = 1.0
# After the deadline, one last look a little later says "expired" without asking Trakt.
DEADLINE_GRACE = 1.0
_ENDINGS: dict[DeviceState, str] = {
    DeviceState.DENIED: "link-denied",
    DeviceState.EXPIRED: "link-expired",
    DeviceState.INVALID: "link-invalid",
    DeviceState.USED: "link-already-used",
}


def lock(app: App, chat_id: int) -> asyncio.Lock:
    """One lock per chat: a poll, a pasted code and a new /link never interleave."""
    return app.bot_data.link_locks.setdefault(chat_id, asyncio.Lock())


def schedule(app: App, link: PendingLink) -> None:
    """Poll again after the link's interval (or just after its deadline, if sooner)."""
    cancel(app, link.chat_id)
    remaining = link.expires_at - app.bot_data.attached().accounts.clock()
    delay = link.interval * POLL_SCALE
    if remaining < delay:
        delay = max(remaining, 0) + DEADLINE_GRACE
    _jobs(app).run_once(
        _job, when=delay, data=(link.chat_id, link.user_code), name=_job_name(link.chat_id)
    )


def cancel(app: App, chat_id: int) -> None:
    """Stop polling for this chat."""
    for job in _jobs(app).get_jobs_by_name(_job_name(chat_id)):
        job.schedule_removal()


async def _job(context: Context) -> None:
    """JobQueue callback: one poll for the chat in the job's data (chat id, user code)."""
    assert context.job is not None
    chat_id, user_code = context.job.data if isinstance(context.job.data, tuple) else (0, "")
    if chat_id:
        await poll(context.application, int(chat_id), str(user_code))


async def poll(app: App, chat_id: int, user_code: str | None = None) -> None:
    """Poll Trakt once for the chat's login in progress, then schedule or finish.

    `user_code` names the login the job was started for; a replaced one is left alone.
    """
    accounts = app.bot_data.attached().accounts
    async with lock(app, chat_id):
        link = accounts.pending(chat_id)
        if link is None or (user_code is not None and link.user_code != user_code):
            return  # finished, cancelled or replaced meanwhile
        cancel(app, chat_id)  # this poll stands for the scheduled one, if any
        if accounts.clock() >= link.expires_at:
            accounts.drop_pending(chat_id)
            await _end(app, link, "link-expired")
            return
        try:
            result = await accounts.poll_device(link)
        except TraktError as exc:  # the app refused, account locked, VIP only ...
            logger.warning("device link of chat %s failed: %r", chat_id, exc)
            await _end(app, link, None, reason=exc)
            return
        except Exception:  # keep trying until the deadline; a bug must not stop it silently
            logger.exception("device poll for chat %s crashed; trying again later", chat_id)
            schedule(app, link)
            return
        if not result.state.final:
            schedule(app, result.link)
        elif result.account is not None:
            await _linked(app, link, result.account)
        else:
            await _end(app, link, _ENDINGS[result.state])


async def resume_all(app: App) -> None:
    """At startup: resume every login in progress; announce those that expired meanwhile
    and those no configured key opens. One by one: a login that fails stops no other."""
    for chat_id in app.bot_data.attached().accounts.pending_chats():
        try:
            await _resume(app, chat_id)
        except Exception:
            logger.exception("could not resume the device link of chat %s", chat_id)


async def _resume(app: App, chat_id: int) -> None:
    accounts = app.bot_data.attached().accounts
    link = accounts.pending(chat_id)
    if link is None:  # no configured key opens it: it can't be polled, start again
        if accounts.drop_pending(chat_id):
            tr = _translator(app, chat_id, None)
            await send(app, chat_id, tr.html("link-unreadable-away"), again_keyboard(tr, chat_id))
        return
    if accounts.clock() < link.expires_at:
        logger.info("resuming the device link of chat %s", link.chat_id)
        schedule(app, link)
        return
    accounts.drop_pending(link.chat_id)
    tr = translator_for(app, link)
    await _edit(app, link, tr.html("link-expired"), None)
    await send(app, link.chat_id, tr.html("link-expired-away"), again_keyboard(tr, link.chat_id))


async def retire(app: App, link: PendingLink, text: Html) -> None:
    """Edit the message that showed a code into `text`, so the code leaves the chat."""
    await _edit(app, link, text, None)


def again_keyboard(tr: Translator, owner: int) -> InlineKeyboardMarkup:
    """One button: start linking again."""
    data = encode(LINK_ACTION, owner=owner)
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(tr.plain("link-button-again"), callback_data=data)]]
    )


def translator_for(app: App, link: PendingLink) -> Translator:
    """The person's language now, else the one they started the login in."""
    return _translator(app, link.chat_id, link.language)


def _translator(app: App, chat_id: int, language: str | None) -> Translator:
    svc = app.bot_data.attached()
    saved = svc.store.get_language(chat_id)
    return svc.i18n.translator(svc.i18n.resolve(saved, language))


async def send(
    app: App, chat_id: int, text: Html, keyboard: InlineKeyboardMarkup | None = None
) -> bool:
    """Send a message from the background; False when Telegram refused (e.g. blocked)."""
    try:
        await app.bot.send_message(
            chat_id,
            text,
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard,
            link_preview_options=NO_PREVIEW,
        )
    except TelegramError as exc:
        logger.info("could not tell chat %s about its link: %s", chat_id, exc)
        return False
    return True


async def _linked(app: App, link: PendingLink, account: Account) -> None:
    tr = translator_for(app, link)
    await _edit(app, link, tr.html("link-code-used"), None)
    await send(app, link.chat_id, *with_offer(app, link.chat_id, tr, done_text(tr, account)))
    await pending.resume(app, link.chat_id)  # what they tried before linking runs now


def with_offer(
    app: App, chat_id: int, tr: Translator, text: Html
) -> tuple[Html, InlineKeyboardMarkup | None]:
    """The "linked" message, with ☰ Menu (home, in its place); after a first link it also
    offers notifications, once (its button opens /notify's settings in its place)."""
    home = [home_button(tr, chat_id)]
    if not app.bot_data.attached().store.take_notify_offer(chat_id):
        return text, InlineKeyboardMarkup([home])
    button = notify_button(tr, chat_id, tr.plain("notify-offer-button"))
    offer = Html(f"{text}\n\n{tr.html('notify-offer')}")
    return offer, InlineKeyboardMarkup([[button], home])


def done_text(tr: Translator, account: Account) -> Html:
    """ "Linked as …", or just "linked" while Trakt has not said whose account it is."""
    if not account.profile_known:
        return tr.html("link-done-unnamed")
    return tr.html("link-done", username=account.username)


async def _end(
    app: App, link: PendingLink, key: str | None, *, reason: TraktError | None = None
) -> None:
    """Say why the login ended, in place of the code, with a start-again button."""
    tr = translator_for(app, link)
    if reason is not None:
        text = tr.html("link-failed", reason=describe(tr, reason))
    else:
        text = tr.html(key or "link-expired")
    keyboard = again_keyboard(tr, link.chat_id)
    if not await _edit(app, link, text, keyboard):
        await send(app, link.chat_id, text, keyboard)


async def _edit(
    app: App, link: PendingLink, text: Html, keyboard: InlineKeyboardMarkup | None
) -> bool:
    """Edit the code message; False when there is none any more (deleted, too old)."""
    if link.message_id is None:
        return False
    try:
        await app.bot.edit_message_text(
            text,
            chat_id=link.chat_id,
            message_id=link.message_id,
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard,
            link_preview_options=NO_PREVIEW,
        )
    except TelegramError as exc:
        logger.info("could not edit the link message of chat %s: %s", link.chat_id, exc)
        return False
    return True


def _jobs(app: App) -> Any:
    if app.job_queue is None:
        raise RuntimeError("the device flow needs python-telegram-bot[job-queue]")
    return app.job_queue


def _job_name(chat_id: int) -> str:
    return f"link-poll-{chat_id}"
