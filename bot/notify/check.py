"""Already watched? Checked when a person's calendar is planned and again just before a
notification is sent.

What the bot knows of a show is kept with the person's settings (`trakt["checked"]`):
which episodes Trakt's watched progress listed as completed, at which value of
`last_activities`' `episodes.watched_at` it was asked, and whether every play of the
show was on an episode the progress lists (`whole`: progress lists aired episodes only,
so a play of one not aired yet leaves the answer open until it airs). That knowledge
holds while `episodes.watched_at` stays where it was: no play was added or removed since.

- **Planning** (`unwatched_drafts`, in the calendar sync): the shows of the drafts that
  can still be told, each one's progress asked unless what is known of it still holds;
  episodes watched already are not planned.
- **Before sending** (`Checker`), per person and pass: `GET /sync/last_activities` once;
  the shows hidden from progress again only when `shows.hidden_at` moved; a show's
  progress only when what is known of it no longer holds (a play since, or plays the
  progress could not place before the episodes aired). On a day without new plays that
  is one request per notification. The check is bounded (`CHECK_TIMEOUT`): when Trakt is
  slow or failing, the message goes out unchecked rather than late or never.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from bot.accounts import TraktSession
from bot.store import Due, DueDraft, NotifySettings
from bot.trakt import ShowProgress, TraktAPI, TraktError
from bot.trakt.models_notify import LastActivities

if TYPE_CHECKING:
    from bot.notify.engine import Notifier

logger = logging.getLogger(__name__)

CHECK_TIMEOUT = 20.0  # seconds a person's check may take in one pass


class Checker:
    """The cheap check before sending, for one person and pass: last_activities once,
    a show's progress only when what is known of it no longer holds."""

    def __init__(self, notifier: Notifier, settings: NotifySettings) -> None:
        self.notifier, self.settings = notifier, settings
        self.session: TraktSession | None = None
        self.seen: LastActivities | None = None
        self.muted = notifier.store.muted_shows(settings.user_id)
        self.failed = False  # Trakt failed or was slow in this pass: the rest unchecked

    async def wanted(self, rows: Sequence[Due]) -> list[Due]:
        """The rows still worth telling (raises NotLinked when the link is gone)."""
        rows = [row for row in rows if row.show_id not in self.muted]
        episodes = [row for row in rows if row.kind == "episode"]
        if not episodes or self.failed:
            return rows
        try:
            async with asyncio.timeout(CHECK_TIMEOUT):
                return await self._unwatched(rows)
        except (TraktError, TimeoutError) as exc:  # must not cost the person the message
            logger.info("could not check %s before sending: %r", self.settings.user_id, exc)
            self.failed = True
            return rows

    async def _unwatched(self, rows: list[Due]) -> list[Due]:
        notifier, user_id = self.notifier, self.settings.user_id
        if self.session is None:
            self.session = await notifier.session(user_id)
        session = self.session
        if self.seen is None:
            self.seen = await notifier.call(session, notifier.api.last_activities)
        trakt = dict(notifier.store.notify_settings(user_id).trakt)
        before = dict(trakt)
        if self.seen.hidden != trakt.get("hidden_at"):
            trakt["hidden"] = sorted(await notifier.call(session, notifier.api.hidden_show_ids))
            trakt["hidden_at"] = self.seen.hidden
        hidden = set(trakt.get("hidden", ()))
        rows = [row for row in rows if row.show_id not in hidden]
        checked = dict(trakt.get("checked", {}))
        watched, now = self.seen.episodes_watched, int(notifier.clock())
        for show_id, airs in sorted(_airings(rows).items()):
            if not holds(checked.get(str(show_id)), watched, airs):
                progress = await notifier.call(session, _progress(notifier.api, show_id))
                checked[str(show_id)] = known(progress, watched, now)
        trakt["checked"] = checked
        rows = [row for row in rows if not _done(row, checked)]
        changes = {key: value for key, value in trakt.items() if before.get(key) != value}
        if changes:  # merged: a sync may have stored newer answers meanwhile
            notifier.store.merge_notify_trakt(user_id, changes)
        return rows


async def unwatched_drafts(
    notifier: Notifier,
    session: TraktSession,
    trakt: Mapping[str, Any],
    drafts: Sequence[DueDraft],
    *,
    settled: set[tuple[str, int]],
    late: int,
    now: float,
) -> tuple[dict[str, Any], list[DueDraft]]:
    """A sync's drafts without the episodes the person watched already, and what Trakt
    said (`trakt`, with `watched_at` of this sync) with what is known of each show now.
    Only drafts that can still be told are asked about (neither `settled`, a row sent or
    closed already, nor due before `late`); a show whose progress Trakt can't give now is
    planned as it is (the check before sending asks again)."""
    found = dict(trakt)
    watched = found.get("watched_at")
    checked = {
        key: value
        for key, value in dict(found.get("checked", {})).items()
        if isinstance(value, Mapping) and value.get("at") == watched
    }  # what no longer holds is dropped: the map stays as small as the window
    open_ = [
        d
        for d in drafts
        if d.kind == "episode" and d.due_at >= late and (d.kind, d.trakt_id) not in settled
    ]
    for show_id, airs in sorted(_airings(open_).items()):
        if holds(checked.get(str(show_id)), watched, airs):
            continue
        try:
            progress = await notifier.call(session, _progress(notifier.api, show_id))
        except TraktError as exc:
            logger.info("no progress of show %s when planning: %r", show_id, exc)
            continue
        checked[str(show_id)] = known(progress, watched, int(now))
    found["checked"] = checked
    return found, [d for d in drafts if not _done(d, checked)]


def known(progress: ShowProgress, watched: object, now: int) -> dict[str, Any]:
    """What a show's progress says, kept: the completed (season, number) pairs, when and
    at which `episodes.watched_at` it was asked, and whether it places every play."""
    done = [
        [season.number, episode.number]
        for season in progress.seasons
        for episode in season.episodes
        if episode.completed
    ]
    return {"at": watched, "asked": now, "done": done, "whole": _whole(progress)}


def holds(entry: object, watched: object, airs: Iterable[int]) -> bool:
    """Whether what is known of a show still answers for episodes airing at `airs`: no
    play since it was asked, and either every play placed or those episodes aired then."""
    if not isinstance(entry, Mapping) or entry.get("at") != watched:
        return False
    asked = entry.get("asked")
    aired = isinstance(asked, int) and all(air <= asked for air in airs)
    return bool(entry.get("whole")) or aired


def _whole(progress: ShowProgress) -> bool:
    """Whether every play of the show is on an episode the progress lists: its latest
    play is no later than the latest play of a listed episode (a play of an episode not
    aired yet, which progress leaves out, is later than all of them)."""
    latest = progress.last_watched_at
    if latest is None:
        return not any(e.completed for s in progress.seasons for e in s.episodes)
    listed = [e.last_watched_at for s in progress.seasons for e in s.episodes if e.last_watched_at]
    return bool(listed) and max(listed) >= latest


def _airings(rows: Iterable[Due | DueDraft]) -> dict[int, list[int]]:
    """Show id -> the air times of its episodes among `rows`."""
    found: dict[int, list[int]] = {}
    for row in rows:
        if row.kind == "episode" and row.show_id:
            found.setdefault(row.show_id, []).append(row.air_at)
    return found


def _done(row: Due | DueDraft, checked: Mapping[str, Any]) -> bool:
    """Whether what is known of its show lists the row's episode as watched."""
    if row.kind != "episode":
        return False
    found = checked.get(str(row.show_id), {}).get("done", [])
    return [row.payload.get("season"), row.payload.get("number")] in found


def _progress(api: TraktAPI, show_id: int) -> Callable[[str], Awaitable[ShowProgress]]:
    return lambda token: api.show_progress(token, show_id)
