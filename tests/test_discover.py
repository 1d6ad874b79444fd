"""/trending, /popular and most watched by period; the shared cache under a burst."""

from __future__ import annotations

import asyncio

import pytest

from bot.demo import DemoTrakt
from bot.features import discover
from bot.kit.callback import MAX_BYTES, base36, decode
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import link_account


def _labels(chat: ChatDriver) -> list[str]:
    return [b.label for row in chat.buttons() for b in row]


def _gets(demo: DemoTrakt, path: str) -> list[str | None]:
    """Who asked (the token's user, None without one) for each GET of `path`."""
    return [r.username for r in demo.requests if r.method == "GET" and r.path == path]


async def test_trending_in_russian(ru_chat: ChatDriver) -> None:
    await ru_chat.say("/trending")
    text = ru_chat.text()
    assert "🔥 Сериалы в тренде · страница 1 из" in text
    assert "зрителей сейчас" in text or "зрителя сейчас" in text
    assert "Нажмите на номер ниже" in text
    assert _labels(ru_chat)[:2] == ["✓ 📺 Сериалы", "🎬 Фильмы"]
    assert "👀 Топ просмотров" in _labels(ru_chat)


async def test_most_watched_is_one_tap_from_trending(chat: ChatDriver, demo: DemoTrakt) -> None:
    await chat.say("/trending")
    message = chat.last_reply.message_id
    await chat.press("👀 Most watched")
    text = chat.text()
    assert "👀 Most watched shows this week · page 1 of" in text
    assert " viewers · " in text and " plays" in text
    labels = _labels(chat)
    assert "✓ Week" in labels and "Month" in labels and "All time" in labels
    await chat.press("Year")
    assert "Most watched shows this year" in chat.text()
    await chat.press("🎬 Movies")
    assert "Most watched movies this year" in chat.text()
    assert "✓ Year" in _labels(chat)  # the period survives the toggle
    await chat.press("▶")
    assert "page 2 of" in chat.text() and "\n9. " in chat.text()
    await chat.press("⭐ Popular")
    assert "Popular movies" in chat.text() and "Week" not in _labels(chat)
    assert chat.last_reply.message_id == message
    assert _gets(demo, "/shows/watched/weekly") == [None]
    pages = [r.query["page"] for r in demo.requests if r.path == "/movies/watched/yearly"]
    assert pages == ["1", "2"]


async def test_most_watched_from_popular_keeps_the_kind(chat: ChatDriver) -> None:
    await chat.say("/popular movies")
    await chat.press("👀 Most watched")
    assert "Most watched movies this week" in chat.text()


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/trending week", "Most watched shows this week"),
        ("/trending movies month", "Most watched movies this month"),
        ("/popular year films", "Most watched movies this year"),
        ("/trending all", "Most watched shows of all time"),
        ("/trending movies", "Trending movies"),
        ("/popular", "Popular shows"),
    ],
)
async def test_arguments_pick_the_list(chat: ChatDriver, command: str, expected: str) -> None:
    await chat.say(command)
    assert expected in chat.text()


async def test_russian_arguments_and_periods(ru_chat: ChatDriver) -> None:
    await ru_chat.say("/trending фильмы неделя")
    text = ru_chat.text()
    assert "Самые просматриваемые фильмы за неделю" in text
    assert "зрител" in text and "просмотр" in text
    await ru_chat.press("Всё время")
    assert "за всё время" in ru_chat.text()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], ("s", None)),
        (["movies"], ("m", None)),
        (["Films", "WEEKLY"], ("m", "ww")),
        (["monthly"], ("s", "wm")),
        (["год", "кино"], ("m", "wy")),
        (["всё"], ("s", "wa")),
        (["shows", "week", "year"], None),  # two periods: the usage hint
        (["nonsense"], None),
    ],
)
def test_parse_args(args: list[str], expected: tuple[str, str | None] | None) -> None:
    assert discover.parse_args(args) == expected


@pytest.mark.parametrize(
    ("count", "russian_viewers", "russian_plays", "english_viewers"),
    [
        (1, "1 зритель", "1 просмотр", "1 viewer"),
        (3, "3 зрителя", "3 просмотра", "3 viewers"),
        (11, "11 зрителей", "11 просмотров", "11 viewers"),
        (22, "22 зрителя", "22 просмотра", "22 viewers"),
    ],
)
async def test_most_watched_plurals(
    bot: Harness, count: int, russian_viewers: str, russian_plays: str, english_viewers: str
) -> None:
    ru = bot.services.i18n.translator("ru")
    en = bot.services.i18n.translator("en")
    assert ru.plain("discover-watchers", count=count) == russian_viewers
    assert ru.plain("discover-plays", count=count) == russian_plays
    assert en.plain("discover-watchers", count=count) == english_viewers


async def test_numbers_open_details(chat: ChatDriver) -> None:
    await chat.say("/trending")
    first = chat.text().split("\n\n")[1].split("\n")[0]  # "1. Title (year)"
    title = first.removeprefix("1. ").rsplit(" (", 1)[0]
    before = len(chat.replies)
    await chat.press(next(b.index for row in chat.buttons() for b in row if b.label == "1"))
    assert len(chat.replies) == before + 1
    assert title in chat.text()


async def test_linked_person_bills_their_own_bucket_cache_is_shared(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await link_account(bot, chat.user.id)
    await chat.say("/trending")
    stranger = bot.chat(user_id=3003, first_name="Stranger")
    await stranger.say("/trending")
    assert _gets(demo, "/shows/trending") == ["demo"]  # one request, with Ann's token
    assert "Trending shows" in stranger.text()


async def test_burst_of_200_trending_costs_at_most_two_trakt_requests(
    bot: Harness, demo: DemoTrakt
) -> None:
    people = [bot.chat(user_id=10_000 + n, first_name=f"P{n}") for n in range(200)]
    await asyncio.gather(*(person.say("/trending") for person in people))
    assert len(_gets(demo, "/shows/trending")) <= 2
    assert all("Trending shows" in person.text() for person in people)


async def test_each_language_gets_its_own_text_of_a_shared_page(
    chat: ChatDriver, ru_chat: ChatDriver
) -> None:
    await chat.say("/trending")
    await ru_chat.say("/trending")
    await chat.say("/trending")
    assert "Trending shows" in chat.text()
    assert "Сериалы в тренде" in ru_chat.text()


async def test_someone_elses_buttons_get_an_alert(bot: Harness, tg: FakeTelegram) -> None:
    ann = bot.chat(chat=tg.group_chat())
    bob = ann.as_user(2002, "Bob")
    await ann.say("/trending")
    listing = ann.last_reply
    await bob.press("👀 Most watched", message=listing)
    assert bob.last_answer is not None and bob.last_answer.show_alert
    assert "belongs to whoever asked" in (bob.last_alert or "")
    assert "Trending shows" in ann.text(listing)


@pytest.mark.parametrize("data", ["1|disc|rt|wz|s|1", "1|disc|rt|ww|x|1", "1|disc|rt|wm|s|0"])
async def test_forged_most_watched_data_gets_an_alert(chat: ChatDriver, data: str) -> None:
    await chat.say("/trending")
    owned = data.replace("|rt|", f"|{base36(chat.user.id)}|")
    await chat.press_data(owned, chat.last_reply.message_id)
    assert chat.last_answer is not None and chat.last_answer.show_alert
    assert chat.last_alert == "This button is out of date. Send the command again."


async def test_trakt_failure_on_a_period_button_is_an_alert(
    chat: ChatDriver, demo: DemoTrakt
) -> None:
    await chat.say("/trending week")
    demo.fail("GET", "/shows/watched/monthly", 503, times=10)
    await chat.press("Month")
    assert chat.last_answer is not None and chat.last_answer.show_alert
    assert "Trakt is not answering" in (chat.last_alert or "")
    assert "this week" in chat.text()


async def test_callback_data_fits_for_large_user_ids(bot: Harness) -> None:
    big = bot.chat(user_id=9_999_999_999, first_name="Big")
    await big.say("/popular movies all")
    await big.press("▶")
    data = [b.data or "" for row in big.buttons() for b in row]
    assert max(len(d.encode()) for d in data) <= MAX_BYTES
    assert decode(data[0]).owner in (big.user.id, None)
