"""The cheap check just before a notification is sent: is it still worth telling?

Per person and pass: `GET /sync/last_activities` once; the shows hidden from progress
again only when `shows.hidden_at`/`dropped_at` moved; a show's watched progress only
when `episodes.watched_at` moved since the calendar sync (and not already asked at that
value). On a day without new plays that is one request per notification.
"""

from __future__ import annotations

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


class Checker:
    """The cheap check before sending, for one person and pass: last_activities once,
    a show's progress only when episodes were watched since the sync."""

    def __init__(self, notifier: Notifier, settings: NotifySettings) -> None:
        self.notifier, self.settings = notifier, settings
        self.session: TraktSession | None = None
        self.seen: LastActivities | None = None
        self.muted = notifier.store.muted_shows(settings.user_id)

    async def wanted(self, rows: Sequence[Due]) -> list[Due]:
        """The rows still worth telling (raises NotLinked when the link is gone)."""
        rows = [row for row in rows if row.show_id not in self.muted]
        episodes = [row for row in rows if row.kind == "episode"]
        if not episodes:
            return rows
        try:
            return await self._unwatched(rows)
        except TraktError as exc:  # Trakt failing must not cost the person the message
            logger.info("could not check %s before sending: %r", self.settings.user_id, exc)
            return rows

    async def _unwatched(self, rows: list[Due]) -> list[Due]:
        notifier, user_id = self.notifier, self.settings.user_id
        if self.session is None:
            self.session = await notifier.accounts.session(user_id)
        session = self.session
        if self.seen is None:
            self.seen = await notifier.call(session, notifier.api.last_activities)
        trakt = dict(notifier.store.notify_settings(user_id).trakt)
        changed = False
        if self.seen.hidden != trakt.get("hidden_at"):
            trakt["hidden"] = sorted(await notifier.call(session, notifier.api.hidden_show_ids))
            trakt["hidden_at"], changed = self.seen.hidden, True
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
                changed = True
            trakt["checked"] = checked
            rows = [row for row in rows if not _done(row, checked)]
        if changed:
            notifier.store.set_notify_sync(user_id, self.settings.sync_after, trakt)
        return rows


def _done(row: Due, checked: dict[str, Any]) -> bool:
    if row.kind != "episode":
        return False
    found = checked.get(str(row.show_id), {}).get("done", [])
    return [row.payload.get("season"), row.payload.get("number")] in found


def _progress(api: TraktAPI, show_id: int) -> Callable[[str], Awaitable[ShowProgress]]:
    return lambda token: api.show_progress(token, show_id)
