"""People in /search end to end: the result line, the person's card, its buttons."""

from __future__ import annotations

import collections

import httpx
import pytest

from bot.i18n import shared_i18n
from bot.kit.buttons import person_button
from bot.kit.callback import decode
from bot.kit.codes import Action
from bot.posters import PosterFetcher
from bot.render.cards import utf16_len
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import CDN, link_account

EN = shared_i18n().translator("en")
NOLAN = 4614


def _paths(bot: Harness) -> list[str]:
    assert bot.demo is not None
    return [r.path for r in bot.demo.requests]


async def _card(chat: ChatDriver, query: str = "nolan") -> str:
    await chat.say(f"/search {query}")
    await chat.press("1")
    return chat.text()


async def test_search_lists_a_person(chat: ChatDriver) -> None:
    await chat.say("/search nolan")
    text = chat.text()
    assert "1. 👤 Christopher Nolan" in text and "Directing · born 1970" in text
    assert "known for Inception" in text  # the biography's first line
    assert [b.label for b in chat.buttons()[0]] == ["1"]


async def test_person_card_lists_what_they_are_known_for(chat: ChatDriver) -> None:
    text = await _card(chat)
    assert len(chat.replies) == 2  # the card comes below the results
    assert text.startswith("👤 Christopher Nolan\nDirecting · born Jul 30, 1970 · Westminster")
    assert "Known for\n1. 🎬 Inception (2010)\n2. 🎬 The Dark Knight (2008)\n" in text
    assert "5. 🎬 The Odyssey (2026)" in text and "as Director" not in text
    assert "https://trakt.tv/people/christopher-nolan" in text
    labels = [[b.label for b in row] for row in chat.buttons()]
    assert labels == [["1", "2", "3", "4"], ["5"], ["◀ Back"]]


async def test_actor_card_shows_characters_and_episodes(chat: ChatDriver) -> None:
    text = await _card(chat, "pedro pascal")
    assert "Acting · born Apr 2, 1975" in text
    assert "📺 The Last of Us (2023) · as Joel Miller · 16 episodes" in text
    assert "📺 The Mandalorian (2019) · as Din Djarin and The Mandalorian · 24 episodes" in text


async def test_person_card_in_russian(ru_chat: ChatDriver) -> None:
    text = await _card(ru_chat)
    assert "Режиссура · род. 30 июл. 1970\u202fг." in text
    assert "1. 🎬 Начало (2010)" in text and "🎬 Интерстеллар (2014)" in text
    assert "Известные работы" in text and "Открыть на Trakt" in text
    assert [b.label for b in ru_chat.buttons()[-1]] == ["◀ Назад"]


async def test_names_in_other_scripts(chat: ChatDriver) -> None:
    text = await _card(chat, "miyazaki")
    assert text.startswith("👤 宮崎駿") and "1. 🎬 Spirited Away (2001)" in text
    text = await _card(chat, "farhadi")
    # Right-to-left names and titles are isolated: the lines stay left-to-right.
    assert text.startswith("👤 \u2068اصغر فرهادی\u2069\n")
    assert "1. 🎬 \u2068جدایی نادر از سیمین\u2069 (2011)" in text


async def test_numbers_open_the_titles_details(chat: ChatDriver) -> None:
    await _card(chat)
    await chat.press("3")
    assert chat.text().startswith("🎬 Interstellar (2014)") and len(chat.replies) == 3
    await chat.press("◀ Back")
    assert chat.text().startswith("👤 Christopher Nolan")


async def test_back_closes_the_card(chat: ChatDriver) -> None:
    await _card(chat)
    await chat.press("◀ Back")
    assert len(chat.replies) == 1 and "1. 👤 Christopher Nolan" in chat.text()


async def test_card_costs_three_requests_once(bot: Harness, chat: ChatDriver) -> None:
    await _card(chat)
    counts = collections.Counter(p for p in _paths(bot) if p.startswith("/people/"))
    assert counts == {"/people/4614": 1, "/people/4614/movies": 1, "/people/4614/shows": 1}
    await chat.press("◀ Back")
    await chat.press("1")
    again = collections.Counter(p for p in _paths(bot) if p.startswith("/people/"))
    assert again == counts  # cached


async def test_linked_viewer_pays_with_their_own_bucket(bot: Harness, chat: ChatDriver) -> None:
    await link_account(bot, chat.user.id)
    await _card(chat)
    assert bot.demo is not None
    sent = [r for r in bot.demo.requests if r.path.startswith("/people/")]
    assert len(sent) == 3 and all(r.username == "demo" for r in sent)


async def test_card_without_credits_still_shows_the_person(bot: Harness, chat: ChatDriver) -> None:
    assert bot.demo is not None
    await chat.say("/search nolan")
    bot.demo.fail("GET", "/people/4614/movies", 500, times=3)
    await chat.press("1")
    text = chat.text()
    assert text.startswith("👤 Christopher Nolan")
    assert "Trakt could not list their movies and shows just now." in text  # not "none"
    assert [[b.label for b in row] for row in chat.buttons()] == [["◀ Back"]]


@pytest.mark.parametrize(
    ("status", "times", "expected"),
    [(404, 1, "could not find"), (500, 9, "Trakt is not answering"), (429, 1, "try again")],
)
async def test_trakt_errors_opening_a_person(
    bot: Harness, chat: ChatDriver, status: int, times: int, expected: str
) -> None:
    assert bot.demo is not None
    await chat.say("/search nolan")
    headers = {"Retry-After": "5"} if status == 429 else {}
    # A prefix: the credits requests share the failures, so 500 fails every retry.
    bot.demo.fail("GET", "/people/4614", status, headers=headers, times=times)
    await chat.press("1")
    assert chat.last_answer is not None and chat.last_answer.show_alert
    assert expected in (chat.last_alert or "")
    assert len(chat.replies) == 1


async def test_forged_and_unknown_person_data(chat: ChatDriver) -> None:
    await chat.say("/search nolan")
    message = chat.last_reply.message_id
    for data in ("1|pplo|*|abc", "1|pplo|*|0", "1|pplo|*", "1|pplo|*|-5", "1|ppl|*|x"):
        await chat.press_data(data, message)
        assert "out of date" in (chat.last_alert or ""), data
    await chat.press_data("1|pplo|*|999999999", message)
    assert "could not find" in (chat.last_alert or "")
    assert len(chat.replies) == 1


async def test_someone_elses_card_buttons(bot: Harness, tg: FakeTelegram) -> None:
    ann = bot.chat(chat=tg.group_chat())
    bob = ann.as_user(2002, "Bob")
    await ann.say("/search nolan")
    await bob.press("1")  # anyone may open a card from results; the card is then Bob's
    card = bob.last_reply
    assert bob.text(card).startswith("👤 Christopher Nolan")
    await ann.press("◀ Back", message=card)
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert "belongs to whoever asked" in (ann.last_alert or "")
    await ann.press("2", message=card)  # a title's number opens a card for anyone
    assert ann.text().startswith("🎬 The Dark Knight")


async def test_public_button_api() -> None:
    made = person_button(EN, NOLAN, 1001, label="3")
    assert made.text == "3"
    cb = decode(made.callback_data)  # type: ignore[arg-type]
    assert (cb.action, cb.owner, cb.args) == (Action.PERSON_OPEN, 1001, (str(NOLAN),))
    big = person_button(EN, 10**12, 10**12)
    assert len(str(big.callback_data).encode()) <= 64


async def test_a_writer_is_known_for_what_they_created(chat: ChatDriver) -> None:
    text = await _card(chat, "waller-bridge")
    assert "Writing · born Jul 14, 1985" in text
    assert "Known for\n1. 📺 Fleabag (2016)\n" in text and "2. " not in text


# -- a title's people -------------------------------------------------------------------


async def _people_of(chat: ChatDriver, query: str, label: str = "👥 Cast and crew") -> str:
    await _card(chat, query)
    await chat.press(label)
    return chat.text()


async def test_a_titles_cast_and_crew(chat: ChatDriver) -> None:
    text = await _people_of(chat, "fleabag")
    assert len(chat.replies) == 3  # results, the card, the people below it
    assert text.startswith("👥 Fleabag (2016) · cast and crew\n\n")
    # She created it (why she leads the list); her writing credit is left to her character.
    assert "1. Phoebe Waller-Bridge · Creator · as Fleabag · 12 episodes" in text
    assert "https://trakt.tv/shows/fleabag/people" in text
    assert [[b.label for b in row] for row in chat.buttons()] == [["1"], ["◀ Back"]]
    await chat.press("1")
    assert chat.text().startswith("👤 Phoebe Waller-Bridge")
    await chat.press("1")  # and from the person back to a title: the loop closes
    assert chat.text().startswith("📺 Fleabag (2016)")


async def test_directors_come_first_and_each_person_once(chat: ChatDriver) -> None:
    text = await _people_of(chat, "inception")
    assert "1. Christopher Nolan · Directing, Writing, and Production" in text
    assert "2. " not in text


async def test_a_titles_people_in_russian(ru_chat: ChatDriver) -> None:
    text = await _people_of(ru_chat, "во все тяжкие", "👥 Актёры и команда")
    assert text.startswith("👥 Во все тяжкие (2008) · Breaking Bad · актёры и съёмочная команда")
    assert "1. Bryan Cranston · роль: Walter White · 62 серии" in text


async def test_nobody_listed_is_said_plainly(chat: ChatDriver) -> None:
    text = await _people_of(chat, "matrix")
    assert "Trakt lists no cast or crew for it yet." in text
    assert [[b.label for b in row] for row in chat.buttons()] == [["◀ Back"]]


async def test_a_titles_people_cost_one_request_once(bot: Harness, chat: ChatDriver) -> None:
    await _people_of(chat, "inception")
    await chat.press("◀ Back")
    await chat.press("👥 Cast and crew")
    assert _paths(bot).count("/movies/16662/people") == 1


async def test_trakt_failing_on_a_titles_people(bot: Harness, chat: ChatDriver) -> None:
    assert bot.demo is not None
    await _card(chat, "inception")
    bot.demo.fail("GET", "/movies/16662/people", 500, times=3)
    await chat.press("👥 Cast and crew")
    assert chat.last_answer is not None and chat.last_answer.show_alert
    assert "Trakt is not answering" in (chat.last_alert or "")
    assert len(chat.replies) == 2


async def test_forged_cast_data(chat: ChatDriver) -> None:
    await _card(chat, "inception")
    message = chat.last_reply.message_id
    for data in ("1|pplco|*|x|16662", "1|pplco|*|m|abc", "1|pplco|*|m", "1|pplc|*|m|0"):
        await chat.press_data(data, message)
        assert "out of date" in (chat.last_alert or ""), data
    await chat.press_data("1|pplco|*|m|999999999", message)
    assert "could not find" in (chat.last_alert or "")


# -- headshots ----------------------------------------------------------------------------


async def test_a_person_with_a_headshot_gets_a_photo_card(bot: Harness, chat: ChatDriver) -> None:
    cdn = CDN()
    bot.services.posters = PosterFetcher(transport=httpx.MockTransport(cdn))
    await _card(chat, "pascal")
    card = chat.last_reply
    assert card.photo is not None and len(cdn.hits) == 1
    assert "/images/persons/" in cdn.hits[0] and "/headshots/" in cdn.hits[0]
    text = chat.text()
    assert text.startswith("👤 Pedro Pascal") and "📺 The Last of Us (2023)" in text
    assert card.caption and utf16_len(card.caption) <= 1024
    assert [[b.label for b in row] for row in chat.buttons()] == [["1", "2", "3"], ["◀ Back"]]
    await chat.press("3")
    assert chat.text().startswith("📺 The Last of Us")


async def test_a_headshot_that_cannot_be_had_leaves_a_text_card(
    bot: Harness, chat: ChatDriver
) -> None:
    cdn = CDN()
    cdn.status = 404
    bot.services.posters = PosterFetcher(transport=httpx.MockTransport(cdn))
    await _card(chat, "pascal")
    assert chat.last_reply.photo is None and chat.text().startswith("👤 Pedro Pascal")
