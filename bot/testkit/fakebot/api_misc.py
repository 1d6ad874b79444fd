"""Bot API methods about the bot, updates, webhooks, queries, commands, chats and files."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from telegram.constants import (
    BotCommandLimit,
    CallbackQueryLimit,
    ChatAction,
    InlineQueryLimit,
    InlineQueryResultLimit,
    MessageLimit,
)

from bot.testkit.fakebot.api_messages import Handler, check_markup, formatted, parse_mode_of
from bot.testkit.fakebot.models import (
    JSON,
    ApiError,
    CallbackAnswer,
    InlineAnswer,
    Params,
    bad_request,
)
from bot.testkit.fakebot.updates import member_json

if TYPE_CHECKING:
    from bot.testkit.fakebot.telegram import FakeTelegram

_COMMAND_RE = re.compile(
    rf"^[a-z0-9_]{{{BotCommandLimit.MIN_COMMAND},{BotCommandLimit.MAX_COMMAND}}}$"
)
_LANGUAGE_RE = re.compile(r"^[a-z]{2}$")
_QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
_LOCAL_HOSTS = ("http://127.0.0.1", "http://localhost")


def get_me(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> JSON:
    """getMe."""
    return {
        **tg.bot.to_json(),
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": True,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


def ok(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> bool:
    """logOut and close: nothing to do."""
    return True


def get_updates(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> list[JSON]:
    """getUpdates (the waiting part of long polling is in FakeTelegram.ahandle)."""
    if tg.webhook:
        raise ApiError(
            409,
            "Conflict: can't use getUpdates method while webhook is active; "
            "use deleteWebhook to delete the webhook first",
        )
    limit = params.integer("limit", required=False) or 100
    return tg.fetch_updates(params.integer("offset", required=False), max(1, min(limit, 100)))


def set_webhook(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> bool:
    """setWebhook: HTTPS, or plain HTTP on this machine (for local webhook tests)."""
    url = params.text("url") or ""
    if not url:
        tg.webhook = None
    elif not url.startswith(("https://", *_LOCAL_HOSTS)):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    else:
        tg.webhook = {
            "url": url,
            "secret_token": params.text("secret_token"),
            "allowed_updates": params.obj("allowed_updates"),
            "max_connections": params.integer("max_connections", required=False) or 40,
        }
    if params.flag("drop_pending_updates"):
        _drop_updates(tg)
    return True


def _drop_updates(tg: FakeTelegram) -> None:
    pending = tg.fetch_updates(None, 100_000)
    if pending:
        tg.fetch_updates(pending[-1]["update_id"] + 1, 0)


def delete_webhook(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> bool:
    """deleteWebhook."""
    tg.webhook = None
    if params.flag("drop_pending_updates"):
        _drop_updates(tg)
    return True


def get_webhook_info(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> JSON:
    """getWebhookInfo."""
    hook = tg.webhook or {}
    info: JSON = {
        "url": hook.get("url", ""),
        "has_custom_certificate": False,
        "pending_update_count": len(tg.fetch_updates(None, 100_000)),
    }
    if hook:
        info["max_connections"] = hook["max_connections"]
        if hook.get("allowed_updates"):
            info["allowed_updates"] = hook["allowed_updates"]
        for failure in ("last_error_date", "last_error_message"):  # a test sets them
            if hook.get(failure):
                info[failure] = hook[failure]
    return info


def send_chat_action(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> bool:
    """sendChatAction ("typing", "upload_photo", ...)."""
    chat = tg.resolve_chat(params.get("chat_id"))
    tg.check_can_send(chat)
    action = params.text("action") or ""
    if action not in {member.value for member in ChatAction}:
        raise bad_request("wrong parameter action in request")
    tg.emit("action", chat.id, text=action)
    return True


def answer_callback_query(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> bool:
    """answerCallbackQuery: once per query, text up to 200 characters."""
    query_id = params.text("callback_query_id", required=True) or ""
    if query_id not in tg.open_callbacks:
        raise bad_request(_QUERY_TOO_OLD)
    text = params.text("text")
    if text and len(text) > CallbackQueryLimit.ANSWER_CALLBACK_QUERY_TEXT_LENGTH:
        raise bad_request("MESSAGE_TOO_LONG")
    tg.open_callbacks.discard(query_id)
    answer = CallbackAnswer(query_id, text, params.flag("show_alert"), params.text("url"))
    tg.callback_answers.append(answer)
    tg.emit("alert", None, text=text, query_id=query_id, show_alert=answer.show_alert)
    return True


def answer_inline_query(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> bool:
    """answerInlineQuery: at most 50 results with unique ids, each message checked."""
    query_id = params.text("inline_query_id", required=True) or ""
    if query_id not in tg.open_inline:
        raise bad_request(_QUERY_TOO_OLD)
    results = params.obj("results") or []
    _check_inline_results(results)
    answer = InlineAnswer(
        query_id,
        tg.open_inline.pop(query_id),
        results,
        params.text("next_offset") or "",
        params.integer("cache_time", required=False),
        params.flag("is_personal"),
        params.obj("button"),
    )
    tg.inline_answers.append(answer)
    tg.emit("inline_answer", None, text=answer.query, query_id=query_id, count=len(results))
    return True


def _check_inline_results(results: list[Any]) -> None:
    if len(results) > InlineQueryLimit.RESULTS:
        raise bad_request("RESULTS_TOO_MUCH")
    seen: set[str] = set()
    for result in results:
        result_id = str(result.get("id", ""))
        if not 1 <= len(result_id.encode()) <= InlineQueryResultLimit.MAX_ID_LENGTH:
            raise bad_request("RESULT_ID_INVALID")
        if result_id in seen:
            raise bad_request("RESULT_ID_DUPLICATE")
        seen.add(result_id)
        if not result.get("type"):
            raise bad_request("RESULT_TYPE_INVALID")
        check_markup(result.get("reply_markup"))
        _check_inline_content(result.get("input_message_content"))


def _check_inline_content(content: Any) -> None:
    if not isinstance(content, dict) or "message_text" not in content:
        return
    formatted(
        str(content["message_text"]),
        parse_mode_of(Params(content)),
        limit=MessageLimit.MAX_TEXT_LENGTH,
        empty="MESSAGE_EMPTY",
        too_long="MESSAGE_TOO_LONG",
    )


def scope_key(scope: Any) -> str:
    """A stable key for a BotCommandScope: "default", "chat:42", "chat_member:42:7"..."""
    if not scope:
        return "default"
    kind = str(scope.get("type", "default"))
    ids = [str(scope[key]) for key in ("chat_id", "user_id") if key in scope]
    return ":".join([kind, *ids])


def _command_key(params: Params) -> tuple[str, str]:
    language = params.text("language_code") or ""
    if language and not _LANGUAGE_RE.match(language):
        raise bad_request("invalid language code specified")
    return scope_key(params.obj("scope")), language


def set_my_commands(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> bool:
    """setMyCommands for a scope and language."""
    commands = params.obj("commands")
    if not isinstance(commands, list) or len(commands) > BotCommandLimit.MAX_COMMAND_NUMBER:
        raise bad_request("BOT_COMMANDS_TOO_MUCH" if commands else "commands is empty")
    for command in commands:
        if not _COMMAND_RE.match(str(command.get("command", ""))):
            raise bad_request("BOT_COMMAND_INVALID")
        length = len(str(command.get("description", "")))
        if not BotCommandLimit.MIN_DESCRIPTION <= length <= BotCommandLimit.MAX_DESCRIPTION:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
    key = _command_key(params)
    tg.commands[key] = [dict(command) for command in commands]
    tg.emit("commands", None, scope=key[0], language_code=key[1], count=len(commands))
    return True


def delete_my_commands(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> bool:
    """deleteMyCommands for a scope and language."""
    tg.commands.pop(_command_key(params), None)
    return True


def get_my_commands(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> list[JSON]:
    """getMyCommands for exactly this scope and language."""
    return list(tg.commands.get(_command_key(params), []))


def set_chat_menu_button(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> bool:
    """setChatMenuButton (per chat, or the default)."""
    chat_id = params.integer("chat_id", required=False)
    tg.menu_buttons[chat_id] = params.obj("menu_button") or {"type": "default"}
    return True


def get_chat_menu_button(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> JSON:
    """getChatMenuButton."""
    chat_id = params.integer("chat_id", required=False)
    return tg.menu_buttons.get(chat_id) or tg.menu_buttons.get(None) or {"type": "commands"}


def get_chat(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> JSON:
    """getChat: a ChatFullInfo with the fields PTB requires."""
    chat = tg.resolve_chat(params.get("chat_id"))
    gifts = dict.fromkeys(
        ("unlimited_gifts", "limited_gifts", "unique_gifts", "premium_subscription"), True
    )
    return {
        **chat.to_json(),
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": {**gifts, "gifts_from_channels": True},
    }


def get_chat_member(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> JSON:
    """getChatMember: the status you registered, "left" for a known user not in the chat."""
    chat = tg.resolve_chat(params.get("chat_id"))
    user = tg.users.get(params.integer("user_id") or 0)
    if user is None:
        raise bad_request("PARTICIPANT_ID_INVALID")
    return member_json(user, tg.members.get(chat.id, {}).get(user.id, "left"))


def get_chat_administrators(
    tg: FakeTelegram, params: Params, files: dict[str, bytes]
) -> list[JSON]:
    """getChatAdministrators (groups only)."""
    chat = tg.resolve_chat(params.get("chat_id"))
    if chat.is_private:
        raise bad_request("there are no administrators in the private chat")
    members = tg.members.get(chat.id, {}).items()
    admins = [(uid, s) for uid, s in members if s in ("creator", "administrator")]
    return [member_json(tg.users[uid], status) for uid, status in admins if uid in tg.users]


def get_file(tg: FakeTelegram, params: Params, files: dict[str, bytes]) -> JSON:
    """getFile for a photo the bot sent."""
    stored = tg.files.get(params.text("file_id") or "")
    if stored is None:
        raise bad_request("invalid file_id")
    return stored.to_json()


HANDLERS: dict[str, Handler] = {
    "getMe": get_me,
    "logOut": ok,
    "close": ok,
    "getUpdates": get_updates,
    "setWebhook": set_webhook,
    "deleteWebhook": delete_webhook,
    "getWebhookInfo": get_webhook_info,
    "sendChatAction": send_chat_action,
    "answerCallbackQuery": answer_callback_query,
    "answerInlineQuery": answer_inline_query,
    "setMyCommands": set_my_commands,
    "deleteMyCommands": delete_my_commands,
    "getMyCommands": get_my_commands,
    "setChatMenuButton": set_chat_menu_button,
    "getChatMenuButton": get_chat_menu_button,
    "getChat": get_chat,
    "getChatMember": get_chat_member,
    "getChatAdministrators": get_chat_administrators,
    "getFile": get_file,
}
