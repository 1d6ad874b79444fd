"""The cheap check just before a notification is sent: is it still worth telling?

Per person and pass: `GET /sync/last_activities` once; the shows hidden from progress
again only when `shows.hidden_at`/`dropped_at` moved; a show's watched progress only
when `episodes.watched_at` moved since the calendar sync (and not already asked at that
value). On a day without new plays that is one request per notification. The check is
bounded (`CHECK_TIMEOUT`): when Trakt is slow or failing, the message goes out unchecked
rather than late or never.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

from bot.accounts import TraktSession
from bot.store import Due, NotifySettings
from bot.trakt import ShowProgress, TraktAPI, TraktError
from bot.trakt.models_notify import LastActivities

if TYPE_CHECKING:
    from bot.notify.engine import Notifier

logger = logging.getLogger(__name__)

CHECK_TIMEOUT = 20.0  # seconds a person's check may take in one pass


class Checker:
    """The cheap check before sending, for one person and pass: last_activities once,
    a show's progress only when episodes were watched since the sync."""

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
        watched = self.seen.episodes_watched
        if watched != trakt.get("watched_at"):
            checked: dict[str, Any] = dict(trakt.get("checked", {}))
            shows = {row.show_id for row in rows if row.kind == "episode" and row.show_id}
            for show_id in sorted(shows):
                key = str(show_id)
                if checked.get(key, {}).get("at") == watched:
                    continue
                progress = await notifier.call(session, _progress(notifier.api, show_id))
                done = [
                    [season.number, episode.number]
                    for season in progress.seasons
                    for episode in season.episodes
                    if episode.completed
                ]
                checked[key] = {"at": watched, "done": done}
            trakt["checked"] = checked
            rows = [row for row in rows if not _done(row, checked)]
        changes = {key: value for key, value in trakt.items() if before.get(key) != value}
        if changes:  # merged: a sync may have stored newer answers meanwhile
            notifier.store.merge_notify_trakt(user_id, changes)
        return rows


def _done(row: Due, checked: dict[str, Any]) -> bool:
    if row.kind != "episode":
        return False
    found = checked.get(str(row.show_id), {}).get("done", [])
    return [row.payload.get("season"), row.payload.get("number")] in found


def _progress(api: TraktAPI, show_id: int) -> Callable[[str], Awaitable[ShowProgress]]:
    return lambda token: api.show_progress(token, show_id)
