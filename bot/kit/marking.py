"""Doing a one-tap action at Trakt for a person and recording it in their marks.

The actions feature does this for a button press and re-renders the message; inline
cards (no message of ours to re-render) call `apply`. Raises NotLinked (the caller
offers linking) and other `TraktError`s; a full account (420) becomes an `Alert`.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from bot.i18n import Translator
from bot.kit.buttons import check_verb
from bot.kit.chat import Alert
from bot.kit.context import Context
from bot.marks import HIDDEN, SEEN, UNLISTED, WATCHLIST, rating_of
from bot.trakt import AccountLimit, SyncItem, SyncResult, TraktError
from bot.trakt.ref import MediaRef

logger = logging.getLogger(__name__)

REPEAT = 60.0  # seconds in which a second rewatch or whole-show press is the same intent


async def apply(
    context: Context, tr: Translator, user_id: int, verb: str, ref: MediaRef
) -> str | None:
    """Do `verb` ("wl", "unwl", "seen", "hide", "rate:N") to a title for `user_id` where no
    message of ours is re-rendered (a card sent through inline mode); the answer to give.

    Records the mark like a button press; a full account becomes an `Alert`. Raises
    NotLinked (the caller tells the person how to link) and other `TraktError`s.
    """
    if verb == "rate":
        raise ValueError("rate opens a picker; apply rate:N")
    check_verb(verb, ref)
    try:
        return await perform(context, tr, user_id, verb, ref)
    except AccountLimit as exc:
        return Alert(await limit_message(context, tr, user_id, verb, exc))


async def perform(
    context: Context, tr: Translator, user_id: int, verb: str, ref: MediaRef
) -> str:  # raises AccountLimit: see `limit_message`
    """Do it at Trakt for `user_id`; record the mark; the toast to answer with.

    One intent, one effect: changes to one title by one person run one at a time, and a
    play is not added again when one is known (added here, or in Trakt's snapshot); a
    rewatch (`again`) or a whole show (`all`) is not added twice within `REPEAT` seconds.
    """
    marks = context.services.marks
    async with marks.lock(user_id, ref):
        return await _perform(context, tr, user_id, verb, ref)


async def _perform(context: Context, tr: Translator, user_id: int, verb: str, ref: MediaRef) -> str:
    svc = context.services
    session = await svc.accounts.session(user_id)
    api, marks = svc.trakt, svc.marks
    if verb == "hide":
        kind = ref.title_kind
        await session.call(lambda token: api.hide_recommendation(token, kind, ref.trakt_id))
        marks.record(user_id, ref, HIDDEN)
        return tr.plain("action-hide-toast")
    if verb in ("seen", "again", "all"):
        if verb == "seen" and ref.kind == "show":
            raise ValueError("a whole show is marked with `all`, after a confirmation")
        if verb == "seen":
            snapshot = await marks.snapshot_of(session, [ref])
            if SEEN in marks.flags(user_id, ref, snapshot):
                return tr.plain("action-seen-already")
        elif marks.played_within(user_id, ref, REPEAT):
            return tr.plain("action-again-recent")
        played = SyncItem(ref.kind, ref.trakt_id, watched_at=datetime.now(UTC))
        result = await session.call(lambda token: api.add_to_history(token, [played]))
        if result.total_not_found:
            return tr.plain("action-not-found")
        marks.record(user_id, ref, SEEN)
        toasts = {"seen": "action-seen-toast", "again": "action-again-toast"}
        return tr.plain(toasts.get(verb, "action-seen-toast-show"))
    stars = rating_of(verb)
    if stars is not None:
        rated = SyncItem(ref.kind, ref.trakt_id, rating=stars)
        result = await session.call(lambda token: api.rate(token, [rated]))
        if result.total_not_found:
            return tr.plain("action-not-found")
        marks.rate(user_id, ref, stars)
        return tr.plain("action-rate-toast", rating=stars)
    item = SyncItem(ref.kind, ref.trakt_id)
    if verb == "wl":
        result = await session.call(lambda token: api.add_to_watchlist(token, [item]))
    else:
        result = await session.call(lambda token: api.remove_from_watchlist(token, [item]))
    return _watchlist_toast(context, tr, user_id, result, ref, adding=verb == "wl")


def _watchlist_toast(
    context: Context,
    tr: Translator,
    user_id: int,
    result: SyncResult,
    ref: MediaRef,
    *,
    adding: bool,
) -> str:
    section = ref.plural
    if result.not_found.get(section):
        return tr.plain("action-not-found")
    context.services.marks.record(user_id, ref, WATCHLIST, on=adding)
    context.services.marks.record(user_id, ref, UNLISTED, on=not adding)
    if adding:
        existing = result.existing.get(section) and not result.added.get(section)
        return tr.plain("action-wl-already" if existing else "action-wl-toast")
    removed = result.deleted.get(section) or result.total_added
    return tr.plain("action-unwl-toast" if removed else "action-unwl-already")


async def limit_message(
    context: Context, tr: Translator, user_id: int, verb: str, exc: AccountLimit
) -> str:
    """Explain a 420 in plain words, with the limit from the account's settings."""
    if verb != "wl":
        return tr.plain("error-trakt-account-limit")
    limit = exc.account_limit
    if limit is None:
        svc = context.services
        try:
            session = await svc.accounts.session(user_id)
            settings = await session.call(svc.trakt.user_settings)
            limit = settings.limit("watchlist")
        except TraktError as error:
            logger.info("could not read the account limits: %r", error)
    if limit is None:
        return tr.plain("action-limit-watchlist-unknown")
    return tr.plain("action-limit-watchlist", limit=limit)
