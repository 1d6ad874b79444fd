"""A chat driver: a person typing, pressing buttons and using inline mode, so a test reads
like a conversation::

    replies = await ann.say("/history")
    assert "Dune" in ann.text()
    await ann.press("▶")
    assert ann.last_alert is None
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from bot.testkit.fakebot.models import (
    JSON,
    Button,
    CallbackAnswer,
    Chat,
    InlineAnswer,
    StoredMessage,
)
from bot.testkit.fakebot.telegram import FakeTelegram
from bot.testkit.fakebot.text import message_text

Deliver = Callable[[dict[str, Any]], Awaitable[None]]
Predicate = Callable[[StoredMessage], bool]
_VISIBLE = ("sent", "edited")


class ChatDriver:
    """One person in one chat (private with the bot unless ``chat`` is given)."""

    def __init__(
        self,
        telegram: FakeTelegram,
        deliver: Deliver,
        *,
        user_id: int = 1001,
        first_name: str = "Ann",
        username: str | None = "ann",
        language_code: str | None = "en",
        chat: Chat | None = None,
    ) -> None:
        self.telegram = telegram
        self.deliver = deliver
        self.user = telegram.user(
            user_id, first_name, username=username, language_code=language_code
        )
        self.chat = chat if chat is not None else telegram.private_chat(self.user)
        if not self.chat.is_private:
            telegram.members.setdefault(self.chat.id, {}).setdefault(self.user.id, "member")
        self.last_alert: str | None = None
        self.last_answer: CallbackAnswer | None = None
        self.last_inline: InlineAnswer | None = None
        self._mark = len(telegram.events)

    def as_user(
        self,
        user_id: int,
        first_name: str,
        *,
        username: str | None = None,
        language_code: str | None = "en",
    ) -> ChatDriver:
        """Another person in the same chat (for groups)."""
        return ChatDriver(
            self.telegram,
            self.deliver,
            user_id=user_id,
            first_name=first_name,
            username=username,
            language_code=language_code,
            chat=self.chat,
        )

    # -- acting ----------------------------------------------------------------------------

    async def say(self, text: str, *, reply_to: int | None = None) -> list[StoredMessage]:
        """Send a message, wait for the bot to handle it; the bot's new or edited messages."""
        update = self.telegram.message_update(self.user, self.chat, text, reply_to=reply_to)
        return await self._deliver(update)

    async def press(
        self, label_or_index: str | int, *, message: StoredMessage | None = None
    ) -> list[StoredMessage]:
        """Press a button by exact label, else unique substring, else 1-based index.

        ``message`` defaults to the latest bot message with an inline keyboard. The toast or
        alert text lands in ``last_alert``.
        """
        target = message or self._latest_with_keyboard()
        button = self._find_button(target, label_or_index)
        if button.data is None:
            raise ValueError(f"button {button.label!r} has no callback data: {button.raw}")
        if target.inline_message_id:  # sent via inline mode: the press names no chat message
            return await self.press_inline(button.data, target.inline_message_id)
        return await self.press_data(button.data, target.message_id)

    async def press_data(self, data: str, message_id: int) -> list[StoredMessage]:
        """Press with raw callback data (e.g. forged or stale) on one of the bot's messages."""
        update = self.telegram.callback_update(self.user, self.chat, message_id, data)
        query_id = update["callback_query"]["id"]
        replies = await self._deliver(update)
        self._note_answer(query_id)
        return replies

    async def press_inline(self, data: str, inline_message_id: str) -> list[StoredMessage]:
        """Press a button of a message sent via inline mode (``inline_message_id``)."""
        update = self.telegram.inline_callback_update(self.user, inline_message_id, data)
        query_id = update["callback_query"]["id"]
        replies = await self._deliver(update)
        self._note_answer(query_id)
        return replies

    async def inline(self, query: str, offset: str = "") -> list[JSON]:
        """Type ``@bot query``; the results the bot answered with (empty if it did not)."""
        chat_type = "sender" if self.chat.is_private else self.chat.type
        update = self.telegram.inline_query_update(self.user, query, offset, chat_type=chat_type)
        query_id = update["inline_query"]["id"]
        await self._deliver(update)
        answers = [a for a in self.telegram.inline_answers if a.query_id == query_id]
        self.last_inline = answers[-1] if answers else None
        return list(self.last_inline.results) if self.last_inline else []

    async def choose(self, result: JSON) -> StoredMessage:
        """Pick one of the inline results offered: its message appears in this chat, sent by
        this person via the bot, and the bot gets that message and the chosen_inline_result
        (as with inline feedback on). The message stays current as the bot edits it."""
        sent = self.telegram.send_via_bot(self.user, self.chat, str(result["id"]))
        query = self.last_inline.query if self.last_inline else ""
        self._mark = len(self.telegram.events)
        await self.deliver(self.telegram.stored_message_update(sent))
        chosen = self.telegram.chosen_inline_result_update(
            self.user, str(result["id"]), query, sent=sent
        )
        await self.deliver(chosen)
        return sent

    async def wait_for(
        self,
        predicate_or_text: str | Predicate,
        timeout: float = 5.0,  # noqa: ASYNC109 - the deadline is the point of this helper
    ) -> StoredMessage:
        """A bot message sent or edited since the last action that matches, waiting if need be.

        A string matches when it is part of the message's plain text.
        """
        match = _predicate(predicate_or_text)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            for msg in self._changed_since(self._mark):
                if match(msg):
                    return msg
            if loop.time() >= deadline:
                raise TimeoutError(f"no bot message matched {predicate_or_text!r} in {timeout}s")
            await asyncio.sleep(0.01)

    async def _deliver(self, update: JSON) -> list[StoredMessage]:
        self._mark = mark = len(self.telegram.events)
        await self.deliver(update)
        return self._changed_since(mark)

    def _note_answer(self, query_id: str) -> None:
        answers = [a for a in self.telegram.callback_answers if a.query_id == query_id]
        self.last_answer = answers[-1] if answers else None
        self.last_alert = self.last_answer.text if self.last_answer else None

    def _changed_since(self, mark: int) -> list[StoredMessage]:
        ids: list[int] = []
        for event in self.telegram.events[mark:]:
            msg = event.message
            visible = event.kind in _VISIBLE and event.chat_id == self.chat.id
            if visible and msg is not None and msg.message_id not in ids:
                ids.append(msg.message_id)
        current = (self.telegram.find(self.chat.id, mid) for mid in ids)
        return [msg for msg in current if msg is not None]

    # -- looking -----------------------------------------------------------------------------

    @property
    def replies(self) -> list[StoredMessage]:
        """The bot's messages in this chat that are still there, oldest first."""
        return self.telegram.bot_messages(self.chat.id)

    @property
    def last_reply(self) -> StoredMessage:
        """The bot's latest message in this chat."""
        replies = self.replies
        if not replies:
            raise LookupError("the bot has not said anything in this chat")
        return replies[-1]

    def text(self, message: StoredMessage | None = None) -> str:
        """A message's text as plain text (HTML rendered); default the latest reply."""
        return message_text(message or self.last_reply)

    def buttons(self, message: StoredMessage | None = None) -> list[list[Button]]:
        """The inline keyboard of a message (default the latest reply), row by row."""
        return buttons_of(message or self.last_reply)

    def _latest_with_keyboard(self) -> StoredMessage:
        for msg in reversed(self.replies):
            if msg.inline_keyboard:
                return msg
        raise LookupError("no bot message with an inline keyboard in this chat")

    def _find_button(self, message: StoredMessage, wanted: str | int) -> Button:
        flat = [button for row in self.buttons(message) for button in row]
        if isinstance(wanted, int):
            if not 1 <= wanted <= len(flat):
                raise LookupError(f"no button {wanted}; the message has {len(flat)}")
            return flat[wanted - 1]
        exact = [b for b in flat if b.label == wanted]
        partial = [b for b in flat if wanted.casefold() in b.label.casefold()]
        found = exact or partial
        if len(found) != 1:
            labels = [b.label for b in flat]
            raise LookupError(f"{len(found)} buttons match {wanted!r} among {labels}")
        return found[0]


def buttons_of(message: StoredMessage) -> list[list[Button]]:
    """A message's inline keyboard, row by row, numbered from 1 across the rows."""
    rows, index = [], 0
    for row in message.inline_keyboard:
        cells = []
        for raw in row:
            index += 1
            cells.append(_button(raw, index))
        rows.append(cells)
    return rows


def _button(raw: JSON, index: int) -> Button:
    return Button(
        label=str(raw.get("text", "")),
        index=index,
        data=raw.get("callback_data"),
        url=raw.get("url"),
        switch_inline_query=raw.get(
            "switch_inline_query", raw.get("switch_inline_query_current_chat")
        ),
        raw=raw,
    )


def _predicate(predicate_or_text: str | Predicate) -> Predicate:
    if isinstance(predicate_or_text, str):
        wanted = predicate_or_text
        return lambda msg: wanted in message_text(msg)
    return predicate_or_text
