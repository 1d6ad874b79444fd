"""A native speakers' review of the console demo: language names as a sentence writes them,
no two filter buttons alike, day headings with the day's full name, time zones named in the
reader's language, a day inside a sentence, watchlist buttons that cannot be taken for
📋 Lists, no middle dot beside Persian digits, and chart labels that never touch."""

from __future__ import annotations

import re
from datetime import date

import pytest

from bot.features.calendar import day_heading
from bot.features.notify.settings import ZONES, _zones, zone_city
from bot.features.up_next import aired
from bot.i18n import FSI, PDI, html_to_plain, shared_i18n
from bot.render import chart as drawing
from bot.render.chart import Bars, Chart, render_png
from bot.store import NotifySettings
from bot.testkit.harness import Harness
from tests.helpers import link_account

I18N = shared_i18n()
LANGUAGES = I18N.languages
TODAY = date(2026, 12, 5)  # a Saturday


def _plain(text: str) -> str:
    return html_to_plain(text).replace(FSI, "").replace(PDI, "")


# --- the language's name -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "sentence", "label"),
    [
        ("fr", "Je vous parle en français.", "Langue : français"),
        ("uk", "Мова спілкування: українська.", "Мова: українська"),
        ("ru", "Язык бота: русский.", "Язык: русский"),
        ("es", "Te hablo en español.", "Idioma: español"),
        ("de", "Ich spreche Deutsch mit dir.", "Sprache: Deutsch"),
        ("tr", "Şu anki dil: Türkçe.", "Dil: Türkçe"),
    ],
)
async def test_the_language_is_named_as_a_sentence_names_it(
    bot: Harness, language: str, sentence: str, label: str
) -> None:
    tr = I18N.translator(language)
    reader = bot.chat(user_id=3100, first_name="Reader", language_code=language)
    await link_account(bot, reader.user.id)
    await reader.say("/language")
    await reader.press(tr.plain("language-name"))  # the button: the name standing alone
    await reader.say("/language")
    assert sentence in reader.text()
    await reader.say("/start")
    await reader.press(tr.plain("home-settings"))
    assert label in reader.text().splitlines()


# --- filters -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_history_filters_have_no_two_buttons_alike(language: str) -> None:
    tr = I18N.translator(language)
    kinds = [tr.plain(f"history-kind-{code}") for code in "asm"]
    periods = [tr.plain(f"history-period-button-{code}") for code in "awmy"]
    assert len(set(kinds + periods)) == len(kinds + periods), language


def test_french_all_time_is_not_all() -> None:
    fr = I18N.translator("fr")
    assert fr.plain("history-period-button-a") == "Depuis toujours"
    assert fr.plain("discover-period-all") == "Depuis toujours"


# --- days ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "today", "other"),
    [
        ("en", "Today · Saturday, December 5", "Tuesday, December 8"),
        ("fr", "Aujourd’hui · samedi 5 décembre", "Mardi 8 décembre"),
        ("uk", "Сьогодні · субота, 5 грудня", "Вівторок, 8 грудня"),
        ("ru", "Сегодня · суббота, 5 декабря", "Вторник, 8 декабря"),
        ("es", "Hoy · sábado, 5 de diciembre", "Martes, 8 de diciembre"),
        ("de", "Heute · Samstag, 5. Dezember", "Dienstag, 8. Dezember"),
        ("tr", "Bugün · 5 Aralık Cumartesi", "8 Aralık Salı"),
    ],
)
def test_calendar_days_have_their_full_name(language: str, today: str, other: str) -> None:
    tr = I18N.translator(language)
    assert _plain(day_heading(tr, TODAY, TODAY)) == today
    assert _plain(day_heading(tr, date(2026, 12, 8), TODAY)) == other


def test_a_skeleton_widens_names_but_never_turns_numbers_into_names() -> None:
    from bot.dates import widened

    assert widened("E d MMMM", "MMMMEEEEd") == "EEEE d MMMM"
    assert widened("ccc, d MMMM y 'г'.", "yMMMMEEEEd") == "cccc, d MMMM y 'г'."
    assert widened("d.M.", "MMMMEEEEd") == "d.M."  # a number stays a number
    assert widened("E, MMM d", "MMMEd") == "E, MMM d"  # nothing wider asked


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("tr", "18 Mart 2022 Cuma günü yayınlandı"),
        ("en", "aired Friday, March 18, 2022"),
        ("fr", "diffusé le vendredi 18 mars 2022"),
        ("ru", "вышла 18 марта 2022\u202fг."),  # a narrow no-break space, as CLDR writes it
        ("uk", "вийшла 18 березня 2022\u202fр."),
        ("pt-BR", "exibido em 18 de março de 2022"),
    ],
)
def test_a_day_inside_a_sentence_is_written_out(language: str, expected: str) -> None:
    assert aired(I18N.translator(language), date(2022, 3, 18), TODAY) == expected


# --- time zones ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "cities"),
    [
        ("uk", ["Київ", "Варшава", "Берлін"]),
        ("fa", ["تهران", "کابل", "دبی", "برلین"]),
        ("fr", ["Paris", "Bruxelles", "Zurich", "Toronto", "Casablanca"]),
        ("tr", ["İstanbul", "Berlin"]),
    ],
)
def test_time_zones_are_named_in_the_readers_language(language: str, cities: list[str]) -> None:
    tr = I18N.translator(language)
    rows = _zones(tr, NotifySettings(user_id=1), 1)
    labels = [button.text for row in rows[:-1] for button in row][1:]  # after "from Trakt"
    assert labels == cities
    assert len(cities) == len(ZONES[language])


def test_a_zone_unknown_to_cldr_keeps_its_own_city() -> None:
    assert zone_city(I18N.translator("fr"), "Nowhere/Saint_Elsewhere") == "Saint Elsewhere"


# --- watchlist buttons ---------------------------------------------------------------------


@pytest.mark.parametrize("language", ["tr", "uk", "ru", "pt-BR", "fa"])
def test_watchlist_buttons_name_the_watchlist_not_a_list(language: str) -> None:
    tr = I18N.translator(language)
    words = {
        "tr": "İzleme liste",
        "uk": "списку перегляду",
        "ru": "Буду смотреть",
        "pt-BR": "Para assistir",
        "fa": "فهرست تماشا",
    }[language]
    for key in ("action-wl", "action-wl-done", "action-unwl"):
        label = tr.plain(key)
        assert words in label, (key, label)
        assert len(label) <= 26, label


def test_turkish_review() -> None:
    tr = I18N.translator("tr")
    assert tr.plain("action-wl") == "➕ İzleme listeme ekle"
    assert tr.plain("stats-chart-title") == "Trakt'ta senin yılın"
    line = tr.plain("episodes-when-line", when=tr.plain("episodes-when-inline-now"))
    assert line == "👁 izleme zamanı: şimdi"


# --- Persian: no middle dot beside its digits ----------------------------------------------


def test_persian_review() -> None:
    fa = I18N.translator("fa")
    assert _plain(fa.plain("notify-button-when", when="x")) == "⏱ زمان: x"
    assert fa.plain("episodes-remove") == "🗑 حذف یک بار تماشا"
    assert fa.plain("history-remove-mode") == "🗑 حذف یک بار تماشا"
    assert fa.plain("notify-quiet-none") == "ندارد"
    assert _plain(fa.plain("stats-chart-ratings-average", average="۹٫۲")) == (
        "امتیازهای شما، میانگین ۹٫۲"
    )
    assert fa.dot == "، " and I18N.translator("en").dot == " · "


def test_no_persian_message_puts_a_middle_dot_beside_a_number() -> None:
    fa = I18N.translator("fa")
    messages = fa.i18n.bundle("fa")._messages
    beside = re.compile(r"[۰-۹] · | · [۰-۹]")
    for key in messages:
        text = _plain(
            fa.plain(
                key,
                count=3,
                number=3,
                page=1,
                pages=2,
                plays=4,
                time="۲ ساعت",
                minutes=5,
                hours=2,
                limit=3,
                completed=1,
                aired=2,
                rating=8,
                average="۷٫۴",
                date="۳ آذر",
                dates="۱۳ تا ۱۹ آذر",
                size="۳",
                day="شنبه ۱۴ آذر",
                zone="Asia/Tehran",
                show="Dark",
                title="Dark",
                progress="۳/۱۰",
                episode="S01E02",
                kind="فیلم",
                period="",
            )
        )
        assert not beside.search(text), (key, text)


# --- the chart -----------------------------------------------------------------------------


def test_chart_labels_keep_a_gap_between_them(monkeypatch: pytest.MonkeyPatch) -> None:
    widths: list[tuple[float, float]] = []  # (drawn width, the slot's width)
    fit = drawing._Painter._fit
    labels = ["فروردین", "اردیبهشت", "خرداد", "تیر"] * 3

    def spy(self: drawing._Painter, text: str, size: int, bold: bool, width: float | None):  # type: ignore[no-untyped-def]
        shown, font = fit(self, text, size, bold, width)
        if text in labels:
            widths.append((self._length(shown, font), (drawing.WIDTH - 2 * drawing.PAD) / 12))
        return shown, font

    monkeypatch.setattr(drawing._Painter, "_fit", spy)
    panel = Bars("h", [1.0] * 12, labels, [""] * 12, drawing.TRAKT_RED, "")
    render_png(Chart("t", "s", [panel], rtl=True, language="fa"))
    assert len(widths) >= 12  # each label sized for the row, then drawn
    assert all(width <= slot * 0.9 for width, slot in widths)
