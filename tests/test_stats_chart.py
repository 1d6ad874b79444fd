"""The /stats picture and its numbers: drawing (fonts, shaping, right to left), the words
in it, watch time per month and per day, and the stats model."""

from __future__ import annotations

import fnmatch
import io
import time
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from babel.dates import get_month_names
from PIL import Image, ImageFont

from bot.i18n import shared_i18n
from bot.render import chart as drawing
from bot.render.chart import AMBER, RAQM, TRAKT_RED, font_path, render_png, visual
from bot.render.durations import duration
from bot.render.stats import caption, chart
from bot.trakt.models import Episode, Ids, Movie, Show
from bot.trakt.models_lists import HistoryItem, Page
from bot.trakt.models_stats import UserStats
from bot.watch_time import (
    MAX_PAGES,
    Year,
    by_day,
    by_month,
    days_of_page,
    month_starts,
    runtime,
    year,
)

I18N = shared_i18n()
REPO = Path(__file__).resolve().parents[1]
STATS = UserStats.from_json(
    {
        "movies": {"plays": 170, "watched": 152, "minutes": 17340, "ratings": 40},
        "shows": {"watched": 48, "ratings": 12},
        "episodes": {"plays": 2400, "watched": 2310, "minutes": 92400, "ratings": 30},
        "ratings": {
            "total": 82,
            "distribution": {str(n): c for n, c in enumerate([1, 0, 2, 3, 5, 9, 18, 22, 14, 8], 1)},
        },
    }
)
STARTS = month_starts(date(2026, 12, 4))
YEAR = Year(
    tuple(
        zip(STARTS, [1260, 2400, 0, 3130, 5400, 4420, 3000, 90, 7320, 6240, 4800, 660], strict=True)
    ),
    plays=612,
)


def _image(png: bytes) -> Image.Image:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    image = Image.open(io.BytesIO(png))
    image.load()
    return image


def _pixels_of(image: Image.Image, colour: tuple[int, int, int]) -> list[tuple[int, int]]:
    raw, width = image.convert("RGB").tobytes(), image.width
    wanted = bytes(colour)
    return [
        (n % width, n // width) for n in range(len(raw) // 3) if raw[3 * n : 3 * n + 3] == wanted
    ]


# --- the picture ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ru", "fa"])
def test_the_chart_is_a_small_png_with_both_panels(language: str) -> None:
    tr = I18N.translator(language)
    started = time.perf_counter()
    png = render_png(chart(tr, STATS, YEAR))
    took = time.perf_counter() - started
    image = _image(png)
    assert image.format == "PNG" and image.width == 1080 and 900 < image.height < 1100
    assert len(png) < 200_000
    assert len(_pixels_of(image, TRAKT_RED)) > 10_000  # eleven months of bars
    assert len(_pixels_of(image, AMBER)) > 5_000  # nine ratings of bars
    assert took < 2.0  # ~20-60 ms on an idle machine; generous for a shared one


def _bars_side(language: str) -> str:
    """Where the only bar (the oldest month's) is drawn: "left" or "right"."""
    months = tuple((start, 600 if n == 0 else 0) for n, start in enumerate(STARTS))
    png = render_png(chart(I18N.translator(language), STATS, Year(months, plays=1)))
    red = _pixels_of(_image(png), TRAKT_RED)
    middle = sum(x for x, _ in red) / len(red)
    return "left" if middle < 540 else "right"


def test_right_to_left_mirrors_the_chart() -> None:
    """Months run in reading order: the oldest at the left in Russian, at the right in Persian."""
    assert _bars_side("ru") == "left"
    assert _bars_side("fa") == "right"


@pytest.mark.parametrize("raqm", [True, False])
def test_persian_draws_with_either_shaping(raqm: bool) -> None:
    if raqm and not RAQM:
        pytest.skip("Pillow has no libraqm here")
    png = render_png(chart(I18N.translator("fa"), STATS, YEAR), raqm=raqm)
    assert len(_pixels_of(_image(png), TRAKT_RED)) > 10_000


def test_the_fallback_joins_persian_letters_and_orders_them_for_display() -> None:
    shown = visual("ساعت ۱۲", rtl=True)
    assert "ﺳ" in shown and "س" not in shown  # SEEN in its initial form: letters joined
    assert shown.startswith("۱۲ ") and shown.endswith("ﺳ")  # left to right as drawn
    assert visual("Jan", rtl=False) == "Jan"


def test_an_empty_year_says_so_instead_of_bars() -> None:
    nothing = UserStats.from_json({})
    empty = Year(tuple((start, 0) for start in STARTS), plays=0)
    image = _image(render_png(chart(I18N.translator("en"), nothing, empty)))
    assert not _pixels_of(image, TRAKT_RED) and not _pixels_of(image, AMBER)
    colours = image.convert("RGB").getcolors(1 << 16) or []
    assert any(colour == drawing.MUTED for _, colour in colours)  # "Nothing watched …"


def test_the_font_covers_every_language_of_the_chart() -> None:
    """Every letter the chart can draw (its messages and month names in every locale, and
    Persian digits) has a glyph in the shipped font: none falls back to the empty box."""
    font = ImageFont.truetype(str(font_path()), 24, layout_engine=ImageFont.Layout.BASIC)
    missing_box = bytes(font.getmask("\ue000"))
    letters: set[str] = set("۰۱۲۳۴۵۶۷۸۹٬٫·–")
    for language in I18N.languages:
        tr = I18N.translator(language)
        built = chart(tr, STATS, YEAR)
        texts = [built.title, built.subtitle, built.note]
        for panel in built.panels:
            texts += [panel.heading, panel.empty, *panel.labels, *panel.sublabels, *panel.above]
        texts += [tr.plain(key) for key in ("stats-chart-hours-empty", "stats-chart-ratings-empty")]
        texts += get_month_names("wide", "stand-alone", locale=tr.locale).values()
        letters.update("".join(texts))
    bare = {c for c in letters if not c.isspace() and c not in "\u200c\u200f\u2068\u2069"}
    lacking = sorted(c for c in bare if bytes(font.getmask(c)) == missing_box)
    assert not lacking, f"the chart font lacks {lacking}"


def test_the_fonts_and_their_licence_ship_in_the_package() -> None:
    setuptools = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    patterns = setuptools["package-data"]["bot.render"]
    shipped = sorted((REPO / "bot" / "render" / "fonts").iterdir())
    assert {p.name for p in shipped} == {"ChartSans-Regular.ttf", "ChartSans-Bold.ttf", "OFL.txt"}
    for path in shipped:
        assert any(fnmatch.fnmatch(f"fonts/{path.name}", pattern) for pattern in patterns)
    assert "SIL Open Font License" in (REPO / "bot" / "render" / "fonts" / "OFL.txt").read_text()
    assert sum(p.stat().st_size for p in shipped) < 600_000  # subset: not the 2.9 MB originals
    assert font_path(bold=True).is_file()


# --- the words in it -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "january", "digits"),
    [
        ("en", "Jan", "2026"),
        ("ru", "янв.", "2026"),
        ("de", "Jan", "2026"),
    ],
)
def test_month_names_and_digits_are_the_languages_own(
    language: str, january: str, digits: str
) -> None:
    months, _ = chart(I18N.translator(language), STATS, YEAR).panels
    assert months.labels[0] == january and months.sublabels[0] == digits
    assert months.labels == [
        get_month_names("abbreviated", "stand-alone", locale=I18N.translator(language).locale)[
            start.month
        ]
        for start in STARTS
    ]


def test_persian_months_are_solar_hijri() -> None:
    """Persian readers get the Solar Hijri months (Dey 1404 … Azar 1405 up to Dec 4, 2026),
    each month's year under its first bar and under Farvardin, in Persian digits."""
    fa = I18N.translator("fa")
    starts = month_starts(date(2026, 12, 4), month_start=fa.style.month_start)
    assert starts[0] == date(2025, 12, 22) and starts[3] == date(2026, 3, 21)  # 1 Farvardin
    assert starts[-1] == date(2026, 11, 22) and len(starts) == 12
    year = Year(tuple((start, 600) for start in starts), plays=12)
    months, _ = chart(fa, STATS, year).panels
    assert months.labels[:4] == ["دی", "بهمن", "اسفند", "فروردین"] and months.labels[-1] == "آذر"
    assert months.sublabels[0] == "۱۴۰۴" and months.sublabels[3] == "۱۴۰۵"
    assert [bool(label) for label in months.sublabels].count(True) == 2


def test_persian_numbers_use_persian_digits() -> None:
    fa, ru = I18N.translator("fa"), I18N.translator("ru")
    assert fa.number(1234.5) == "۱٬۲۳۴٫۵" and fa.digits("h. 7") == "h. ۷"
    assert ru.number(1234.5) == "1\xa0234,5" and ru.digits("1 234,5") == "1 234,5"
    months, ratings = chart(fa, STATS, YEAR).panels
    assert months.above[0] == "۲۱" and months.above[7] == "۱٫۵"
    assert ratings.labels[-1] == "۱۰" and "۷٫۴" in ratings.heading
    assert "\u2068" not in ratings.heading  # no isolation marks drawn into the picture


def test_a_cut_year_says_from_when_it_counts() -> None:
    cut = Year(YEAR.months, plays=2000, since=datetime(2026, 3, 3, tzinfo=UTC))
    note = chart(I18N.translator("en"), STATS, cut).note
    assert note.startswith("Counted from Mar 3, 2026")
    assert chart(I18N.translator("en"), STATS, YEAR).note == ""


@pytest.mark.parametrize(
    ("language", "minutes", "expected"),
    [
        ("en", 45, "45 min"),
        ("en", 120, "2 h"),
        ("en", 135, "2 h 15 min"),
        ("en", 109_740, "1,829 h"),
        ("ru", 135, "2 ч 15 мин"),
        ("de", 135, "2 Std. 15 Min."),
        ("tr", 135, "2 sa 15 dk"),
        ("fa", 135, "\u2068۲\u2069 ساعت و \u2068۱۵\u2069 دقیقه"),
    ],
)
def test_durations_are_localized(language: str, minutes: int, expected: str) -> None:
    assert duration(I18N.translator(language), minutes) == expected


def test_the_caption_without_ratings_or_a_day_of_watching() -> None:
    few = UserStats.from_json({"movies": {"plays": 1, "watched": 1, "minutes": 95}})
    text = caption(I18N.translator("en"), few)
    assert "⏱ <b>Time watched</b>: 1 h 35 min\n" in text
    assert "⭐ <b>Ratings</b>: none given yet" in text


# --- the stats model -----------------------------------------------------------------------


def test_stats_parse_the_contract_shape() -> None:
    assert STATS.movies.watched == 152 and STATS.episodes.minutes == 92400
    assert STATS.minutes == 109_740 and STATS.ratings_total == 82
    assert STATS.distribution[7] == 22 and STATS.average_rating == pytest.approx(7.39, abs=0.01)
    floats = UserStats.from_json({"ratings": {"total": 3, "distribution": {"9": 2.0, "10": 1.0}}})
    assert floats.distribution[-2:] == (2, 1) and floats.average_rating == pytest.approx(9.33, 0.01)
    junk = UserStats.from_json({"movies": None, "ratings": {"distribution": {"5": "x"}}})
    assert junk.minutes == 0 and junk.average_rating is None and junk.ratings_total == 0


# --- watch time --------------------------------------------------------------------------------


def _play(
    at: datetime, minutes: int | None, *, show_minutes: int | None = None, n: int = 1
) -> HistoryItem:
    if show_minutes is None and minutes is not None and n % 2:
        media: Movie | Episode = Movie(title="M", year=2020, ids=Ids(trakt=n), runtime=minutes)
        return HistoryItem(n, at, "watch", "movie", media)
    episode = Episode(season=1, number=n, title="E", ids=Ids(trakt=n), runtime=minutes)
    show = Show(title="S", year=2020, ids=Ids(trakt=1), runtime=show_minutes)
    return HistoryItem(n, at, "watch", "episode", episode, show)


def test_a_play_lasts_its_runtime_else_its_shows() -> None:
    at = datetime(2026, 5, 1, tzinfo=UTC)
    assert runtime(_play(at, 120)) == 120
    assert runtime(_play(at, 50, n=2)) == 50
    assert runtime(_play(at, None, show_minutes=42, n=2)) == 42
    assert runtime(_play(at, None, n=2)) == 0


def test_months_and_days_are_the_persons_own() -> None:
    late = datetime(2026, 1, 31, 20, 0, tzinfo=UTC)  # already February 1 in Tokyo
    plays = [_play(late, 60), _play(late - timedelta(days=40), 30, n=3)]
    starts = month_starts(date(2026, 2, 10))
    assert starts[0] == date(2025, 3, 1) and starts[-1] == date(2026, 2, 1) and len(starts) == 12
    assert by_month(plays, UTC, starts)[-2:] == [60, 0]
    assert by_month(plays, ZoneInfo("Asia/Tokyo"), starts)[-2:] == [0, 60]
    assert by_day(plays, ZoneInfo("Asia/Tokyo")) == {date(2026, 2, 1): 60, date(2025, 12, 23): 30}


@dataclass
class _Session:
    """Stands in for `TraktSession`: runs the request with a token."""

    async def call(self, request: Any) -> Any:
        return await request("token")


class _History:
    """Stands in for `TraktAPI.history`: `total` plays of an hour, one an hour back from
    `now`, filtered by `start_at` and `end_at` and paged as Trakt pages them."""

    def __init__(self, total: int, now: datetime) -> None:
        self.plays = [_play(now - timedelta(hours=n + 1), 60, n=n + 1) for n in range(total)]
        self.asked: list[Mapping[str, Any]] = []

    async def history(self, token: str, **query: Any) -> Page[HistoryItem]:
        self.asked.append(query)
        start, end = query["start_at"], query["end_at"]
        found = [
            play
            for play in self.plays
            if play.watched_at
            and play.watched_at >= start
            and (end is None or play.watched_at <= end)
        ]
        page, limit = query["page"], query["limit"]
        return Page(tuple(found[(page - 1) * limit : page * limit]), page=page, limit=limit)


async def test_a_year_costs_one_request_per_250_plays_and_eight_at_most() -> None:
    now = datetime(2026, 12, 4, 12, tzinfo=UTC)
    small = _History(300, now)
    found = await year(_Session(), small, UTC, now)  # type: ignore[arg-type]
    assert len(small.asked) == 2 and found.plays == 300 and found.since is None
    assert found.minutes == 300 * 60
    assert small.asked[0]["start_at"] == datetime(2026, 1, 1, tzinfo=UTC)
    assert small.asked[0]["end_at"] is None  # up to now
    endless = _History(10_000, now)
    found = await year(_Session(), endless, UTC, now)  # type: ignore[arg-type]
    assert len(endless.asked) == MAX_PAGES and found.plays == MAX_PAGES * 250
    assert found.since == now - timedelta(hours=MAX_PAGES * 250)


async def test_a_page_of_history_asks_again_only_for_the_days_it_cuts() -> None:
    now = datetime(2026, 12, 4, 12, tzinfo=UTC)
    api = _History(30, now)  # 30 plays of an hour, one an hour: two days
    whole_page = Page(tuple(_play(now - timedelta(hours=n + 1), 60, n=n + 1) for n in range(3)))
    found = await days_of_page(_Session(), api, whole_page, UTC)  # type: ignore[arg-type]
    assert found == {date(2026, 12, 4): 180} and not api.asked
    cut = Page(whole_page.items, page=1, limit=3)  # full: another page follows
    found = await days_of_page(_Session(), api, cut, UTC)  # type: ignore[arg-type]
    assert found == {date(2026, 12, 4): 12 * 60} and len(api.asked) == 1  # 00:00 to 11:00
    assert api.asked[0]["start_at"] == datetime(2026, 12, 4, tzinfo=UTC)
    assert api.asked[0]["end_at"] == datetime(2026, 12, 4, 23, 59, 59, tzinfo=UTC)
