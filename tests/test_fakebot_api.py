"""A real python-telegram-bot ``Bot`` against the fake Bot API over HTTP on 127.0.0.1."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter

from bot.telegram_http import AiohttpRequest
from bot.testkit.fakebot import Chat, FakeBotAPIServer, FakeTelegram, OfflineRequest

TOKEN = "123456:TEST-token"


@pytest.fixture
def tg() -> FakeTelegram:
    return FakeTelegram(token=TOKEN)


@pytest.fixture
def chat(tg: FakeTelegram) -> Chat:
    return tg.private_chat(tg.user(1001, "Ann", username="ann"))


@pytest.fixture
async def server(tg: FakeTelegram) -> AsyncIterator[FakeBotAPIServer]:
    async with FakeBotAPIServer(tg) as srv:
        yield srv


@pytest.fixture(params=["httpx", "aiohttp"])
async def bot(server: FakeBotAPIServer, request: pytest.FixtureRequest) -> AsyncIterator[Bot]:
    """A Bot on PTB's own transport and on ours (bot/telegram_http.py): both must agree."""
    transport = {} if request.param == "httpx" else {"request": AiohttpRequest()}
    async with Bot(
        TOKEN, base_url=server.base_url, base_file_url=server.base_file_url, **transport
    ) as b:
        yield b


def keyboard(*data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(d[:10], callback_data=d) for d in data]])


async def test_get_me_describes_the_fake_bot(bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.username, me.is_bot) == (777000111, "trakt_demo_bot", True)


async def test_send_message_round_trips_html(bot: Bot, tg: FakeTelegram, chat: Chat) -> None:
    sent = await bot.send_message(chat.id, "<b>Dune</b> &amp; co", parse_mode="HTML")
    assert sent.text == "Dune & co"
    assert sent.text_html == "<b>Dune</b> &amp; co"
    stored = tg.bot_messages(chat.id)[-1]
    assert (stored.message_id, stored.text, stored.parse_mode) == (1, sent.text_html, "HTML")
    assert tg.calls_to("sendmessage")[-1].params["chat_id"] == chat.id


@pytest.mark.parametrize(
    ("text", "kwargs", "error"),
    [
        ("   ", {}, "Message text is empty"),
        ("x" * 4097, {}, "Message is too long"),
        ("<b>" + "x" * 4096 + "</b>", {"parse_mode": "HTML"}, None),
        ("<b>oops", {"parse_mode": "HTML"}, "Can't parse entities"),
        ("<div>x</div>", {"parse_mode": "HTML"}, "Can't parse entities"),
        ("ok", {"reply_markup": keyboard("x" * 65)}, "Button_data_invalid"),
        ("ok", {"reply_markup": keyboard("é" * 33)}, "Button_data_invalid"),
        ("ok", {"reply_markup": keyboard("x" * 64)}, None),
    ],
)
async def test_send_message_validation(
    bot: Bot, chat: Chat, text: str, kwargs: dict[str, object], error: str | None
) -> None:
    if error is None:
        await bot.send_message(chat.id, text, **kwargs)  # type: ignore[arg-type]
        return
    with pytest.raises(BadRequest, match=error):
        await bot.send_message(chat.id, text, **kwargs)  # type: ignore[arg-type]


async def test_edit_that_changes_nothing_is_refused(bot: Bot, chat: Chat, tg: FakeTelegram) -> None:
    sent = await bot.send_message(chat.id, "Page 1", reply_markup=keyboard("p:2"))
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text(
            "Page 1", chat.id, sent.message_id, reply_markup=keyboard("p:2")
        )
    edited = await bot.edit_message_text("Page 1", chat.id, sent.message_id)
    assert (
        isinstance(edited, Message) and edited.reply_markup is None
    )  # resending text without a keyboard drops it
    assert tg.bot_messages(chat.id)[-1].edited == 1
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", chat.id, 99)


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_429_surfaces_as_retry_after(bot: Bot, tg: FakeTelegram, chat: Chat) -> None:
    tg.fail_next("sendMessage", retry_after=3)
    with pytest.raises(RetryAfter, match="Retry in 3 seconds"):
        await bot.send_message(chat.id, "hi")
    assert (await bot.send_message(chat.id, "hi")).text == "hi"
    assert [c.status for c in tg.calls_to("sendMessage")] == [429, 200]


async def test_500_and_403_injection(bot: Bot, tg: FakeTelegram, chat: Chat) -> None:
    tg.fail_next("*", status=500)
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.send_message(chat.id, "hi")
    tg.block(chat.id)
    with pytest.raises(Forbidden, match="blocked by the user"):
        await bot.send_message(chat.id, "hi")


async def test_set_my_commands_per_language_and_scope(bot: Bot, tg: FakeTelegram) -> None:
    await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("help", "Help")])
    await bot.set_my_commands([BotCommand("start", "Начать")], language_code="ru")
    await bot.set_my_commands([BotCommand("link", "Link")], scope=BotCommandScopeAllPrivateChats())
    assert [c["command"] for c in tg.commands[("default", "")]] == ["start", "help"]
    assert tg.commands[("default", "ru")] == [{"command": "start", "description": "Начать"}]
    assert ("all_private_chats", "") in tg.commands
    assert [c.command for c in await bot.get_my_commands(language_code="ru")] == ["start"]
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Bad-Name", "x")])


async def test_photo_upload_file_id_reuse_and_download(bot: Bot, chat: Chat) -> None:
    first = await bot.send_photo(
        chat.id, b"\x89PNG fake", caption="<i>poster</i>", parse_mode="HTML"
    )
    again = await bot.send_photo(chat.id, first.photo[-1].file_id)
    assert again.photo[-1].file_id == first.photo[-1].file_id
    assert first.caption == "poster"
    file = await bot.get_file(first.photo[-1].file_id)
    assert bytes(await file.download_as_bytearray()) == b"\x89PNG fake"
    with pytest.raises(BadRequest, match="Wrong file identifier"):
        await bot.send_photo(chat.id, "no-such-file")


async def test_delete_poll_and_members(bot: Bot, tg: FakeTelegram) -> None:
    ann = tg.user(1001, "Ann")
    group = tg.group_chat(-100500, "Movie night")
    tg.add_member(group, ann, "creator")
    poll = await bot.send_poll(group.id, "Tonight?", ["Dune", "Alien"], is_anonymous=False)
    assert poll.poll is not None
    tg.poll_answer_update(ann, poll.poll.id, [1])
    stopped = await bot.stop_poll(group.id, poll.message_id)
    assert (stopped.is_closed, stopped.options[1].voter_count) == (True, 1)
    assert (await bot.get_chat_member(group.id, ann.id)).status == "creator"
    assert len(await bot.get_chat_administrators(group.id)) == 2
    assert await bot.delete_message(group.id, poll.message_id)
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(group.id, poll.message_id)


async def test_unknown_method_and_wrong_token(server: FakeBotAPIServer) -> None:
    async with httpx.AsyncClient() as client:
        missing = await client.post(f"{server.base_url}{TOKEN}/noSuchMethod")
        assert missing.status_code == 404
        assert missing.json()["description"] == "Not Found: method not found"
    wrong = Bot("999:wrong", base_url=server.base_url)
    with pytest.raises(InvalidToken):
        async with wrong:  # initialize() calls getMe, which answers 401
            pass


async def test_offline_request_answers_like_the_server(
    bot: Bot, tg: FakeTelegram, chat: Chat
) -> None:
    offline = Bot(TOKEN, request=OfflineRequest(tg))
    async with offline:
        via_http = await bot.send_message(chat.id, "<b>x</b>", parse_mode="HTML")
        via_memory = await offline.send_message(chat.id, "<b>x</b>", parse_mode="HTML")
        assert via_memory.to_dict() | {"message_id": 0, "date": 0} == via_http.to_dict() | {
            "message_id": 0,
            "date": 0,
        }
        for sender in (bot, offline):
            with pytest.raises(BadRequest, match="Can't parse entities"):
                await sender.send_message(chat.id, "<b>x", parse_mode="HTML")
    assert [c.params for c in tg.calls_to("sendMessage")][:2] == [
        {"chat_id": chat.id, "text": "<b>x</b>", "parse_mode": "HTML"}
    ] * 2


async def test_form_json_and_get_bodies_decode_alike(
    server: FakeBotAPIServer, tg: FakeTelegram, chat: Chat
) -> None:
    url = f"{server.base_url}{TOKEN}/sendMessage"
    async with httpx.AsyncClient() as client:
        form = await client.post(url, data={"chat_id": str(chat.id), "text": "123"})
        as_json = await client.post(url, json={"chat_id": chat.id, "text": "[1]"})
        query = await client.get(url, params={"chat_id": chat.id, "text": "true"})
    assert [r.json()["result"]["text"] for r in (form, as_json, query)] == ["123", "[1]", "true"]
    assert all(isinstance(c.params["text"], str) for c in tg.calls_to("sendMessage"))


async def test_inline_message_edit_after_chosen_result(bot: Bot, tg: FakeTelegram) -> None:
    ann = tg.user(1001, "Ann")
    query = tg.inline_query_update(ann, "dune")["inline_query"]
    result = {
        "type": "article",
        "id": "r1",
        "title": "Dune",
        "input_message_content": {"message_text": "<b>Dune</b>", "parse_mode": "HTML"},
        "reply_markup": {"inline_keyboard": [[{"text": "Vote", "callback_data": "v"}]]},
    }
    await bot.answer_inline_query(query["id"], [result])  # type: ignore[list-item]
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_inline_query(query["id"], [])
    chosen = tg.chosen_inline_result_update(ann, "r1", "dune")["chosen_inline_result"]
    inline_id = chosen["inline_message_id"]
    press = tg.inline_callback_update(ann, inline_id, "v")["callback_query"]
    await bot.answer_callback_query(press["id"], "Counted")
    assert await bot.edit_message_text("Dune: 1 vote", inline_message_id=inline_id) is True
    assert tg.inline_messages[inline_id].text == "Dune: 1 vote"
    assert tg.callback_answers[-1].text == "Counted"
