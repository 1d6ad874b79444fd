"""/stats in words and in a picture: the caption of numbers and the chart of the year.

Numbers, month names and dates come from the person's `Translator`: their language's
digits (Persian ۰۱۲…) and calendar (Persian: Solar Hijri months, `bot.dates`).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.i18n import FSI, PDI, Html, Translator
from bot.render.chart import AMBER, TRAKT_RED, Bars, Chart
from bot.render.durations import duration
from bot.trakt.models_stats import RATINGS, UserStats
from bot.watch_time import Year

MINUTES_A_DAY = 24 * 60


def caption(tr: Translator, stats: UserStats) -> Html:
    """The person's numbers, one line each, under the chart."""
    movies, episodes = stats.movies, stats.episodes
    lines = [
        tr.html("stats-header"),
        "",
        tr.html(
            "stats-movies",
            count=movies.watched,
            plays=movies.plays,
            time=duration(tr, movies.minutes),
        ),
        tr.html("stats-shows", count=stats.shows.watched),
        tr.html(
            "stats-episodes",
            count=episodes.watched,
            plays=episodes.plays,
            time=duration(tr, episodes.minutes),
        ),
        _total(tr, stats.minutes),
        _ratings(tr, stats),
        "",
        tr.html("stats-chart-caption"),
    ]
    return Html("\n".join(lines))


def _total(tr: Translator, minutes: int) -> Html:
    days = round(minutes / MINUTES_A_DAY)
    if days < 1:
        return tr.html("stats-total", time=duration(tr, minutes))
    return tr.html("stats-total-days", time=duration(tr, minutes), count=days)


def _ratings(tr: Translator, stats: UserStats) -> Html:
    average = stats.average_rating
    if not stats.ratings_total or average is None:
        return tr.html("stats-ratings-none")
    return tr.html("stats-ratings", count=stats.ratings_total, average=_average(tr, average))


def chart(tr: Translator, stats: UserStats, year: Year) -> Chart:
    """The picture: hours watched per month over the year, then the spread of ratings."""
    return Chart(
        title=_shown(tr, tr.plain("stats-chart-title")),
        subtitle=_shown(tr, tr.plain("stats-chart-subtitle", time=duration(tr, year.minutes))),
        panels=(_months(tr, year), _spread(tr, stats)),
        rtl=tr.rtl,
        language=tr.language,
        note=_shown(tr, tr.plain("stats-chart-since", date=tr.date(year.since)))
        if year.since
        else "",
    )


def _months(tr: Translator, year: Year) -> Bars:
    starts = [start for start, _ in year.months]
    years = [tr.style.year(start) for start in starts]
    hours = [minutes / 60 for _, minutes in year.months]
    return Bars(
        heading=_shown(tr, tr.plain("stats-chart-hours")),
        values=hours,
        labels=[tr.style.month_name(start) for start in starts],
        sublabels=[
            _shown(tr, str(years[n])) if n == 0 or years[n] != years[n - 1] else ""
            for n in range(len(starts))
        ],
        above=[_shown(tr, _hours(tr, value)) if value > 0 else "" for value in hours],
        color=TRAKT_RED,
        empty=_shown(tr, tr.plain("stats-chart-hours-empty")),
        height=300,
    )


def _spread(tr: Translator, stats: UserStats) -> Bars:
    average = stats.average_rating
    heading = (
        tr.plain("stats-chart-ratings-average", average=_average(tr, average))
        if average is not None
        else tr.plain("stats-chart-ratings")
    )
    counts: Sequence[int] = stats.distribution
    return Bars(
        heading=_shown(tr, heading),
        values=[float(count) for count in counts],
        labels=[_shown(tr, str(n)) for n in RATINGS],
        above=[_shown(tr, tr.number(count)) if count else "" for count in counts],
        color=AMBER,
        empty=_shown(tr, tr.plain("stats-chart-ratings-empty")),
        height=180,
    )


def _hours(tr: Translator, hours: float) -> str:
    """`2.5` under ten hours, `37` from ten up."""
    return tr.number(hours, "#,##0.#" if hours < 10 else "#,##0")


def _average(tr: Translator, average: float) -> str:
    return tr.number(average, "0.0")


def _shown(tr: Translator, text: str) -> str:
    """A message for the picture: the locale's digits, and without Fluent's isolation marks
    (the picture lays out each string as one paragraph; a renderer without bidi would draw
    the marks)."""
    return tr.digits(text.replace(FSI, "").replace(PDI, ""))
