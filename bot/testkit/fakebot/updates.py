"""Incoming updates in Bot API JSON, and the JSON shape of stored messages.

Builders allocate an ``update_id`` and, for messages, store the user's message in the chat so
that it shows in the log and can be deleted or replied to.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from bot.testkit.fakebot.models import JSON, Chat, StoredMessage, User
from bot.testkit.fakebot.text import html_entities

if TYPE_CHECKING:
    from bot.testkit.fakebot.telegram import FakeTelegram

_COMMAND_RE = re.compile(r"/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,64})?(?![A-Za-z0-9_@])")
_PHOTO_SIZE = {"width": 600, "height": 900}


def message_json(tg: FakeTelegram, msg: StoredMessage, *, with_reply: bool = True) -> JSON:
    """The Bot API ``Message`` object for a stored message."""
    data: JSON = {
        "message_id": msg.message_id,
        "date": msg.date,
        "chat": tg.chats[msg.chat_id].to_json(),
        "from": msg.sender.to_json(),
    }
    key = "text" if msg.text is not None else "caption"
    if msg.text is not None or msg.caption is not None:
        data[key] = msg.plain
        if msg.entities:
            data["entities" if key == "text" else "caption_entities"] = msg.entities
    if msg.photo:
        data["photo"] = [photo_size(tg, msg.photo)]
    if msg.poll:
        data["poll"] = msg.poll
    if msg.reply_markup and "inline_keyboard" in msg.reply_markup:
        data["reply_markup"] = msg.reply_markup
    if msg.edit_date:
        data["edit_date"] = msg.edit_date
    if msg.via_bot is not None:
        data["via_bot"] = msg.via_bot.to_json()
    target = tg.find(msg.chat_id, msg.reply_to) if msg.reply_to and with_reply else None
    if target is not None:
        data["reply_to_message"] = message_json(tg, target, with_reply=False)
    return data


def photo_size(tg: FakeTelegram, file_id: str) -> JSON:
    """A ``PhotoSize`` for a stored photo."""
    stored = tg.files.get(file_id)
    unique = stored.file_unique_id if stored else f"u{file_id}"
    size = len(stored.content) if stored else 0
    return {"file_id": file_id, "file_unique_id": unique, "file_size": size, **_PHOTO_SIZE}


def command_entities(text: str) -> list[JSON]:
    """A ``bot_command`` entity when the text starts with /command or /command@bot."""
    match = _COMMAND_RE.match(text)
    if match is None:
        return []
    return [{"type": "bot_command", "offset": 0, "length": match.end()}]


def message_update(
    tg: FakeTelegram, user: User, chat: Chat, text: str, *, reply_to: int | None = None
) -> JSON:
    """A user's text message (stored in the chat) as an Update."""
    if not chat.is_private and user.id not in tg.members.get(chat.id, {}):
        tg.members.setdefault(chat.id, {})[user.id] = "member"
    msg = tg.store(
        chat.id, user, text=text, plain=text, entities=command_entities(text), reply_to=reply_to
    )
    tg.emit("user_message", chat.id, message=msg, text=text)
    return {"update_id": tg.new_update_id(), "message": message_json(tg, msg)}


def callback_update(tg: FakeTelegram, user: User, chat: Chat, message_id: int, data: str) -> JSON:
    """A press on an inline button of the bot's message ``message_id`` in ``chat``."""
    msg = tg.find(chat.id, message_id)
    if msg is None:
        raise LookupError(f"no message {message_id} in chat {chat.id}")
    query = _callback_query(tg, user, data, chat_instance=str(abs(chat.id)))
    query["message"] = message_json(tg, msg)
    tg.emit("callback", chat.id, text=data, query_id=query["id"], message_id=message_id)
    return {"update_id": tg.new_update_id(), "callback_query": query}


def inline_callback_update(tg: FakeTelegram, user: User, inline_message_id: str, data: str) -> JSON:
    """A press on a button of a message sent via inline mode."""
    if inline_message_id not in tg.inline_messages:
        raise LookupError(f"no inline message {inline_message_id}")
    query = _callback_query(tg, user, data, chat_instance="inline")
    query["inline_message_id"] = inline_message_id
    tg.emit("callback", None, text=data, query_id=query["id"])
    return {"update_id": tg.new_update_id(), "callback_query": query}


def _callback_query(tg: FakeTelegram, user: User, data: str, *, chat_instance: str) -> JSON:
    query_id = tg.next_id("cbq")
    tg.open_callbacks.add(query_id)
    return {"id": query_id, "from": user.to_json(), "chat_instance": chat_instance, "data": data}


def inline_query_update(
    tg: FakeTelegram, user: User, query: str, offset: str = "", *, chat_type: str | None = None
) -> JSON:
    """An inline query (``@bot query``) from ``user``."""
    query_id = tg.next_id("iq")
    tg.open_inline[query_id] = query
    body: JSON = {"id": query_id, "from": user.to_json(), "query": query, "offset": offset}
    if chat_type:
        body["chat_type"] = chat_type
    return {"update_id": tg.new_update_id(), "inline_query": body}


def chosen_inline_result_update(
    tg: FakeTelegram,
    user: User,
    result_id: str,
    query: str = "",
    *,
    sent: StoredMessage | None = None,
) -> JSON:
    """The user picked an inline result; it becomes an inline message when it has a keyboard.

    ``sent``: the message `send_via_bot` put in a chat for it (else it is in no chat).
    """
    result = _find_inline_result(tg, result_id)
    body: JSON = {"result_id": result_id, "from": user.to_json(), "query": query}
    if sent is not None and sent.inline_message_id:
        body["inline_message_id"] = sent.inline_message_id
    elif sent is None and result.get("reply_markup"):
        body["inline_message_id"] = _inline_message(tg, result).inline_message_id
    return {"update_id": tg.new_update_id(), "chosen_inline_result": body}


def send_via_bot(tg: FakeTelegram, user: User, chat: Chat, result_id: str) -> StoredMessage:
    """What Telegram does when ``user`` picks an offered result in ``chat``: its message
    appears there, from the user "via @bot". With a keyboard it is an inline message too:
    presses on it carry its ``inline_message_id``, and the bot edits it by that id."""
    result = _find_inline_result(tg, result_id)
    content: dict[str, Any] = result.get("input_message_content") or {}
    text = str(content.get("message_text") or result.get("title") or "")
    mode = "HTML" if str(content.get("parse_mode") or "").lower() == "html" else None
    plain, entities = html_entities(text) if mode else (text, [])
    msg = tg.store(
        chat.id,
        user,
        text=text,
        parse_mode=mode,
        plain=plain,
        entities=entities,
        reply_markup=result.get("reply_markup"),
        via_bot=tg.bot,
    )
    if msg.reply_markup:
        msg.inline_message_id = tg.next_id("inl")
        tg.inline_messages[msg.inline_message_id] = msg
    tg.emit("via_bot", chat.id, message=msg)
    return msg


def stored_message_update(tg: FakeTelegram, msg: StoredMessage) -> JSON:
    """A message already in a chat (e.g. one sent via the bot) as a ``message`` Update."""
    return {"update_id": tg.new_update_id(), "message": message_json(tg, msg)}


def _find_inline_result(tg: FakeTelegram, result_id: str) -> JSON:
    for answer in reversed(tg.inline_answers):
        for result in answer.results:
            if result.get("id") == result_id:
                return result
    raise LookupError(f"no inline result {result_id!r} was offered")


def _inline_message(tg: FakeTelegram, result: JSON) -> StoredMessage:
    content: dict[str, Any] = result.get("input_message_content") or {}
    text = str(content.get("message_text") or result.get("title") or "")
    inline_id = tg.next_id("inl")
    msg = StoredMessage(0, 0, True, tg.bot, int(tg.clock()), text=text, plain=text)
    msg.parse_mode = content.get("parse_mode")
    msg.reply_markup = result.get("reply_markup")
    msg.inline_message_id = inline_id
    tg.inline_messages[inline_id] = msg
    return msg


def poll_answer_update(tg: FakeTelegram, user: User, poll_id: str, option_ids: list[int]) -> JSON:
    """A vote in a non-anonymous poll; the counts on the stored poll go up."""
    msg = tg.polls.get(poll_id)
    if msg is None or msg.poll is None:
        raise LookupError(f"no poll {poll_id!r}")
    for index in option_ids:
        msg.poll["options"][index]["voter_count"] += 1
    msg.poll["total_voter_count"] += 1 if option_ids else 0
    answer = {
        "poll_id": poll_id,
        "user": user.to_json(),
        "option_ids": list(option_ids),
        "option_persistent_ids": [msg.poll["options"][i]["persistent_id"] for i in option_ids],
    }
    return {"update_id": tg.new_update_id(), "poll_answer": answer}


def my_chat_member_update(
    tg: FakeTelegram, user: User, chat: Chat, old_status: str, new_status: str
) -> JSON:
    """The bot was added to or removed from a chat by ``user``."""
    tg.members.setdefault(chat.id, {})[tg.bot.id] = new_status
    change = {
        "chat": chat.to_json(),
        "from": user.to_json(),
        "date": int(tg.clock()),
        "old_chat_member": member_json(tg.bot, old_status),
        "new_chat_member": member_json(tg.bot, new_status),
    }
    return {"update_id": tg.new_update_id(), "my_chat_member": change}


_ADMIN_RIGHTS = [
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_pin_messages",
]


def member_json(user: User, status: str) -> JSON:
    """A ``ChatMember`` object of the given status, with the fields PTB requires."""
    data: JSON = {"status": status, "user": user.to_json()}
    if status == "creator":
        data["is_anonymous"] = False
    elif status == "administrator":
        data.update({"can_be_edited": False, "is_anonymous": False})
        data.update(dict.fromkeys(_ADMIN_RIGHTS, True))
    elif status == "kicked":
        data["until_date"] = 0
    elif status == "restricted":
        data.update({"is_member": True, "until_date": 0})
    return data
