"""Who the bot answers (BOT_ALLOWED_USERS: when set, only those people) and who runs a
group (`is_admin`: its creator and administrators)."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, TypeHandler

from bot.kit.chat import App, Context, personal_translator, translator

logger = logging.getLogger(__name__)

ADMINS = frozenset({ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR})

GROUP = -2  # after the fair share (`bot.kit.fair`) and the link feature's code guard


def allowed(update: Update, context: Context) -> bool:
    """Whether the bot answers the sender of `update` (everyone, without an allowlist); a
    queued press asks again when it runs (`bot.kit.later`)."""
    allowlist = context.services.settings.allowed
    user = update.effective_user
    return allowlist.everyone or user is None or allowlist.allows(user.id, user.username)


async def gate(update: Update, context: Context) -> None:
    """Stop every update from someone not on the allowlist, with one polite line."""
    if allowed(update, context):
        return
    user = update.effective_user
    assert user is not None
    logger.info("update from user %s refused by BOT_ALLOWED_USERS", user.id)
    if update.callback_query:
        alert = personal_translator(update, context).plain("not-allowed")
        await update.callback_query.answer(alert, show_alert=True)
    elif update.inline_query:
        await update.inline_query.answer([], cache_time=60, is_personal=True)
    elif _addressed_to_bot(update) and update.effective_message:
        await update.effective_message.reply_text(translator(update, context).plain("not-allowed"))
    raise ApplicationHandlerStop


def _addressed_to_bot(update: Update) -> bool:
    """A private message or a command; other group chatter gets no answer."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return False
    return update.effective_chat.type == "private" or (message.text or "").startswith("/")


def register(app: App) -> None:
    """Run the gate before every other handler."""
    app.add_handler(TypeHandler(Update, gate), group=GROUP)


async def is_admin(context: Context, chat_id: int, user_id: int) -> bool:
    """Whether Telegram says this person is the chat's creator or an administrator (no,
    when Telegram cannot say)."""
    try:
        member = await context.bot.get_chat_member(chat_id, user_id)
    except TelegramError as exc:
        logger.info("could not check chat %s admins: %s", chat_id, exc)
        return False
    return member.status in ADMINS
