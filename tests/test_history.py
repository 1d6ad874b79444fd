"""/history: plays newest first, grouped by day, filtered, paged in place."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.demo import DemoTrakt
from bot.features.history import day_label, parse_args
from bot.i18n import shared_i18n
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import link_account, view_rows

I18N = shared_i18n()


def noon_today() -> float:
    """Today at 12:00 UTC: demo plays land on stable days whatever the time of the run."""
    now = datetime.now(UTC)
    return now.replace(hour=12, minute=0, second=0, microsecond=0).timestamp()


NOON = noon_today()


@pytest.fixture
def demo() -> DemoTrakt:
    """The demo Trakt on a clock frozen at noon, so "Yesterday" is always yesterday."""
    return DemoTrakt(approve_after=None, device_interval=1, clock=lambda: NOON)


@pytest.fixture(autouse=True)
def bot_at_noon(bot: Harness) -> None:
    """The bot's clock frozen at the same noon (its days follow the account's zone)."""
    bot.services.accounts.clock = lambda: NOON


def _play(trakt_id: int, title: str, at: datetime) -> dict[str, object]:
    stamp = at.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    movie = {"title": title, "year": 2010, "ids": {"trakt": trakt_id}}
    return {"id": trakt_id, "watched_at": stamp, "type": "movie", "movie": movie}


@pytest.mark.parametrize(
    ("zone", "days"),
    [
        ("UTC", ["Today", "1. Early (2010)", "Yesterday", "2. Evening (2010)"]),
        # 03:00 UTC is late last night in New York; noon UTC is this morning there.
        ("America/New_York", ["Yesterday", "1. Early (2010)", "2. Evening (2010)"]),
        # Both plays are today in Tokyo, where noon UTC is this evening.
        ("Asia/Tokyo", ["Today", "1. Early (2010)", "2. Evening (2010)"]),
    ],
)
async def test_days_are_the_persons_own(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt, zone: str, days: list[str]
) -> None:
    noon = datetime.fromtimestamp(NOON, UTC)
    rows = [
        _play(1, "Early", noon.replace(hour=3)),
        _play(2, "Evening", noon.replace(hour=20) - timedelta(days=1)),
    ]
    bot.services.store.set_timezone(ann.user.id, zone)
    demo.fail("GET", "/sync/history", 200, body=json.dumps(rows))
    await ann.say("/history")
    assert [line for line in ann.text().splitlines()[2:] if line] == days


def _as_before_v4(bot: Harness, chat_id: int) -> None:
    """An account linked before the bot kept time zones."""
    store = bot.services.store
    store.save_account(replace(store.get_account(chat_id), timezone=None))


async def test_an_older_link_asks_trakt_for_its_zone_once(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    _as_before_v4(bot, ann.user.id)
    asked = [r.path for r in demo.requests].count("/users/settings")  # linking asked once
    await ann.say("/history")
    await ann.say("/history movies")
    assert [r.path for r in demo.requests].count("/users/settings") == asked + 1
    assert bot.services.accounts.get(ann.user.id).timezone == "Europe/London"


async def test_a_zone_trakt_cannot_give_now_is_utc_and_asked_again(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    _as_before_v4(bot, ann.user.id)
    demo.fail("GET", "/users/settings", 503, times=3)  # every retry of the one request
    await ann.say("/history")
    assert ann.text().startswith("🕘 Your history\n\nYesterday · 50 min\n1. Severance")
    assert bot.services.accounts.get(ann.user.id).timezone is None  # not stored: ask again
    await ann.say("/history")
    assert bot.services.accounts.get(ann.user.id).timezone == "Europe/London"


async def test_linking_keeps_the_trakt_accounts_zone(bot: Harness, chat: ChatDriver) -> None:
    account = await link_account(bot, chat.user.id, "bob")
    assert account.timezone == "America/Chicago"
    assert bot.services.accounts.get(chat.user.id).timezone == "America/Chicago"


async def test_me_notices_a_zone_changed_on_trakt(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    assert bot.services.accounts.get(ann.user.id).timezone == "Europe/London"  # from linking
    demo.users["demo"].settings["account"]["timezone"] = "Asia/Tokyo"
    await ann.say("/me")
    assert bot.services.accounts.get(ann.user.id).timezone == "Asia/Tokyo"
    demo.users["demo"].settings["account"]["timezone"] = "Mars/Olympus_Mons"  # unknown here
    await ann.say("/me")
    assert bot.services.accounts.get(ann.user.id).timezone == "UTC"


def _history_requests(demo: DemoTrakt) -> list[str]:
    return [r.path for r in demo.requests if r.path.startswith("/sync/history")]


async def test_history_newest_first_grouped_by_day(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/history")
    text = ann.text()
    assert text.startswith("🕘 Your history\n\nYesterday · 50 min\n1. Severance · S01E04")
    assert text.index("Severance · S01E01") < text.index("Tom & Jerry <Classic> · S01E01")
    assert "6. Inception (2010)" in text
    assert "11." not in text
    # the page, and the day it may cut in two (its last), for that day's watch time
    assert _history_requests(demo) == ["/sync/history", "/sync/history"]
    labels = [b.label for row in view_rows(ann) for b in row]
    assert labels[-2:] == ["1 / 3", "▶"]
    assert "&lt;Classic&gt;" in (ann.last_reply.text or "")


async def test_history_in_russian(boris: ChatDriver) -> None:
    await boris.say("/history")
    text = boris.text()
    # Trakt's Russian title first, the original beside it (bot.translations)
    assert text.startswith("🕘 Ваша история\n\nВчера · 50 мин\n1. Разделение · Severance · S01E04")
    assert "✓ Всё" in [b.label for row in boris.buttons() for b in row]


@pytest.mark.parametrize(
    ("command", "path", "present", "absent"),
    [
        ("/history movies", "/sync/history/movies", "Inception (2010)", "S01E"),
        ("/history shows", "/sync/history/episodes", "Severance · S01E04", "Inception"),
        ("/history фильмы", "/sync/history/movies", "Parasite (2019)", "Breaking Bad"),
        ("/history сериалы", "/sync/history/episodes", "Breaking Bad · S01E07", "Parasite"),
    ],
)
async def test_history_shows_and_movies(
    ann: ChatDriver, demo: DemoTrakt, command: str, path: str, present: str, absent: str
) -> None:
    await ann.say(command)
    assert present in ann.text() and absent not in ann.text()
    # the page, then (when another page follows) its last day whole, for the watch time
    assert set(_history_requests(demo)) == {path}


async def test_history_period(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/history week")
    text = ann.text()
    assert "past week" in text
    assert "Severance · S01E01" in text and "Tom & Jerry" in text and "Inception" not in text
    assert "start_at" in demo.requests[-1].query
    await ann.say("/history movies month")
    assert "Inception (2010)" in ann.text() and "Parasite" not in ann.text()


async def test_history_period_in_russian(boris: ChatDriver) -> None:
    await boris.say("/history фильмы неделя")
    assert "за неделю" in boris.text()
    assert "С такими фильтрами ничего не нашлось" in boris.text()
    await boris.press("За всё время")
    assert "Начало (2010) · Inception" in boris.text()


async def test_history_pages_forward_and_back_in_the_same_message(
    ann: ChatDriver, demo: DemoTrakt
) -> None:
    await ann.say("/history")
    first = ann.last_reply.message_id
    await ann.press("▶")
    assert ann.last_reply.message_id == first and len(ann.replies) == 1
    assert "11. Breaking Bad · S01E03" in ann.text() and "1. Severance" not in ann.text()
    assert "2 / 3" in [b.label for row in ann.buttons() for b in row]
    await ann.press("▶")
    assert "22. " in ann.text() and "▶" not in [b.label for row in ann.buttons() for b in row]
    await ann.press("◀")
    await ann.press("◀")
    assert "1. Severance · S01E04" in ann.text()
    # Two Trakt requests per page (the page, and the days it cuts in two, for their watch
    # time); going back shows the pages fetched seconds ago.
    assert len(_history_requests(demo)) == 6


async def test_history_toggles_reset_to_page_one(ann: ChatDriver) -> None:
    await ann.say("/history")
    await ann.press("▶")
    await ann.press("🎬 Movies")
    text = ann.text()
    assert "1. Inception (2010)" in text and "S01E" not in text
    await ann.press("Week")
    assert "past week" in ann.text() and "Nothing matches these filters" in ann.text()
    await ann.press("📺 Shows")
    assert "Severance · S01E04" in ann.text()


async def test_history_does_not_trust_the_page_count(ann: ChatDriver, demo: DemoTrakt) -> None:
    # Trakt says one page, but the page came back full: offer the next one anyway.
    rows = [
        {
            "id": n,
            "watched_at": "2026-01-02T20:00:00.000Z",
            "action": "watch",
            "type": "movie",
            "movie": {"title": f"Film {n}", "year": 2000, "ids": {"trakt": 9000 + n}},
        }
        for n in range(10)
    ]
    headers = {
        "Content-Type": "application/json",
        "X-Pagination-Page": "1",
        "X-Pagination-Limit": "10",
        "X-Pagination-Page-Count": "1",
        "X-Pagination-Item-Count": "10",
    }
    demo.fail("GET", "/sync/history", 200, headers=headers, body=json.dumps(rows))
    await ann.say("/history")
    assert "Film 9 (2000)" in ann.text()
    assert [b.label for b in view_rows(ann)[-1]] == ["1 / 2", "▶"]
    await ann.press("▶")
    assert "11. Breaking Bad" in ann.text()


async def test_a_full_last_page_ends_politely(ann: ChatDriver, demo: DemoTrakt) -> None:
    # Exactly one full page: Trakt's counts can lag, so ▶ is offered once, and the empty
    # page after it says so instead of looking broken.
    del demo.users["demo"].history[10:]
    await ann.say("/history")
    assert [b.label for b in view_rows(ann)[-1]] == ["1 / 2", "▶"]
    await ann.press("▶")
    assert "That’s everything" in ann.text()
    assert [b.label for b in view_rows(ann)[-1]] == ["◀", "2 / 2"]


async def test_history_items_are_escaped(ann: ChatDriver, demo: DemoTrakt) -> None:
    rows = [
        {
            "id": 1,
            "watched_at": "2020-01-02T20:00:00.000Z",
            "type": "episode",
            "episode": {"season": 1, "number": 2, "title": "<i>x</i> & y", "ids": {"trakt": 5}},
            "show": {"title": "<b>Bold</b>", "year": 2001, "ids": {"trakt": 6}},
        }
    ]
    demo.fail("GET", "/sync/history", 200, body=json.dumps(rows))
    await ann.say("/history")
    assert "<b>Bold</b> · S01E02 · <i>x</i> & y" in ann.text()
    assert "&lt;b&gt;Bold&lt;/b&gt;" in (ann.last_reply.text or "")


async def test_empty_history(bot: Harness, chat: ChatDriver, demo: DemoTrakt) -> None:
    await link_account(bot, chat.user.id, "carol")
    demo.users["carol"].history.clear()
    await chat.say("/history")
    assert (
        chat.text()
        == "🕘 Your history\n\nNothing here yet. What you watch or check in on Trakt shows up here."
    )
    assert [[b.label for b in row] for row in chat.buttons()] == [
        ["✓ All", "📺 Shows", "🎬 Movies"],
        ["✓ All time", "Week", "Month", "Year"],
        ["☰ Menu"],
    ]


@pytest.mark.parametrize("junk", ["/history banana", "/history shows movies", "/history week year"])
async def test_junk_arguments_get_usage(ann: ChatDriver, junk: str) -> None:
    await ann.say(junk)
    assert "/history shows" in ann.text() and "combine" in ann.text()


async def test_usage_in_russian(boris: ChatDriver) -> None:
    await boris.say("/history кофе")
    assert "Можно вместе" in boris.text()


async def test_unlinked_gets_the_link_prompt(chat: ChatDriver) -> None:
    await chat.say("/history")
    assert "needs your Trakt account" in chat.text()
    assert [b.label for row in chat.buttons() for b in row] == ["🔗 Link my Trakt"]


async def test_in_a_group_it_goes_to_the_private_chat(bot: Harness, tg: FakeTelegram) -> None:
    private = bot.chat()
    ann = bot.chat(chat=tg.group_chat())
    await link_account(bot, ann.user.id)
    await ann.say("/history")
    assert ann.text() == "📬 Ann, I sent it to you in our private chat."
    assert private.text().startswith("🕘 Your history")
    await private.press("▶")  # its buttons work there
    assert private.last_answer is not None and not private.last_answer.show_alert


@pytest.mark.parametrize("args", ["x|a|1", "a|a|0", "a|a|abc", "a|d|1", "a|a"])
async def test_forged_data_gets_an_alert(ann: ChatDriver, args: str) -> None:
    await ann.say("/history")
    owner = ann.buttons()[-1][-1].data.split("|")[2]  # type: ignore[union-attr]
    await ann.press_data(f"1|hist|{owner}|{args}", ann.last_reply.message_id)
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert "out of date" in (ann.last_alert or "")


@pytest.mark.parametrize(
    ("status", "headers", "times", "expected"),
    [
        # 5xx is retried (3 attempts in all); a long Retry-After is not waited for.
        (500, {}, 3, "Trakt is not answering"),
        (429, {"Retry-After": "1"}, 1, "try again in 2 s"),
    ],
)
async def test_trakt_errors_are_messages_and_the_bot_keeps_running(
    ann: ChatDriver,
    demo: DemoTrakt,
    status: int,
    headers: dict[str, str],
    times: int,
    expected: str,
) -> None:
    demo.fail("GET", "/sync/history", status, headers=headers, times=times)
    await ann.say("/history")
    assert expected in ann.text() and "Traceback" not in ann.text()
    await ann.say("/history")
    assert "1. Severance · S01E04" in ann.text()


async def test_trakt_error_on_a_button_is_an_alert(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/history")
    text = ann.text()
    demo.fail("GET", "/sync/history", 503, times=3)
    await ann.press("▶")
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert "Trakt is not answering" in (ann.last_alert or "")
    assert ann.text() == text


async def test_trakt_errors_in_russian(boris: ChatDriver, demo: DemoTrakt) -> None:
    demo.fail("GET", "/sync/history", 502, times=3)
    await boris.say("/history")
    assert "Trakt сейчас не отвечает" in boris.text()


async def test_expired_token_is_refreshed_once(ann: ChatDriver, demo: DemoTrakt) -> None:
    demo.fail("GET", "/sync/history", 401)
    await ann.say("/history")
    assert "1. Severance · S01E04" in ann.text()
    assert [r.path for r in demo.requests if r.method == "POST"] == ["/oauth/token"]


async def test_refused_refresh_asks_to_link_again(ann: ChatDriver, demo: DemoTrakt) -> None:
    demo.fail("GET", "/sync/history", 401)
    demo.fail("POST", "/oauth/token", 400, body='{"error":"invalid_grant"}')
    await ann.say("/history")
    assert "Link it again" in ann.text()


def test_parse_args() -> None:
    assert parse_args([]) == ("a", "a")
    assert parse_args(["Movies", "YEAR"]) == ("m", "y")
    assert parse_args(["неделю", "сериалы"]) == ("s", "w")
    assert parse_args(["all"]) == ("a", "a")
    assert parse_args(["movies", "films"]) is None
    assert parse_args(["today"]) is None


@pytest.mark.parametrize(
    ("language", "day", "expected"),
    [
        ("en", date(2026, 11, 24), "Today"),
        ("en", date(2026, 11, 23), "Yesterday"),
        ("en", date(2026, 11, 17), "Tue, Nov 17"),
        ("en", date(2025, 11, 24), "Mon, Nov 24, 2025"),
        ("ru", date(2026, 11, 24), "Сегодня"),
        ("ru", date(2026, 11, 23), "Вчера"),
        ("ru", date(2026, 11, 17), "Вт, 17 нояб."),
        ("en", None, "Date unknown"),
    ],
)
def test_day_labels(language: str, day: date | None, expected: str) -> None:
    assert day_label(I18N.translator(language), day, date(2026, 11, 24)) == expected


async def test_history_sent_again_is_one_request_until_a_play_is_added(
    ann: ChatDriver, demo: DemoTrakt
) -> None:
    await ann.say("/history")
    await ann.say("/history")
    assert len(_history_requests(demo)) == 2  # seconds apart: the same page (and its last day)
    await ann.say("/search interstellar")
    await ann.press("1")
    await ann.press("👁 Mark watched")
    await ann.say("/history")
    assert "1. Interstellar (2014)" in ann.text()  # our play shows at once
    gets = [r for r in demo.requests if r.path == "/sync/history" and r.method == "GET"]
    assert len(gets) == 4
