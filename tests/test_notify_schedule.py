"""When notifications are due: offsets, quiet hours, digests, zones and DST (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.features.notify import parse
from bot.features.notify.settings import apply
from bot.notify import schedule
from bot.store import NotifySettings

BERLIN, NEW_YORK, TOKYO = (
    ZoneInfo("Europe/Berlin"),
    ZoneInfo("America/New_York"),
    ZoneInfo("Asia/Tokyo"),
)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def each(offset: int = 0, quiet: tuple[int, int] | None = None) -> NotifySettings:
    start, end = quiet if quiet else (None, None)
    return NotifySettings(1, mode="each", offset=offset, quiet_start=start, quiet_end=end)


@pytest.mark.parametrize(
    ("offset", "expected"),
    [(0, utc(2026, 5, 1, 19)), (15, utc(2026, 5, 1, 19, 15)), (180, utc(2026, 5, 1, 22)),
     (-60, utc(2026, 5, 1, 18))],
)  # fmt: skip
def test_each_episode_is_due_at_air_plus_offset(offset: int, expected: datetime) -> None:
    now = utc(2026, 5, 1, 12)
    assert schedule.due_at(each(offset), utc(2026, 5, 1, 19), BERLIN, now) == expected


def test_quiet_hours_move_a_notification_to_their_end_local_time() -> None:
    # 23:00-07:00 Berlin (CEST, UTC+2): an episode at 01:00 local waits until 07:00 local.
    quiet = (23 * 60, 7 * 60)
    air = utc(2026, 5, 1, 23)  # 01:00 on May 2 in Berlin
    assert schedule.due_at(each(0, quiet), air, BERLIN, air) == utc(2026, 5, 2, 5)
    # 23:30 local is quiet too: the same night's end, the next morning
    late = utc(2026, 5, 1, 21, 30)
    assert schedule.due_at(each(0, quiet), late, BERLIN, late) == utc(2026, 5, 2, 5)
    # outside: unchanged
    day = utc(2026, 5, 1, 12)
    assert schedule.due_at(each(0, quiet), day, BERLIN, day) == day


def test_quiet_hours_within_one_day() -> None:
    assert schedule.in_quiet(13 * 60, 12 * 60, 14 * 60)
    assert not schedule.in_quiet(14 * 60, 12 * 60, 14 * 60)
    assert schedule.in_quiet(30, 23 * 60, 7 * 60) and not schedule.in_quiet(7 * 60, 23 * 60, 7 * 60)
    assert not schedule.in_quiet(30, None, None)


def test_the_digest_before_an_airing_announces_it() -> None:
    digest = NotifySettings(1, mode="digest", digest_hour=8)
    now = utc(2026, 5, 1, 0)
    # 21:00 Berlin on May 1 -> the 08:00 digest of May 1 (06:00 UTC)
    assert schedule.due_at(digest, utc(2026, 5, 1, 19), BERLIN, now) == utc(2026, 5, 1, 6)
    # 07:00 Berlin on May 2 -> still the May 1 digest (the May 2 one comes after it)
    assert schedule.due_at(digest, utc(2026, 5, 2, 5), BERLIN, now) == utc(2026, 5, 1, 6)
    # a digest already gone by: the next one
    later = utc(2026, 5, 1, 10)
    assert schedule.due_at(digest, utc(2026, 5, 1, 19), BERLIN, later) == utc(2026, 5, 2, 6)


def test_a_digest_stays_at_its_local_hour_across_a_dst_change() -> None:
    # New York springs forward on 2026-03-08: 08:00 is 13:00 UTC before, 12:00 UTC after.
    before = schedule.digest_at(date(2026, 3, 7), 8, NEW_YORK)
    after = schedule.digest_at(date(2026, 3, 8), 8, NEW_YORK)
    assert (before, after) == (utc(2026, 3, 7, 13), utc(2026, 3, 8, 12))
    assert after - before == timedelta(hours=23)
    # and falls back on 2026-11-01: 08:00 is 12:00 UTC before, 13:00 UTC after
    assert schedule.digest_at(date(2026, 11, 1), 8, NEW_YORK) == utc(2026, 11, 1, 13)


def test_an_offset_is_absolute_time_across_a_dst_change() -> None:
    # An episode at 01:30 Berlin on the spring-forward night, 3 h later: 05:30 CEST.
    air = utc(2026, 3, 29, 0, 30)
    assert schedule.due_at(each(180), air, BERLIN, air).astimezone(BERLIN).hour == 5


def test_a_wall_clock_time_the_clocks_skip_lands_after_the_gap() -> None:
    moment = schedule.local_moment(date(2026, 3, 29), time(2, 30), BERLIN)
    assert moment == utc(2026, 3, 29, 1, 30)  # 03:30 CEST
    # quiet hours ending in the gap end just after it
    assert schedule.out_of_quiet(utc(2026, 3, 29, 0, 45), BERLIN, 0, 150) == moment


def test_one_airing_is_told_at_each_persons_local_digest() -> None:
    digest = NotifySettings(1, mode="digest", digest_hour=9)
    air = utc(2026, 6, 10, 1)  # 21:00 New York on June 9, 10:00 Tokyo on June 10
    now = utc(2026, 6, 1)
    assert schedule.due_at(digest, air, NEW_YORK, now) == utc(2026, 6, 9, 13)
    assert schedule.due_at(digest, air, TOKYO, now) == utc(2026, 6, 10, 0)


@dataclass(frozen=True)
class Row:
    id: int
    user_id: int
    show_id: int | None
    air_at: int


def test_a_binge_drop_is_one_group_and_a_digest_one_per_person() -> None:
    rows = [Row(1, 7, 100, 50), Row(2, 7, 100, 50), Row(3, 7, 100, 60), Row(4, 7, 200, 50)]
    assert [[r.id for r in g] for g in schedule.groups(rows, {})] == [[1, 2], [3], [4]]
    assert [[r.id for r in g] for g in schedule.groups(rows, {7: True})] == [[1, 2, 3, 4]]


def test_syncs_are_spread_over_the_day_and_a_day_apart() -> None:
    slots = {schedule.sync_slot(user) for user in range(1, 10_001)}
    assert len(slots) > 9_000  # 10,000 people barely ever share a second
    now = 1_800_000_000.0
    first = schedule.next_sync(42, now)
    assert now + 12 * 3600 <= first <= now + 36 * 3600
    assert schedule.next_sync(42, first) == first + 86400


@pytest.mark.parametrize(
    ("words", "changes"),
    [
        (["episodes"], ["offset:0"]),
        (["episodes", "60"], ["offset:60"]),
        (["digest", "8"], ["hour:8"]),
        (["off"], ["mode:off"]),
        (["tz", "Europe/Berlin"], ["tz:Europe.Berlin"]),
        (["quiet", "23", "7"], ["quiet:23-7"]),
        (["quiet", "off"], ["quiet:none"]),
        (["movies", "on"], ["movies:1"]),
        (["premieres"], ["scope:premieres"]),
        (["übersicht", "7"], ["hour:7"]),  # German
        (["выкл"], ["mode:off"]),  # Russian
        (["serien"], ["offset:0"]),
        (["digest", "8", "9"], None),
        (["banana"], None),
    ],
)
def test_notify_words(words: list[str], changes: list[str] | None) -> None:
    assert parse(words) == changes


def test_changes_set_values_and_refuse_nonsense() -> None:
    base = NotifySettings(1)
    assert apply(base, "hour:8").mode == "digest"
    assert apply(base, "offset:-60").offset == -60
    assert (
        apply(base, "tz:America.Argentina.Buenos_Aires").timezone
        == "America/Argentina/Buenos_Aires"
    )
    assert apply(apply(base, "tz:Asia.Tokyo"), "tz:trakt").timezone is None
    quiet = apply(base, "quiet:23-7")
    assert (quiet.quiet_start, quiet.quiet_end) == (23 * 60, 7 * 60)
    for bad in ("hour:24", "tz:Mars.Olympus", "mode:loud", "quiet:7-7", "offset:x", "movies:2"):
        with pytest.raises(ValueError):
            apply(base, bad)
