"""The details card end to end: contents, translations, limits, Back, the public button."""

from __future__ import annotations

import asyncio
import collections
import logging
from datetime import date

import pytest
from telegram import InlineKeyboardMarkup
from telegram.constants import MessageLimit

from bot.i18n import shared_i18n
from bot.kit import views
from bot.kit.buttons import details_button
from bot.kit.callback import decode
from bot.kit.codes import Action
from bot.render import cards
from bot.render import details as card_render
from bot.render.cards import utf16_len
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from bot.trakt import Episode, Movie, Show
from bot.trakt.ref import MediaRef
from tests.helpers import link_account

EN = shared_i18n().translator("en")


async def _card(chat: ChatDriver, query: str, number: int = 1) -> str:
    await chat.say(f"/search {query}")
    await chat.press(str(number))
    return chat.text()


def _paths(bot: Harness) -> list[str]:
    assert bot.demo is not None
    return [r.path for r in bot.demo.requests]


async def test_show_card_for_an_ended_show(bot: Harness, chat: ChatDriver) -> None:
    text = await _card(chat, "breaking")
    assert text.startswith("📺 Breaking Bad (2008)")
    assert "AMC · ended · 47 min · TV-MA · first aired Jan 21, 2008" in text
    assert "Walter White" in text and "financial future at any cost" in text
    assert "Related: " in text and "Better Call Saul" in text
    assert "Open on Trakt (https://trakt.tv/shows/breaking-bad)" in text
    assert "Next:" not in text
    assert not any(p.endswith("/next_episode") for p in _paths(bot))  # ended: not asked


async def test_returning_show_has_its_next_episode(bot: Harness, chat: ChatDriver) -> None:
    text = await _card(chat, "the bear")
    assert "FX · returning series" in text
    assert "▶ Next: S04E04 · Small Mercies · " in text
    assert "/shows/193186/next_episode" in _paths(bot)


async def test_movie_card(chat: ChatDriver) -> None:
    text = await _card(chat, "inception")
    assert text.startswith("🎬 Inception (2010)")
    assert "148 min" in text and "released Jul 16, 2010" in text
    assert "trakt.tv/movies/inception-2010" in text
    labels = [b.label for row in chat.buttons() for b in row]
    assert labels == [
        "➕ Watchlist",
        "👁 Mark watched",
        "⭐ Rate",
        "🎬 Check in",
        "◀ Back",
        "👥 Cast and crew",
    ]


async def test_card_in_russian_uses_the_translation(ru_chat: ChatDriver) -> None:
    text = await _card(ru_chat, "breaking")
    assert text.startswith("📺 Во все тяжкие (2008)")
    assert "Уолтер Уайт" in text and "AMC · завершён · 47 мин" in text
    assert "премьера 21 янв. 2008" in text and "Похожие:" in text
    labels = [b.label for row in ru_chat.buttons() for b in row]
    assert labels == [
        "➕ Буду смотреть",
        "👁 Отметить просмотренным",
        "⭐ Оценить",
        "📚 Сезоны",
        "◀ Назад",
        "👥 Актёры и команда",
    ]


async def test_card_escapes_everything(chat: ChatDriver) -> None:
    text = await _card(chat, "tom & jerry")
    assert "Tom & Jerry <Classic>" in text and "<b>not bold</b>" in text
    assert "&lt;b&gt;not bold&lt;/b&gt;" in chat.last_reply.content


async def test_missing_overview(chat: ChatDriver) -> None:
    assert "No description yet." in await _card(chat, "peep show")


async def test_very_long_overview_is_trimmed_to_fit(chat: ChatDriver) -> None:
    text = await _card(chat, "fellowship")
    assert utf16_len(chat.last_reply.content) <= MessageLimit.MAX_TEXT_LENGTH
    assert "Related:" in text and "Open on Trakt" in text


async def test_back_closes_the_card_and_keeps_the_list(chat: ChatDriver) -> None:
    await _card(chat, "dark")
    assert len(chat.replies) == 2
    await chat.press("◀ Back")
    assert len(chat.replies) == 1 and "The Dark Knight" in chat.text()
    await chat.press("2")
    assert chat.text().startswith("🎬 The Dark Knight (2008)")


async def test_one_card_costs_each_request_once(bot: Harness, chat: ChatDriver) -> None:
    await _card(chat, "the bear")
    counts = collections.Counter(_paths(bot))
    assert counts["/shows/193186"] == 1 and counts["/shows/193186/related"] == 1
    await chat.press("◀ Back")
    await chat.press("1")  # a second card within the cache's lifetime costs nothing
    assert collections.Counter(_paths(bot)) == counts


async def test_linked_viewer_pays_with_their_own_bucket(bot: Harness, chat: ChatDriver) -> None:
    await link_account(bot, chat.user.id)
    await _card(chat, "severance")
    assert bot.demo is not None
    summary = [r for r in bot.demo.requests if r.path == "/shows/154997"]
    assert summary and summary[0].username == "demo"


async def test_card_survives_a_failing_side_request(bot: Harness, chat: ChatDriver) -> None:
    assert bot.demo is not None
    bot.demo.fail("GET", "/shows/193186/related", 404)
    text = await _card(chat, "the bear")
    assert "Next: S04E04" in text and "Related:" not in text


@pytest.mark.parametrize(
    ("status", "headers", "body", "times", "expected"),
    [
        (500, {}, b"", 3, "Trakt is not answering"),
        (429, {"Retry-After": "30"}, b"", 1, "try again in 31 s"),
        (403, {"Content-Type": "text/html"}, b"<html>blocked</html>", 1, "refusing this bot"),
    ],
)
async def test_trakt_errors_opening_a_card(
    bot: Harness,
    chat: ChatDriver,
    status: int,
    headers: dict[str, str],
    body: bytes,
    times: int,
    expected: str,
) -> None:
    assert bot.demo is not None
    await chat.say("/search breaking")
    # The summary alone: the related titles are asked at the same time.
    bot.demo.fail("GET", "/shows/1388", status, headers=headers, body=body, times=times, exact=True)
    await chat.press("1")
    assert chat.last_answer is not None and chat.last_answer.show_alert
    assert expected in (chat.last_alert or "")
    assert len(chat.replies) == 1
    await chat.press("1")
    assert chat.text().startswith("📺 Breaking Bad")


async def test_trakt_error_in_russian(bot: Harness, ru_chat: ChatDriver) -> None:
    assert bot.demo is not None
    await ru_chat.say("/search breaking")
    bot.demo.fail("GET", "/shows/1388", 500, times=3, exact=True)
    await ru_chat.press("1")
    assert ru_chat.last_alert and "Trakt" in ru_chat.last_alert
    assert "not answering" not in ru_chat.last_alert


async def test_forged_details_data(chat: ChatDriver) -> None:
    await chat.say("/search dark")
    message = chat.last_reply.message_id
    for data in ("1|deto|*|x|1", "1|deto|*|s|abc", "1|det|*|s|0", "1|deto|*|s"):
        await chat.press_data(data, message)
        assert "out of date" in (chat.last_alert or ""), data
    assert len(chat.replies) == 1


async def test_unknown_title_is_a_short_message(chat: ChatDriver) -> None:
    await chat.say("/search dark")
    await chat.press_data("1|deto|*|s|999999999", chat.last_reply.message_id)
    assert "could not find" in (chat.last_alert or "")


async def test_public_button_api() -> None:
    movie = details_button(EN, MediaRef("movie", 16662), 1001)
    assert movie.text == "ℹ️ Details"
    cb = decode(movie.callback_data)  # type: ignore[arg-type]
    assert (cb.action, cb.owner, cb.args) == (Action.DETAILS_OPEN, 1001, ("m", "16662"))
    show = details_button(EN, MediaRef("show", 1388), None, "3")
    assert show.text == "3" and decode(show.callback_data).args == ("s", "1388")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        details_button(EN, MediaRef("episode", 73482), None)
    with pytest.raises(ValueError):
        details_button(EN, MediaRef("person", 1), None)  # type: ignore[arg-type]
    big = details_button(EN, MediaRef("show", 10**11), 10**12)
    assert len(str(big.callback_data).encode()) <= 64


async def test_button_from_another_feature_opens_the_card(
    bot: Harness, chat: ChatDriver, tg: FakeTelegram
) -> None:
    keyboard = InlineKeyboardMarkup([[details_button(EN, MediaRef("show", 1388), chat.user.id)]])
    await bot.app.bot.send_message(chat.chat.id, "a list", reply_markup=keyboard)
    await chat.press("Details")
    assert chat.text().startswith("📺 Breaking Bad") and len(chat.replies) == 2
    assert "a list" in chat.text(chat.replies[0])


def _card_data(overview: str, related: int = 5) -> card_render.Card:
    show = Show(title="T & <b>", year=2020, overview=overview, status="ended", network="N")
    names = [Movie(title=f"Related {n} " + "x" * 80) for n in range(related)]
    return card_render.Card(show, 'https://trakt.tv/shows/t?a=1&b="2"', related=names)


@pytest.mark.parametrize("limit", [MessageLimit.CAPTION_LENGTH, MessageLimit.MAX_TEXT_LENGTH])
@pytest.mark.parametrize("overview", ["", "short", "<&> " * 3000, "🎬 " * 3000])
def test_render_always_fits(limit: int, overview: str) -> None:
    text = card_render.render(EN, _card_data(overview), limit)
    assert utf16_len(text) <= limit
    assert (
        "T &amp; &lt;b&gt;" in text
        and 'href="https://trakt.tv/shows/t?a=1&amp;b=&quot;2&quot;"' in text
    )


def test_render_next_line_and_statuses() -> None:
    episode = Episode(season=2, number=5, title="A <b>", first_aired=None)
    assert card_render.next_line(EN, episode) == "▶ Next: S02E05 · A &lt;b&gt;"
    assert card_render.status_name(EN, "returning series") == "returning series"
    assert card_render.status_name(EN, "brand new status") == "brand new status"
    ru = shared_i18n().translator("ru")
    assert card_render.status_name(ru, "Ended") == "завершён"
    movie = Movie(title="M", released=date(2020, 1, 2), runtime=90, status="released")
    text = card_render.render(EN, card_render.Card(movie, "https://trakt.tv/movies/m"))
    assert "90 min · released Jan 2, 2020" in text and "· released ·" not in text


def test_a_status_or_genre_trakt_adds_later_is_shown_as_sent_without_an_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    ru = shared_i18n().translator("ru")
    with caplog.at_level(logging.WARNING):
        assert card_render.status_name(ru, "brand new status") == "brand new status"
        assert cards.genre_names(ru, ["drama", "space-opera"]) == "драма, space opera"
    assert not caplog.records, "a new Trakt word is not a missing message"


async def test_a_double_tap_opens_one_card(chat: ChatDriver) -> None:
    await chat.say("/search dark")
    results = chat.last_reply
    await asyncio.gather(chat.press("1", message=results), chat.press("1", message=results))
    assert len(chat.replies) == 2  # the results and one card
    await chat.press("1", message=results)  # a moment later: still the same tap
    assert len(chat.replies) == 2
    await chat.press("2", message=results)  # another title opens at once
    assert len(chat.replies) == 3
    await chat.press("◀ Back")  # closing lets the same button open the card again
    await chat.press("2", message=results)
    assert len(chat.replies) == 3 and chat.text().startswith("🎬 The Dark Knight")


async def test_a_tap_while_the_first_is_still_opening_opens_nothing(
    chat: ChatDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(views, "DOUBLE_TAP", 0.0)  # only "still opening" blocks now
    await chat.say("/search dark")
    results = chat.last_reply
    await asyncio.gather(chat.press("1", message=results), chat.press("1", message=results))
    assert len(chat.replies) == 2
    await chat.press("1", message=results)  # the first one is done: a new press opens
    assert len(chat.replies) == 3
