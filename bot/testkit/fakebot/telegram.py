"""FakeTelegram: the state of a pretend Bot API server, with no sockets.

It keeps users, chats, every message (the user's and the bot's), answers to callback and
inline queries, commands and files; it answers Bot API calls (``handle``/``ahandle``) the way
the real server does, including its errors; and it builds incoming updates for the tests and
the console. The method implementations live in ``api_messages`` and ``api_misc``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import logging
import time
from collections.abc import Callable
from typing import Any

from bot.testkit.fakebot import api_messages, api_misc, updates
from bot.testkit.fakebot.limits import SendLimits
from bot.testkit.fakebot.models import (
    JSON,
    ApiError,
    Call,
    CallbackAnswer,
    Chat,
    Event,
    InlineAnswer,
    Params,
    StoredFile,
    StoredMessage,
    User,
    bad_request,
)

logger = logging.getLogger(__name__)

Listener = Callable[[Event], None]
_HANDLERS = {
    name.lower(): fn for name, fn in {**api_messages.HANDLERS, **api_misc.HANDLERS}.items()
}
_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    403: "Forbidden: bot was blocked by the user",
    409: "Conflict: terminated by other getUpdates request",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


class FakeTelegram:
    """In-memory Bot API: state, method handling, failure injection and update building."""

    def __init__(
        self,
        *,
        bot_id: int = 777000111,
        bot_username: str = "trakt_demo_bot",
        bot_name: str = "Trakt Bot",
        token: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.bot = User(bot_id, bot_name, username=bot_username, is_bot=True)
        self.token = token
        self.clock = clock
        self.calls: list[Call] = []
        self.events: list[Event] = []
        self.commands: dict[tuple[str, str], list[JSON]] = {}
        self.menu_buttons: dict[int | None, JSON] = {}
        self.inline_answers: list[InlineAnswer] = []
        self.callback_answers: list[CallbackAnswer] = []
        self.webhook: JSON | None = None
        self.users: dict[int, User] = {bot_id: self.bot}
        self.chats: dict[int, Chat] = {}
        self.members: dict[int, dict[int, str]] = {}
        self.files: dict[str, StoredFile] = {}
        self.blocked: set[int] = set()
        self.open_callbacks: set[str] = set()
        self.open_inline: dict[str, str] = {}
        self.inline_messages: dict[str, StoredMessage] = {}
        self.polls: dict[str, StoredMessage] = {}
        self._messages: dict[int, list[StoredMessage]] = {}
        self._updates: list[JSON] = []
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self._failures: dict[str, list[ApiError]] = {}
        self._listeners: list[Listener] = []
        self.send_limits: SendLimits | None = None  # Telegram's 429s, when a test asks
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(1)

    # -- answering calls -------------------------------------------------------------------

    def handle(
        self, token: str, method: str, params: dict[str, Any], files: dict[str, bytes]
    ) -> tuple[int, JSON]:
        """Answer one Bot API call: the HTTP status and the JSON envelope."""
        try:
            self._check_token(token)
            handler = _HANDLERS.get(method.lower())
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            self._raise_injected(method)
            if self.send_limits is not None:
                self.send_limits.check(method, params.get("chat_id"), time.monotonic())
            status, body = 200, {"ok": True, "result": handler(self, Params(params), files)}
        except ApiError as exc:
            status, body = exc.status, exc.envelope()
        self.calls.append(Call(method, dict(params), self.clock(), status))
        return status, body

    async def ahandle(
        self, token: str, method: str, params: dict[str, Any], files: dict[str, bytes]
    ) -> tuple[int, JSON]:
        """Like ``handle``, but getUpdates long-polls: waits up to ``timeout`` seconds."""
        if method.lower() == "getupdates":
            await self._long_poll(token, Params(params))
        return self.handle(token, method, params, files)

    def _check_token(self, token: str) -> None:
        if self.token is not None and token != self.token:
            raise ApiError(401, "Unauthorized")

    def _raise_injected(self, method: str) -> None:
        for key in (method.lower(), "*"):
            queue = self._failures.get(key)
            if queue:
                raise queue.pop(0)

    def fail_next(
        self,
        method: str,
        *,
        status: int = 429,
        description: str | None = None,
        retry_after: int | None = 1,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` calls of ``method`` ("*" for any) fail with ``status``.

        ``retry_after`` is only sent with 429; ``description`` defaults to Telegram's wording.
        """
        if status != 429:
            retry_after = None
        if description is None:
            default = _DEFAULT_DESCRIPTIONS.get(status, "Error")
            description = (
                f"Too Many Requests: retry after {retry_after}" if status == 429 else default
            )
        errors = [ApiError(status, description, retry_after=retry_after) for _ in range(times)]
        self._failures.setdefault(method.lower(), []).extend(errors)

    def block(self, user_id: int, blocked: bool = True) -> None:
        """The user blocks (or unblocks) the bot: sends to their chat fail with 403."""
        (self.blocked.add if blocked else self.blocked.discard)(user_id)

    def calls_to(self, method: str) -> list[Call]:
        """Every call of one method, oldest first (method names are case-insensitive)."""
        return [call for call in self.calls if call.method.lower() == method.lower()]

    # -- events ----------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with every Event as it happens (the console prints them)."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling ``listener``."""
        self._listeners.remove(listener)

    def emit(self, kind: str, chat_id: int | None = None, **fields: Any) -> None:
        """Record an Event and tell the listeners; a failing listener is logged, not raised."""
        message = fields.pop("message", None)
        if message is not None:
            message = dataclasses.replace(message)
        event = Event(kind, chat_id, message, fields.pop("text", None), fields)
        self.events.append(event)
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                logger.exception("fake telegram listener failed on %s", kind)

    # -- users, chats, messages ------------------------------------------------------------

    def user(
        self,
        user_id: int,
        first_name: str = "Ann",
        *,
        username: str | None = None,
        language_code: str | None = "en",
        last_name: str | None = None,
    ) -> User:
        """Register (or replace) a user and return it."""
        record = User(user_id, first_name, username, language_code, last_name=last_name)
        self.users[user_id] = record
        return record

    def private_chat(self, user: User) -> Chat:
        """The one-to-one chat between ``user`` and the bot."""
        chat = Chat(user.id, "private", username=user.username, first_name=user.first_name)
        self.chats[chat.id] = chat
        self.members.setdefault(chat.id, {}).update({user.id: "member", self.bot.id: "member"})
        return chat

    def group_chat(
        self,
        chat_id: int = -1001234567890,
        title: str = "Movie night",
        *,
        supergroup: bool = True,
        bot_status: str = "administrator",
    ) -> Chat:
        """A group (supergroup by default) with the bot in it, as admin unless told."""
        chat = Chat(chat_id, "supergroup" if supergroup else "group", title=title)
        self.chats[chat_id] = chat
        self.members.setdefault(chat_id, {})[self.bot.id] = bot_status
        return chat

    def add_member(self, chat: Chat, user: User, status: str = "member") -> None:
        """Put a user in a chat as creator, administrator, member, left or kicked."""
        self.members.setdefault(chat.id, {})[user.id] = status

    def resolve_chat(self, value: Any) -> Chat:
        """The chat a ``chat_id`` parameter names (id or @username), else 400."""
        if isinstance(value, str) and value.startswith("@"):
            found = [c for c in self.chats.values() if c.username == value[1:]]
            if found:
                return found[0]
        else:
            try:
                return self.chats[int(value)]
            except (KeyError, TypeError, ValueError):
                pass
        raise bad_request("chat not found")

    def check_can_send(self, chat: Chat) -> None:
        """403 when the user blocked the bot or the bot is no longer in the chat."""
        if chat.is_private and chat.id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if self.members.get(chat.id, {}).get(self.bot.id) in ("left", "kicked"):
            raise ApiError(403, "Forbidden: bot is not a member of the supergroup chat")

    def store(self, chat_id: int, sender: User, **fields: Any) -> StoredMessage:
        """Keep a new message in a chat, numbering it after the chat's last one."""
        chat_messages = self._messages.setdefault(chat_id, [])
        message_id = chat_messages[-1].message_id + 1 if chat_messages else 1
        msg = StoredMessage(message_id, chat_id, sender.is_bot, sender, int(self.clock()), **fields)
        chat_messages.append(msg)
        return msg

    def find(self, chat_id: int, message_id: int) -> StoredMessage | None:
        """A message that exists and was not deleted, or None."""
        for msg in self._messages.get(chat_id, []):
            if msg.message_id == message_id and not msg.deleted:
                return msg
        return None

    def messages(self, chat_id: int) -> list[StoredMessage]:
        """Every message in a chat, in order, the user's and the bot's (deleted ones too)."""
        return list(self._messages.get(chat_id, []))

    def bot_messages(self, chat_id: int) -> list[StoredMessage]:
        """The bot's messages in a chat that are still there."""
        return [m for m in self._messages.get(chat_id, []) if m.from_bot and not m.deleted]

    def download(self, token: str, file_path: str) -> bytes | None:
        """The content behind ``/file/bot{token}/{file_path}``, or None when there is none."""
        if self.token is not None and token != self.token:
            return None
        found = [f for f in self.files.values() if f.file_path == file_path]
        return found[0].content if found else None

    def next_id(self, prefix: str) -> str:
        """A fresh opaque id (for queries, polls, files, inline messages)."""
        return f"{prefix}{next(self._ids)}"

    # -- building updates (see bot.testkit.fakebot.updates) ---------------------------------------

    def message_update(
        self, user: User, chat: Chat, text: str, *, reply_to: int | None = None
    ) -> JSON:
        """A user's text message, stored in the chat, as an Update dict."""
        return updates.message_update(self, user, chat, text, reply_to=reply_to)

    def callback_update(self, user: User, chat: Chat, message_id: int, data: str) -> JSON:
        """A press on an inline button of the bot's message, as an Update dict."""
        return updates.callback_update(self, user, chat, message_id, data)

    def inline_callback_update(self, user: User, inline_message_id: str, data: str) -> JSON:
        """A press on a button of a message sent via inline mode."""
        return updates.inline_callback_update(self, user, inline_message_id, data)

    def inline_query_update(
        self, user: User, query: str, offset: str = "", *, chat_type: str | None = None
    ) -> JSON:
        """An inline query from ``user``."""
        return updates.inline_query_update(self, user, query, offset, chat_type=chat_type)

    def chosen_inline_result_update(
        self, user: User, result_id: str, query: str = "", *, sent: StoredMessage | None = None
    ) -> JSON:
        """The user chose an offered inline result (``sent``: its message in a chat)."""
        return updates.chosen_inline_result_update(self, user, result_id, query, sent=sent)

    def send_via_bot(self, user: User, chat: Chat, result_id: str) -> StoredMessage:
        """The chosen result's message appears in ``chat``, from ``user`` via the bot."""
        return updates.send_via_bot(self, user, chat, result_id)

    def stored_message_update(self, msg: StoredMessage) -> JSON:
        """A message already in a chat as a ``message`` Update."""
        return updates.stored_message_update(self, msg)

    def poll_answer_update(self, user: User, poll_id: str, option_ids: list[int]) -> JSON:
        """A vote in a poll the bot sent."""
        return updates.poll_answer_update(self, user, poll_id, option_ids)

    def my_chat_member_update(self, user: User, chat: Chat, old: str, new: str) -> JSON:
        """The bot's own membership in ``chat`` changed (added, promoted, removed)."""
        return updates.my_chat_member_update(self, user, chat, old, new)

    def message_json(self, msg: StoredMessage) -> JSON:
        """The Bot API ``Message`` object for a stored message."""
        return updates.message_json(self, msg)

    # -- update feed (getUpdates) ----------------------------------------------------------

    def new_update_id(self) -> int:
        """The next update_id."""
        return next(self._update_ids)

    def enqueue(self, update: JSON) -> None:
        """Queue an update for getUpdates and wake any long poll."""
        self._updates.append(update)
        self.release_waiters()

    def fetch_updates(self, offset: int | None, limit: int) -> list[JSON]:
        """Confirm updates below ``offset`` (forgetting them) and return the next ``limit``."""
        if offset is not None and offset < 0:
            self._updates = self._updates[offset:]
        elif offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        return self._updates[:limit]

    @property
    def waiting_polls(self) -> int:
        """How many getUpdates calls are waiting in a long poll right now."""
        return len(self._waiters)

    def release_waiters(self) -> None:
        """Wake every pending long poll (an update came, or the server is stopping)."""
        for loop, future in self._waiters:
            loop.call_soon_threadsafe(_resolve, future)

    async def _long_poll(self, token: str, params: Params) -> None:
        timeout = float(params.get("timeout", 0) or 0)
        if timeout <= 0 or self.webhook or self._failures.get("getupdates"):
            return
        if (self.token is not None and token != self.token) or self._pending(params):
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        entry = (asyncio.get_running_loop(), future)
        self._waiters.append(entry)
        try:
            await asyncio.wait({future}, timeout=timeout)
        finally:
            self._waiters.remove(entry)

    def _pending(self, params: Params) -> bool:
        offset = params.integer("offset", required=False) or 0
        return any(u["update_id"] >= offset for u in self._updates)


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)
