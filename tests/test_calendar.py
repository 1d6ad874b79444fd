"""/calendar: the person's week of episodes and movie releases, grouped by day in their
Trakt time zone (across DST changes too), premieres and finales marked, paged by week in
place; a number opens the episode's card or the movie's details.

The demo's clock (and the bot's) is fixed at Friday 2026-12-04 12:00 UTC: the demo user
(Europe/London) then sees Shōgun's new season air daily from today (premiere) to Thursday
(finale), פאודה's season 5 premiere on Monday and The Odyssey come out on Sunday.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.demo import DemoTrakt
from bot.i18n import html_to_plain, shared_i18n
from bot.kit.callback import MAX_BYTES, decode, encode
from bot.kit.codes import Action
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import FROZEN_NOW, link_account, view_rows

I18N = shared_i18n()
EN = I18N.translator("en")
NOW = datetime.fromtimestamp(FROZEN_NOW, UTC)  # a Friday, noon
SPACES = str.maketrans({"\u2009": " ", "\u202f": " "})
SHOGUN, FAUDA, ODYSSEY, THE_OFFICE = 157138, 100874, 1093511, 1391
DEMO_WEEK = [
    "Today · Friday, December 4",
    "1. 2:00 AM · Shōgun · S02E01 · Open Water · 🆕 season premiere",
    # the console demo's notification show: its three episodes drop together 3 min in
    "2. 12:03 PM · Night Signal · S01E01–E03 · 3 episodes · 🆕 series premiere · 🏁 season finale",
    "Tomorrow · Saturday, December 5",
    "3. 2:00 AM · Shōgun · S02E02 · Smoke and Mirrors",
    "Sunday, December 6",
    "4. 🎬 The Odyssey (2026)",
    "5. 2:00 AM · Shōgun · S02E03 · Homecoming",
    "Monday, December 7",
    "6. 2:00 AM · Shōgun · S02E04 · Loose Ends",
    "7. 8:00 PM · \u2068פאודה\u2069 · S05E01 · Signal and Noise · 🆕 season premiere",
    "Tuesday, December 8",
    "8. 2:00 AM · Shōgun · S02E05 · Blind Spot",
    "Wednesday, December 9",
    "9. 2:00 AM · Shōgun · S02E06 · The Return",
    "Thursday, December 10",
    "10. 2:00 AM · Shōgun · S02E07 · Aftershock · 🏁 season finale",
]


# The demo Trakt's clock and the bot's (today, in the person's zone) at NOW, so the week
# reads the same at any hour.
pytestmark = pytest.mark.frozen_clock


def _at(bot: Harness, moment: datetime) -> None:
    bot.services.accounts.clock = moment.timestamp


def _text(chat: ChatDriver) -> str:
    """The message's text with CLDR's thin and narrow spaces (`Dec 4 – 10`, `2:00 AM`) as
    plain ones."""
    return chat.text().translate(SPACES)


def _body(chat: ChatDriver) -> list[str]:
    """The day headings and numbered lines: the text between the header and the zone line."""
    lines = _text(chat).split("\n")
    return [line for line in lines[1:] if line and not line.startswith("Times in")]


def _labels(chat: ChatDriver) -> list[str]:
    return [b.label.translate(SPACES) for row in view_rows(chat) for b in row]


def _calendars(demo: DemoTrakt, kind: str = "shows") -> list[str]:
    return [r.path for r in demo.requests if r.path.startswith(f"/calendars/my/{kind}/")]


def _entry(
    show: tuple[int, str],
    season: int,
    number: int,
    aired: str,
    kind: str = "standard",
    title: str | None = "An Episode",
) -> dict[str, Any]:
    """One row of `/calendars/my/shows` in the contract's shape."""
    episode_id = show[0] * 1000 + season * 64 + number
    return {
        "first_aired": aired,
        "episode": {
            "season": season,
            "number": number,
            "title": title,
            "ids": {"trakt": episode_id},
            "episode_type": kind,
        },
        "show": {"title": show[1], "year": 2020, "ids": {"trakt": show[0], "slug": "x"}},
    }


def _answer(demo: DemoTrakt, rows: list[dict[str, Any]], times: int = 1) -> None:
    """The next `times` shows calendars Trakt sends are `rows`."""
    demo.fail("GET", "/calendars/my/shows/", 200, body=json.dumps(rows), times=times)


OFFICE = (THE_OFFICE, "The Office")


async def test_the_demo_users_week(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/calendar")
    text = _text(ann)
    assert text.startswith("📅 Your calendar · Dec 4 – 10\n\nToday · Friday, December 4\n")
    assert _body(ann) == DEMO_WEEK
    assert text.endswith("Times in Europe/London.")
    # the UTC days around the local week (the day before to the day after), and the week
    assert _calendars(demo) == ["/calendars/my/shows/2026-12-03/9"]
    assert _calendars(demo, "movies") == ["/calendars/my/movies/2026-12-04/7"]
    assert _labels(ann) == [
        *[str(n) for n in range(1, 11)],
        "✓ All",
        "📺 Shows",
        "🎬 Movies",
        "◀ Nov 27",
        "Dec 11 ▶",
    ]
    assert [b.label for b in ann.buttons()[-1]] == ["☰ Menu"]  # the way home
    for row in ann.buttons():
        for cell in row:
            assert cell.data is not None and len(cell.data.encode()) <= MAX_BYTES


async def test_a_number_opens_the_episode_card(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/calendar")
    listed = ann.last_reply.message_id
    opened = decode(next(b.data for b in ann.buttons()[0] if b.label == "1"))
    assert opened.action == Action.EPISODE_OPEN and opened.owner == ann.user.id
    premiere = demo.catalogue.season(SHOGUN, 2).episodes[0]["ids"]["trakt"]
    assert opened.ref(0).kind == "episode" and opened.ref(0).trakt_id == premiere
    await ann.press("1")
    assert ann.last_reply.message_id != listed  # the card comes below the calendar
    assert "Shōgun" in _text(ann) and "S02E01" in _text(ann) and "Open Water" in _text(ann)


async def test_movies_only_and_a_movie_opens_its_details(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/calendar movies")
    assert _text(ann).startswith("🎬 Your movie releases · Dec 4 – 10")
    assert _body(ann) == ["Sunday, December 6", "1. 🎬 The Odyssey (2026)"]
    assert _calendars(demo) == []  # no episodes asked for
    assert "✓ 🎬 Movies" in _labels(ann)
    opened = decode(next(b.data for b in ann.buttons()[0] if b.label == "1"))
    assert opened.action == Action.DETAILS_OPEN and opened.ref(0).trakt_id == ODYSSEY
    await ann.press("1")
    assert _text(ann).startswith("🎬 The Odyssey (2026)")


async def test_shows_only_and_the_filters_in_place(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/calendar shows")
    assert _text(ann).startswith("📺 Your episodes · Dec 4 – 10")
    assert "The Odyssey" not in _text(ann) and _calendars(demo, "movies") == []
    message = ann.last_reply.message_id
    await ann.press("All")
    assert ann.last_reply.message_id == message
    assert _body(ann) == DEMO_WEEK
    await ann.say("/calendar фильмы")  # any language's word
    assert _text(ann).startswith("🎬 Your movie releases")


async def test_paged_by_week_forward_and_back(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/calendar")
    message = ann.last_reply.message_id
    await ann.press("Dec 11 ▶")
    assert ann.last_reply.message_id == message  # in place
    assert _body(ann) == [  # פאודה's weekly episode; Shōgun's season is over
        "Monday, December 14",
        "1. 8:00 PM · \u2068פאודה\u2069 · S05E02 · Endgame",
    ]
    assert _text(ann).startswith("📅 Your calendar · Dec 11 – 17\n")
    assert _labels(ann)[-3:] == ["◀ Dec 4", "This week", "Dec 18 ▶"]
    await ann.press("◀ Dec 4")
    await ann.press("◀ Nov 27")  # the last seven days, then earlier weeks
    assert _text(ann).startswith("📅 Your calendar · Nov 27 – Dec 3")
    assert "Nothing on your calendar for these 7 days" in _text(ann)
    assert _labels(ann)[-3:] == ["◀ Nov 20", "This week", "Dec 4 ▶"]
    await ann.press("This week")
    assert _body(ann) == DEMO_WEEK
    # one request per week shown; coming back to one seen a moment ago costs nothing
    assert _calendars(demo) == [
        "/calendars/my/shows/2026-12-03/9",
        "/calendars/my/shows/2026-12-10/9",
        "/calendars/my/shows/2026-11-26/9",
    ]


async def test_yesterdays_premiere_is_a_week_back(bot: Harness, ann: ChatDriver) -> None:
    _at(bot, datetime(2026, 12, 5, 12, 0, tzinfo=UTC))  # a day later: Saturday
    await ann.say("/calendar shows")
    assert "S02E01" not in _text(ann) and _body(ann)[0] == "Today · Saturday, December 5"
    await ann.press("◀ Nov 28")
    body = _body(ann)
    assert "Yesterday · Friday, December 4" in body
    assert body[body.index("Yesterday · Friday, December 4") + 1].endswith("🆕 season premiere")


async def test_days_and_times_are_the_persons_own_across_a_dst_change(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    """New York leaves daylight saving time on Sunday 2026-11-01: a 21:00 show moves from
    01:00 to 02:00 UTC and still reads 9:00 PM; UTC dates are not New York's days."""
    _at(bot, datetime(2026, 10, 29, 12, 0, tzinfo=UTC))  # Thursday, 8:00 in New York
    bot.services.store.set_timezone(ann.user.id, "America/New_York")
    rows = [
        _entry(OFFICE, 4, 1, "2026-10-29T03:00:00.000Z", title="Late Wednesday"),
        _entry(OFFICE, 4, 2, "2026-10-30T01:00:00.000Z", title="Thursday Night"),
        _entry(OFFICE, 4, 3, "2026-11-02T02:00:00.000Z", title="After the Change"),
        _entry(OFFICE, 4, 4, "2026-11-05T04:30:00.000Z", title="Last Evening"),
        _entry(OFFICE, 4, 5, "2026-11-05T05:30:00.000Z", title="Too Late"),
    ]
    _answer(demo, rows, times=2)
    await ann.say("/calendar shows")
    assert _body(ann) == [
        "Today · Thursday, October 29",
        "1. 9:00 PM · The Office · S04E02 · Thursday Night",
        "Sunday, November 1",
        "2. 9:00 PM · The Office · S04E03 · After the Change",
        "Wednesday, November 4",
        "3. 11:30 PM · The Office · S04E04 · Last Evening",
    ]
    assert _text(ann).endswith("Times in America/New_York.")
    assert _calendars(demo) == ["/calendars/my/shows/2026-10-28/9"]
    await ann.press("◀ Oct 22")
    assert _body(ann) == [
        "Yesterday · Wednesday, October 28",
        "1. 11:00 PM · The Office · S04E01 · Late Wednesday",
    ]


async def test_days_in_tehran(bot: Harness, ann: ChatDriver, demo: DemoTrakt) -> None:
    """UTC+3:30: 21:00 UTC is already tomorrow there, 20:29 on the last day still counts."""
    _at(bot, datetime(2026, 10, 29, 12, 0, tzinfo=UTC))
    bot.services.store.set_timezone(ann.user.id, "Asia/Tehran")
    rows = [
        _entry(OFFICE, 4, 1, "2026-10-28T20:00:00.000Z", title="Before"),
        _entry(OFFICE, 4, 2, "2026-10-28T21:00:00.000Z", title="Just After Midnight"),
        _entry(OFFICE, 4, 3, "2026-11-04T20:29:00.000Z", title="Just Before Midnight"),
        _entry(OFFICE, 4, 4, "2026-11-04T20:30:00.000Z", title="Next Week"),
    ]
    _answer(demo, rows)
    await ann.say("/calendar shows")
    assert _body(ann) == [
        "Today · Thursday, October 29",
        "1. 12:30 AM · The Office · S04E02 · Just After Midnight",
        "Wednesday, November 4",
        "2. 11:59 PM · The Office · S04E03 · Just Before Midnight",
    ]
    assert _text(ann).endswith("Times in Asia/Tehran.")


async def test_premieres_and_finales_are_marked(ann: ChatDriver, demo: DemoTrakt) -> None:
    aired = "2026-12-05T20:00:00.000Z"
    kinds = [
        "series_premiere",
        "season_premiere",
        "mid_season_premiere",
        "mid_season_finale",
        "season_finale",
        "series_finale",
        "standard",
        "",
    ]
    _answer(demo, [_entry((9000 + n, f"Show {n}"), 1, 1, aired, k) for n, k in enumerate(kinds)])
    await ann.say("/calendar shows")
    marks = [line.split(" · ", 4)[-1] for line in _body(ann)[1:]]
    assert marks == [
        "🆕 series premiere",
        "🆕 season premiere",
        "▶️ back from the break",
        "⏸ mid-season finale",
        "🏁 season finale",
        "🔚 series finale",
        "An Episode",
        "An Episode",
    ]


async def test_a_season_dropped_at_once_is_one_line(ann: ChatDriver, demo: DemoTrakt) -> None:
    aired = "2026-12-04T08:00:00.000Z"
    rows = [
        _entry(OFFICE, 3, 2, aired),
        _entry(OFFICE, 3, 1, aired, "season_premiere"),
        _entry(OFFICE, 3, 3, aired, "season_finale"),
        _entry(OFFICE, 3, 3, aired, "season_finale"),  # Trakt sent one twice
    ]
    _answer(demo, rows)
    await ann.say("/calendar shows")
    assert _body(ann) == [
        "Today · Friday, December 4",
        "1. 8:00 AM · The Office · S03E01–E03 · 3 episodes · 🆕 season premiere · 🏁 season finale",
    ]
    opened = decode(next(b.data for b in ann.buttons()[0] if b.label == "1"))
    assert opened.ref(0).trakt_id == THE_OFFICE * 1000 + 3 * 64 + 1  # the first of them


async def test_trakt_strings_are_escaped(ann: ChatDriver, demo: DemoTrakt) -> None:
    show = (1, "Tom & Jerry <Classic>")
    _answer(demo, [_entry(show, 1, 1, "2026-12-04T20:00:00.000Z", title="<b>not bold</b>")])
    await ann.say("/calendar shows")
    html = ann.last_reply.text or ""
    assert "Tom &amp; Jerry &lt;Classic&gt;" in html and "&lt;b&gt;not bold&lt;/b&gt;" in html
    assert "1. 8:00 PM · Tom & Jerry <Classic> · S01E01 · <b>not bold</b>" in _text(ann)


async def test_a_full_week_is_paged_within_the_week(ann: ChatDriver, demo: DemoTrakt) -> None:
    rows = [
        _entry((9000 + n, f"Show {n:02d}"), 1, 1, f"2026-12-0{5 + n % 3}T20:00:00.000Z")
        for n in range(20)
    ]
    _answer(demo, rows)
    await ann.say("/calendar shows")
    numbers = [int(line.split(".")[0]) for line in _body(ann) if line[0].isdigit()]
    assert numbers == list(range(1, 16))
    assert _labels(ann)[-4:] == ["1 / 2", "▶", "◀ Nov 27", "Dec 11 ▶"]
    await ann.press("▶")  # the page, not the week
    numbers = [int(line.split(".")[0]) for line in _body(ann) if line[0].isdigit()]
    assert numbers == list(range(16, 21))
    assert _body(ann)[0] == "Monday, December 7"  # a day that goes on from page 1 is named again
    assert _text(ann).startswith("📺 Your episodes · Dec 4 – 10")
    assert len(_calendars(demo)) == 1  # the week came from the cache


async def test_an_empty_week_keeps_its_buttons(ann: ChatDriver, demo: DemoTrakt) -> None:
    _answer(demo, [])
    await ann.say("/calendar shows")
    assert _text(ann) == (
        "📺 Your episodes · Dec 4 – 10\n\n"
        "No episodes of your shows on these 7 days. ◀ ▶ go to other weeks."
    )
    assert _labels(ann) == ["All", "✓ 📺 Shows", "🎬 Movies", "◀ Nov 27", "Dec 11 ▶"]
    await ann.press("Dec 11 ▶")
    assert "S05E02" in _text(ann)


async def test_utc_when_trakt_names_no_zone(bot: Harness, ann: ChatDriver) -> None:
    bot.services.store.set_timezone(ann.user.id, "UTC")
    await ann.say("/calendar")
    assert _text(ann).endswith(
        "Times in UTC. Not your time zone? Set yours in your Trakt settings "
        "(https://trakt.tv/settings)."
    )
    assert 'href="https://trakt.tv/settings"' in (ann.last_reply.text or "")
    assert "1. 2:00 AM · Shōgun" in _text(ann)


async def test_a_second_calendar_within_minutes_costs_no_request(
    ann: ChatDriver, demo: DemoTrakt
) -> None:
    await ann.say("/calendar")
    await ann.say("/calendar")
    assert _body(ann) == DEMO_WEEK
    assert len(_calendars(demo)) == 1 and len(_calendars(demo, "movies")) == 1


async def test_help_and_the_menus_list_it(bot: Harness, chat: ChatDriver) -> None:
    await chat.say("/help")
    assert "/calendar — " + EN.plain("cmd-calendar") in chat.text()
    assert "calendar" in [c.name for c in bot.app.bot_data.commands]


async def test_other_words_get_the_usage(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/calendar tomorrow")
    assert _text(ann).startswith("Show what airs for you in the next 7 days")
    assert "/calendar movies" in _text(ann) and _calendars(demo) == []


async def test_not_linked_gets_the_link_prompt(chat: ChatDriver, demo: DemoTrakt) -> None:
    await chat.say("/calendar")
    assert chat.text() == html_to_plain(EN.html("link-needed"))
    assert chat.buttons()[0][0].label == EN.plain("button-link")
    assert _calendars(demo) == []


async def test_in_a_group_it_goes_to_the_private_chat(bot: Harness, tg: FakeTelegram) -> None:
    private = bot.chat()
    ann = bot.chat(chat=tg.group_chat())
    await link_account(bot, ann.user.id)
    await ann.say("/calendar")
    assert _text(ann) == "📬 Ann, I sent it to you in our private chat."
    assert _body(private)[:2] == DEMO_WEEK[:2]
    await private.press("Dec 11 ▶")  # its buttons work there
    assert _text(private).startswith("📅 Your calendar · Dec 11 – 17")


async def test_trakt_failure_is_a_localized_message(ann: ChatDriver, demo: DemoTrakt) -> None:
    demo.fail("GET", "/calendars/my/shows/", 503, times=3)  # every retry of the one request
    await ann.say("/calendar")
    assert _text(ann) == html_to_plain(EN.html("error-trakt-down"))
    await ann.say("/calendar")
    message = ann.last_reply.message_id
    demo.fail("GET", "/calendars/my/movies/", 503, times=3)
    await ann.press("Dec 11 ▶")
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert ann.last_alert == html_to_plain(EN.html("error-trakt-down"))
    assert ann.last_reply.message_id == message and _body(ann) == DEMO_WEEK  # left as it was


async def test_only_the_owner_can_press(bot: Harness, ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/calendar")
    data = next(b.data for b in view_rows(ann)[-1] if b.label == "Dec 11 ▶")
    assert data is not None
    eve = ann.as_user(2002, "Eve")
    await link_account(bot, eve.user.id)
    await eve.press_data(data, ann.last_reply.message_id)
    assert eve.last_alert == EN.plain("button-not-yours")
    assert _body(ann) == DEMO_WEEK and len(_calendars(demo)) == 1


@pytest.mark.parametrize(
    "args",
    ["x|0|1", "a|53|1", "a|-53|1", "a|--1|1", "a|1.5|1", "a||1", "a|0|0", "a|0|x", "a|0"],
)
async def test_forged_data_gets_an_alert(ann: ChatDriver, demo: DemoTrakt, args: str) -> None:
    await ann.say("/calendar")
    owner = encode(Action.CALENDAR, owner=ann.user.id).split("|")[2]
    await ann.press_data(f"1|cal|{owner}|{args}", ann.last_reply.message_id)
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert "out of date" in (ann.last_alert or "")
    assert len(_calendars(demo)) == 1


async def test_a_year_either_way_and_no_further(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/calendar")
    owner, message = ann.user.id, ann.last_reply.message_id
    await ann.press_data(encode(Action.CALENDAR, "a", 52, 1, owner=owner), message)
    assert _text(ann).startswith("📅 Your calendar · Dec 3 – 9, 2027")
    assert not any(label.endswith("▶") for label in _labels(ann))
    await ann.press_data(encode(Action.CALENDAR, "a", -52, 1, owner=owner), message)
    assert _text(ann).startswith("📅 Your calendar · Dec 5 – 11, 2025")
    assert not any(label.startswith("◀") for label in _labels(ann))


async def test_in_russian(boris: ChatDriver) -> None:
    await boris.say("/calendar")
    text = _text(boris)
    assert text.startswith("📅 Ваш календарь · 4—10 дек.\n\nСегодня · пятница, 4 декабря\n")
    assert "1. 02:00 · Shōgun · S02E01 · Open Water · 🆕 премьера сезона" in text
    assert "🏁 финал сезона" in text and text.endswith("Часовой пояс: Europe/London.")
    assert "◀ 27 нояб." in _labels(boris)


@pytest.mark.parametrize("language", I18N.languages)
async def test_every_language_renders(bot: Harness, language: str) -> None:
    tr = I18N.translator(language)
    reader = bot.chat(user_id=3000, first_name="Reader", language_code=language)
    await link_account(bot, reader.user.id)
    await reader.say("/calendar")
    raw = reader.last_reply.text or ""
    text = reader.text()
    assert "calendar-" not in raw  # every key found
    assert len(re.findall(r"^\u200f?\d+\. ", text, flags=re.MULTILINE)) == 10
    assert html_to_plain(tr.html("calendar-type-season-finale")) in text
    assert html_to_plain(tr.html("calendar-zone", zone="Europe/London")) in text
    labels = _labels(reader)
    assert tr.plain("calendar-kind-s") in labels and labels[-1].endswith("▶")
    await reader.say("/calendar movies")
    head = html_to_plain(tr.html("calendar-header-m", dates="@")).split("@")[0]
    assert reader.text().lstrip("\u200f").startswith(head)
    if tr.rtl:  # Persian: every line reads right to left
        assert all(line.startswith("\u200f") for line in raw.splitlines() if line)
