"""The one error handler: a short localized message for the person, context for the log."""

from __future__ import annotations

import contextlib
import logging
import math
import time

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import CallbackQueryLimit, ParseMode
from telegram.error import (
    BadRequest,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.accounts import LinkLost, NotLinked
from bot.i18n import Html, Translator, html_to_plain
from bot.kit import pending
from bot.kit.buttons import link_button
from bot.kit.chat import App, Context, personal_translator, translator
from bot.render.cards import trim
from bot.store import StoreBusy
from bot.trakt import errors as trakt
from bot.trakt.fair import TooFast

logger = logging.getLogger(__name__)

LINK_OFFER_KEPT = 600.0  # seconds a shown link prompt spares the chat another


def describe(tr: Translator, exc: BaseException) -> Html:
    """What to tell a person about a failure, in their language."""
    if isinstance(exc, trakt.TraktError):
        return _trakt_message(tr, exc)
    if isinstance(exc, TooFast):
        key = "error-too-fast-login" if exc.login else "error-too-fast"
        return tr.html(key, seconds=_seconds(exc.retry_after))
    if isinstance(exc, BadRequest):  # a NetworkError in PTB, but retrying never helps
        return tr.html("error-generic")
    if isinstance(exc, RetryAfter | TimedOut | NetworkError):
        return tr.html("error-telegram-busy")
    if isinstance(exc, StoreBusy):  # nothing was written: the same action works again soon
        return tr.html("error-store-busy")
    return tr.html("error-generic")


def _trakt_message(tr: Translator, exc: trakt.TraktError) -> Html:
    match exc:
        case trakt.Busy(retry_after=wait):
            return tr.html("error-bot-busy", seconds=_seconds(wait or 1))
        case trakt.RateLimited(retry_after=wait) if wait:
            return tr.html("error-trakt-rate-limited", seconds=int(wait) + 1)
        case trakt.RateLimited():
            return tr.html("error-trakt-busy")
        case trakt.Forbidden():
            return tr.html("error-trakt-refusing")
        case trakt.Unauthorized():
            return tr.html("error-trakt-unauthorized")
        case trakt.Locked():
            return tr.html("error-trakt-locked")
        case trakt.VipOnly():
            return tr.html("error-trakt-vip", url=exc.upgrade_url or "https://app.trakt.tv/vip")
        case trakt.AccountLimit():
            return tr.html("error-trakt-account-limit")
        case trakt.NotFound():
            return tr.html("error-trakt-not-found")
        case trakt.ServerError() | trakt.TraktUnavailable():
            return tr.html("error-trakt-down")
    return tr.html("error-trakt-other", status=exc.status or 0)


def _seconds(wait: float) -> int:
    """Whole seconds to tell a person, never 0."""
    return max(math.ceil(wait), 1)


async def on_error(update: object, context: Context) -> None:
    """Log the failure with context (never secrets) and tell the person briefly."""
    exc = context.error
    if exc is None:
        return
    if _ignorable(exc):
        logger.info("telegram refused an action: %s", exc)
        if isinstance(update, Update) and update.callback_query is not None:
            with contextlib.suppress(TelegramError):  # its spinner stops, quietly
                await update.callback_query.answer()
        return
    if isinstance(exc, NotLinked) and isinstance(update, Update):
        await ask_to_link(update, context, lost=isinstance(exc, LinkLost))
        return
    if isinstance(exc, TooFast):
        logger.debug("over the per-person budget during %s", _where(update))
        if isinstance(update, Update):
            await too_fast(update, context, exc)
        return
    where = _where(update)
    if isinstance(exc, trakt.TraktError):
        logger.warning("trakt failure (%s) during %s: %r", exc.status, where, exc)
    elif isinstance(exc, StoreBusy):
        logger.warning("database busy during %s: %s", where, exc)
    else:
        logger.error("unhandled error during %s", where, exc_info=exc)
    if isinstance(update, Update):
        await _tell(update, context, exc)


async def ask_to_link(update: Update, context: Context, *, lost: bool = False) -> None:
    """A personal command without a linked account: one tap to link; the command runs by
    itself once the person has (`bot.kit.pending`). A button press gets an alert, and the
    message with the link button only when this chat has not shown the person how to
    link lately (after /unlink, old buttons answer with the alert alone)."""
    tr = translator(update, context)
    chat = update.effective_chat
    user = update.effective_user
    if update.callback_query:
        alert = personal_translator(update, context).plain("link-needed-alert")
        await update.callback_query.answer(alert, show_alert=True)
        if user is None or _offered_lately(context, user.id):
            return
    if chat is None or update.inline_query:
        return
    pending.remember(update, context)
    private = chat.type == "private"
    if not private and user is not None and not _first_prompt(context, user.id):
        return  # the group heard it a moment ago; a flood must not post it again
    if user is not None:
        offered_link(context, user.id)
    key = "link-lost" if lost else "link-needed" if private else "link-needed-group"
    button = link_button(
        tr, private=private, owner=user.id if user else None, bot_username=context.bot.username
    )
    await chat.send_message(
        tr.html(key), parse_mode=ParseMode.HTML, reply_markup=InlineKeyboardMarkup([[button]])
    )


def offered_link(context: Context, user_id: int) -> None:
    """Note that the chat just showed this person how to link (a prompt, /unlink's answer)."""
    if context.chat_data is None:
        return
    offered = context.chat_data.link_offered
    offered[user_id] = _trimmed(offered, LINK_OFFER_KEPT)


def _trimmed(stamps: dict[int, float], keep: float) -> float:
    """Drop the people stamped `keep` seconds ago or earlier; the time now (monotonic)."""
    now = time.monotonic()
    for person in [p for p, at in stamps.items() if now - at >= keep]:
        del stamps[person]
    return now


def _offered_lately(context: Context, user_id: int) -> bool:
    at = context.chat_state.link_offered.get(user_id)
    return at is not None and time.monotonic() - at < LINK_OFFER_KEPT


async def too_fast(update: Update, context: Context, exc: TooFast) -> None:
    """Over the budget: a button still gets its alert, an inline query an empty answer, and
    a message one reply per window (a flood must not spend everyone's sending budget)."""
    if update.inline_query:
        with contextlib.suppress(TelegramError):
            await update.inline_query.answer([], cache_time=0, is_personal=True)
    elif update.callback_query or exc.tell:
        await _tell(update, context, exc)


GROUP_PROMPT_EVERY = 60.0  # seconds between two "link first" lines for one person in a group


def _first_prompt(context: Context, user_id: int) -> bool:
    """Whether the group has not told this person to link within `GROUP_PROMPT_EVERY`."""
    if context.chat_data is None:
        return True
    prompted = context.chat_data.link_prompted
    now = _trimmed(prompted, GROUP_PROMPT_EVERY)
    if user_id in prompted:
        return False
    prompted[user_id] = now
    return True


def _ignorable(exc: BaseException) -> bool:
    """Failures nobody can act on: the person blocked the bot, a message vanished."""
    if isinstance(exc, Forbidden):
        return True
    return isinstance(exc, BadRequest) and any(
        s in exc.message.lower()
        for s in (
            "not modified",
            "message to edit not found",
            "query is too old",
            "message to delete not found",
        )
    )


def _where(update: object) -> str:
    """Update id, chat and kind of update: enough to find it, nothing a user typed."""
    if not isinstance(update, Update):
        return "a background job"
    chat = update.effective_chat.id if update.effective_chat else "-"
    kind = "callback" if update.callback_query else "inline" if update.inline_query else "message"
    return f"update {update.update_id} ({kind}, chat {chat})"


async def _tell(update: Update, context: Context, exc: BaseException) -> None:
    """A button press gets an alert in the presser's language; a message gets a reply in
    the chat's (a group's own, when set); an inline query nothing."""
    try:
        if update.callback_query:
            text = describe(personal_translator(update, context), exc)
            alert = trim(html_to_plain(text), CallbackQueryLimit.ANSWER_CALLBACK_QUERY_TEXT_LENGTH)
            await update.callback_query.answer(alert, show_alert=True)
        elif update.effective_chat and not update.inline_query:
            text = describe(translator(update, context), exc)
            await update.effective_chat.send_message(text, parse_mode=ParseMode.HTML)
    except Exception:
        logger.warning("could not deliver the error message for %s", _where(update))


def register(app: App) -> None:
    """Install the error handler."""
    app.add_error_handler(on_error)
