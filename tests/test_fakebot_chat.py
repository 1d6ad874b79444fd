"""The chat driver over a tiny real Application: say, press, inline, wait_for, groups."""

from __future__ import annotations

import html
from collections.abc import AsyncIterator

import pytest
from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Update,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
)

from bot.testkit.fakebot import ChatDriver, FakeTelegram, OfflineRequest

TOKEN = "123456:TEST-token"


def pager(page: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("◀", callback_data=f"p:{page - 1}"),
                InlineKeyboardButton(f"Page {page}/3", callback_data="noop"),
                InlineKeyboardButton("▶", callback_data=f"p:{page + 1}"),
            ],
            [InlineKeyboardButton("Open on Trakt", url="https://trakt.tv")],
        ]
    )


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet by name with a pager."""
    assert update.message is not None and update.effective_user is not None
    name = html.escape(update.effective_user.first_name)
    await update.message.reply_html(f"Hi <b>{name}</b>", reply_markup=pager(1))


async def page(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Turn the page, or explain the page counter in an alert."""
    query = update.callback_query
    assert query is not None and query.data is not None
    if query.data == "noop":
        await query.answer("Use the arrows", show_alert=True)
        return
    await query.answer()
    number = int(query.data.removeprefix("p:"))
    await query.edit_message_text(f"Page {number}", reply_markup=pager(number))


async def later(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Schedule a message from the job queue."""
    assert context.job_queue is not None and update.effective_chat is not None
    context.job_queue.run_once(remind, 0.05, chat_id=update.effective_chat.id)
    await context.bot.send_chat_action(update.effective_chat.id, "typing")


async def remind(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The scheduled message."""
    assert context.job is not None and context.job.chat_id is not None
    await context.bot.send_message(context.job.chat_id, "Time for <i>Dune</i>", parse_mode="HTML")


async def search(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer inline queries with one article per word."""
    assert update.inline_query is not None
    words = update.inline_query.query.split() or ["nothing"]
    results = [
        InlineQueryResultArticle(
            str(i), w, InputTextMessageContent(f"<b>{w}</b>", parse_mode="HTML")
        )
        for i, w in enumerate(words)
    ]
    await update.inline_query.answer(results)


@pytest.fixture
def tg() -> FakeTelegram:
    return FakeTelegram(token=TOKEN)


@pytest.fixture
async def app(tg: FakeTelegram) -> AsyncIterator[Application]:
    application = (
        ApplicationBuilder()
        .token(TOKEN)
        .request(OfflineRequest(tg))
        .get_updates_request(OfflineRequest(tg))
        .updater(None)
        .build()
    )
    application.add_handlers(
        [
            CommandHandler("start", start),
            CommandHandler("later", later),
            CallbackQueryHandler(page),
            InlineQueryHandler(search),
        ]
    )
    async with application:
        await application.start()
        yield application
        await application.stop()


@pytest.fixture
def ann(tg: FakeTelegram, app: Application) -> ChatDriver:
    async def deliver(update: dict[str, object]) -> None:
        await app.process_update(Update.de_json(update, app.bot))

    return ChatDriver(tg, deliver)


async def test_say_returns_the_reply(ann: ChatDriver) -> None:
    replies = await ann.say("/start")
    assert [ann.text(m) for m in replies] == ["Hi Ann"]
    assert [b.label for b in ann.buttons()[0]] == ["◀", "Page 1/3", "▶"]
    assert ann.buttons()[1][0].url == "https://trakt.tv"
    assert [m.from_bot for m in ann.telegram.messages(ann.chat.id)] == [False, True]


async def test_press_by_label_substring_and_index(ann: ChatDriver) -> None:
    await ann.say("/start")
    edited = await ann.press("▶")
    assert [ann.text(m) for m in edited] == ["Page 2"]
    assert edited[0].edited == 1 and ann.last_alert is None
    await ann.press("Page 2")
    assert ann.last_alert == "Use the arrows" and ann.last_answer is not None
    assert ann.last_answer.show_alert
    await ann.press(1)
    assert ann.text() == "Page 1"
    with pytest.raises(ValueError, match="no callback data"):
        await ann.press("Open on Trakt")
    with pytest.raises(LookupError):
        await ann.press("nope")


async def test_press_data_with_forged_data(ann: ChatDriver) -> None:
    await ann.say("/start")
    await ann.press_data("p:42", ann.last_reply.message_id)
    assert ann.text() == "Page 42"


async def test_inline_returns_answered_results(ann: ChatDriver) -> None:
    results = await ann.inline("dune alien")
    assert [r["title"] for r in results] == ["dune", "alien"]
    assert ann.last_inline is not None and ann.last_inline.query == "dune alien"


async def test_wait_for_a_job_queue_message(ann: ChatDriver) -> None:
    assert await ann.say("/later") == []
    msg = await ann.wait_for("Time for Dune", timeout=2)
    assert msg.parse_mode == "HTML"
    with pytest.raises(TimeoutError):
        await ann.wait_for(lambda m: "never" in m.content, timeout=0.05)


async def test_group_commands_with_bot_name_and_second_person(
    tg: FakeTelegram, ann: ChatDriver
) -> None:
    group = tg.group_chat(-100777, "Movie night")
    ann_in_group = ChatDriver(tg, ann.deliver, chat=group)
    await ann_in_group.say("/start@trakt_demo_bot")
    bob = ann_in_group.as_user(2002, "Bob", username="bob")
    await bob.say("/start")
    assert [bob.text(m) for m in bob.replies] == ["Hi Ann", "Hi Bob"]
    assert tg.members[group.id][2002] == "member"
    await bob.press("▶")
    assert bob.text(bob.replies[-1]) == "Page 2"


async def test_events_reach_subscribers(tg: FakeTelegram, ann: ChatDriver) -> None:
    kinds: list[str] = []
    tg.subscribe(lambda event: kinds.append(event.kind))
    await ann.say("/start")
    await ann.press("Page 1/3")
    assert kinds == ["user_message", "sent", "callback", "alert"]
