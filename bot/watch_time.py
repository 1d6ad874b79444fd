"""How long a person watched: per month over a year (/stats' chart), per day (/history).

A play lasts its runtime: the episode's, else its show's (Trakt leaves many episodes
without one), else the movie's; a play with none counts 0 minutes. History items carry
runtimes only with `extended=full`, which `TraktAPI.history` always sends. Months and days
are the person's own (their Trakt account's zone, as /history groups plays).

Trakt cost, both bounded:

- `year`: pages of `PAGE_LIMIT` (250) plays of `GET /sync/history?start_at&end_at`, newest
  first, until a short page, at most `MAX_PAGES` (8): one request for up to 250 plays a
  year, eight for 2,000. Past that the oldest months are counted only from the oldest play
  fetched (`Year.since` says from when; the chart tells).
- `days_of_page`: none for the days whole on a page of /history; for the days the page may
  cut in two, one range request (`day_minutes`, at most `DAY_MAX_PAGES` pages), cached
  with the person's history pages (`TraktAPI.history`), so turning back costs nothing.

Knows nothing of Telegram.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from bot.accounts import TraktSession
from bot.trakt import HistoryKind, TraktAPI
from bot.trakt.models import Episode, Movie
from bot.trakt.models_lists import HistoryItem, Page

MONTHS = 12
PAGE_LIMIT = 250
MAX_PAGES = 8
DAY_MAX_PAGES = 4


@dataclass(frozen=True)
class Year:
    """Minutes watched in each of the last `MONTHS` months, oldest first."""

    months: tuple[tuple[date, int], ...]  # (first day of the month, minutes)
    plays: int
    since: datetime | None = None  # set when more plays than fetched: counted from here

    @property
    def minutes(self) -> int:
        """Minutes in all the months."""
        return sum(minutes for _, minutes in self.months)


def runtime(item: HistoryItem) -> int:
    """Minutes one play lasted: its episode's or movie's runtime, else its show's, else 0."""
    media = item.media
    minutes = media.runtime if isinstance(media, Movie | Episode) else None
    if not minutes and item.show is not None:
        minutes = item.show.runtime
    return max(minutes or 0, 0)


MonthStart = Callable[[date], date]  # a day -> the first day of its month, in a calendar


def gregorian_month_start(day: date) -> date:
    """The first day of `day`'s month in the Gregorian calendar."""
    return day.replace(day=1)


def month_starts(
    today: date, count: int = MONTHS, month_start: MonthStart = gregorian_month_start
) -> list[date]:
    """The first days of the last `count` months, oldest first, this month last; months
    of the reader's calendar (`month_start`: Solar Hijri in Persian, see `bot.dates`)."""
    starts = [month_start(today)]
    while len(starts) < count:
        starts.append(month_start(starts[-1] - timedelta(days=1)))
    return starts[::-1]


def by_month(items: Iterable[HistoryItem], zone: tzinfo, starts: Sequence[date]) -> list[int]:
    """Minutes of the plays in each month that `starts` opens (the last one runs on; plays
    before the first: ignored)."""
    minutes = [0] * len(starts)
    for item in items:
        if item.watched_at is None:
            continue
        n = bisect_right(starts, item.watched_at.astimezone(zone).date()) - 1
        if n >= 0:
            minutes[n] += runtime(item)
    return minutes


def by_day(items: Iterable[HistoryItem], zone: tzinfo) -> dict[date, int]:
    """Minutes of the plays on each day (in `zone`), the days in the order of `items`."""
    minutes: dict[date, int] = defaultdict(int)
    for item in items:
        if item.watched_at is not None:
            minutes[item.watched_at.astimezone(zone).date()] += runtime(item)
    return dict(minutes)


def day_start(day: date, zone: tzinfo) -> datetime:
    """Midnight at the start of `day` in `zone`."""
    return datetime.combine(day, time(), tzinfo=zone)


async def year(
    session: TraktSession,
    api: TraktAPI,
    zone: tzinfo,
    now: datetime,
    month_start: MonthStart = gregorian_month_start,
) -> Year:
    """Minutes per month over the last `MONTHS` months, this one included (see the module
    docstring for what it costs)."""
    starts = month_starts(now.astimezone(zone).date(), month_start=month_start)
    items, complete = await _plays(session, api, day_start(starts[0], zone), None, MAX_PAGES)
    oldest = min((i.watched_at for i in items if i.watched_at), default=None)
    minutes = by_month(items, zone, starts)
    return Year(
        months=tuple(zip(starts, minutes, strict=True)),
        plays=len(items),
        since=None if complete else oldest,
    )


async def day_minutes(
    session: TraktSession,
    api: TraktAPI,
    days: Iterable[date],
    zone: tzinfo,
    *,
    kind: HistoryKind | None = None,
    start: datetime | None = None,
) -> dict[date, int]:
    """Minutes watched on each of `days` (plays of `kind`, none before `start`): one range
    request from the first day's midnight to the last day's end."""
    chosen = sorted(set(days))
    if not chosen:
        return {}
    first = day_start(chosen[0], zone)
    if start is not None:
        first = max(first, start)
    end = day_start(chosen[-1] + timedelta(days=1), zone) - timedelta(seconds=1)
    items, _ = await _plays(session, api, first, end, DAY_MAX_PAGES, kind=kind)
    found = by_day(items, zone)
    return {day: found.get(day, 0) for day in chosen}


async def days_of_page(
    session: TraktSession,
    api: TraktAPI,
    page: Page[HistoryItem],
    zone: tzinfo,
    *,
    kind: HistoryKind | None = None,
    start: datetime | None = None,
) -> dict[date, int]:
    """Minutes watched on each day of a page of history (the "vision time" /history shows
    beside each day): its plays' runtimes; a day the page may cut in two (the first after
    page 1, the last when a page follows) is counted whole with one `day_minutes` request."""
    totals = by_day(page.items, zone)
    days = list(totals)  # in the order of the page, newest first
    cut = {days[0]} if days and page.page > 1 else set()
    if days and page.has_next:
        cut.add(days[-1])
    if cut:
        totals.update(await day_minutes(session, api, cut, zone, kind=kind, start=start))
    return totals


async def _plays(
    session: TraktSession,
    api: TraktAPI,
    start: datetime,
    end: datetime | None,
    max_pages: int,
    *,
    kind: HistoryKind | None = None,
) -> tuple[list[HistoryItem], bool]:
    """The plays between `start` and `end` (None: now), page by page until a short one; whether that
    was all of them (else `max_pages` pages were fetched and more remain)."""
    seen: dict[int, HistoryItem] = {}
    unnumbered: list[HistoryItem] = []
    for number in range(1, max_pages + 1):

        async def fetch(token: str, page: int = number) -> Page[HistoryItem]:
            return await api.history(
                token, kind=kind, start_at=start, end_at=end, page=page, limit=PAGE_LIMIT
            )

        page = await session.call(fetch)
        for item in page.items:  # a play added meanwhile shifts pages: count each once
            if item.id is None:
                unnumbered.append(item)
            else:
                seen.setdefault(item.id, item)
        if not page.has_next:
            return [*seen.values(), *unnumbered], True
    return [*seen.values(), *unnumbered], False
