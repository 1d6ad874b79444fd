"""/start, /help, /language and the command menus, end to end through the fakes."""

from __future__ import annotations

from bot.testkit.fakebot import ChatDriver, FakeTelegram


async def test_start_welcomes_with_home_and_help_lists_commands(chat: ChatDriver) -> None:
    await chat.say("/start")
    text = chat.text()
    assert "Hi, Ann!" in text and "Trakt.tv" in text and "/help" in text
    await chat.say("/help")
    assert "/trending" in chat.text() and "/language" in chat.text()


async def test_start_in_russian(ru_chat: ChatDriver) -> None:
    await ru_chat.say("/start")
    assert "Привет, Boris!" in ru_chat.text()


async def test_help_has_one_line_per_command(chat: ChatDriver) -> None:
    await chat.say("/help")
    lines = [line for line in chat.text().splitlines() if line.startswith("/")]
    assert [line.split()[0] for line in lines] == [
        "/start",
        "/help",
        "/link",
        "/unlink",
        "/me",
        "/history",
        "/next",
        "/calendar",
        "/notify",
        "/stats",
        "/checkin",
        "/recommend",
        "/watchlist",
        "/lists",
        "/trending",
        "/popular",
        "/search",
        "/party",
        "/language",
    ]


async def test_user_name_is_escaped(bot, tg: FakeTelegram) -> None:  # type: ignore[no-untyped-def]
    eve = bot.chat(user_id=1003, first_name="<b>Eve</b> & co")
    await eve.say("/start")
    assert "&lt;b&gt;Eve&lt;/b&gt; &amp; co" in eve.last_reply.content
    assert "<b>Eve</b> & co" in eve.text()


async def test_language_switch_and_back_to_telegram(chat: ChatDriver) -> None:
    await chat.say("/language")
    assert "follow your Telegram language" in chat.text()
    await chat.press("Русский")
    assert chat.last_answer is not None and chat.last_answer.text == "Язык сохранён"
    assert "Готово" in chat.text()
    await chat.say("/help")
    assert "Что я умею" in chat.text()
    await chat.say("/language")
    await chat.press("Как в Telegram")
    await chat.say("/help")
    assert "What I can do" in chat.text()


async def test_language_survives_restart(bot, chat: ChatDriver) -> None:  # type: ignore[no-untyped-def]
    await chat.say("/language")
    await chat.press("Русский")
    await bot.restart()
    await chat.say("/help")
    assert "Что я умею" in chat.text()


async def test_telegram_language_is_used_when_nothing_saved(bot) -> None:  # type: ignore[no-untyped-def]
    regional = bot.chat(user_id=1004, first_name="Rui", language_code="ru-RU")
    await regional.say("/help")
    assert "Что я умею" in regional.text()
    unknown = bot.chat(user_id=1005, first_name="Zhang", language_code="zh-hans")
    await unknown.say("/help")
    assert "What I can do" in unknown.text()


async def test_command_menus_are_published_per_language(tg: FakeTelegram) -> None:
    menus = tg.commands
    english = menus[("all_private_chats", "")]
    russian = menus[("all_private_chats", "ru")]
    assert [c["command"] for c in english] == [c["command"] for c in russian]
    assert {"start", "help", "trending", "language"} <= {c["command"] for c in english}
    assert english[0]["description"] != russian[0]["description"]
    assert ("all_group_chats", "ru") in menus


async def test_unknown_text_gets_no_crash(chat: ChatDriver, tg: FakeTelegram) -> None:
    await chat.say("hello there")
    await chat.say("/nosuchcommand")
    assert all(call.status == 200 for call in tg.calls)
