"""Inline mode end to end: `@bot query` answers, paging, marks, the card's button, failures."""

from __future__ import annotations

import pytest

from bot.features import inline
from bot.kit.callback import decode, encode
from bot.snapshots import SnapshotCache
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.fakebot.models import JSON, CallbackAnswer, StoredMessage
from bot.testkit.harness import Harness
from tests.helpers import Clock, link_account, wait_for

DUNE_TWO = 628457  # movie, on demo's watchlist
INCEPTION = "Inception (2010) · Movie"  # in demo's history
BREAKING_BAD = "Breaking Bad (2008) · Show"  # in demo's history: 7 of 62 episodes
PLANET_EARTH = "Planet Earth II (2016) · Show"  # in demo's history: every episode


@pytest.fixture
def clock(bot: Harness) -> Clock:
    """The clock of the marks cache."""
    fake = Clock()
    bot.services.marks.snapshots = SnapshotCache(clock=fake)
    return fake


def _by_title(results: list[JSON]) -> dict[str, JSON]:
    return {result["title"]: result for result in results}


def _card(result: JSON) -> str:
    return str(result["input_message_content"]["message_text"])


def _mark_requests(bot: Harness) -> list[str]:
    assert bot.demo is not None
    return [
        r.path
        for r in bot.demo.requests
        if r.method == "GET"
        and (r.path.startswith("/sync/watchlist") or r.path.startswith("/users/me/watched"))
    ]


async def _send_and_press(
    bot: Harness, sender: ChatDriver, presser: ChatDriver, result: JSON
) -> tuple[CallbackAnswer, StoredMessage]:
    """`sender` picks `result` (it becomes an inline message); `presser` taps its button."""
    tg = bot.telegram
    chosen = tg.chosen_inline_result_update(sender.user, result["id"])
    await bot.deliver(chosen)
    inline_id = chosen["chosen_inline_result"]["inline_message_id"]
    data = result["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    press = tg.inline_callback_update(presser.user, inline_id, data)
    await bot.deliver(press)
    answer = _answer(tg, press["callback_query"]["id"])
    return answer, tg.inline_messages[inline_id]


def _answer(tg: FakeTelegram, query_id: str) -> CallbackAnswer:
    found = [a for a in tg.callback_answers if a.query_id == query_id]
    assert len(found) == 1, "a callback query is answered exactly once"
    return found[0]


async def test_a_query_lists_shows_and_movies_best_first(
    chat: ChatDriver, tg: FakeTelegram
) -> None:
    results = await chat.inline("dark")
    assert [r["title"] for r in results] == ["Dark (2017) · Show", "The Dark Knight (2008) · Movie"]
    dark = results[0]
    assert dark["type"] == "article" and dark["id"] == "s119024.1"
    assert dark["description"].startswith(
        "★ 8.6 · drama, mystery, science fiction\nA missing child"
    )
    assert dark["thumbnail_url"].startswith("https://") and ".trakt.tv/" in dark["thumbnail_url"]
    card = _card(dark)
    assert card.startswith("📺 <b>Dark</b> (2017)\n★ 8.6")
    assert '<a href="https://trakt.tv/shows/dark">Open on Trakt</a>' in card
    assert dark["input_message_content"]["parse_mode"] == "HTML"
    (button,) = dark["reply_markup"]["inline_keyboard"][0]
    assert button["text"] == "➕ Add to my watchlist"
    assert decode(button["callback_data"]).owner is None  # anyone who sees the card
    assert 'href="https://trakt.tv/movies/the-dark-knight-2008"' in _card(results[1])
    answer = tg.inline_answers[-1]
    assert answer.next_offset == "" and answer.is_personal


async def test_empty_query_offers_trending_in_pages(chat: ChatDriver, tg: FakeTelegram) -> None:
    first = await chat.inline("")
    assert len(first) == 50  # InlineQueryLimit.RESULTS: 25 shows and 25 movies, interleaved
    assert first[0]["title"].endswith("· Show") and first[1]["title"].endswith("· Movie")
    assert tg.inline_answers[-1].next_offset == "2"
    second = await chat.inline("", offset="2")
    assert len(second) == 22  # the demo has 37 shows and 35 movies
    assert not {r["title"] for r in first} & {r["title"] for r in second}
    assert tg.inline_answers[-1].next_offset == ""
    ids = [r["id"] for r in first + second]
    assert len(ids) == len(set(ids)) and all(len(i.encode()) <= 64 for i in ids)


async def test_search_pages_through_next_offset(chat: ChatDriver, tg: FakeTelegram) -> None:
    first = await chat.inline("a")
    assert len(first) == inline.SEARCH_PAGE and tg.inline_answers[-1].next_offset == "2"
    second = await chat.inline("a", offset="2")
    assert 0 < len(second) < inline.SEARCH_PAGE
    assert not {r["id"] for r in first} & {r["id"] for r in second}
    assert tg.inline_answers[-1].next_offset == ""


@pytest.mark.parametrize("offset", ["99", "0", "1", "x", "-2", "2.5"])
async def test_offsets_we_never_gave_answer_nothing(chat: ChatDriver, offset: str) -> None:
    assert await chat.inline("a", offset=offset) == []
    assert chat.last_inline is not None and chat.last_inline.next_offset == ""


async def test_unlinked_people_get_a_link_button(chat: ChatDriver, tg: FakeTelegram) -> None:
    results = await chat.inline("breaking")
    assert [r["title"] for r in results] == [BREAKING_BAD]
    assert "Watched" not in results[0]["description"]
    answer = tg.inline_answers[-1]
    assert answer.button == {
        "text": "🔗 Link Trakt to see what you’ve watched",
        "start_parameter": "link",
    }
    assert answer.cache_time == inline.CACHE_PUBLIC == 300
    assert answer.is_personal  # localized: Telegram's shared cache is per query only
    await chat.inline("breaking", offset="2")  # no second page: no button either
    assert tg.inline_answers[-1].button is None


async def test_linked_people_see_their_marks(
    bot: Harness, chat: ChatDriver, tg: FakeTelegram, clock: Clock
) -> None:
    await link_account(bot, chat.user.id)
    trending = _by_title(await chat.inline(""))
    answer = tg.inline_answers[-1]
    assert (
        answer.is_personal and answer.cache_time == inline.CACHE_PERSONAL and answer.button is None
    )
    # A first answer refreshes two of the three parts (the budget): the watchlist, then
    # the watched shows; the watched movies come once the minute is over.
    assert "📌 On your watchlist" in trending["Shōgun (2024) · Show"]["description"]
    assert "✅" not in trending[BREAKING_BAD]["description"]  # episodes left: not ✅
    assert "✅" not in trending[INCEPTION]["description"]
    assert len(_mark_requests(bot)) == 2
    found = _by_title(await chat.inline("planet earth"))
    assert found[PLANET_EARTH]["description"].startswith("✅ Watched · ★")
    assert len(_mark_requests(bot)) == 2
    clock.now += 61
    trending = _by_title(await chat.inline(""))
    assert trending[INCEPTION]["description"].startswith("✅ Watched · ★")
    assert "📌 On your watchlist" in trending["Dune: Part Two (2024) · Movie"]["description"]
    assert "✅" not in trending["Game of Thrones (2011) · Show"]["description"]
    assert "📌" not in trending["Game of Thrones (2011) · Show"]["description"]


async def test_marks_cost_at_most_two_trakt_requests_a_minute(
    bot: Harness, chat: ChatDriver, clock: Clock
) -> None:
    await link_account(bot, chat.user.id)
    for query in ("breaking", "dune", "", "inception", "dark", "a", "shogun"):
        await chat.inline(query)
        clock.now += 5
    assert len(_mark_requests(bot)) == 2  # watchlist and watched shows ("breaking")
    clock.now += 30  # now a minute after those two
    for query in ("", "dark", "a"):
        await chat.inline(query)
    # the missing part (movies) first, then the stalest (the watchlist); then the budget is spent
    assert _mark_requests(bot)[2:] == ["/users/me/watched/movies", "/sync/watchlist/all/rank"]
    results = _by_title(await chat.inline(""))
    assert "✅ Watched" in results[INCEPTION]["description"]
    assert "✅ Watched" not in results[BREAKING_BAD]["description"]
    assert "✅ Watched" in _by_title(await chat.inline("planet"))[PLANET_EARTH]["description"]


async def test_a_linked_person_adds_from_an_inline_card(
    bot: Harness, chat: ChatDriver, tg: FakeTelegram
) -> None:
    assert bot.demo is not None
    await link_account(bot, chat.user.id)
    (result,) = await chat.inline("inception")
    friend = bot.chat(user_id=1003, first_name="Alice")
    await link_account(bot, friend.user.id, "alice")
    answer, message = await _send_and_press(bot, chat, friend, await _pick(chat, "interstellar"))
    assert answer.text == "Added to your watchlist" and not answer.show_alert
    interstellar = decode(message.inline_keyboard[0][0]["callback_data"])
    assert bot.demo.users["alice"].on_watchlist("movie", int(interstellar.args[2]))
    assert not bot.demo.users["demo"].on_watchlist("movie", int(interstellar.args[2]))
    assert message.edit_date is None  # the card is shared: it stays as it is
    before = len(bot.demo.users["demo"].watchlist)
    answer, _ = await _send_and_press(bot, chat, chat, result)
    assert answer.text == "Added to your watchlist"
    assert len(bot.demo.users["demo"].watchlist) == before + 1
    again, _ = await _send_and_press(bot, chat, chat, result)
    assert again.text == "Already on your watchlist"
    marked = await chat.inline("inception")  # what they did shows at once
    assert "📌 On your watchlist" in marked[0]["description"]


async def _pick(chat: ChatDriver, query: str) -> JSON:
    results = await chat.inline(query)
    assert results, f"nothing found for {query!r}"
    return results[0]


async def test_an_unlinked_presser_is_told_to_open_the_bot(
    bot: Harness, chat: ChatDriver, tg: FakeTelegram
) -> None:
    result = await _pick(chat, "dune")
    stranger = bot.chat(user_id=1004, first_name="Eve")
    answer, _ = await _send_and_press(bot, chat, stranger, result)
    assert answer.show_alert
    assert answer.text is not None and "@trakt_demo_bot" in answer.text and "/link" in answer.text
    assert all(call.status == 200 for call in tg.calls)


async def test_a_forged_card_button_is_refused(bot: Harness, chat: ChatDriver) -> None:
    result = await _pick(chat, "dune")
    result["reply_markup"]["inline_keyboard"][0][0]["callback_data"] = encode(
        inline.ACTION, "wl", "x", 1, owner=None
    )
    answer, _ = await _send_and_press(bot, chat, chat, result)
    assert answer.show_alert and answer.text is not None and "out of date" in answer.text


async def test_a_full_watchlist_is_explained(bot: Harness, chat: ChatDriver) -> None:
    assert bot.demo is not None
    await link_account(bot, chat.user.id)
    result = await _pick(chat, "interstellar")
    bot.demo.fail("POST", "/sync/watchlist", 420)
    answer, _ = await _send_and_press(bot, chat, chat, result)
    assert answer.show_alert and answer.text is not None and "100" in answer.text


async def test_a_long_query_is_cut(bot: Harness, chat: ChatDriver, tg: FakeTelegram) -> None:
    assert bot.demo is not None
    results = await chat.inline("breaking bad " + "x" * 300)
    assert results == [] and chat.last_inline is not None
    sent = [r.query["query"] for r in bot.demo.requests if r.path.startswith("/search/")]
    assert sent and all(len(q) <= 200 for q in sent)
    assert all(call.status == 200 for call in tg.calls)


@pytest.mark.parametrize(
    "query",
    [
        "<b>&",
        "🍿🍿🍿",
        "\u202e\u200f🎬 ‮evil",
        '") OR 1=1 -- \\ / : * ? ~ ^ [ ] { } + && || !',
        "   ",
    ],
)
async def test_odd_queries_never_fail(chat: ChatDriver, tg: FakeTelegram, query: str) -> None:
    await chat.inline(query)
    assert chat.last_inline is not None  # answered, not an exception
    assert all(call.status == 200 for call in tg.calls)


async def test_markup_and_right_to_left_titles_are_safe(chat: ChatDriver) -> None:
    (tom,) = await chat.inline("tom & jerry")
    assert tom["title"].startswith("Tom & Jerry <Classic>")
    assert "Tom &amp; Jerry &lt;Classic&gt;" in _card(tom) and "<Classic>" not in _card(tom)
    (separation,) = await chat.inline("جدایی")
    assert separation["title"].startswith("\u2068جدایی نادر از سیمین\u2069 (")
    assert "<b>\u2068جدایی نادر از سیمین\u2069</b>" in _card(separation)


async def test_titles_without_images_have_no_thumbnail(chat: ChatDriver) -> None:
    results = await chat.inline("detectorists")
    assert results and "thumbnail_url" not in results[0]


@pytest.mark.parametrize("path", ["/search/", "/shows/trending"])
async def test_trakt_failing_answers_empty_with_a_button(
    bot: Harness, chat: ChatDriver, tg: FakeTelegram, path: str
) -> None:
    assert bot.demo is not None
    bot.demo.fail("GET", path, 503, times=10)
    results = await chat.inline("breaking" if path == "/search/" else "")
    answer = tg.inline_answers[-1]
    assert results == [] and answer.next_offset == ""
    assert answer.button == {
        "text": "⚠️ Trakt is unavailable, try again in a moment",
        "start_parameter": inline.RETRY_PAYLOAD,
    }
    assert answer.cache_time == inline.CACHE_FAILED and answer.is_personal


async def test_russian_answers_for_a_russian_searcher(
    ru_chat: ChatDriver, tg: FakeTelegram
) -> None:
    (result,) = await ru_chat.inline("Во все тяжкие")
    assert result["title"] == "Во все тяжкие (2008) · Сериал"
    assert "драма" in result["description"] and "Школьный учитель химии" in result["description"]
    card = _card(result)
    assert "Во все тяжкие</b> (2008) · <i>Breaking Bad</i>" in card
    assert "Школьный учитель химии" in card and "Открыть на Trakt" in card
    assert result["reply_markup"]["inline_keyboard"][0][0]["text"].startswith("➕ Добавить")
    assert tg.inline_answers[-1].button is not None
    assert tg.inline_answers[-1].button["text"].startswith("🔗 Привяжите Trakt")


async def test_a_saved_language_wins_over_telegrams(bot: Harness, chat: ChatDriver) -> None:
    bot.services.store.set_language(chat.user.id, "ru")
    (result,) = await chat.inline("breaking")
    assert result["title"].endswith("· Сериал")


async def test_an_unlinked_russian_presser_gets_the_hint_in_russian(
    bot: Harness, chat: ChatDriver, ru_chat: ChatDriver
) -> None:
    result = await _pick(chat, "dune")
    answer, _ = await _send_and_press(bot, chat, ru_chat, result)
    assert answer.show_alert and answer.text is not None and "@trakt_demo_bot" in answer.text
    assert "/link" in answer.text and "привязан" in answer.text


async def test_help_mentions_inline_mode(chat: ChatDriver) -> None:
    await chat.say("/help")
    assert "@trakt_demo_bot title" in chat.text()


async def test_a_late_trakt_answers_with_the_button_and_still_fills_the_cache(
    bot: Harness, chat: ChatDriver, tg: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert bot.demo is not None
    monkeypatch.setattr(inline, "DEADLINE", 0.0)
    assert await chat.inline("shogun") == []
    assert tg.inline_answers[-1].button is not None
    monkeypatch.setattr(inline, "DEADLINE", 5.0)
    # the late fetch goes on in the background
    await wait_for(lambda: not bot.app.bot_data.background, what="the late search to finish")
    assert [r["title"] for r in await chat.inline("shogun")] == ["Shōgun (2024) · Show"]
    assert sum(r.path.startswith("/search/") for r in bot.demo.requests) == 1  # from the cache


@pytest.mark.parametrize("env", [{"BOT_ALLOWED_USERS": "42"}])
async def test_people_not_allowed_get_nothing(chat: ChatDriver, tg: FakeTelegram) -> None:
    assert await chat.inline("breaking") == []
    assert tg.inline_answers[-1].button is None


async def test_a_refused_thumbnail_costs_only_the_thumbnails(
    chat: ChatDriver, tg: FakeTelegram
) -> None:
    tg.fail_next(
        "answerInlineQuery", status=400, description="Bad Request: WEBDOCUMENT_URL_INVALID"
    )
    results = await chat.inline("dark")
    assert [r["title"] for r in results] == ["Dark (2017) · Show", "The Dark Knight (2008) · Movie"]
    assert not any("thumbnail_url" in r for r in results)


async def test_cards_of_awkward_titles(chat: ChatDriver) -> None:
    peep = _by_title(await chat.inline("peep show"))["Peep Show (2003) · Show"]
    assert "\n\n\n" not in _card(peep) and "Open on Trakt" in _card(peep)
    avatar = await _pick(chat, "avatar seven havens")
    assert avatar["title"] == "Avatar: Seven Havens · Show"
    assert _card(avatar).startswith("📺 <b>Avatar: Seven Havens</b>\n")
    twin = await _pick(chat, "twin peaks")
    assert len(_card(twin)) < 1000 and "…" in _card(twin)
    assert len(twin["description"]) < 200


async def test_marks_failing_still_answers_without_them(
    bot: Harness, chat: ChatDriver, tg: FakeTelegram, clock: Clock
) -> None:
    assert bot.demo is not None
    await link_account(bot, chat.user.id)
    bot.demo.fail("GET", "/sync/watchlist", 503, times=10)
    (dune,) = await chat.inline("dune part two")
    assert dune["title"] == "Dune: Part Two (2024) · Movie" and "📌" not in dune["description"]
    assert tg.inline_answers[-1].button is None and tg.inline_answers[-1].is_personal


async def test_trakt_failing_on_a_press_is_an_alert(bot: Harness, chat: ChatDriver) -> None:
    assert bot.demo is not None
    await link_account(bot, chat.user.id)
    result = await _pick(chat, "interstellar")
    bot.demo.fail("POST", "/sync/watchlist", 503, times=10)
    answer, _ = await _send_and_press(bot, chat, chat, result)
    assert answer.show_alert and answer.text is not None and "Trakt" in answer.text


def _translation_requests(bot: Harness) -> list[str]:
    assert bot.demo is not None
    return [r.path for r in bot.demo.requests if "/translations/" in r.path]


async def test_translations_cost_a_few_requests_per_answer(
    bot: Harness, chat: ChatDriver, ru_chat: ChatDriver
) -> None:
    await chat.inline("")  # English: Trakt's own titles, nothing to ask
    assert _translation_requests(bot) == []
    results = await ru_chat.inline("")  # 50 trending titles
    asked = _translation_requests(bot)
    assert 0 < len(asked) <= inline.TRANSLATE_ASK
    assert len(results) > inline.TRANSLATE_ASK
    await ru_chat.inline("")  # the next answer reuses those and asks a few more at most
    assert len(_translation_requests(bot)) - len(asked) <= inline.TRANSLATE_ASK
    assert len(set(_translation_requests(bot))) == len(_translation_requests(bot))


async def test_a_failing_translation_does_not_fail_the_answer(
    bot: Harness, ru_chat: ChatDriver, tg: FakeTelegram
) -> None:
    assert bot.demo is not None
    bot.demo.fail("GET", "/shows/1388/translations", 500, times=9)
    (result,) = await ru_chat.inline("breaking bad")
    assert result["title"] == "Breaking Bad (2008) · Сериал"  # Trakt's own, not an error
