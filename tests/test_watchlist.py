"""/watchlist: shows and movies, sorted, paged, with details, remove and mark watched."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.demo import DemoTrakt
from bot.features.watchlist import parse_args
from bot.i18n import shared_i18n
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import link_account, view_rows

I18N = shared_i18n()


def _watchlist_requests(demo: DemoTrakt) -> list[str]:
    return [r.path for r in demo.requests if r.path.startswith("/sync/watchlist")]


def _labels(chat: ChatDriver) -> list[str]:
    return [b.label for row in chat.buttons() for b in row]


def _titles(chat: ChatDriver) -> list[str]:
    """The numbered lines of the card, without their numbers and icons."""
    lines = [line for line in chat.text().splitlines() if line[:1].isdigit() and ". " in line]
    return [line.split(" ", 2)[2] for line in lines]


def _verbs(chat: ChatDriver, row: int) -> list[str]:
    """The action verbs of one item row (`1|act|<owner>|<verb>|...`)."""
    return [
        (b.data or "").split("|")[3]
        for b in chat.buttons()[row]
        if (b.data or "").startswith("1|act|")
    ]


async def test_watchlist_in_rank_order(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/watchlist")
    assert ann.text().startswith("📌 Your watchlist · 8 titles\n\n1. 🎬 Dune: Part Two (2024)")
    assert _titles(ann) == [
        "Dune: Part Two (2024)",
        "Shōgun (2024)",
        "Past Lives (2023)",
        "\u2068פאודה\u2069 (2015)",
        "君の名は。 (2016)",
    ]
    assert _watchlist_requests(demo) == ["/sync/watchlist/all/rank"]
    rows = ann.buttons()
    assert rows[0][0].label == "1. Dune: Part Two"
    assert rows[0][0].data is not None and rows[0][0].data.startswith("1|deto|")
    assert _verbs(ann, 0) == ["seen", "unwl"]
    assert [b.label for b in rows[-2]] == ["1 / 2", "▶"]
    assert [b.label for b in rows[-1]] == ["☰ Menu"]
    assert all(len((b.data or "").encode()) <= 64 for row in rows for b in row)


async def test_watchlist_in_russian(boris: ChatDriver) -> None:
    await boris.say("/watchlist")
    assert boris.text().startswith("📌 Буду смотреть · 8 названий")
    assert {"✓ Всё", "✓ Мой порядок", "А–Я"} <= set(_labels(boris))


@pytest.mark.parametrize(
    ("command", "path", "titles"),
    [
        (
            "/watchlist shows",
            "/sync/watchlist/shows/rank",
            ["Shōgun (2024)", "\u2068פאודה\u2069 (2015)", "Money Heist (2017)"],
        ),
        (
            "/watchlist фильмы",
            "/sync/watchlist/movies/rank",
            [
                "Dune: Part Two (2024)",
                "Past Lives (2023)",
                "君の名は。 (2016)",
                "올드보이 (2003)",
                "The Lord of the Rings: The Fellowship of the Ring (2001)",
            ],
        ),
    ],
)
async def test_watchlist_shows_and_movies(
    ann: ChatDriver, demo: DemoTrakt, command: str, path: str, titles: list[str]
) -> None:
    await ann.say(command)
    assert _titles(ann) == titles
    assert _watchlist_requests(demo) == [path]


async def test_watchlist_pages_forward_and_back(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/watchlist")
    first = ann.last_reply.message_id
    await ann.press("▶")
    assert ann.last_reply.message_id == first and len(ann.replies) == 1
    assert ann.text().splitlines()[2].startswith("6. 🎬 올드보이")
    assert [b.label for b in view_rows(ann)[-1]] == ["◀", "2 / 2"]
    await ann.press("◀")
    assert "1. 🎬 Dune" in ann.text()
    assert len(_watchlist_requests(demo)) == 3


async def test_sort_buttons(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/watchlist")
    await ann.press("A–Z")
    assert _titles(ann)[:2] == ["Dune: Part Two (2024)", "Money Heist (2017)"]
    assert "✓ A–Z" in _labels(ann)
    await ann.press("Released")
    assert _titles(ann)[3] == "Money Heist (2017)"
    assert "released" in ann.text()
    await ann.press("Added")
    assert "added" in ann.text()
    await ann.press("📺 Shows")
    assert _titles(ann)[0] == "Shōgun (2024)"
    assert _watchlist_requests(demo)[1:] == [
        "/sync/watchlist/all/title",
        "/sync/watchlist/all/released",
        "/sync/watchlist/all/added",
        "/sync/watchlist/shows/added",
    ]


async def test_sort_by_command(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/watchlist movies title")
    assert _titles(ann)[0] == "Dune: Part Two (2024)"
    assert _titles(ann)[1] == "Past Lives (2023)"
    assert _watchlist_requests(demo) == ["/sync/watchlist/movies/title"]


async def test_remove_updates_in_place(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/watchlist")
    message = ann.last_reply.message_id
    await ann.press(3)  # row 1: details, mark watched, remove
    assert ann.last_answer is not None and not ann.last_answer.show_alert
    assert ann.last_reply.message_id == message and len(ann.replies) == 1
    assert ann.text().startswith("📌 Your watchlist · 7 titles\n\n1. 📺 Shōgun")
    assert "Dune" not in ann.text()
    dune = demo.catalogue.resolve("movie", "dune-part-two-2024")
    assert not demo.users["demo"].on_watchlist("movie", dune)


async def test_mark_watched_updates_in_place(ann: ChatDriver, demo: DemoTrakt) -> None:
    plays = len(demo.users["demo"].history)
    await ann.say("/watchlist")
    await ann.press(2)
    assert len(demo.users["demo"].history) == plays + 1
    assert "1. 🎬 Dune: Part Two (2024) ✅" in ann.text()
    assert len(ann.replies) == 1
    # The button now shows it is done; pressing again sends nothing to Trakt.
    posts = [r for r in demo.requests if r.method == "POST"]
    await ann.press(2)
    assert [r for r in demo.requests if r.method == "POST"] == posts


async def test_details_button_opens_a_card_below(ann: ChatDriver) -> None:
    await ann.say("/watchlist")
    await ann.press("1. Dune")
    assert len(ann.replies) == 2
    assert "Dune: Part Two" in ann.text()


@pytest.mark.parametrize("junk", ["/watchlist soon", "/watchlist shows movies", "/watchlist a b"])
async def test_junk_arguments_get_usage(ann: ChatDriver, junk: str) -> None:
    await ann.say(junk)
    assert "Sort it" in ann.text()


async def test_usage_in_russian(boris: ChatDriver) -> None:
    await boris.say("/watchlist всё-всё")
    assert "Сортировка" in boris.text()


async def test_empty_watchlist(bot: Harness, chat: ChatDriver) -> None:
    await link_account(bot, chat.user.id, "carol")
    await chat.say("/watchlist")
    assert "Your watchlist is empty" in chat.text()
    assert "titles" not in chat.text()
    await chat.press("📺 Shows")
    assert "No shows on your watchlist." in chat.text()


async def test_unlinked_gets_the_link_prompt(chat: ChatDriver) -> None:
    await chat.say("/watchlist")
    assert "needs your Trakt account" in chat.text()


async def test_in_a_group_it_goes_to_the_private_chat(bot: Harness, tg: FakeTelegram) -> None:
    private = bot.chat()
    ann = bot.chat(chat=tg.group_chat())
    await link_account(bot, ann.user.id)
    await ann.say("/watchlist")
    assert ann.text() == "📬 Ann, I sent it to you in our private chat."
    assert "watchlist" in private.text().lower()
    await private.press("A–Z")
    assert private.last_answer is not None and not private.last_answer.show_alert


@pytest.mark.parametrize("args", ["a|best|1", "q|rank|1", "a|rank|-1", "a|rank|1000"])
async def test_forged_data_gets_an_alert(ann: ChatDriver, args: str) -> None:
    await ann.say("/watchlist")
    owner = (ann.buttons()[-1][-1].data or "").split("|")[2]
    await ann.press_data(f"1|wlist|{owner}|{args}", ann.last_reply.message_id)
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert "out of date" in (ann.last_alert or "")


async def test_trakt_errors_become_messages(ann: ChatDriver, demo: DemoTrakt) -> None:
    demo.fail("GET", "/sync/watchlist", 500, times=3)
    await ann.say("/watchlist")
    assert "Trakt is not answering" in ann.text()
    await ann.say("/watchlist")
    assert "Dune" in ann.text()
    demo.fail("GET", "/sync/watchlist", 429, headers={"Retry-After": "7"})
    await ann.press("▶")
    assert "try again in 8 s" in (ann.last_alert or "")
    demo.fail("GET", "/sync/watchlist", 401)
    await ann.press("▶")
    assert "6. 🎬 올드보이" in ann.text()


def test_parse_args() -> None:
    assert parse_args([]) == ("a", "rank")
    assert parse_args(["Movies", "ADDED"]) == ("m", "added")
    assert parse_args(["название", "сериалы"]) == ("s", "title")
    assert parse_args(["released", "title"]) is None


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("count", [1, 2, 5, 21])
def test_counts_have_plural_forms(language: str, count: int) -> None:
    text = I18N.translator(language).plain("watchlist-count", count=count)
    assert text.startswith(f"{count} ")


def test_russian_forms() -> None:
    tr = I18N.translator("ru")
    assert [tr.plain("watchlist-count", count=n) for n in (1, 2, 5, 21)] == [
        "1 название",
        "2 названия",
        "5 названий",
        "21 название",
    ]


@pytest.mark.parametrize(("zone", "day"), [("UTC", "Jun 14, 2025"), ("Asia/Tokyo", "Jun 15, 2025")])
async def test_added_day_is_the_accounts_day(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt, zone: str, day: str
) -> None:
    late = datetime(2025, 6, 14, 22, 30, tzinfo=UTC)  # already the 15th in Tokyo
    for item in demo.users["demo"].watchlist:
        item.listed_at = late
    bot.services.store.set_timezone(ann.user.id, zone)
    await ann.say("/watchlist added")
    assert f"added {day}" in ann.text()
