"""Junk words after /trending, /popular or /recommend get the usage hint (as /history and
/lists do); `/lists username` shows someone's public lists without a linked account."""

from __future__ import annotations

import pytest

from bot.demo import DemoTrakt
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import link_account


@pytest.mark.parametrize(
    "junk", ["/trending blah", "/trending movies movies", "/popular week month", "/popular <b>"]
)
async def test_junk_after_trending_or_popular_gets_usage(chat: ChatDriver, junk: str) -> None:
    replies = await chat.say(junk)
    assert len(replies) == 1
    assert chat.text().startswith("Show what’s hot on Trakt:")
    assert "/trending movies week" in chat.text()


@pytest.mark.parametrize(
    ("command", "header"),
    [
        ("/trending", "Trending shows"),
        ("/trending movies", "Trending movies"),
        ("/trending filme woche", "Most watched movies"),
        ("/popular MOVIES", "Popular movies"),
    ],
)
async def test_good_words_still_work(chat: ChatDriver, command: str, header: str) -> None:
    await chat.say(command)
    assert header in chat.text()


async def test_trending_usage_in_persian(bot: Harness) -> None:
    persian = bot.chat(user_id=1005, first_name="Sara", language_code="fa")
    await persian.say("/trending چیزی")
    assert "داغ‌ترین‌های Trakt" in persian.text()


@pytest.mark.parametrize("junk", ["/recommend blah", "/recommend movies shows", "/recommend week"])
async def test_junk_after_recommend_gets_usage(bot: Harness, chat: ChatDriver, junk: str) -> None:
    await link_account(bot, chat.user.id)
    await chat.say(junk)
    assert chat.text().startswith("Titles Trakt picks for you:")


async def test_recommend_usage_needs_no_account(chat: ChatDriver) -> None:
    await chat.say("/recommend blah")
    assert chat.text().startswith("Titles Trakt picks for you:")


async def test_recommend_movies_still_works(bot: Harness, chat: ChatDriver) -> None:
    await link_account(bot, chat.user.id)
    await chat.say("/recommend фильмы")
    assert "movies" in chat.text().splitlines()[0].lower()


async def test_recommend_usage_in_turkish(bot: Harness) -> None:
    turkish = bot.chat(user_id=1006, first_name="Ece", language_code="tr")
    await turkish.say("/recommend saçma")
    assert turkish.text().startswith("Trakt'ın senin için seçtikleri:")


# -- /lists username without linking ------------------------------------------------------


async def test_public_lists_without_linking(chat: ChatDriver, demo: DemoTrakt) -> None:
    await chat.say("/lists alice")
    assert chat.text().startswith("📋 alice’s lists · 1 public list\n\n1. Comfort watches")
    await chat.press("Comfort watches")
    assert chat.text().startswith("📋 Comfort watches by alice · 4 items")
    await chat.press("◀ Back")
    assert "alice’s lists" in chat.text()
    asked = [r for r in demo.requests if r.path.startswith("/users/alice")]
    assert asked and all(r.username is None for r in asked)  # public: no token sent


async def test_a_linked_person_still_sends_their_token(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await link_account(bot, chat.user.id)
    await chat.say("/lists alice")
    asked = [r for r in demo.requests if r.path.startswith("/users/alice")]
    assert asked and all(r.username == "demo" for r in asked)


async def test_own_lists_still_need_an_account(chat: ChatDriver) -> None:
    await chat.say("/lists")
    assert "needs your Trakt account" in chat.text()


async def test_a_private_profile_without_linking(chat: ChatDriver, ru_chat: ChatDriver) -> None:
    await chat.say("/lists nobody-here")
    assert "I can’t see nobody-here’s lists" in chat.text()
    await ru_chat.say("/lists nobody-here")
    assert "nobody-here" in ru_chat.text()


async def test_public_lists_in_a_group_without_linking(bot: Harness) -> None:
    group = bot.telegram.group_chat()
    ann = bot.chat(chat=group)
    await ann.say("/lists alice")
    assert "alice’s lists" in ann.text()
