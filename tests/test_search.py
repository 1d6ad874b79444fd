"""/search end to end: results, paging, the ForceReply prompt, odd input, Trakt errors."""

from __future__ import annotations

import time

import pytest

from bot.features import search
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import link_account, view_rows


def _searches(bot: Harness) -> list[str]:
    assert bot.demo is not None
    return [r.query.get("query", "") for r in bot.demo.requests if r.path.startswith("/search/")]


async def test_search_lists_shows_and_movies_best_first(chat: ChatDriver) -> None:
    await chat.say("/search dark")
    text = chat.text()
    assert "dark" in text and "page 1 of 1" in text
    assert text.index("1. Dark (2017)") < text.index("2. The Dark Knight (2008)")
    assert "📺 show" in text and "🎬 movie" in text
    assert [b.label for b in chat.buttons()[0]] == ["1", "2"]


async def test_search_in_russian(ru_chat: ChatDriver) -> None:
    await ru_chat.say("/search Во все тяжкие")
    text = ru_chat.text()
    assert "Breaking Bad" in text and "страница 1 из 1" in text and "сериал" in text


async def test_search_escapes_markup_in_titles_and_query(chat: ChatDriver) -> None:
    await chat.say("/search tom & jerry")
    assert "Tom & Jerry <Classic>" in chat.text()
    source = chat.last_reply.content
    assert "Tom &amp; Jerry &lt;Classic&gt;" in source and "tom &amp; jerry" in source


async def test_search_right_to_left(chat: ChatDriver) -> None:
    await chat.say("/search جدایی")
    assert "جدایی نادر از سیمین" in chat.text()
    assert "\u2068جدایی\u2069" in chat.text()  # the query is isolated from the LTR line


async def test_search_with_emoji(chat: ChatDriver) -> None:
    await chat.say("/search huckabees")
    assert "I ❤️ Huckabees" in chat.text()
    await chat.say("/search 🍿🍿🍿")
    assert "Nothing found" in chat.text()


async def test_no_results_is_friendly(chat: ChatDriver, ru_chat: ChatDriver) -> None:
    await chat.say("/search zzz")
    assert "Nothing found for zzz" in chat.text()
    assert view_rows(chat) == []
    await ru_chat.say("/search zzz")
    assert "ничего не нашлось" in ru_chat.text()


@pytest.mark.parametrize(
    "query",
    [
        "x" * 5000,
        "<b>bold</b> & <i>co",
        '") OR 1=1 -- \\ / : * ? ~ ^ [ ] { } +',
        "\u202e\u200f🎬 ‮evil",
    ],
)
async def test_odd_queries_never_fail(
    bot: Harness, chat: ChatDriver, tg: FakeTelegram, query: str
) -> None:
    await chat.say(f"/search {query}")
    assert all(call.status == 200 for call in tg.calls)
    assert "Nothing found" in chat.text()
    assert len(chat.last_reply.content) < 400  # the query is shown trimmed
    assert all(len(sent) <= 400 for sent in _searches(bot))  # escaped, trimmed to 200


async def test_markup_in_query_is_shown_escaped(chat: ChatDriver) -> None:
    await chat.say("/search <b>x</b> & y")
    assert "&lt;b&gt;x&lt;/b&gt; &amp; y" in chat.last_reply.content


async def test_paging_edits_the_same_message(chat: ChatDriver) -> None:
    await chat.say("/search the")
    first = chat.last_reply
    assert "page 1 of 2" in chat.text() and "8. " in chat.text()
    assert [b.label for b in chat.buttons()[0]] == [str(n) for n in range(1, 9)]
    await chat.press("▶")
    assert chat.last_reply.message_id == first.message_id
    assert "page 2 of 2" in chat.text() and "\n9. The Mandalorian" in chat.text()
    assert "\n1. " not in chat.text()
    assert [b.label for b in chat.buttons()[0]] == ["9", "10", "11", "12"]
    await chat.press("◀")
    assert "page 1 of 2" in chat.text() and len(chat.replies) == 1


async def test_search_results_are_cached(bot: Harness, chat: ChatDriver) -> None:
    await chat.say("/search dark")
    await chat.say("/search dark")
    assert len(_searches(bot)) == 1


async def test_linked_user_searches_with_their_token(bot: Harness, chat: ChatDriver) -> None:
    await link_account(bot, chat.user.id)
    await chat.say("/search severance")
    assert bot.demo is not None
    sent = [r for r in bot.demo.requests if r.path.startswith("/search/")]
    assert sent[-1].username == "demo"


async def test_bare_search_asks_with_force_reply(chat: ChatDriver) -> None:
    await chat.say("/search")
    prompt = chat.last_reply
    assert "What should I look for?" in chat.text()
    assert prompt.reply_markup is not None and prompt.reply_markup.get("force_reply")
    await chat.say("breaking", reply_to=prompt.message_id)
    assert "Breaking Bad" in chat.text()


async def test_bare_search_in_russian(ru_chat: ChatDriver) -> None:
    await ru_chat.say("/search")
    assert "Что поискать?" in ru_chat.text()
    await ru_chat.say("dark", reply_to=ru_chat.last_reply.message_id)
    assert "Тьма (2017) · Dark" in ru_chat.text()


async def test_plain_text_right_after_the_prompt_counts(chat: ChatDriver) -> None:
    """The console (and a client that drops the reply) sends the answer without reply_to."""
    await chat.say("/search")
    await chat.say("dark")
    assert "The Dark Knight" in chat.text()
    assert await chat.say("breaking") == []  # only the one message after the prompt


async def test_a_command_after_the_prompt_ends_the_wait(chat: ChatDriver) -> None:
    await chat.say("/search")
    await chat.say("/help")
    assert await chat.say("dark") == []


async def test_the_wait_expires(chat: ChatDriver, monkeypatch: pytest.MonkeyPatch) -> None:
    await chat.say("/search")
    later = time.monotonic() + search.PROMPT_TTL + 1
    monkeypatch.setattr(search.time, "monotonic", lambda: later)
    assert await chat.say("dark") == []


async def test_other_messages_are_not_taken_for_a_query(chat: ChatDriver) -> None:
    await chat.say("/search dark")
    results = chat.last_reply
    assert await chat.say("breaking") == []
    assert await chat.say("breaking", reply_to=results.message_id) == []
    assert len(chat.replies) == 1


async def test_stale_page_after_restart_asks_to_search_again(
    bot: Harness, chat: ChatDriver
) -> None:
    await chat.say("/search the")
    before = chat.text()
    await bot.restart()
    await chat.press("▶")
    assert chat.last_answer is not None and chat.last_answer.show_alert
    assert "Send /search again" in (chat.last_alert or "")
    assert chat.text() == before


async def test_forged_page_data_gets_a_polite_alert(chat: ChatDriver) -> None:
    await chat.say("/search the")
    message = chat.last_reply.message_id
    await chat.press_data("1|srch|*|nope|2", message)
    assert "search again" in (chat.last_alert or "")
    key = view_rows(chat)[-1][-1].data.split("|")[3]  # type: ignore[union-attr]
    await chat.press_data(f"1|srch|*|{key}|999", message)
    assert "out of date" in (chat.last_alert or "")


async def test_someone_else_cannot_page_your_results(bot: Harness, tg: FakeTelegram) -> None:
    ann = bot.chat(chat=tg.group_chat())
    bob = ann.as_user(2002, "Bob")
    await ann.say("/search the")
    await bob.press("▶")
    assert "belongs to whoever asked" in (bob.last_alert or "")
    assert "page 1 of 2" in ann.text()


async def test_anyone_in_a_group_may_open_a_result(bot: Harness, tg: FakeTelegram) -> None:
    ann = bot.chat(chat=tg.group_chat())
    bob = ann.as_user(2002, "Bob")
    await ann.say("/search breaking")
    await bob.press("1")
    assert "Breaking Bad (2008)" in bob.text()
    await ann.press("➕ Watchlist")  # the card is Bob's
    assert "belongs to whoever asked" in (ann.last_alert or "")


async def test_bare_search_in_a_group_quotes_the_asker(bot: Harness, tg: FakeTelegram) -> None:
    ann = bot.chat(chat=tg.group_chat())
    await ann.say("/search")
    prompt = ann.last_reply
    assert prompt.reply_to is not None
    assert prompt.reply_markup is not None and prompt.reply_markup.get("selective")
    await ann.say("dark", reply_to=prompt.message_id)
    assert "The Dark Knight" in ann.text()


# A 5xx GET is tried three times; a long Retry-After and a block page are not retried.
@pytest.mark.parametrize(
    ("status", "headers", "body", "times", "expected"),
    [
        (500, {}, b"", 3, "Trakt is not answering"),
        (429, {"Retry-After": "30"}, b"", 1, "try again in 31 s"),
        (403, {"Content-Type": "text/html"}, b"<html>blocked</html>", 1, "refusing this bot"),
    ],
)
async def test_trakt_errors_during_search(
    bot: Harness,
    chat: ChatDriver,
    status: int,
    headers: dict[str, str],
    body: bytes,
    times: int,
    expected: str,
) -> None:
    assert bot.demo is not None
    bot.demo.fail("GET", "/search", status, headers=headers, body=body, times=times)
    await chat.say("/search dark")
    assert expected in chat.text()
    await chat.say("/search dark")
    assert "Dark (2017)" in chat.text()


async def test_search_help_line(chat: ChatDriver, ru_chat: ChatDriver) -> None:
    await chat.say("/help")
    assert "/search — Find a show, a movie or a person" in chat.text()
    await ru_chat.say("/help")
    assert "/search — Найти сериал, фильм или человека" in ru_chat.text()
