"""Bot API methods that create, change or remove messages: send*, edit*, delete*, stopPoll.

Each handler takes (FakeTelegram, Params, files) and returns the ``result`` of the call, or
raises ApiError with the status and description the real server would give.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from telegram.constants import InlineKeyboardButtonLimit, MessageLimit, PollLimit

from bot.testkit.fakebot.models import (
    JSON,
    ApiError,
    Chat,
    Params,
    StoredFile,
    StoredMessage,
    bad_request,
)
from bot.testkit.fakebot.text import HtmlError, html_entities, utf16_len

if TYPE_CHECKING:
    from bot.testkit.fakebot.telegram import FakeTelegram

Handler = Callable[["FakeTelegram", Params, dict[str, bytes]], Any]
_BUTTON_ACTIONS = [
    "callback_data",
    "url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "login_url",
    "web_app",
    "callback_game",
    "pay",
    "copy_text",
]
_PARSE_MODES = {"html": "HTML", "markdown": "Markdown", "markdownv2": "MarkdownV2"}
_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)


def formatted(
    text: str, parse_mode: str | None, *, limit: int, empty: str, too_long: str
) -> tuple[str, list[JSON]]:
    """Plain text and entities for ``text``, checked for emptiness and length as Telegram does."""
    plain, entities = text, list[JSON]()
    if parse_mode == "HTML":
        try:
            plain, entities = html_entities(text)
        except HtmlError as exc:
            raise bad_request(f"can't parse entities: {exc}") from None
    if not plain.strip():
        raise bad_request(empty)
    if utf16_len(plain) > limit:
        raise bad_request(too_long)
    return plain, entities


def parse_mode_of(params: Params) -> str | None:
    """The normalised parse_mode, or 400 for an unknown one."""
    raw = params.text("parse_mode")
    if not raw:
        return None
    if raw.lower() not in _PARSE_MODES:
        raise bad_request(f"unsupported parse_mode {raw}")
    return _PARSE_MODES[raw.lower()]


def check_markup(raw: Any) -> JSON | None:
    """Validate a reply_markup (inline keyboard, reply keyboard, force reply, removal)."""
    if raw is None:
        return None
    if not isinstance(raw, dict) or not raw.keys() & {
        "inline_keyboard",
        "keyboard",
        "remove_keyboard",
        "force_reply",
    }:
        raise bad_request("can't parse reply keyboard markup JSON object")
    rows = raw.get("inline_keyboard")
    if rows is not None:
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise bad_request('field "inline_keyboard" must be an Array of Arrays')
        for row in rows:
            for button in row:
                _check_button(button)
    return raw


def _check_button(button: Any) -> None:
    if not isinstance(button, dict) or not button.get("text"):
        raise bad_request("BUTTON_TEXT_INVALID")
    actions = [key for key in _BUTTON_ACTIONS if key in button]
    if len(actions) != 1:
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    data = button.get("callback_data")
    if data is not None:
        size = len(str(data).encode())
        if not 1 <= size <= InlineKeyboardButtonLimit.MAX_CALLBACK_DATA:
            raise bad_request("BUTTON_DATA_INVALID")
    url = button.get("url")
    if url is not None and not str(url).startswith(("http://", "https://", "tg://")):
        raise bad_request("BUTTON_URL_INVALID")


def _target_chat(tg: FakeTelegram, params: Params) -> Chat:
    chat = tg.resolve_chat(params.get("chat_id"))
    tg.check_can_send(chat)
    return chat


def _reply_to(tg: FakeTelegram, chat: Chat, params: Params) -> int | None:
    reply = params.obj("reply_parameters") or {}
    message_id = reply.get("message_id", params.get("reply_to_message_id"))
    if message_id is None:
        return None
    if tg.find(chat.id, int(message_id)) is None:
        if reply.get("allow_sending_without_reply") or params.flag("allow_sending_without_reply"):
            return None
        raise bad_request("message to be replied not found")
    return int(message_id)


def _sent(tg: FakeTelegram, chat: Chat, params: Params, **fields: Any) -> JSON:
    markup = check_markup(params.obj("reply_markup"))
    msg = tg.store(
        chat.id, tg.bot, reply_markup=markup, reply_to=_reply_to(tg, chat, params), **fields
    )
    tg.emit("sent", chat.id, message=msg)
    return tg.message_json(msg)


def send_message(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> JSON:
    """sendMessage."""
    chat = _target_chat(tg, params)
    text = params.text("text") or ""
    mode = parse_mode_of(params)
    plain, entities = formatted(
        text,
        mode,
        limit=MessageLimit.MAX_TEXT_LENGTH,
        empty="message text is empty",
        too_long="message is too long",
    )
    return _sent(tg, chat, params, text=text, parse_mode=mode, plain=plain, entities=entities)


def _caption(params: Params) -> tuple[str | None, str | None, str, list[JSON]]:
    caption, mode = params.text("caption"), parse_mode_of(params)
    if not caption:
        return caption, mode, "", []
    plain, entities = formatted(
        caption,
        mode,
        limit=MessageLimit.CAPTION_LENGTH,
        empty="message caption is empty",
        too_long="message caption is too long",
    )
    return caption, mode, plain, entities


def photo_file_id(tg: FakeTelegram, source: Any, files: dict[str, bytes], field: str) -> str:
    """The file_id for a photo given as an upload, an attach:// name, a URL or a file_id."""
    if isinstance(source, str) and source.startswith("attach://"):
        field, source = source.removeprefix("attach://"), None
    if source is None and field in files:
        return _new_file(tg, content=files[field]).file_id
    if isinstance(source, str) and source.startswith(("http://", "https://")):
        return _new_file(tg, url=source).file_id
    if isinstance(source, str) and source in tg.files:
        return source
    raise bad_request("wrong file identifier/HTTP URL specified")


def _new_file(tg: FakeTelegram, *, content: bytes = b"", url: str | None = None) -> StoredFile:
    file_id = tg.next_id("AgACAgPhoto")
    stored = StoredFile(file_id, f"u{file_id}", f"photos/{file_id}.jpg", content, url)
    tg.files[file_id] = stored
    return stored


def send_photo(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> JSON:
    """sendPhoto: upload, URL or known file_id, with an optional caption."""
    chat = _target_chat(tg, params)
    caption, mode, plain, entities = _caption(params)
    file_id = photo_file_id(tg, params.get("photo"), files, "photo")
    fields = {"caption": caption, "parse_mode": mode, "plain": plain, "entities": entities}
    return _sent(tg, chat, params, photo=file_id, **fields)


def send_poll(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> JSON:
    """sendPoll: a regular or quiz poll with 2-12 options."""
    chat = _target_chat(tg, params)
    question = params.text("question") or ""
    if not PollLimit.MIN_QUESTION_LENGTH <= len(question) <= PollLimit.MAX_QUESTION_LENGTH:
        raise bad_request("POLL_QUESTION_INVALID")
    poll_id = tg.next_id("poll")
    poll: JSON = {
        "id": poll_id,
        "question": question,
        "options": _poll_options(params),
        "total_voter_count": 0,
        "is_closed": params.flag("is_closed"),
        "is_anonymous": params.flag("is_anonymous", True),
        "type": params.text("type") or "regular",
        "allows_multiple_answers": params.flag("allows_multiple_answers"),
        "allows_revoting": params.flag("allows_revoting", True),
        "members_only": params.flag("members_only"),
    }
    result = _sent(tg, chat, params, poll=poll)
    tg.polls[poll_id] = tg.bot_messages(chat.id)[-1]
    return result


def _poll_options(params: Params) -> list[JSON]:
    raw = params.obj("options") or []
    texts = [o.get("text", "") if isinstance(o, dict) else str(o) for o in raw]
    if len(texts) < 2:
        raise bad_request("poll must have at least 2 option")
    if len(texts) > PollLimit.MAX_OPTION_NUMBER:
        raise bad_request("POLL_OPTIONS_TOO_MUCH")
    return [
        {"text": text, "voter_count": 0, "persistent_id": f"opt{index}"}
        for index, text in enumerate(texts)
    ]


def stop_poll(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> JSON:
    """stopPoll: close a poll the bot sent; returns the final Poll."""
    msg = _edit_target(tg, params)
    if msg.poll is None:
        raise bad_request("message with poll to stop not found")
    if msg.poll["is_closed"]:
        raise bad_request("poll has already been closed")
    msg.poll["is_closed"] = True
    tg.emit("poll_stopped", msg.chat_id, message=msg)
    return dict(msg.poll)


def _edit_target(tg: FakeTelegram, params: Params) -> StoredMessage:
    inline_id = params.text("inline_message_id")
    if inline_id:
        found = tg.inline_messages.get(inline_id)
        if found is None:
            raise bad_request("MESSAGE_ID_INVALID")
        return found
    chat = tg.resolve_chat(params.get("chat_id"))
    msg = tg.find(chat.id, params.integer("message_id") or 0)
    if msg is None:
        raise bad_request("message to edit not found")
    if not msg.from_bot:
        raise bad_request("message can't be edited")
    return msg


def _apply_edit(tg: FakeTelegram, msg: StoredMessage, changes: dict[str, Any]) -> Any:
    """Apply changes unless they change nothing (400 "message is not modified")."""
    if all(getattr(msg, key) == value for key, value in changes.items()):
        raise bad_request(_NOT_MODIFIED)
    for key, value in changes.items():
        setattr(msg, key, value)
    msg.edited += 1
    msg.edit_date = int(tg.clock())
    # An inline message sent into a chat the fake knows (`send_via_bot`) is seen there.
    tg.emit("edited", msg.chat_id or None, message=msg)
    return True if msg.inline_message_id else tg.message_json(msg)


def edit_message_text(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> Any:
    """editMessageText (chat message or inline message); drops the keyboard unless resent."""
    msg = _edit_target(tg, params)
    if msg.text is None:
        raise bad_request("there is no text in the message to edit")
    text, mode = params.text("text") or "", parse_mode_of(params)
    plain, entities = formatted(
        text,
        mode,
        limit=MessageLimit.MAX_TEXT_LENGTH,
        empty="message text is empty",
        too_long="message is too long",
    )
    markup = check_markup(params.obj("reply_markup"))
    if (msg.plain, msg.entities, msg.reply_markup) == (plain, entities, markup):
        raise bad_request(_NOT_MODIFIED)
    changes = {"text": text, "parse_mode": mode, "plain": plain, "entities": entities}
    return _apply_edit(tg, msg, {**changes, "reply_markup": markup})


def edit_message_reply_markup(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> Any:
    """editMessageReplyMarkup."""
    msg = _edit_target(tg, params)
    return _apply_edit(tg, msg, {"reply_markup": check_markup(params.obj("reply_markup"))})


def edit_message_caption(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> Any:
    """editMessageCaption (media messages only)."""
    msg = _edit_target(tg, params)
    if msg.photo is None:
        raise bad_request("there is no caption in the message to edit")
    caption, mode, plain, entities = _caption(params)
    markup = check_markup(params.obj("reply_markup"))
    if (msg.plain, msg.entities, msg.reply_markup) == (plain, entities, markup):
        raise bad_request(_NOT_MODIFIED)
    changes = {"caption": caption, "parse_mode": mode, "plain": plain, "entities": entities}
    return _apply_edit(tg, msg, {**changes, "reply_markup": markup})


def edit_message_media(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> Any:
    """editMessageMedia with a photo (upload via attach://, URL or file_id)."""
    msg = _edit_target(tg, params)
    media = params.obj("media")
    if not isinstance(media, dict) or media.get("type") != "photo":
        raise bad_request("can't parse InputMedia JSON object")
    if msg.photo is None:
        raise bad_request("there is no media in the message to edit")
    media_params = Params(media)
    caption, mode, plain, entities = _caption(media_params)
    changes = {
        "photo": photo_file_id(tg, media.get("media"), files, "media"),
        "caption": caption,
        "parse_mode": mode,
        "plain": plain,
        "entities": entities,
        "reply_markup": check_markup(params.obj("reply_markup")),
    }
    return _apply_edit(tg, msg, changes)


def delete_message(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> bool:
    """deleteMessage: the bot's own, or anyone's in private chats or where it is admin."""
    chat = tg.resolve_chat(params.get("chat_id"))
    msg = tg.find(chat.id, params.integer("message_id") or 0)
    if msg is None:
        raise bad_request("message to delete not found")
    _delete(tg, chat, msg)
    return True


def _delete(tg: FakeTelegram, chat: Chat, msg: StoredMessage) -> None:
    admin = tg.members.get(chat.id, {}).get(tg.bot.id) in ("administrator", "creator")
    if not (msg.from_bot or chat.is_private or admin):
        raise bad_request("message can't be deleted")
    msg.deleted = True
    tg.emit("deleted", chat.id, message=msg)


def delete_messages(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> bool:
    """deleteMessages: up to 100 ids; missing ones are skipped."""
    chat = tg.resolve_chat(params.get("chat_id"))
    ids = params.obj("message_ids") or []
    if not 1 <= len(ids) <= 100:
        raise bad_request("too many messages to delete" if ids else "message identifiers are empty")
    for message_id in ids:
        msg = tg.find(chat.id, int(message_id))
        if msg is not None:
            try:
                _delete(tg, chat, msg)
            except ApiError:
                continue
    return True


HANDLERS: dict[str, Handler] = {
    "sendMessage": send_message,
    "sendPhoto": send_photo,
    "sendPoll": send_poll,
    "stopPoll": stop_poll,
    "editMessageText": edit_message_text,
    "editMessageReplyMarkup": edit_message_reply_markup,
    "editMessageCaption": edit_message_caption,
    "editMessageMedia": edit_message_media,
    "deleteMessage": delete_message,
    "deleteMessages": delete_messages,
}
