"""Logging plays of episodes: one now, at release or on another day, or a whole season.

"Now" goes through `bot.kit.marking.perform` (verb ``seen``). The kit has no verb for a
play at another moment or for a season, so those are written here with the same care:
under the person's per-title lock (the episode's; the show's for a whole season), never
for an episode already watched (Trakt's progress, or a play added here a moment ago),
and with ↩ Undo for exactly the plays added (their history ids, found again).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from datetime import UTC, datetime, timedelta
from typing import Literal

from bot.accounts import TraktSession
from bot.i18n import Translator
from bot.kit import release
from bot.kit.context import Context
from bot.kit.marking import REPEAT, Done, perform, play_ids
from bot.marks import SEEN, UNSEEN
from bot.trakt import Episode, SyncItem, TraktError
from bot.trakt.fair import writing
from bot.trakt.models_lists import ShowProgress
from bot.trakt.ref import MediaRef

logger = logging.getLogger(__name__)

NOW, RELEASED = "n", "r"
DAYS = tuple(str(n) for n in range(1, 7))  # "another day": 1 to 6 days ago
WHENS = (NOW, RELEASED, *DAYS)
Moment = datetime | Literal["released"]


def now_of(context: Context) -> datetime:
    """The bot's clock as an aware UTC moment (whole seconds: plays are found by it)."""
    return datetime.fromtimestamp(context.services.accounts.clock(), UTC).replace(microsecond=0)


def moment(when: str, now: datetime) -> Moment:
    """The `watched_at` of a play logged `when` ("n", "r" or days ago)."""
    if when == RELEASED:
        return "released"
    return now - timedelta(days=0 if when == NOW else int(when))


def aired(episode: Episode, now: datetime) -> bool:
    """Whether the episode has aired (an episode without a date has not)."""
    return episode.first_aired is not None and episode.first_aired <= now


def ref_of(episode: Episode) -> MediaRef | None:
    """The episode's reference, when Trakt gave it an id we can use (`MediaRef.of`)."""
    return MediaRef.of(episode)


async def watched(
    context: Context, session: TraktSession, show_id: int, *, specials: bool = False
) -> set[tuple[int, int]]:
    """(season, number) of every episode Trakt counts as watched (specials: season 0 only,
    asked apart since the kept progress leaves them out)."""
    if specials:
        api = context.services.trakt
        found: ShowProgress = await session.call(
            lambda token: api.show_progress(token, show_id, specials=True)
        )
    else:
        found = await context.services.marks.progress(session, show_id)
    return {
        (season.number, episode.number)
        for season in found.seasons
        if season.number is not None and (season.number == 0) == specials
        for episode in season.episodes
        if episode.completed and episode.number is not None
    }


def seen_here(
    context: Context, user_id: int, show_id: int, episodes: Iterable[Episode]
) -> set[int]:
    """Trakt ids of the episodes a play was added for here a moment ago (Trakt may lag);
    none once plays of the show were taken back here (↩ Undo of a whole season)."""
    marks = context.services.marks
    if UNSEEN in marks.here(user_id, MediaRef("show", show_id)):
        return set()
    return {
        ref.trakt_id
        for ref in map(ref_of, episodes)
        if ref is not None and marks.played_within(user_id, ref, REPEAT)
    }


def _played(context: Context, user_id: int, show_id: int, episodes: Iterable[Episode]) -> None:
    """Note plays added here: each episode `SEEN` (its show's progress is dropped), and the
    show's plays no longer undone."""
    marks = context.services.marks
    for ref in map(ref_of, episodes):
        if ref is not None:
            marks.record(user_id, ref, SEEN)
    marks.record(user_id, MediaRef("show", show_id), UNSEEN, on=False)


def is_watched(
    episode: Episode, done: AbstractSet[tuple[int, int]], recent: AbstractSet[int]
) -> bool:
    """Watched by Trakt's progress, or just now here."""
    return (episode.season, episode.number) in done or episode.ids.trakt in recent


async def _already(
    context: Context, session: TraktSession, user_id: int, show_id: int, episode: Episode
) -> bool:
    """Whether a play of `episode` is known; a mark here that Trakt's fresh progress no
    longer has (its plays were undone) is dropped so the kit's guard agrees."""
    ref = ref_of(episode)
    if ref is None:
        return False
    marks = context.services.marks
    if seen_here(context, user_id, show_id, [episode]):
        return True
    done = await watched(context, session, show_id, specials=episode.season == 0)
    found = (episode.season, episode.number) in done
    if not found and SEEN in marks.here(user_id, ref):
        marks.record(user_id, ref, UNSEEN)
    return found


async def log_episode(
    context: Context, me: Translator, user_id: int, show_id: int, episode: Episode, when: str
) -> Done:
    """One play of `episode` `when`, unless one is known; the toast and the undo."""
    ref = ref_of(episode)
    if ref is None:
        return Done(me.plain("action-not-found"))
    now = now_of(context)
    if release.to_come(episode, now):  # an older card or page, from before it was known
        return Done(me.plain("episodes-not-aired-toast"))
    at = moment(when, now)
    aired_at = episode.first_aired
    if isinstance(at, datetime) and aired_at and at + timedelta(days=1) <= aired_at:
        return Done(me.plain("episodes-before-air-toast"))  # a day before it aired
    svc = context.services
    writing()  # waits its turn at Trakt, never refused (bot.trakt.fair)
    session = await svc.accounts.session(user_id)
    if await _already(context, session, user_id, show_id, episode):
        return Done(me.plain("action-seen-already"))
    if when == NOW:
        done = await perform(context, me, user_id, "seen", ref)
        if done.undo is not None:
            _played(context, user_id, show_id, [episode])
        return done
    api, marks = svc.trakt, svc.marks
    async with marks.lock(user_id, ref):
        if SEEN in marks.here(user_id, ref):
            return Done(me.plain("action-seen-already"))
        before = await _play_ids(session, context, "episodes", episode.ids.trakt or 0)
        if before:  # Trakt has a play the progress did not show yet
            marks.record(user_id, ref, SEEN)
            return Done(me.plain("action-seen-already"))
        # on the air day itself, never before the air time
        if isinstance(at, datetime) and episode.first_aired is not None:
            at = max(at, episode.first_aired)
        item = SyncItem("episode", ref.trakt_id, watched_at=at)
        result = await session.call(lambda token: api.add_to_history(token, [item]))
        if result.total_not_found:
            return Done(me.plain("action-not-found"))
        _played(context, user_id, show_id, [episode])
        ids = await _added_ids(session, context, "episodes", ref.trakt_id)
    return _logged(me, when, ids, 1)


async def season_todo(
    context: Context, session: TraktSession, user_id: int, show_id: int, episodes: Iterable[Episode]
) -> list[Episode]:
    """A season's aired episodes that are not watched yet (what ✅ whole season adds)."""
    listed = [e for e in episodes if e.ids.trakt and e.number is not None]
    now = now_of(context)
    specials = any(e.season == 0 for e in listed)
    done = await watched(context, session, show_id, specials=specials)
    recent = seen_here(context, user_id, show_id, listed)
    return [e for e in listed if aired(e, now) and not is_watched(e, done, recent)]


async def log_season(
    context: Context,
    me: Translator,
    user_id: int,
    show_id: int,
    episodes: Iterable[Episode],
    when: str,
) -> Done:
    """One play of each aired, unwatched episode of a season `when`; the toast and the undo
    (a second press finds nothing left: the show's lock makes them wait for each other)."""
    svc = context.services
    api, marks = svc.trakt, svc.marks
    writing()
    session = await svc.accounts.session(user_id)
    episodes = list(episodes)
    async with marks.lock(user_id, MediaRef("show", show_id)):
        todo = await season_todo(context, session, user_id, show_id, episodes)
        if not todo:
            return Done(me.plain("episodes-all-none"))
        now = now_of(context)
        at = moment(when, now)
        items = [SyncItem("episode", e.ids.trakt or 0, watched_at=at) for e in todo]
        # The show's plays already there (at that second, or all for release dates) are
        # never taken by the undo.
        moment_of = at if isinstance(at, datetime) else None
        if moment_of is None:  # all of them: without knowing them, no write (no wrong undo)
            before = await _play_ids(session, context, "shows", show_id)
        else:
            before = await _added_ids(session, context, "shows", show_id, moment_of)
        result = await session.call(lambda token: api.add_to_history(token, items))
        _played(context, user_id, show_id, todo)
        ids = await _added_ids(session, context, "shows", show_id, moment_of) - before
    count = result.added.get("episodes", 0) or len(todo) - result.total_not_found
    return _logged(me, when, ids, count, season=True)


def _logged(me: Translator, when: str, ids: set[int], count: int, *, season: bool = False) -> Done:
    if season:
        toast = me.plain("episodes-all-toast", count=count)
    elif when == RELEASED:
        toast = me.plain("episodes-logged-released")
    else:
        toast = me.plain("episodes-logged-day")
    return Done(toast, ("unplay", {"ids": sorted(ids)}) if ids else None)


async def _added_ids(
    session: TraktSession,
    context: Context,
    kind: Literal["episodes", "shows"],
    trakt_id: int,
    at: datetime | None = None,
) -> set[int]:
    """`_play_ids` after a write: none when Trakt can't say now (the plays stand, without
    an undo)."""
    try:
        return await _play_ids(session, context, kind, trakt_id, at)
    except TraktError as exc:
        logger.info("could not look up the plays just added: %r", exc)
        return set()


async def _play_ids(
    session: TraktSession,
    context: Context,
    kind: Literal["episodes", "shows"],
    trakt_id: int,
    at: datetime | None = None,
) -> set[int]:
    """History ids of the person's plays of an episode or a show (only those logged at
    `at`, when given)."""
    ref = MediaRef.from_plural(kind, trakt_id)
    return await play_ids(session, context.services.trakt, ref, at)


async def remove_play(
    context: Context, me: Translator, user_id: int, show_id: int, ref: MediaRef, play_id: int
) -> Done:
    """Take one play of an episode (by its history id) out of Trakt's history; ↩ Undo logs
    it again at the same moment. A second press finds it gone and says so."""
    svc = context.services
    writing()
    session = await svc.accounts.session(user_id)
    api, marks = svc.trakt, svc.marks
    async with marks.lock(user_id, ref):
        found = await session.call(lambda token: api.plays(token, "episodes", ref.trakt_id))
        gone = next((play for play in found if play.id == play_id), None)
        if gone is None:
            return Done(me.plain("history-remove-gone"))
        result = await session.call(lambda token: api.remove_history_ids(token, [play_id]))
        if not sum(result.deleted.values()):
            return Done(me.plain("history-remove-gone"))
        if len(found) == 1:
            marks.record(user_id, ref, UNSEEN)
        marks.record(user_id, MediaRef("show", show_id), UNSEEN)  # its progress moved
        marks.forget_progress(user_id)
        at = gone.watched_at.isoformat() if gone.watched_at else None
        undo = ("replay", {"at": at}) if at else None
        return Done(me.plain("history-remove-toast"), undo)
