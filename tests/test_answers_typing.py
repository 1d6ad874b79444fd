""" "typing…" while an answer waits on Trakt: after half a second, then every ~5 s, never for
a fast answer, never for a group's chatter. The delays are injected: a `Gate` stands for
the clock, so the test says when "half a second later" is."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from telegram import Update

from bot.demo import DemoTrakt
from bot.kit.fair import FairProcessor
from bot.kit.indicator import Typing, answered_chat
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import wait_for


class Gate:
    """An injected `sleep`: each call waits until the test opens it; what was asked is kept."""

    def __init__(self) -> None:
        self.asked: list[float] = []
        self._waiting: list[asyncio.Event] = []

    async def __call__(self, seconds: float) -> None:
        self.asked.append(seconds)
        opened = asyncio.Event()
        self._waiting.append(opened)
        await opened.wait()

    def open(self) -> None:
        """Let the newest sleep end (its time has come; older ones were cancelled)."""
        self._waiting.pop().set()


@pytest.fixture
def gate(bot: Harness) -> Iterator[Gate]:
    processor = bot.app.update_processor
    assert isinstance(processor, FairProcessor)
    before = processor.typing
    found = Gate()
    processor.typing = Typing(after=0.5, every=5.0, sleep=found)
    yield found
    processor.typing = before


class Held:
    """The demo Trakt holds every GET of one path until released."""

    def __init__(self, demo: DemoTrakt, path: str) -> None:
        self.arrived = 0
        self.release = asyncio.Event()
        self._path = path
        demo.hold = self._hold

    async def _hold(self, method: str, path: str) -> None:
        if method == "GET" and path == self._path:
            self.arrived += 1
            await self.release.wait()


def typing_calls(tg: FakeTelegram, chat: ChatDriver) -> list[dict[str, object]]:
    return [
        call.params
        for call in tg.calls_to("sendChatAction")
        if str(call.params.get("chat_id")) == str(chat.chat.id)
    ]


async def test_a_slow_answer_shows_typing_every_five_seconds(
    chat: ChatDriver, demo: DemoTrakt, tg: FakeTelegram, gate: Gate
) -> None:
    held = Held(demo, "/search/show,movie,person")
    asking = asyncio.ensure_future(chat.say("/search night"))
    await wait_for(lambda: held.arrived and gate.asked == [0.5], what="Trakt to be waited on")
    assert typing_calls(tg, chat) == []  # not before half a second
    gate.open()  # half a second later
    await wait_for(lambda: len(typing_calls(tg, chat)) == 1, what="typing…")
    assert typing_calls(tg, chat)[0]["action"] == "typing"
    await wait_for(lambda: gate.asked == [0.5, 5.0], what="the next typing to be due")
    gate.open()  # five seconds later, still waiting
    await wait_for(lambda: len(typing_calls(tg, chat)) == 2, what="typing… again")
    held.release.set()
    await asking
    assert "Night Signal" in chat.text()
    await wait_for(lambda: len(gate.asked) == 3, what="the third wait")
    gate.open()  # had the answer not stopped it, a third would come now
    await asyncio.sleep(0)
    assert len(typing_calls(tg, chat)) == 2


async def test_a_fast_answer_never_shows_typing(
    chat: ChatDriver, tg: FakeTelegram, gate: Gate
) -> None:
    await chat.say("/help")
    await chat.say("/trending")
    assert len(gate.asked) <= 2  # at most the delays began; each answer cancelled its own
    assert typing_calls(tg, chat) == []


async def test_a_button_press_shows_typing_too(
    chat: ChatDriver, demo: DemoTrakt, tg: FakeTelegram, gate: Gate
) -> None:
    await chat.say("/trending")
    held = Held(demo, "/shows/trending")
    pressing = asyncio.ensure_future(chat.press("▶"))
    await wait_for(lambda: held.arrived and len(gate.asked) == 2, what="the press's delay")
    gate.open()  # /trending's own delay was cancelled by its answer; this one is the press's
    await wait_for(lambda: len(typing_calls(tg, chat)) == 1, what="typing… for the press")
    held.release.set()
    await pressing
    assert "page 2 of" in chat.text()


def test_only_what_the_bot_answers_gets_typing(bot: Harness, tg: FakeTelegram) -> None:
    group = tg.group_chat()
    ann = tg.user(1001, "Ann")
    bot_message = tg.store(group.id, tg.bot, text="🔥 Trending", plain="🔥 Trending")
    someone = tg.store(group.id, ann, text="hi", plain="hi")

    def chat_of(update: dict[str, object]) -> int | None:
        return answered_chat(Update.de_json(update, bot.app.bot))

    private = tg.private_chat(ann)
    assert chat_of(tg.message_update(ann, private, "dark")) == private.id
    assert chat_of(tg.message_update(ann, group, "what shall we watch?")) is None
    assert chat_of(tg.message_update(ann, group, "hi", reply_to=someone.message_id)) is None
    assert chat_of(tg.message_update(ann, group, "/help")) == group.id
    assert chat_of(tg.message_update(ann, group, "dark", reply_to=bot_message.message_id)) == (
        group.id
    )
    assert chat_of(tg.inline_query_update(ann, "dark")) is None


async def test_without_injection_a_fast_answer_shows_nothing(
    chat: ChatDriver, tg: FakeTelegram
) -> None:
    """The production delay (half a second) against the in-process fakes."""
    await chat.say("/help")
    await chat.say("dark")
    assert typing_calls(tg, chat) == []
