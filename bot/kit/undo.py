"""↩ Undo: the way back from a change made at Trakt (`bot.kit.marking`), for five minutes.

`offer_undo` keeps the way back (`Done.undo`) as an offer in the store, bound to the Trakt
account the change was made on; `carry_undo` says which offer a message's ↩ Undo carries;
`undo` takes it back once, by its maker, on that same account: an offer is claimed before
the write and given back when the write surely did not happen, else kept "in doubt" so the
next try looks at Trakt first (a restart cutting a queued undo off never redoes it blindly).
"""

from __future__ import annotations

import logging
import time
from datetime import datetime
from typing import Any

from telegram import Update

from bot.accounts import NotLinked, TraktSession, link_identity, same_account
from bot.i18n import Translator
from bot.kit import later
from bot.kit.chat import Alert
from bot.kit.context import Context
from bot.kit.marking import Done, play_ids
from bot.marks import HIDDEN, RATINGS, SEEN, UNLISTED, UNSEEN, WATCHLIST
from bot.store import NotFound, StoreBusy, StoreError
from bot.trakt import SyncItem, TraktError
from bot.trakt.errors import Busy
from bot.trakt.fair import writing
from bot.trakt.ref import MediaRef

logger = logging.getLogger(__name__)

UNDO_FOR = 300  # seconds a change can be taken back with ↩ Undo
CARRIED = 128  # messages per chat whose ↩ Undo is remembered
ACCOUNT = "account"  # the key of an undo's payload naming the account it was made at


async def undo(context: Context, tr: Translator, user_id: int, offer_id: int) -> str:
    """Take back the change behind an undo offer (once, by its maker, within its time:
    a queued press's time is when it was pressed); the answer. A failure is raised, the
    offer given back: open when the undo surely did not reach Trakt, else in doubt (cut
    off by a restart, a timeout), so the next try looks at Trakt before it writes."""
    store, marks = context.services.store, context.services.marks
    try:
        offer = store.get_undo(offer_id)
    except NotFound:
        return Alert(tr.plain("action-undo-late"))
    if offer.user_id != user_id:
        raise ValueError("not this person's change")
    if offer.done:
        return tr.plain("action-undo-done")
    writing()  # before the claim: a press held behind queued ones claims nothing
    session = await _session_of(context, user_id, offer.payload.get(ACCOUNT))
    if session is None:  # the change was made at an account linked before this one
        return Alert(tr.plain("action-undo-other-account"))
    pressed = later.pressed_at()
    if not store.claim_undo(offer_id, at=pressed.timestamp() if pressed else None):
        return Alert(tr.plain("action-undo-late"))
    ref = MediaRef.parse(offer.ref)
    payload = dict(offer.payload)
    try:
        async with marks.lock(user_id, ref):
            await _take_back(context, session, user_id, offer.verb, ref, payload, offer.in_doubt)
    except BaseException as exc:  # one in doubt stays so until an undo is seen through
        _hand_back(context, offer_id, surely_unsent=_unsent(exc) and not offer.in_doubt)
        raise
    return tr.plain("action-undo-toast")


def _unsent(exc: BaseException) -> bool:
    """Whether a failed undo surely wrote nothing: Trakt refused it (4xx, 429 included),
    or it stopped before its request (no account, our own limit). A cancellation, a
    timeout or a 5xx may come after Trakt took it."""
    if isinstance(exc, NotLinked | Busy):
        return True
    return isinstance(exc, TraktError) and exc.status is not None and 400 <= exc.status < 500


def _hand_back(context: Context, offer_id: int, *, surely_unsent: bool) -> None:
    """Give a claimed offer back after its undo failed (see `undo`)."""
    store = context.services.store
    try:
        if surely_unsent:
            store.release_undo(offer_id)
        else:
            store.doubt_undo(offer_id)
    except StoreError:  # it stays claimed: a new press answers "already undone"
        logger.warning("could not give undo offer %s back", offer_id, exc_info=True)


def offer_undo(context: Context, user_id: int, ref: MediaRef, done: Done) -> int | None:
    """Keep the way back from `done` for `UNDO_FOR` seconds; the offer's id, if any (none
    when the database is locked elsewhere: "try again" would change Trakt twice)."""
    account = context.services.accounts.find(user_id)
    if done.undo is None or account is None:
        return None
    verb, payload = done.undo
    payload = {**payload, ACCOUNT: link_identity(account)}
    try:
        return context.services.store.offer_undo(user_id, verb, ref.key, payload, UNDO_FOR)
    except StoreBusy:  # the change is made at Trakt: it stands, only without ↩ Undo
        logger.warning("no undo offer for user %s: the database is busy", user_id)
        return None


async def _session_of(context: Context, user_id: int, identity: object) -> TraktSession | None:
    """The person's session when it is still the account `identity` names; None when
    they unlinked or linked another account since (an undo must never write there)."""
    try:
        session = await context.services.accounts.session(user_id)
    except NotLinked:
        return None
    return session if same_account(session.account, identity) else None


async def _take_back(
    context: Context,
    session: TraktSession,
    user_id: int,
    verb: str,
    ref: MediaRef,
    payload: dict[str, Any],
    in_doubt: bool = False,
) -> None:
    """Write the undo at Trakt and in the marks. Each way back but `replay` changes
    nothing when made twice; a `replay` in doubt first looks for the play it would add."""
    api, marks = context.services.trakt, context.services.marks
    item = SyncItem(ref.kind, ref.trakt_id)
    if verb == "unplay":
        ids = [int(i) for i in payload.get("ids", ())]
        await session.call(lambda token: api.remove_history_ids(token, ids))
        marks.record(user_id, ref, UNSEEN)
        for key in payload.get("refs", ()):  # the titles played, when `ref` is their show
            try:
                marks.record(user_id, MediaRef.parse(str(key)), UNSEEN)
            except ValueError:
                logger.info("an undo names no title: %r", key)
    elif verb == "replay":  # a removed play logged again at its moment
        at = payload.get("at")
        when = datetime.fromisoformat(at) if isinstance(at, str) else None
        played = SyncItem(ref.kind, ref.trakt_id, watched_at=when)
        if not (in_doubt and when and await play_ids(session, api, ref, when)):
            await session.call(lambda token: api.add_to_history(token, [played]))
        marks.record(user_id, ref, SEEN)
    elif verb == "unhide":
        kind = ref.title_kind
        await session.call(lambda token: api.unhide_recommendation(token, kind, ref.trakt_id))
        marks.record(user_id, ref, HIDDEN, on=False)
    elif verb == "rerate":
        before = payload.get("before")
        if isinstance(before, int) and before in RATINGS:
            rated = SyncItem(ref.kind, ref.trakt_id, rating=before)
            await session.call(lambda token: api.rate(token, [rated]))
        else:
            await session.call(lambda token: api.remove_ratings(token, [item]))
        marks.rate(user_id, ref, before if isinstance(before, int) else None)
    elif verb in ("wl", "unwl"):
        adding = verb == "wl"
        if adding:
            await session.call(lambda token: api.add_to_watchlist(token, [item]))
        else:
            await session.call(lambda token: api.remove_from_watchlist(token, [item]))
        marks.record(user_id, ref, WATCHLIST, on=adding)
        marks.record(user_id, ref, UNLISTED, on=not adding)
    else:
        raise ValueError(f"no undo {verb!r}")


def carry_undo(update: Update, context: Context, offer: int | None) -> int | None:
    """The ↩ Undo the message should carry: a new offer, or, when this press changed
    nothing (a second press, even one sent at the same moment), the message's last one
    while it can still be used."""
    query = update.callback_query
    if query is None or query.message is None or context.chat_data is None:
        return offer
    kept = context.chat_data.undo
    now = time.monotonic()
    for message_id in [m for m, (_, until) in kept.items() if until <= now]:
        del kept[message_id]
    if offer is not None:
        kept[query.message.message_id] = (offer, now + UNDO_FOR)
        while len(kept) > CARRIED:
            kept.pop(next(iter(kept)))
        return offer
    found = kept.get(query.message.message_id)
    return found[0] if found else None
