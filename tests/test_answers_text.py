"""The bot always answers: plain text is a search (one exact hit opens its card), text that
looks like a Trakt code is deleted with a pointer to /link, an unknown command gets a
pointer to /help; in a group the bot speaks only when spoken to."""

from __future__ import annotations

import pytest

from bot.accounts.codes import looks_like_code
from bot.demo import DemoTrakt
from bot.features.search import exact_hit
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from bot.trakt import Movie, Person, Show
from bot.trakt.models import Ids
from tests.helpers import labels

CARD = "👥 Cast and crew"  # a title's card has it; the results list does not


def _searches(demo: DemoTrakt) -> list[str]:
    return [r.path for r in demo.requests if r.path.startswith("/search")]


# -- plain text in a private chat ----------------------------------------------------------


async def test_one_result_opens_its_card(chat: ChatDriver) -> None:
    replies = await chat.say("interstellar")
    assert len(replies) == 1
    assert chat.text().startswith("🎬 Interstellar (2014)")
    assert CARD in labels(chat)


async def test_an_exact_title_among_several_opens_its_card(chat: ChatDriver) -> None:
    await chat.say("Dark")  # Trakt also finds The Dark Knight; "Dark" names only Dark
    assert "Dark (2017)" in chat.text() and "The Dark Knight" not in chat.text()
    assert CARD in labels(chat)


async def test_a_person_opens_their_card(chat: ChatDriver) -> None:
    await chat.say("bryan cranston")
    assert "Bryan Cranston" in chat.text() and "Breaking Bad" in chat.text()


async def test_several_without_an_exact_title_are_the_list(chat: ChatDriver) -> None:
    await chat.say("night")
    assert chat.text().startswith("🔎 night · page 1 of 1")
    assert "Night Signal" in chat.text() and "The Dark Knight" in chat.text()
    assert CARD not in labels(chat)
    await chat.press("1")  # the list works as after /search
    assert "Night Signal" in chat.text() and CARD in labels(chat)


async def test_nothing_found_says_so(chat: ChatDriver, ru_chat: ChatDriver) -> None:
    await chat.say("zzzz qqqq")
    assert "Nothing found" in chat.text()
    await ru_chat.say("zzzz qqqq")
    assert "ничего не нашлось" in ru_chat.text().lower()


async def test_text_search_costs_one_trakt_search(chat: ChatDriver, demo: DemoTrakt) -> None:
    """The list after a text search reuses the page the exact-hit check fetched."""
    await chat.say("night")
    assert len(_searches(demo)) == 1


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("dark", "Dark"),
        ("DARK!", "Dark"),
        ("shogun", "Shōgun"),  # accents aside
        ("dune 2021", "Dune"),  # a title with its year
        ("Dune (2021)", "Dune"),
        ("dune", None),  # two titles named so: the list decides
        ("the", None),
        ("bryan cranston", "Bryan Cranston"),
    ],
)
def test_what_counts_as_exact(query: str, expected: str | None) -> None:
    hits: list[Movie | Show | Person] = [
        Show(title="Dark", year=2017, ids=Ids(trakt=1)),
        Movie(title="The Dark Knight", year=2008, ids=Ids(trakt=2)),
        Show(title="Shōgun", year=2024, ids=Ids(trakt=3)),
        Movie(title="Dune", year=2021, ids=Ids(trakt=4)),
        Movie(title="Dune", year=1984, ids=Ids(trakt=5)),
        Person(name="Bryan Cranston", ids=Ids(trakt=6)),
    ]
    found = exact_hit(query, hits)
    name = None if found is None else found.name if isinstance(found, Person) else found.title
    assert name == expected


def test_the_only_result_is_exact_only_without_more_pages() -> None:
    only = [Movie(title="Dune: Part Two", year=2024, ids=Ids(trakt=1))]
    assert exact_hit("dune", only, single=True) is only[0]
    assert exact_hit("dune", only, single=False) is None


# -- text that looks like a Trakt code -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "5055CC52",  # a device user code as Trakt prints it
        "5055cc52",
        "A1B2C3D4",
        "DEMO-CODE",
        "ABCD-1234",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",  # an authorization code
        "  4F2A9C1E  ",
        "x8Kq2mZ7pL4nR9tV3wY6",
    ],
)
def test_codes_are_recognised(text: str) -> None:
    assert looks_like_code(text)


@pytest.mark.parametrize(
    "text",
    ["Avengers", "Deadpool", "deadbeef", "Dune", "Se7en", "Apollo 13", "Blade Runner 2049",
     "half-life", "Spider-Man", "2012", "breaking bad", "Interstellar2"],
)  # fmt: skip
def test_titles_are_not_codes(text: str) -> None:
    assert not looks_like_code(text)


async def test_a_code_is_deleted_at_once_and_points_to_link(
    chat: ChatDriver, demo: DemoTrakt, tg: FakeTelegram
) -> None:
    await chat.say("5055CC52")
    mine = [m for m in tg.messages(chat.chat.id) if not m.from_bot]
    assert mine[-1].deleted
    assert "looks like a Trakt code" in chat.text() and "/link" in chat.text()
    assert not _searches(demo)  # never sent to Trakt's search
    assert not [r for r in demo.requests if r.path.startswith("/oauth")]


async def test_a_code_pointer_in_russian(ru_chat: ChatDriver) -> None:
    await ru_chat.say("5055CC52")
    assert "Похоже на код Trakt" in ru_chat.text()


async def test_a_code_while_linking_is_still_exchanged(chat: ChatDriver) -> None:
    await chat.say("/link")
    await chat.say("DEMO-CODE")
    assert "Linked as demo" in chat.text()


async def test_a_forwarded_code_is_deleted_too(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt, tg: FakeTelegram
) -> None:
    update = tg.message_update(chat.user, chat.chat, "5055CC52")
    origin = {"type": "hidden_user", "date": 0, "sender_user_name": "Someone"}
    update["message"]["forward_origin"] = origin
    await bot.deliver(update)
    mine = [m for m in tg.messages(chat.chat.id) if not m.from_bot]
    assert mine[-1].deleted and "looks like a Trakt code" in chat.text()
    assert not _searches(demo)


@pytest.mark.parametrize(
    "command", ["/lists 5055CC52", "/search the 5055CC52", "/history@otherbot DEMO-CODE"]
)
async def test_a_code_after_a_command_is_deleted_and_never_sent_on(
    command: str, chat: ChatDriver, demo: DemoTrakt, tg: FakeTelegram
) -> None:
    replies = await chat.say(command)
    mine = [m for m in tg.messages(chat.chat.id) if not m.from_bot]
    assert mine[-1].deleted
    assert len(replies) == 1 and "looks like a Trakt code" in chat.text()
    assert "5055CC52" not in chat.text() and "DEMO-CODE" not in chat.text()
    assert not [r for r in demo.requests if r.path.startswith(("/search", "/users", "/oauth"))]


async def test_a_code_after_a_command_during_a_login_says_to_send_it_alone(
    chat: ChatDriver, demo: DemoTrakt, tg: FakeTelegram
) -> None:
    await chat.say("/link")  # a login under way: the code goes in a message of its own
    await chat.say("/search 5055CC52")
    mine = [m for m in tg.messages(chat.chat.id) if not m.from_bot]
    assert mine[-1].deleted
    assert "send the code on its own" in chat.text() and "5055CC52" not in chat.text()
    assert not [r for r in demo.requests if r.path.startswith(("/search", "/oauth/token"))]


async def test_link_with_a_code_is_still_linking(chat: ChatDriver) -> None:
    await chat.say("/link DEMO-CODE")
    assert "Linked as demo" in chat.text()


# -- unknown commands --------------------------------------------------------------------------


async def test_an_unknown_command_points_to_help(chat: ChatDriver) -> None:
    replies = await chat.say("/nosuchcommand with words")
    assert len(replies) == 1
    assert chat.text() == "I don’t know /nosuchcommand. Send /help to see what I can do."


async def test_an_unknown_command_in_german(bot: Harness) -> None:
    german = bot.chat(user_id=1003, first_name="Greta", language_code="de")
    await german.say("/wasistdas")
    assert german.text() == "/wasistdas kenne ich nicht. Mit /help siehst du, was ich kann."


async def test_another_bots_command_in_a_private_chat_points_to_help(chat: ChatDriver) -> None:
    await chat.say("/history@otherbot")
    assert chat.text() == "I don’t know /history@otherbot. Send /help to see what I can do."


async def test_known_commands_get_no_pointer(chat: ChatDriver) -> None:
    for command in ("/help", "/trending", "/start", "/HELP"):
        replies = await chat.say(command)
        assert not any("Send /help to see" in chat.text(m) for m in replies), command


async def test_markup_in_an_unknown_command_is_harmless(chat: ChatDriver, tg: FakeTelegram) -> None:
    await chat.say("/x_<b>")
    assert all(call.status == 200 for call in tg.calls)


# -- groups: quiet unless addressed -----------------------------------------------------------


@pytest.fixture
def group_ann(bot: Harness, tg: FakeTelegram) -> ChatDriver:
    return bot.chat(chat=tg.group_chat())


async def test_group_chatter_gets_no_answer(group_ann: ChatDriver, demo: DemoTrakt) -> None:
    chatter = ("dark", "hello everyone", "5055CC52", "/nosuchcommand", "/help@otherbot")
    for text in (*chatter, "/search@otherbot 5055CC52"):
        assert await group_ann.say(text) == [], text
    assert not _searches(demo)


async def test_an_unknown_command_addressed_to_the_bot(bot: Harness, group_ann: ChatDriver) -> None:
    await group_ann.say(f"/nosuchcommand@{bot.app.bot.username}")
    assert group_ann.text() == "I don’t know /nosuchcommand. Send /help to see what I can do."


async def test_a_reply_to_the_bot_is_a_search(group_ann: ChatDriver) -> None:
    await group_ann.say("/trending")
    await group_ann.say("interstellar", reply_to=group_ann.last_reply.message_id)
    assert group_ann.text().startswith("🎬 Interstellar (2014)")


async def test_text_that_names_the_bot_is_a_search(bot: Harness, group_ann: ChatDriver) -> None:
    await group_ann.say(f"@{bot.app.bot.username} dark")
    assert "Dark (2017)" in group_ann.text() and CARD in labels(group_ann)


async def test_a_code_said_to_the_bot_in_a_group_is_deleted(
    group_ann: ChatDriver, tg: FakeTelegram
) -> None:
    await group_ann.say("/trending")
    await group_ann.say("5055CC52", reply_to=group_ann.last_reply.message_id)
    mine = [m for m in tg.messages(group_ann.chat.id) if not m.from_bot]
    assert mine[-1].deleted
    assert "private chat" in group_ann.text()
