"""Doing a one-tap action at Trakt for a person and recording it in their marks.

The actions feature does this for a button press and re-renders the message; inline
cards (no message of ours to re-render) call `apply`. Raises NotLinked (the caller
offers linking) and other `TraktError`s; a full account (420) becomes an `Alert`.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.accounts import TraktSession
from bot.i18n import Translator
from bot.kit import later
from bot.kit.buttons import check_verb
from bot.kit.chat import Alert
from bot.kit.context import Context
from bot.marks import HIDDEN, SEEN, UNLISTED, WATCHLIST, rating_of
from bot.trakt import AccountLimit, SyncItem, SyncResult, TraktAPI, TraktError
from bot.trakt.fair import writing
from bot.trakt.ref import MediaRef

logger = logging.getLogger(__name__)

REPEAT = 60.0  # seconds in which a second rewatch or whole-show press is the same intent
PLAY_SLACK = timedelta(seconds=2)  # around a play's time when finding it again


@dataclass(frozen=True)
class Done:
    """What a change did: the toast to answer with, and how to take it back (the verb of
    the undo and what it needs), when it changed anything."""

    toast: str
    undo: tuple[str, dict[str, Any]] | None = None


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
        return (await perform(context, tr, user_id, verb, ref)).toast
    except AccountLimit as exc:
        return Alert(await limit_message(context, tr, user_id, verb, exc))


async def perform(
    context: Context, tr: Translator, user_id: int, verb: str, ref: MediaRef
) -> Done:  # raises AccountLimit: see `limit_message`
    """Do it at Trakt for `user_id`; record the mark; what it did.

    One intent, one effect: one person's changes run one at a time (`Marks.lock`); a play
    is not added again when one is known (added here, in Trakt's snapshot, or an episode's
    own plays); a rating or watchlist change that is already so writes nothing; the same
    confirmed rewatch or whole show is not added twice within `REPEAT` seconds.
    """
    writing()  # waits its turn at Trakt, never refused (bot.trakt.fair)
    marks = context.services.marks
    async with marks.lock(user_id, ref):
        return await _perform(context, tr, user_id, verb, ref)


async def _perform(
    context: Context, tr: Translator, user_id: int, verb: str, ref: MediaRef
) -> Done:
    svc = context.services
    session = await svc.accounts.session(user_id)
    api, marks = svc.trakt, svc.marks
    if verb == "hide":
        kind = ref.title_kind
        await session.call(lambda token: api.hide_recommendation(token, kind, ref.trakt_id))
        marks.record(user_id, ref, HIDDEN)
        return Done(tr.plain("action-hide-toast"), ("unhide", {}))
    if verb in ("seen", "again", "all"):
        return await _play(context, tr, session, user_id, verb, ref)
    if verb == "unrate":
        before = await _rating_at_trakt(session, api, ref)
        if before is None:  # a second press, or an old copy: nothing to remove
            return Done(tr.plain("action-unrate-already"))
        plain = SyncItem(ref.kind, ref.trakt_id)
        await session.call(lambda token: api.remove_ratings(token, [plain]))
        marks.rate(user_id, ref, None)
        undo = ("rerate", {"before": before}) if before else None
        return Done(tr.plain("action-unrate-toast"), undo)
    stars = rating_of(verb)
    if stars is not None:
        before = await _rating_at_trakt(session, api, ref)
        if before == stars:  # a second press, or an old copy: rated so already
            return Done(tr.plain("action-rate-toast", rating=stars))
        rated = SyncItem(ref.kind, ref.trakt_id, rating=stars)
        result = await session.call(lambda token: api.rate(token, [rated]))
        if result.total_not_found:
            return Done(tr.plain("action-not-found"))
        marks.rate(user_id, ref, stars)
        return Done(tr.plain("action-rate-toast", rating=stars), ("rerate", {"before": before}))
    item = SyncItem(ref.kind, ref.trakt_id)
    flags = marks.flags(user_id, ref, await marks.snapshot_of(session, [ref]))
    if verb == "wl" and WATCHLIST in flags:  # a second press, or an old copy
        return Done(tr.plain("action-wl-already"))
    if verb == "unwl" and UNLISTED in flags:
        return Done(tr.plain("action-unwl-already"))
    if verb == "wl":
        result = await session.call(lambda token: api.add_to_watchlist(token, [item]))
    else:
        result = await session.call(lambda token: api.remove_from_watchlist(token, [item]))
    return _watchlist_done(context, tr, user_id, result, ref, adding=verb == "wl")


async def _rating_at_trakt(session: TraktSession, api: TraktAPI, ref: MediaRef) -> int | None:
    """The person's rating of `ref` as Trakt has it now (asked, not from the snapshot, so
    an undo restores the right one); a failure is raised: the change is not made."""
    kind = ref.plural
    rated = await session.call(lambda token: api.ratings(token, kind))
    return next((item.rating for item in rated if MediaRef.of(item.media) == ref), None)


async def _play(
    context: Context,
    tr: Translator,
    session: TraktSession,
    user_id: int,
    verb: str,
    ref: MediaRef,
) -> Done:
    """Add a play now (a whole show's aired episodes for `all`), unless that would repeat
    one; the undo removes exactly the plays added (found again by their history ids).

    A press queued while Trakt asked to wait (`bot.kit.later`) logs its play at the moment
    it was pressed, so when it runs again after a restart (Trakt may have taken it just
    before) a play of that very second means it was saved: nothing is added twice.
    """
    api, marks = context.services.trakt, context.services.marks
    pressed = later.pressed_at()
    if verb == "seen" and ref.kind == "show":
        raise ValueError("a whole show is marked with `all`, after a confirmation")
    if verb == "seen":
        snapshot = await marks.snapshot_of(session, [ref])
        if SEEN in marks.flags(user_id, ref, snapshot):
            return Done(tr.plain("action-seen-already"))
        # Trakt's snapshot lists movies and shows, not episodes: ask for this one's plays.
        if ref.kind == "episode" and await session.call(
            lambda token: api.has_played(token, "episodes", ref.trakt_id)
        ):
            marks.record(user_id, ref, SEEN)
            return Done(tr.plain("action-seen-already"))
    elif marks.repeated(user_id, ref, REPEAT):  # the confirmation pressed twice
        return Done(tr.plain("action-again-recent"))
    when = pressed or datetime.now(UTC).replace(microsecond=0)
    items = [SyncItem(ref.kind, ref.trakt_id, watched_at=when)]
    if verb == "all":
        left = await unwatched_episodes(context, session, ref.trakt_id)
        if left is not None and not left:
            return Done(tr.plain("action-seen-already"))
        if left:
            items = [SyncItem("episode", e, watched_at=when) for e in left]
    if pressed is None:
        there = await _plays_at(session, api, ref, when)  # plays of that second already
    else:  # a play of that second: saved before the bot stopped (a failure is raised)
        there = await play_ids(session, api, ref, when)
        if there:
            return Done(tr.plain("action-seen-already"))
    result = await session.call(lambda token: api.add_to_history(token, items))
    if result.total_not_found:
        return Done(tr.plain("action-not-found"))
    marks.record(user_id, ref, SEEN)
    if verb != "seen":
        marks.repeated(user_id, ref)
    toasts = {"seen": "action-seen-toast", "again": "action-again-toast"}
    done = Done(tr.plain(toasts.get(verb, "action-seen-toast-show")))
    ids = sorted(await _plays_at(session, api, ref, when) - there)
    return Done(done.toast, ("unplay", {"ids": ids})) if ids else done


async def play_episodes(
    context: Context, tr: Translator, user_id: int, refs: list[MediaRef]
) -> tuple[Done, int]:
    """One play now of each episode in `refs` not watched yet, in one write (Trakt takes a
    person's writes one a second: three one by one took two seconds); how many got one.
    The undo removes exactly the plays added. As `perform`: one change at a time per
    person, and a play already there (or of that very second, for a queued press) is never
    added again."""
    writing()
    svc = context.services
    api, marks = svc.trakt, svc.marks
    pressed = later.pressed_at()
    async with marks.lock(user_id):
        session = await svc.accounts.session(user_id)
        when = pressed or datetime.now(UTC).replace(microsecond=0)

        async def fresh(ref: MediaRef) -> bool:
            # Any play at all (a queued press saved before the bot stopped included).
            played = await session.call(
                lambda token: api.has_played(token, "episodes", ref.trakt_id)
            )
            if played:
                marks.record(user_id, ref, SEEN)
            return not played

        wanted = [ref for ref in dict.fromkeys(refs) if ref.kind == "episode"]
        unwatched = await asyncio.gather(*map(fresh, wanted))
        todo = [ref for ref, ok in zip(wanted, unwatched, strict=True) if ok]
        if not todo:
            return Done(tr.plain("action-seen-already")), 0
        items = [SyncItem("episode", ref.trakt_id, watched_at=when) for ref in todo]
        result = await session.call(lambda token: api.add_to_history(token, items))
        # They had no play before (under the person's lock): any play of `when` is new.
        after = await asyncio.gather(*(_plays_at(session, api, ref, when) for ref in todo))
        added = [ref for ref, new in zip(todo, after, strict=True) if new]
        # Trakt says how many it did not know, not which: those with a new play are known.
        for ref in added if result.total_not_found else todo:
            marks.record(user_id, ref, SEEN)
    count = result.added.get("episodes", 0) or len(todo) - result.total_not_found
    if count <= 0:
        return Done(tr.plain("action-not-found")), 0
    ids = sorted(i for new in after for i in new)
    undo = ("unplay", {"ids": ids, "refs": [ref.key for ref in added or todo]}) if ids else None
    return Done(tr.plain("action-seen-toast"), undo), count


async def unwatched_episodes(
    context: Context, session: TraktSession, show_id: int
) -> list[int] | None:
    """Trakt ids of the show's aired episodes the person has not watched (specials never
    count); None when Trakt can't say now (the caller then marks the whole show)."""
    svc = context.services
    try:
        progress, seasons = await asyncio.gather(
            svc.marks.progress(session, show_id),
            svc.trakt.seasons(show_id, token=session.token),
        )
    except TraktError as exc:
        logger.info("could not tell which episodes are left: %r", exc)
        return None
    ids = {
        (season.number, episode.number): episode.ids.trakt
        for season in seasons
        for episode in season.episodes
        if not season.is_specials and episode.ids.trakt
    }
    left = [
        ids.get((season.number, episode.number))
        for season in progress.seasons
        if season.number
        for episode in season.episodes
        if not episode.completed
    ]
    return [trakt_id for trakt_id in left if trakt_id]


async def play_ids(
    session: TraktSession, api: TraktAPI, ref: MediaRef, at: datetime | None = None
) -> set[int]:
    """History ids of the person's plays of `ref` (an episode's, a movie's, every episode
    of a show), only those logged at `at` when given; a Trakt failure is raised."""
    start = at - PLAY_SLACK if at else None
    end = at + PLAY_SLACK if at else None
    kind, trakt_id = ref.plural, ref.trakt_id
    found = await session.call(
        lambda token: api.plays(token, kind, trakt_id, start_at=start, end_at=end)
    )
    return {item.id for item in found if item.id and (at is None or item.watched_at == at)}


async def _plays_at(
    session: TraktSession, api: TraktAPI, ref: MediaRef, when: datetime
) -> set[int]:
    """`play_ids` at `when`; none when Trakt can't say now (the change stands, without an
    undo)."""
    try:
        return await play_ids(session, api, ref, when)
    except TraktError as exc:
        logger.info("could not look up the plays of that moment: %r", exc)
        return set()


def _watchlist_done(
    context: Context,
    tr: Translator,
    user_id: int,
    result: SyncResult,
    ref: MediaRef,
    *,
    adding: bool,
) -> Done:
    section = ref.plural
    if result.not_found.get(section):
        return Done(tr.plain("action-not-found"))
    context.services.marks.record(user_id, ref, WATCHLIST, on=adding)
    context.services.marks.record(user_id, ref, UNLISTED, on=not adding)
    if adding:
        existing = result.existing.get(section) and not result.added.get(section)
        if existing:
            return Done(tr.plain("action-wl-already"))
        return Done(tr.plain("action-wl-toast"), ("unwl", {}))
    removed = result.deleted.get(section) or result.total_added
    if not removed:
        return Done(tr.plain("action-unwl-already"))
    return Done(tr.plain("action-unwl-toast"), ("wl", {}))


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
