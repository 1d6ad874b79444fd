"""Trakt codes said to the bot: taken during a login, deleted everywhere else.

The guard (`guard`, handler group `GROUP`) runs before every other handler, the fair-use
gate and the allowlist included, on new and edited messages alike, text or caption: a
message that holds a Trakt code (`bot.accounts.codes.code_in`: "my code is 5055CC52",
`/search 5055CC52.`, a photo captioned with one, "hello" edited into one) or whatever
follows /link is deleted first, whoever sent it and however fast. Only then do the
gates apply to what the bot says back: someone off the allowlist goes on to its refusal,
someone over the update gate gets the over-the-budget answer, and an edit is never
taken as a code (nor does anything else). A new message in a private chat then gives
its code to the login (`/link CODE`, or any message holding one while a login is in
progress); any other is answered with where codes go. In a group nothing is taken.

A one-word message that does not look like a code, sent while a login is in progress,
may still be one (`_AwaitingCode`, after the gates): it is deleted and tried too.
"""

from __future__ import annotations

import logging
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, MessageHandler, filters

from bot.accounts import WrongCode
from bot.accounts.codes import code_in
from bot.features.link import poll as link_poll
from bot.i18n import Translator
from bot.kit import access, fair, pending
from bot.kit.buttons import LINK_PAYLOAD, deep_link
from bot.kit.chat import App, Context, addressed_text, leading_command, reply, translator
from bot.services import Services

logger = logging.getLogger(__name__)

GROUP = fair.GROUP - 1  # before every other handler: a code never waits on a gate
# What a pasted authorization code looks like: one word, 4-64 characters.
CODE = re.compile(r"\S{4,64}")


async def guard(update: Update, context: Context) -> None:
    """A message or an edit holding a Trakt code: deleted at once, then taken (a new
    message in a private chat, to /link or during a login) or answered with where codes go."""
    message = update.effective_message
    assert message is not None
    deleted = await delete(context, message)
    if not access.allowed(update, context):
        return  # the allowlist refuses them in its turn (an edit stops at the fair-use gate)
    try:
        await _answer(update, context, deleted=deleted)
    except Exception as exc:
        # Reported like any handler's failure; but PTB would then hand the update on to the
        # next groups (`/link CODE` would start a login), so it ends here all the same.
        await context.application.process_error(update, exc)
    raise ApplicationHandlerStop


async def _answer(update: Update, context: Context, *, deleted: bool) -> None:
    """After the update gate: take the code, or say where codes go."""
    if not await fair.admitted(update, context):
        return
    if not private(update):
        await code_in_group(update, context, deleted=deleted)
    elif (code := _offered(update, context)) is not None:
        await exchange(update, context, code)
    else:
        await _stray(update, context, deleted=deleted)


async def pasted_code(update: Update, context: Context) -> None:
    """A one-word message while a login is in progress: maybe a code; nobody else sees it."""
    message = update.effective_message
    assert message is not None and message.text is not None
    await delete(context, message)
    await exchange(update, context, message.text.strip())
    raise ApplicationHandlerStop


async def exchange(update: Update, context: Context, code: str) -> None:
    """Exchange a code (its message already deleted) for the chat's Trakt account."""
    chat = update.effective_chat
    assert chat is not None
    svc, tr, app = context.services, translator(update, context), context.application
    async with link_poll.lock(app, chat.id):
        link = svc.accounts.pending(chat.id)
        if link is not None and code.upper() == link.user_code.upper():
            await reply(update, tr.html("link-code-is-device"))
            return
        try:
            account = await svc.accounts.link_code(chat.id, code)
        except WrongCode:
            await reply(update, tr.html("link-code-wrong"))
            return
        if link is not None:
            link_poll.cancel(app, chat.id)
            await link_poll.retire(app, link, tr.html("link-code-used"))
    await reply(update, *link_poll.with_offer(app, chat.id, tr, link_poll.done_text(tr, account)))
    await pending.resume(app, chat.id)  # what they tried before linking runs now


async def code_in_group(update: Update, context: Context, *, deleted: bool) -> None:
    """A code posted in a group (its message deleted when `deleted`): nothing taken; say
    where codes go."""
    tr = translator(update, context)
    key = "link-group-code-deleted" if deleted else "link-group-code-not-deleted"
    await reply(update, tr.html(key), private_keyboard(tr, context))


def private_keyboard(tr: Translator, context: Context) -> InlineKeyboardMarkup:
    """One button that opens the private chat at /link."""
    url = deep_link(context.bot.username, LINK_PAYLOAD)
    return InlineKeyboardMarkup([[InlineKeyboardButton(tr.plain("link-button-private"), url=url)]])


async def delete(context: Context, message: Message) -> bool:
    """Delete a message holding a code; False when Telegram would not (no admin rights)."""
    try:
        await context.bot.delete_message(message.chat.id, message.message_id)
    except TelegramError as exc:
        logger.info("could not delete a message with a code in chat %s: %s", message.chat.id, exc)
        return False
    return True


async def _stray(update: Update, context: Context, *, deleted: bool) -> None:
    """Where no code is taken: say where codes go (/link, or a message of its own while a
    login is under way), or ask the person to delete it when Telegram would not."""
    chat = update.effective_chat
    assert chat is not None
    linking = context.services.accounts.pending(chat.id) is not None
    if not deleted:
        key = "link-stray-code-kept"
    else:
        key = "link-stray-code-pending" if linking else "link-stray-code"
    await reply(update, translator(update, context).html(key))


def _offered(update: Update, context: Context) -> str | None:
    """The code a new private message gives the login: what follows /link, or the code in
    plain text while a login is in progress. None for an edit, a caption, another command."""
    message = update.message
    if message is None or message.text is None:
        return None
    command = _command(message, context.bot.username)
    if command is not None:
        name, rest = command
        return (rest.strip() or None) if name == "link" else None
    if context.services.accounts.pending(message.chat.id) is None:
        return None
    text = message.text.strip()
    return text if CODE.fullmatch(text) else code_in(text)


def _said_code(message: Message, bot_id: int, bot_username: str) -> str | None:
    """The code `message` (text or caption) holds where this bot sees it: what follows
    /link, a code-shaped word after another command to it, or in what is said to it."""
    command = _command(message, bot_username)
    if command is not None:
        name, rest = command
        return (rest.strip() or None) if name == "link" else code_in(rest)
    said = addressed_text(message, bot_id, bot_username, forwarded=True)
    return None if said is None else code_in(said)


def _command(message: Message, bot_username: str) -> tuple[str, str] | None:
    """(name, what follows) when the text or caption starts with a command to this bot; in
    a private chat any command is (no other bot hears it there)."""
    command = leading_command(message)
    if command is None:
        return None
    name, to, rest = command
    ours = to.casefold() in ("", (bot_username or "").casefold())
    if not ours and message.chat.type != ChatType.PRIVATE:
        return None  # another bot's command in a group
    return name.casefold(), rest


def private(update: Update) -> bool:
    """Whether the update comes from a private chat."""
    return update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE


class _HoldsCode(filters.MessageFilter):
    """A new or edited message, text or caption, holding a Trakt code (`_said_code`):
    strings only, no database, since it runs before any gate."""

    def __init__(self, app: App) -> None:
        super().__init__(name="holds_trakt_code")
        self._app = app

    def filter(self, message: Message) -> bool:
        bot = self._app.bot
        return _said_code(message, bot.id, bot.username) is not None


class _AwaitingCode(filters.MessageFilter):
    """A one-word text in a private chat whose login is in progress: maybe a pasted code."""

    def __init__(self, svc: Services) -> None:
        super().__init__(name="awaiting_link_code")
        self._svc = svc

    def filter(self, message: Message) -> bool:
        text = (message.text or "").strip()
        if not CODE.fullmatch(text) or text.startswith("/"):
            return False
        return self._svc.accounts.pending(message.chat.id) is not None


def register(app: App) -> None:
    """Add the guard (before every gate) and the one-word paste during a login (group 0)."""
    svc = app.bot_data.services
    assert svc is not None, "services are attached before features register"
    app.add_handler(MessageHandler(_HoldsCode(app), guard), group=GROUP)
    # Matches only while a login is in progress, so any other text goes on to other features.
    awaiting = filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE & _AwaitingCode(svc)
    app.add_handler(MessageHandler(awaiting, pasted_code))
