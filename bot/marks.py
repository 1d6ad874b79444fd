"""A person's marks: what they have at Trakt, merged with what they did in the bot.

`Marks` (the service, owned by `Services`) answers, for one person and one title
(`MediaRef`), which flags hold: on the watchlist (`WATCHLIST`), removed from it here
(`UNLISTED`), watched (`SEEN`), hidden from recommendations (`HIDDEN`), rated
(`RATED` + 1–10); and, per show, the watched progress Trakt reports (seasons, episodes,
what is next). It knows nothing of Telegram; its clock is injected.

Two sources:

- **Trakt's snapshot** (`bot.snapshots.SnapshotCache`): each linked person's watchlist,
  watched movies and shows and ratings, one Trakt GET each with the person's own token,
  at most about two minutes old, within a per-person request budget.
- **Changes made here** (`record`): they win over an older snapshot, so a title
  removed here reads as off the watchlist even while the snapshot still lists it. Once
  a snapshot asked `SETTLE` seconds after the bot first read that change is in, Trakt
  wins again, so a change made later in another app shows; recording the same change
  again is a new change. Kept in memory for the `PEOPLE` most recent people.

Per-show progress (`progress`) is `GET /shows/{id}/progress/watched`, kept `fresh`
seconds per person and show and dropped when the person marks that show or one of its
episodes here.
"""

from __future__ import annotations

import asyncio
import logging
import time
import weakref
from collections import OrderedDict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from bot.snapshots import (
    NOTHING,
    PEOPLE,
    Clock,
    Fetch,
    Part,
    Partial,
    Snapshot,
    SnapshotCache,
)
from bot.trakt import Media, MediaKind, ShowProgress, TraktAPI
from bot.trakt.api_params import MAX_LIMIT
from bot.trakt.ref import MediaRef

if TYPE_CHECKING:
    from bot.accounts import TraktSession

logger = logging.getLogger(__name__)

# Flags (what `Marks.flags` answers); a one-tap action's verb records its flag.
WATCHLIST, UNLISTED, SEEN, HIDDEN, RATED = "wl", "unwl", "seen", "hide", "rate:"
UNSEEN = "unseen"  # its plays removed here (wins over an older snapshot, like UNLISTED)
UNRATED = "unrate"  # its rating removed here (wins over Trakt's snapshot)
RATINGS = range(1, 11)
WATCHLIST_FLAGS = frozenset({WATCHLIST, UNLISTED})
WATCHED_FLAGS = frozenset({SEEN, UNSEEN})

SETTLE = 30.0  # seconds after a change here before Trakt's snapshot is trusted over it


def rating_of(text: str) -> int | None:
    """N of a `rate:N` flag or verb, when N is a rating."""
    if not text.startswith(RATED):
        return None
    raw = text.removeprefix(RATED)
    return int(raw) if raw.isdigit() and int(raw) in RATINGS else None


@dataclass
class _Changes:
    flags: dict[str, set[str]] = field(default_factory=dict)
    noted: dict[str, float] = field(default_factory=dict)  # key -> first read after a change
    progress: dict[tuple[str, int], tuple[float, ShowProgress]] = field(default_factory=dict)
    played: dict[str, float] = field(default_factory=dict)  # key -> when a play was added here
    repeated: dict[str, float] = field(default_factory=dict)  # key -> a rewatch / whole show


class Marks:
    """Every person's marks (see the module docstring); one per process."""

    def __init__(
        self,
        api: TraktAPI,
        *,
        snapshots: SnapshotCache | None = None,
        size: int = PEOPLE,
        clock: Clock | None = None,
    ) -> None:
        self.api = api
        self.snapshots = snapshots or SnapshotCache(clock=clock or time.monotonic)
        self.size = size
        self._people: OrderedDict[int, _Changes] = OrderedDict()
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()

    @property
    def clock(self) -> Clock:
        """The clock every date here is read from (the snapshot cache's)."""
        return self.snapshots.clock

    async def snapshot(
        self, session: TraktSession | None, items: Sequence[Media], *, rated: bool = False
    ) -> Snapshot:
        """The person's snapshot, refreshing first the parts `items` need; none when not
        linked or for no items."""
        refs = [ref for ref in map(MediaRef.of, items) if ref is not None]
        return await self.snapshot_of(session, refs, rated=rated)

    async def snapshot_of(
        self, session: TraktSession | None, refs: Sequence[MediaRef], *, rated: bool = False
    ) -> Snapshot:
        """`snapshot` for titles known by reference; `rated`: with the person's ratings, for
        a card (lists do not show them), whose parts are never left unknown (`needed`)."""
        if not refs:
            return NOTHING
        return await self.snapshot_for(session, {ref.plural for ref in refs}, rated=rated)

    async def snapshot_for(
        self, session: TraktSession | None, kinds: Collection[str], *, rated: bool = False
    ) -> Snapshot:
        """`snapshot_of` for titles of these kinds (`movies`, `shows`), known before the
        titles are (a list of one kind asks its marks together with its titles)."""
        if session is None:
            return NOTHING
        wanted: list[Part] = []
        if "shows" in kinds or "movies" in kinds:  # the watchlist lists titles, not episodes
            wanted.append("watchlist")
        if "shows" in kinds:
            wanted.append("shows")
        if "movies" in kinds:
            wanted.append("movies")
        if rated:  # a card: one more GET allowed, and what it shows never asked is asked
            wanted.append("ratings")
        fetches: dict[Part, Fetch] = {
            "watchlist": partial(_watchlist_keys, self.api, session),
            "movies": partial(_watched_keys, self.api, session, "movies"),
            "shows": partial(_watched_keys, self.api, session, "shows"),
            "ratings": partial(_rated_keys, self.api, session),
        }
        person = (session.account.chat_id, session.account.slug)  # a re-link starts afresh
        if not rated:
            return await self.snapshots.get(person, fetches, wanted)
        return await self.snapshots.get(person, fetches, wanted, extra=1, needed=wanted)

    def record(self, user_id: int, ref: MediaRef, flag: str, on: bool = True) -> None:
        """Note a change the person made here (`flag` on or off for `ref`)."""
        changes = self._changes(user_id)
        flags = changes.flags.setdefault(ref.key, set())
        if on:
            flags.add(flag)
        else:
            flags.discard(flag)
        changes.noted.pop(ref.key, None)  # a new change, even the same one again
        if flag == SEEN and on:
            changes.played[ref.key] = self.clock()
            flags.discard(UNSEEN)
        elif flag == UNSEEN and on:
            changes.played.pop(ref.key, None)
            flags.discard(SEEN)
        if flag in (SEEN, UNSEEN):
            changes.progress.clear()  # a show's progress, or an episode's show's, moved

    def lock(self, user_id: int, ref: MediaRef | None = None) -> asyncio.Lock:
        """One change at a time per person (whatever the title: a whole season and one of
        its episodes never interleave): a second press waits for the first, then sees
        what it recorded (one intent, one effect). Trakt takes a person's writes one a
        second anyway, so nothing is slower for it."""
        found = self._locks.get(user_id)
        if found is None:
            found = self._locks[user_id] = asyncio.Lock()
        return found

    def played_within(self, user_id: int, ref: MediaRef, seconds: float) -> bool:
        """Whether the bot added a play of `ref` for the person in the last `seconds`."""
        changes = self._people.get(user_id)
        at = changes.played.get(ref.key) if changes else None
        return at is not None and self.clock() - at < seconds

    def repeated(self, user_id: int, ref: MediaRef, seconds: float | None = None) -> bool:
        """Note a confirmed rewatch or whole show now; with `seconds`, whether one was
        noted in the last `seconds` instead (the same confirmation pressed twice)."""
        changes = self._changes(user_id)
        if seconds is None:
            changes.repeated[ref.key] = self.clock()
            return True
        at = changes.repeated.get(ref.key)
        return at is not None and self.clock() - at < seconds

    def rate(self, user_id: int, ref: MediaRef, stars: int | None) -> None:
        """Note a rating given here (replacing any other); None: the rating was removed."""
        for old in RATINGS:
            self.record(user_id, ref, f"{RATED}{old}", on=old == stars)
        self.record(user_id, ref, UNRATED, on=stars is None)

    def here(self, user_id: int | None, ref: MediaRef) -> frozenset[str]:
        """What the person did to a title here so far."""
        changes = self._people.get(user_id) if user_id is not None else None
        return frozenset(changes.flags.get(ref.key, ())) if changes else frozenset()

    def rating(
        self, user_id: int | None, ref: MediaRef, snapshot: Snapshot = NOTHING
    ) -> int | None:
        """The person's rating of a title: given or removed here, else Trakt's snapshot."""
        here = self.here(user_id, ref)
        if UNRATED in here:
            return None
        given = next(filter(None, map(rating_of, here)), None)
        return given if given is not None else snapshot.ratings.get(ref.key)

    def flags(
        self, user_id: int | None, ref: MediaRef, snapshot: Snapshot = NOTHING
    ) -> frozenset[str]:
        """What the person did to a title here, plus what Trakt's snapshot says of it
        (the snapshot wins when it was asked `SETTLE` seconds after the change here)."""
        here = self.here(user_id, ref)
        key = ref.key
        if user_id is not None and here & (WATCHLIST_FLAGS | WATCHED_FLAGS) and snapshot.asked:
            since = self._noted(user_id, key) + SETTLE
            listed = key in snapshot.watchlist or not isinstance(snapshot.watchlist, Partial)
            if listed and snapshot.asked_after("watchlist", since):
                here -= WATCHLIST_FLAGS  # (a partial snapshot says nothing of a title it lacks)
            if snapshot.asked_after("movies" if ref.kind == "movie" else "shows", since):
                here -= WATCHED_FLAGS
        extra = set()
        if key in snapshot.watchlist and UNLISTED not in here:
            extra.add(WATCHLIST)
        if key in snapshot.watched and UNSEEN not in here:
            extra.add(SEEN)
        return here | extra if extra else here

    async def progress(self, session: TraktSession, show_id: int) -> ShowProgress:
        """The person's watched progress of one show (kept `fresh` seconds)."""
        changes = self._changes(session.account.chat_id)
        now = self.clock()
        key = (session.account.slug, show_id)  # a re-link to another account starts afresh
        kept = changes.progress.get(key)
        if kept is not None and now - kept[0] < self.snapshots.fresh:
            return kept[1]
        found = await session.call(lambda token: self.api.show_progress(token, show_id))
        changes.progress[key] = (now, found)
        return found

    def forget_progress(self, user_id: int) -> None:
        """Drop the person's kept show progress (a play was removed here)."""
        changes = self._people.get(user_id)
        if changes is not None:
            changes.progress.clear()

    def forget(self, user_id: int) -> None:
        """Drop what was remembered of a person (their account went or changed)."""
        self._people.pop(user_id, None)

    def _noted(self, user_id: int, key: str) -> float:
        """When the bot first read the title's latest change here (`record` forgets the
        date at every change, the same one again too)."""
        noted = self._changes(user_id).noted
        if key not in noted:
            noted[key] = self.clock()
        return noted[key]

    def _changes(self, user_id: int) -> _Changes:
        found = self._people.get(user_id)
        if found is None:
            found = self._people[user_id] = _Changes()
            while len(self._people) > self.size:
                self._people.popitem(last=False)
        else:
            self._people.move_to_end(user_id)
        return found


async def _watchlist_keys(api: TraktAPI, session: TraktSession) -> frozenset[str]:
    page = await session.call(lambda token: api.watchlist(token, limit=MAX_LIMIT))
    refs = (MediaRef.of(entry.media) for entry in page.items)
    keys = (ref.key for ref in refs if ref is not None and ref.is_title)
    return Partial(keys) if page.has_next else frozenset(keys)


async def _watched_keys(api: TraktAPI, session: TraktSession, kind: MediaKind) -> frozenset[str]:
    """Watched movies; shows only when every aired episode is watched (a show with
    episodes left is not ✅)."""
    if kind == "shows":
        ids = await session.call(api.finished_show_ids)
    else:
        ids = await session.call(lambda token: api.watched_ids(token, kind))
    return frozenset(ref.key for ref in MediaRef.each(kind, ids))


async def _rated_keys(api: TraktAPI, session: TraktSession) -> frozenset[str]:
    """The person's ratings as `key=N` entries (one GET for every kind)."""
    rated = await session.call(api.ratings)
    refs = ((MediaRef.of(item.media), item.rating) for item in rated)
    return frozenset(f"{ref.key}={stars}" for ref, stars in refs if ref and stars in RATINGS)
