"""When a notification is due: pure functions over aware datetimes and IANA zones.

Air times come from Trakt in UTC; offsets are absolute (minutes after the air time),
while a digest hour and quiet hours are wall-clock times in the person's zone, so they
follow daylight saving: a digest at 08:00 stays at 08:00 local when the clocks change.
A wall-clock time the change skips (02:30 on a spring-forward night) lands just after
the gap; one it repeats takes its first occurrence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.store.notify import NotifySettings
from bot.trakt.models_lists import CalendarEntry, MovieRelease

PREMIERES = frozenset({"series_premiere", "season_premiere", "mid_season_premiere"})
FINALES = frozenset({"series_finale", "season_finale", "mid_season_finale"})
CATCH_UP = timedelta(hours=12)  # missed within this long: still sent (once)
FOLD_FOR = timedelta(days=7)  # a digest folds in missed episodes aired this recently
QUIET_DAYS = 3  # days looked at for the end of quiet hours (a skipped end: the next day)


def local_moment(day: date, at: time, zone: ZoneInfo) -> datetime:
    """`day` at wall-clock `at` in `zone`, as UTC. A time the clocks skip (02:30 on a
    spring-forward night) reads with the offset before the change, i.e. just after the
    gap; a repeated one is its first occurrence (fold 0)."""
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def _minutes(at: datetime) -> int:
    return at.hour * 60 + at.minute


def in_quiet(minute: int, start: int | None, end: int | None) -> bool:
    """Whether a minute of the day falls in quiet hours [start, end) (may wrap midnight)."""
    if start is None or end is None or start == end:
        return False
    if start < end:
        return start <= minute < end
    return minute >= start or minute < end


def out_of_quiet(moment: datetime, zone: ZoneInfo, start: int | None, end: int | None) -> datetime:
    """`moment`, or the first moment after it outside the quiet hours (local wall clock).
    The end of quiet hours is the first local `end` after `moment` that is not quiet
    itself: on a spring-forward night an end the clocks skip reads as just after the gap,
    which a long quiet window (03:00-02:00) may already cover again; then the next day's."""
    local = moment.astimezone(zone)
    if start is None or end is None or not in_quiet(_minutes(local), start, end):
        return moment
    day, at = local.date(), time(end // 60, end % 60)
    for days in range(QUIET_DAYS):
        candidate = local_moment(day + timedelta(days=days), at, zone)
        if candidate > moment and not in_quiet(_minutes(candidate.astimezone(zone)), start, end):
            return candidate
    return moment  # unreachable for a window shorter than a day: never held back forever


def digest_at(day: date, hour: int, zone: ZoneInfo) -> datetime:
    """The digest of a local day."""
    return local_moment(day, time(hour), zone)


def digest_before(moment: datetime, hour: int, zone: ZoneInfo) -> datetime:
    """The last digest at or before `moment`: the one that announces what airs then."""
    day = moment.astimezone(zone).date()
    found = digest_at(day, hour, zone)
    return found if found <= moment else digest_at(day - timedelta(days=1), hour, zone)


def digest_after(moment: datetime, hour: int, zone: ZoneInfo) -> datetime:
    """The first digest after `moment`."""
    day = moment.astimezone(zone).date()
    found = digest_at(day, hour, zone)
    return found if found > moment else digest_at(day + timedelta(days=1), hour, zone)


def due_at(settings: NotifySettings, air: datetime, zone: ZoneInfo, now: datetime) -> datetime:
    """When an airing is told: air + offset (each episode) or the digest announcing it
    (one already gone by `now`: the next one), moved out of quiet hours."""
    quiet = (settings.quiet_start, settings.quiet_end)
    if settings.mode == "digest":
        found = digest_before(air, settings.digest_hour, zone)
        if found < now:
            found = digest_after(now, settings.digest_hour, zone)
        return out_of_quiet(found, zone, *quiet)
    return out_of_quiet(air + timedelta(minutes=settings.offset), zone, *quiet)


def release_at(settings: NotifySettings, day: date, zone: ZoneInfo) -> datetime:
    """A movie released on a (local) day is told at the digest hour of that day."""
    return digest_at(day, settings.digest_hour, zone)


def wanted(entry: CalendarEntry, scope: str) -> bool:
    """Whether the person's scope takes this airing."""
    kind = entry.episode.episode_type or ""
    if scope == "premieres":
        return kind in PREMIERES or (entry.episode.number == 1 and not kind)
    if scope == "finales":
        return kind in FINALES
    return True


def episode_payload(entry: CalendarEntry) -> dict[str, Any]:
    """What a notification shows of an airing, kept with its row (no Trakt call to send)."""
    show, episode = entry.show, entry.episode
    return {
        "show": show.title,
        "year": show.year,
        "season": episode.season,
        "number": episode.number,
        "title": episode.title,
        "type": episode.episode_type,
    }


def movie_payload(release: MovieRelease) -> dict[str, Any]:
    """What a notification shows of a movie release."""
    return {"title": release.movie.title, "year": release.movie.year}


def sync_slot(user_id: int) -> int:
    """The second of the UTC day a person's calendar is fetched: spread evenly by a hash,
    so 10,000 people do not ask Trakt at the same moment."""
    return (user_id * 2654435761) % 86400


def next_sync(user_id: int, now: float) -> int:
    """The person's next daily sync: their slot, at least 12 hours from `now` (so a sync
    on linking and the daily one are never minutes apart)."""
    slot = sync_slot(user_id)
    day = int(now) - int(now) % 86400
    candidate = day + slot
    while candidate < now + 12 * 3600:
        candidate += 86400
    return candidate


def groups(rows: Iterable[Any], digest: Mapping[int, bool]) -> list[list[Any]]:
    """One message per group of due rows: per person a digest, else per show and air time
    (a binge drop, episodes of one show airing together, is one message)."""
    found: dict[tuple[Any, ...], list[Any]] = {}
    for row in rows:
        if digest.get(row.user_id):
            key: tuple[Any, ...] = (row.user_id,)
        else:
            key = (row.user_id, row.show_id or -row.id, row.air_at)
        found.setdefault(key, []).append(row)
    return list(found.values())
