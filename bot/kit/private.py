"""A person's own data typed for in a group is answered in their private chat.

/next, /history, /watchlist, /lists, /recommend, /checkin and /me show what someone has at
Trakt; in a group that is for them, not for everyone. Typed in a group, the answer goes to
the person's private chat with the bot and the group gets one line saying so. When the
bot can't write to them yet (they never opened a private chat with it), the group line
says how: a button opens the private chat. In a private chat nothing changes.
"""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden

from bot.i18n import Html, Translator
from bot.kit import views
from bot.kit.callback import encode
from bot.kit.chat import NO_PREVIEW, Context, personal_translator, reply, translator
from bot.kit.codes import Action

logger = logging.getLogger(__name__)


def language(update: Update, context: Context) -> Translator:
    """What a personal answer is written in: the person's own language when it goes to
    their private chat, else the chat's."""
    if in_group(update):
        return personal_translator(update, context)
    return translator(update, context)


def in_group(update: Update) -> bool:
    """Whether the update comes from a group (not the person's private chat)."""
    chat = update.effective_chat
    return chat is not None and chat.type != "private"


async def open_view(update: Update, context: Context, action: Action, *args: object) -> None:
    """Open a person's own view: here in a private chat; from a group, in their private
    chat (remembered there, so its buttons redraw it), with a pointer in the group."""
    user = update.effective_user
    if not in_group(update) or user is None:
        await views.open_view(update, context, action, *args)
        return
    data = encode(action, *args, owner=user.id)
    shown = await views.render(context, personal_translator(update, context), data)
    sent = await send(update, context, shown.text, shown.keyboard)
    if sent is not None:
        memory = context.application.chat_data[user.id].views
        memory[sent.message_id] = data
        while len(memory) > views.MEMORY_SIZE:
            memory.pop(next(iter(memory)))


async def send(
    update: Update, context: Context, text: Html, keyboard: InlineKeyboardMarkup | None = None
) -> Message | None:
    """Send `text` to the person: here in a private chat; from a group, in their private
    chat with a one-line pointer in the group (or how to open that chat)."""
    user = update.effective_user
    if not in_group(update) or user is None:
        return await reply(update, text, keyboard)
    group = translator(update, context)
    try:
        sent = await context.bot.send_message(
            user.id,
            text,
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard,
            link_preview_options=NO_PREVIEW,
        )
    except (Forbidden, BadRequest) as exc:
        if isinstance(exc, BadRequest) and "chat not found" not in exc.message.lower():
            raise  # a bug of ours (too long, bad markup): the error handler tells and logs it
        # never started a private chat with the bot, or blocked it
        logger.info("could not write to user %s privately: %s", user.id, exc)
        url = f"https://t.me/{context.bot.username}"
        button = InlineKeyboardButton(group.plain("private-open"), url=url)
        await reply(
            update,
            group.html("private-start-first", name=user.first_name),
            InlineKeyboardMarkup([[button]]),
        )
        return None
    await reply(update, group.html("private-sent", name=user.first_name))
    return sent
