"""A fake Telegram Bot API and a chat driver, for the console and the tests.

``FakeTelegram`` holds the state and answers Bot API calls; ``FakeBotAPIServer`` serves it on
127.0.0.1 and ``OfflineRequest`` serves it in-process; ``ChatDriver`` plays a user.
"""

from __future__ import annotations

from bot.testkit.fakebot.chat import ChatDriver, Deliver, buttons_of
from bot.testkit.fakebot.models import (
    ApiError,
    Button,
    Call,
    CallbackAnswer,
    Chat,
    Event,
    InlineAnswer,
    StoredFile,
    StoredMessage,
    User,
)
from bot.testkit.fakebot.server import FakeBotAPIServer, OfflineRequest
from bot.testkit.fakebot.telegram import FakeTelegram
from bot.testkit.fakebot.text import html_to_text, render_keyboard, render_message

__all__ = [
    "ApiError",
    "Button",
    "Call",
    "CallbackAnswer",
    "Chat",
    "ChatDriver",
    "Deliver",
    "Event",
    "FakeBotAPIServer",
    "FakeTelegram",
    "InlineAnswer",
    "OfflineRequest",
    "StoredFile",
    "StoredMessage",
    "User",
    "buttons_of",
    "html_to_text",
    "render_keyboard",
    "render_message",
]
