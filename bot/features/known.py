"""What the bot knows a linked person has on Trakt: Trakt's snapshot plus what they did here.

Public API (cards and lists draw their ✅ and 📌 from this)::

    await known.snapshot(context, session, items) -> Marks
        # the person's watchlist and watched titles as Trakt last told
    known.flags(context, media_key, marks) -> frozenset[str]
        # `views.marks` flags with the snapshot folded in

The snapshot is `inline_marks.MarksCache`, one per application: each linked person's
watchlist and watched movies and shows, fetched with their own token (their rate-limit
bucket), at most `inline_marks.BUDGET` GETs per person per rolling minute; a failed
fetch keeps the last value. What the person did through our buttons since
(`views.marks`, recorded by `actions`) wins over the older snapshot: a title removed
here reads as off the watchlist even while the snapshot still lists it. Once a snapshot
asked of Trakt `SETTLE` seconds after the bot first saw that change is in, Trakt wins
again, so a change made later in another app shows (at most about two minutes late);
pressing the same button again is a new change. A watchlist longer than one page
(`Partial`) is trusted only for the titles it lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from bot.accounts import TraktSession
from bot.features import actions, views
from bot.features.common import Context, services
from bot.features.inline_marks import Fetch, Marks, MarksCache, Part
from bot.trakt import Media, MediaKind, Movie, Show, TraktAPI
from bot.trakt.api_params import MAX_LIMIT

CACHE_KEY = "inline_marks"
NOTHING = Marks()
SETTLE = 30.0  # seconds after a change here before Trakt's snapshot is trusted over it
WATCHLIST_FLAGS = frozenset({actions.WATCHLIST, actions.UNLISTED})
WATCHED_FLAGS = frozenset({actions.SEEN})


def cache(context: Context) -> MarksCache:
    """The application's snapshot cache (created on first use; tests put one with a clock)."""
    found = context.bot_data.get(CACHE_KEY)
    if not isinstance(found, MarksCache):
        found = context.bot_data[CACHE_KEY] = MarksCache()
    return found


async def snapshot(context: Context, session: TraktSession | None, items: Sequence[Media]) -> Marks:
    """The person's marks, refreshing first the parts `items` need; none when not linked."""
    if session is None or not items:
        return NOTHING
    wanted: list[Part] = ["watchlist"]
    if any(isinstance(media, Show) for media in items):
        wanted.append("shows")
    if any(isinstance(media, Movie) for media in items):
        wanted.append("movies")
    api = services(context).trakt
    fetches: dict[Part, Fetch] = {
        "watchlist": partial(_watchlist_keys, api, session),
        "movies": partial(_watched_keys, api, session, "movies"),
        "shows": partial(_watched_keys, api, session, "shows"),
    }
    person = (session.account.chat_id, session.account.slug)  # a re-link starts afresh
    return await cache(context).get(person, fetches, wanted)


def flags(context: Context, media_key: str, marks: Marks = NOTHING) -> frozenset[str]:
    """What the person did to a title here, plus what Trakt's snapshot says of it (the
    snapshot wins when it was asked `SETTLE` seconds after the change here)."""
    here = views.marks(context, media_key)
    if here & (WATCHLIST_FLAGS | WATCHED_FLAGS) and marks.asked:
        since = _noted(context, media_key) + SETTLE
        listed = media_key in marks.watchlist or not isinstance(marks.watchlist, Partial)
        if listed and marks.asked_after("watchlist", since):
            here -= WATCHLIST_FLAGS  # (a partial snapshot says nothing of a title it lacks)
        if marks.asked_after("movies" if media_key.startswith("movie:") else "shows", since):
            here -= WATCHED_FLAGS
    extra = set()
    if media_key in marks.watchlist and actions.UNLISTED not in here:
        extra.add(actions.WATCHLIST)
    if media_key in marks.watched:
        extra.add(actions.SEEN)
    return here | extra if extra else here


def _noted(context: Context, media_key: str) -> float:
    """When (the snapshot cache's clock) the bot first saw the title's latest change here
    (`views.mark` forgets the date at every change, the same one pressed again too)."""
    noted: dict[str, float] = context.user_data.setdefault(views.NOTED_KEY, {})  # type: ignore[union-attr]
    if media_key not in noted:
        noted[media_key] = cache(context).clock()
    return noted[media_key]


class Partial(frozenset[str]):
    """A watchlist snapshot of only its first `MAX_LIMIT` titles (Trakt has more)."""


async def _watchlist_keys(api: TraktAPI, session: TraktSession) -> frozenset[str]:
    page = await session.call(lambda token: api.watchlist(token, limit=MAX_LIMIT))
    keys = (
        actions.key(_kind_of(entry.media), entry.media.ids.trakt)
        for entry in page.items
        if isinstance(entry.media, Movie | Show) and entry.media.ids.trakt
    )
    return Partial(keys) if page.has_next else frozenset(keys)


async def _watched_keys(api: TraktAPI, session: TraktSession, kind: MediaKind) -> frozenset[str]:
    ids = await session.call(lambda token: api.watched_ids(token, kind))
    return frozenset(actions.key(kind.removesuffix("s"), trakt_id) for trakt_id in ids)


def _kind_of(media: Movie | Show) -> str:
    return "movie" if isinstance(media, Movie) else "show"
