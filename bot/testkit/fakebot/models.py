"""Records of the fake Telegram: users, chats, stored messages, calls, events and API errors.

Each record knows how to render itself in real Bot API JSON shape (``to_json``), so that
python-telegram-bot's ``de_json`` accepts what the fake server returns.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

JSON = dict[str, Any]


class ApiError(Exception):
    """A Bot API failure: an HTTP status plus the description Telegram would send."""

    def __init__(self, status: int, description: str, *, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def envelope(self) -> JSON:
        """The JSON body of the failed response."""
        body: JSON = {"ok": False, "error_code": self.status, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(reason: str) -> ApiError:
    """A 400 error worded the way the Bot API words it."""
    return ApiError(400, f"Bad Request: {reason}")


@dataclass(frozen=True)
class User:
    """A Telegram user (or the bot itself)."""

    id: int
    first_name: str
    username: str | None = None
    language_code: str | None = None
    is_bot: bool = False
    last_name: str | None = None

    def to_json(self) -> JSON:
        """The Bot API ``User`` object."""
        data: JSON = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        return data


@dataclass(frozen=True)
class Chat:
    """A private chat, a group or a supergroup."""

    id: int
    type: str
    title: str | None = None
    username: str | None = None
    first_name: str | None = None

    def to_json(self) -> JSON:
        """The Bot API ``Chat`` object."""
        data: JSON = {"id": self.id, "type": self.type}
        for key in ("title", "username", "first_name"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        return data

    @property
    def is_private(self) -> bool:
        """Whether this is a one-to-one chat with a user."""
        return self.type == "private"


@dataclass
class StoredMessage:
    """A message as the fake server keeps it: the source the bot sent plus what users see.

    ``text``/``caption`` hold the source as sent (HTML when ``parse_mode`` is HTML);
    ``plain`` and ``entities`` hold what Telegram would derive from it.
    """

    message_id: int
    chat_id: int
    from_bot: bool
    sender: User
    date: int
    text: str | None = None
    caption: str | None = None
    parse_mode: str | None = None
    plain: str = ""
    entities: list[JSON] = field(default_factory=list)
    reply_markup: JSON | None = None
    photo: str | None = None
    poll: JSON | None = None
    reply_to: int | None = None
    edited: int = 0
    deleted: bool = False
    edit_date: int | None = None
    inline_message_id: str | None = None
    via_bot: User | None = None  # a message a user sent through the bot's inline mode

    @property
    def content(self) -> str:
        """The source text or caption, whichever the message has."""
        return self.text if self.text is not None else (self.caption or "")

    @property
    def inline_keyboard(self) -> list[list[JSON]]:
        """The rows of the inline keyboard, or an empty list."""
        if not self.reply_markup:
            return []
        return list(self.reply_markup.get("inline_keyboard") or [])


@dataclass(frozen=True)
class Call:
    """One Bot API call the bot made: method, decoded parameters, time and HTTP status."""

    method: str
    params: JSON
    at: float
    status: int = 200


@dataclass(frozen=True)
class Event:
    """Something visible happened: ``kind`` is one of
    user_message, sent, edited, deleted, alert, action, inline_answer, via_bot (a chosen
    inline result appeared in the chat), poll_stopped, commands.
    """

    kind: str
    chat_id: int | None = None
    message: StoredMessage | None = None
    text: str | None = None
    data: JSON = field(default_factory=dict)


@dataclass(frozen=True)
class CallbackAnswer:
    """The bot's answer to a callback query (the toast or alert)."""

    query_id: str
    text: str | None
    show_alert: bool
    url: str | None = None


@dataclass(frozen=True)
class InlineAnswer:
    """The bot's answer to an inline query."""

    query_id: str
    query: str
    results: list[JSON]
    next_offset: str
    cache_time: int | None = None
    is_personal: bool = False
    button: JSON | None = None


@dataclass(frozen=True)
class StoredFile:
    """A file the bot uploaded (or referenced by URL)."""

    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes = b""
    url: str | None = None

    def to_json(self) -> JSON:
        """The Bot API ``File`` object."""
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.content),
            "file_path": self.file_path,
        }


@dataclass(frozen=True)
class Button:
    """One inline keyboard button, as the chat driver sees it; ``index`` counts from 1."""

    label: str
    index: int
    data: str | None = None
    url: str | None = None
    switch_inline_query: str | None = None
    raw: JSON = field(default_factory=dict)


class Params:
    """Decoded call parameters with typed accessors that fail the way the Bot API does."""

    def __init__(self, raw: JSON) -> None:
        self.raw = raw

    def get(self, key: str, default: Any = None) -> Any:
        """The value as given, or ``default``."""
        value = self.raw.get(key)
        return default if value is None else value

    def text(self, key: str, *, required: bool = False) -> str | None:
        """A string parameter; numbers are turned back into text."""
        value = self.raw.get(key)
        if value is None:
            if required:
                raise bad_request(f"{key} is empty")
            return None
        return value if isinstance(value, str) else _to_text(value)

    def integer(self, key: str, *, required: bool = True) -> int | None:
        """An integer parameter (numeric strings accepted)."""
        value = self.raw.get(key)
        if value is None or value == "":
            if required:
                raise bad_request(f"{key} is empty")
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {key} specified") from None

    def flag(self, key: str, default: bool = False) -> bool:
        """A boolean parameter ("true"/"false" strings accepted)."""
        value = self.raw.get(key)
        if value is None:
            return default
        if isinstance(value, str):
            return value.lower() in ("true", "1")
        return bool(value)

    def obj(self, key: str) -> Any:
        """A JSON parameter (object or array); a JSON string is decoded."""
        value = self.raw.get(key)
        if isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError:
                raise bad_request(f"can't parse {key} JSON object") from None
        return value


def _to_text(value: Any) -> str:
    return json.dumps(value) if isinstance(value, dict | list | bool) else str(value)
