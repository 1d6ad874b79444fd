"""Text quality: Persian digits, lists and Solar Hijri dates (`bot.dates`), one Russian term
per concept, and a cast line that names an actor by the character, not by crew work."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.demo import DemoTrakt
from bot.i18n import FSI, PDI, I18n, escape, shared_i18n
from bot.render import people
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from bot.trakt import Ids, Person, Role, TitlePeople
from tests.helpers import link_account, view_rows

I18N = shared_i18n()
FA, EN, RU, DE = (I18N.translator(lang) for lang in ("fa", "en", "ru", "de"))
NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)  # a Friday: 13 Azar 1405
LATIN = re.compile(r"[0-9]")


def _plain(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "").replace("\u200f", "")


# --- Persian numbers and dates, unit by unit -----------------------------------------------


def test_persian_numbers_have_persian_digits_and_signs() -> None:
    assert FA.number(1234.5) == "۱٬۲۳۴٫۵"
    assert FA.number(8.6, format="0.0") == "۸٫۶"
    assert FA.digits("S01E02 (2008)") == "S۰۱E۰۲ (۲۰۰۸)"  # callers choose what to pass
    assert _plain(FA.plain("watching-now", count=1234)) == "۱٬۲۳۴ نفر در حال تماشا"
    # every other language keeps Latin digits and its own signs
    assert EN.number(1234.5) == "1,234.5" and DE.number(1234.5) == "1.234,5"
    assert EN.digits("2008") == "2008"


def test_persian_dates_are_solar_hijri() -> None:
    assert FA.date(date(2026, 11, 24)) == "۳ آذر ۱۴۰۵"
    assert FA.date(date(2026, 3, 21)) == "۱ فروردین ۱۴۰۵"  # Nowruz
    assert FA.day(date(2026, 11, 24), today=date(2026, 12, 4)) == "سه‌شنبه ۳ آذر"
    # 1 January 2026 is still 1404 (Dey): another Solar Hijri year, so the year shows
    assert FA.day(date(2026, 1, 1), today=date(2026, 12, 4)) == "پنجشنبه ۱۱ دی ۱۴۰۴"
    # and 4 January 2027 is still 1405: the same year, no year (Gregorian would add it)
    assert FA.day(date(2027, 1, 4), today=date(2026, 12, 4)) == "دوشنبه ۱۴ دی"
    assert EN.day(date(2027, 1, 4), today=date(2026, 12, 4)) == "Mon, Jan 4, 2027"


def test_persian_ranges_times_and_moments() -> None:
    assert FA.days(date(2026, 12, 4), date(2026, 12, 10), today=date(2026, 12, 4)) == (
        "۱۳ تا ۱۹ آذر"
    )
    # a week across two Solar Hijri months names both
    assert FA.days(date(2026, 11, 18), date(2026, 11, 24), today=date(2026, 12, 4)) == (
        "۲۷ آبان تا ۳ آذر"
    )
    assert FA.time(datetime(2026, 12, 4, 20, 30)) == "۲۰:۳۰"
    moment = datetime(2026, 12, 4, 20, 30, tzinfo=UTC)
    assert _plain(FA.datetime(moment, "short")) == "۱۴۰۵/۹/۱۳، ۲۰:۳۰"
    assert FA.series(["الف", "ب", "ج"]) == "الف،\u200f ب،\u200f ج"  # CLDR's Persian comma
    assert EN.series(["A", "B", "C"]) == "A, B, C" and RU.series([]) == ""
    assert EN.days(date(2026, 12, 4), date(2026, 12, 10), today=date(2026, 12, 4)) == (
        "Dec 4\u2009–\u200910"
    )


def test_fluent_number_function_keeps_persian_digits(tmp_path: Path) -> None:
    """`NUMBER($n, ...)` in a Persian message writes Persian digits too, and plural
    selection still sees the number."""
    for lang, text in {
        "en": "n = { $n }\n",
        "fa": (
            "n = { NUMBER($n, minimumFractionDigits: 1) } · { $n ->\n"
            "    [one] یک\n   *[other] چند\n}\n"
        ),
    }.items():
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "bot.ftl").write_text(text, encoding="utf-8")
    i18n = I18n(tmp_path)
    assert _plain(i18n.format("fa", "n", {"n": 3})) == "۳٫۰ · چند"
    assert _plain(i18n.format("fa", "n", {"n": 1})) == "۱٫۰ · یک"
    assert i18n.format("en", "n", {"n": 1234}) == "1,234"


# --- Persian in the chat -------------------------------------------------------------------


@pytest.fixture
def demo() -> DemoTrakt:
    """The demo Trakt on a fixed clock (Friday 2026-12-04 12:00 UTC)."""
    return DemoTrakt(clock=NOW.timestamp, approve_after=None, device_interval=1)


@pytest.fixture
async def sara(bot: Harness) -> ChatDriver:
    """Sara, Persian Telegram, linked to the demo user, on the demo's clock."""
    bot.services.accounts.clock = NOW.timestamp
    chat = bot.chat(user_id=1003, first_name="Sara", language_code="fa")
    await link_account(bot, chat.user.id)
    return chat


def _numbered(text: str) -> list[str]:
    return [line for line in _plain(text).splitlines() if re.match(r"\d+\. ", line)]


def _unnumbered(text: str) -> str:
    """The text without the S01E02 codes and links, which stay Latin on purpose: what is
    left must have no Latin digit (the item numbers too are Persian: "۱. ")."""
    text = _plain(text)
    text = re.sub(r"S\d+E\d+(–E?\d+|–S\d+E\d+)?", "", text)
    return re.sub(r"https?://\S+", "", text)


async def test_persian_calendar_days_and_times(sara: ChatDriver) -> None:
    await sara.say("/calendar")
    text = _plain(sara.text())
    assert text.startswith("📅 تقویم شما، ۱۳ تا ۱۹ آذر\n\nامروز، جمعه ۱۳ آذر\n")
    assert "۱. ۲:۰۰، Shōgun، S02E01، Open Water" in text  # the code stays Latin
    assert "۲. ۱۲:۰۳، Night Signal، S01E01–E03، ۳ قسمت" in text
    assert "۴. 🎬 The Odyssey (۲۰۲۶)" in text
    assert not LATIN.search(_unnumbered(sara.text()))
    labels = [b.label for row in view_rows(sara) for b in row]  # without ☰ Menu
    assert labels[:2] == ["۱", "۲"]  # the number buttons match the list's numbers
    assert _plain(labels[-2]) == "◀ ۶ آذر" and _plain(labels[-1]) == "۲۰ آذر ▶"


async def test_persian_history_days_and_watch_time(sara: ChatDriver) -> None:
    await sara.say("/history")
    text = _plain(sara.text())
    assert "دیروز، ۵۰ دقیقه" in text
    assert "چهارشنبه ۱۱ آذر، ۱ ساعت و ۴۰ دقیقه" in text
    assert "شنبه ۲۳ آبان، ۴۷ دقیقه" in text
    assert "۶. Inception (۲۰۱۰)" in text
    assert not LATIN.search(_unnumbered(sara.text()))
    assert _plain([b.label for row in view_rows(sara) for b in row][-2]) == "۱ / ۳"


async def test_persian_next_counts_and_days(sara: ChatDriver) -> None:
    await sara.say("/next")
    text = _plain(sara.text())
    assert text.startswith("▶️ قسمت‌های بعدی، ۴ سریال در حال تماشا")
    assert "پخش‌شده در سه‌شنبه ۱ بهمن ۱۳۸۷، ۷ از ۶۲" in text  # 20 Jan 2009
    assert not LATIN.search(_unnumbered(sara.text()))
    assert _plain(sara.buttons()[0][0].label) == "✅ ۱"  # item buttons as the list numbers


async def test_persian_card_year_rating_genres(sara: ChatDriver) -> None:
    await sara.say("/search breaking bad")
    await sara.press("۱")
    text = _plain(sara.text())
    assert text.startswith("📺 Breaking Bad (۲۰۰۸)\n★ ۹٫۲، درام، جنایی، هیجانی\n")
    assert "۴۷ دقیقه" in text and "اولین پخش: ۱ بهمن ۱۳۸۶" in text
    assert "مشابه: The Wire، Mr. Robot، " in text  # related titles: the Persian comma too
    assert ", " not in text.split("\n\n")[0]


# --- Russian: one term per concept ---------------------------------------------------------

WATCHLIST = "Буду смотреть"
WATCHLIST_KEYS = (
    "watchlist-header-a",
    "me-limit-watchlist",
    "action-wl",
    "action-wl-done",
    "action-unwl",
    "action-wl-toast",
    "action-unwl-toast",
    "inline-mark-watchlist",
    "recommend-in-watchlist",
    "party-wanted-by",
    "error-trakt-account-limit",
    "calendar-empty-a",
    "notify-scope-followed",
)


@pytest.mark.parametrize("key", WATCHLIST_KEYS)
def test_russian_names_the_watchlist_one_way(key: str) -> None:
    assert WATCHLIST in RU.plain(key, count=3, names="Ann", limit=3), key


def test_russian_has_no_second_name_for_the_watchlist_or_gendered_buttons() -> None:
    folder = Path(__file__).resolve().parent.parent / "locales" / "ru"
    text = "\n".join(
        line
        for path in sorted(folder.glob("*.ftl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    )
    for stale in ("к просмотру", "Смотрел(а)", "Посмотрел ", "в личке", "эпизод", "check-in"):
        assert stale not in text, stale
    assert "Я приношу" not in RU.plain("start-welcome", name="Борис")


async def test_russian_watchlist_reads_the_same_in_me_and_lists(
    bot: Harness, boris: ChatDriver
) -> None:
    await boris.say("/me")
    assert f"• «{WATCHLIST}»: до 100 названий" in boris.text()
    await boris.say("/watchlist")
    assert boris.text().startswith(f"📌 {WATCHLIST} · 8 названий")


# --- the cast line --------------------------------------------------------------------------


async def test_an_actor_is_named_by_the_character_not_by_production(ann: ChatDriver) -> None:
    """Bryan Cranston also produced Breaking Bad (the demo lists it, as Trakt does): his
    line says whom he plays, not "Production"."""
    await ann.say("/search breaking bad")
    await ann.press("1")
    await ann.press("👥 Cast and crew")
    text = ann.text()
    assert "1. Bryan Cranston · as Walter White · 62 episodes" in text
    assert "Production" not in text


def _role(person: Person, department: str, *roles: str) -> Role:
    return Role(person=person, department=department, roles=roles)


def test_who_leads_keeps_the_lead_beside_the_character() -> None:
    """An actor who also directs the film proper keeps "Directing"; producing, writing or
    assisting does not show beside a character; a crew member keeps every department."""
    star = Person(name="Clint", ids=Ids(trakt=1))
    crew = Person(name="Pat", ids=Ids(trakt=2))
    cast = (_role(star, "acting", "Walt"),)
    jobs = (
        _role(star, "directing", "Director"),
        _role(star, "production", "Producer"),
        _role(star, "writing", "Screenplay"),
        _role(crew, "production", "Producer"),
        _role(crew, "sound", "Composer"),
    )
    found = people.key_people(TitlePeople(cast=cast, crew=jobs))
    text = people.cast_list(EN, escape("Gran Torino"), found, "https://trakt.tv/x")
    assert "1. <b>Clint</b> · Directing · as Walt" in text
    assert "2. <b>Pat</b> · Production and Sound" in text
    assistant = (_role(star, "directing", "Assistant Director"),)
    found = people.key_people(TitlePeople(cast=cast, crew=assistant))
    text = people.cast_list(EN, escape("X"), found, "https://trakt.tv/x")
    assert "1. <b>Clint</b> · as Walt" in text
