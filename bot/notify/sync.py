"""One person's calendar sync: what Trakt says is coming, as drafts of the due list.

`GET /sync/last_activities` + `GET /calendars/my/shows/{yesterday}/4` (+ the movie
calendar when movies are on); Trakt's settings (the time zone) and the shows hidden from
progress are asked again only when last_activities says they changed.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bot.accounts import TraktSession
from bot.notify import schedule
from bot.store import DueDraft, NotifySettings
from bot.trakt import CalendarEntry, MovieRelease

if TYPE_CHECKING:
    from bot.notify.engine import Notifier

SYNC_DAYS = 4  # yesterday (UTC) and the next three days


async def fetch(
    notifier: Notifier, session: TraktSession, settings: NotifySettings, now: float
) -> tuple[dict[str, Any], list[DueDraft], tuple[int, int]]:
    """What Trakt said (kept with the settings), the drafts, and the window they cover."""
    api, user_id = notifier.api, settings.user_id
    trakt = dict(settings.trakt)
    seen = await notifier.call(session, api.last_activities)
    if "settings_at" in trakt and seen.settings != trakt["settings_at"]:
        found = await notifier.call(session, api.user_settings)
        notifier.accounts.remember_zone(user_id, found.timezone)  # refreshed daily at most
    trakt["settings_at"] = seen.settings
    if seen.hidden != trakt.get("hidden_at"):
        trakt["hidden"] = sorted(await notifier.call(session, api.hidden_show_ids))
        trakt["hidden_at"] = seen.hidden
    trakt["watched_at"] = seen.episodes_watched  # what is known of each show: check.py
    start = datetime.fromtimestamp(now, UTC).date() - timedelta(days=1)
    entries = await notifier.call(session, lambda t: api.calendar(t, start, SYNC_DAYS))
    releases: list[MovieRelease] = []
    if settings.movies:
        releases = await notifier.call(session, lambda t: api.calendar_movies(t, start, SYNC_DAYS))
    zone, moment = notifier.zone(settings), datetime.fromtimestamp(now, UTC)
    hidden = set(trakt.get("hidden", ()))
    drafts = [
        draft
        for entry in entries
        if (draft := _episode(settings, entry, hidden, zone, moment)) is not None
    ]
    drafts += [
        draft for release in releases if (draft := _movie(settings, release, zone)) is not None
    ]
    first = datetime(start.year, start.month, start.day, tzinfo=UTC)
    window = (int(first.timestamp()), int((first + timedelta(days=SYNC_DAYS)).timestamp()))
    return trakt, drafts, window


def _episode(
    settings: NotifySettings,
    entry: CalendarEntry,
    hidden: set[int],
    zone: ZoneInfo,
    moment: datetime,
) -> DueDraft | None:
    show_id, episode_id = entry.show.ids.trakt, entry.episode.ids.trakt
    air = entry.first_aired
    if not (show_id and episode_id and air) or show_id in hidden:
        return None
    if not schedule.wanted(entry, settings.scope) or not entry.episode.season:
        return None
    due = schedule.due_at(settings, air, zone, moment)
    if air < moment - schedule.CATCH_UP:
        due = air  # over long ago: stored as skipped
    payload = schedule.episode_payload(entry)
    return DueDraft(
        "episode", episode_id, show_id, int(air.timestamp()), int(due.timestamp()), payload
    )


def _movie(settings: NotifySettings, release: MovieRelease, zone: ZoneInfo) -> DueDraft | None:
    movie_id = release.movie.ids.trakt
    if not movie_id or release.released is None:
        return None
    at = schedule.release_at(settings, release.released, zone)
    due = schedule.out_of_quiet(at, zone, settings.quiet_start, settings.quiet_end)
    payload = schedule.movie_payload(release)
    return DueDraft("movie", movie_id, None, int(at.timestamp()), int(due.timestamp()), payload)
