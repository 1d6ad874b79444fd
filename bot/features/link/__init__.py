"""/link: connect a Trakt account, by Trakt's device flow or a pasted authorization code.

In a private chat /link shows the short code, a button to Trakt's activation page and
a fallback sign-in link whose code can be pasted back. Polling runs in the background
(`bot/features/link_poll.py`). In a group nothing secret is shown or taken: /link
points to the private chat, and a code posted there is deleted. Text that looks like a
Trakt code (`bot.accounts.codes`) said with no login in progress, even forwarded, is
deleted at once and answered with where codes go, before anything could search for it;
so is a command other than /link with such a word (`/search 5055CC52`), in its own
handler group before every command. Once linked, the
command that asked for an account runs by itself (`bot.kit.pending`).

Buttons: `link` (start, also the shared "Link my Trakt" button) and `linkx` (cancel
the login in progress). Deep link: t.me/<bot>?start=link.
"""

from __future__ import annotations

import contextlib
import logging
import math
import re
from dataclasses import replace
from urllib.parse import quote, urlencode

from telegram import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import (
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.accounts import WrongCode
from bot.accounts.codes import looks_like_code
from bot.config import Settings
from bot.features.link import poll as link_poll
from bot.i18n import Html, Translator
from bot.kit import pending, views
from bot.kit.buttons import LINK_ACTION, LINK_PAYLOAD, deep_link
from bot.kit.callback import Callback, InvalidCallback, encode, pattern
from bot.kit.chat import (
    App,
    Command,
    Context,
    addressed_text,
    button,
    edit,
    personal_translator,
    reply,
    translator,
)
from bot.kit.codes import Action
from bot.kit.context import DeepLink
from bot.services import Services
from bot.store import PendingLink
from bot.trakt import OOB_REDIRECT_URI

logger = logging.getLogger(__name__)

CANCEL_ACTION = Action.LINK_CANCEL
COMMANDS = (Command("link"),)
# What a pasted authorization code looks like: one word, 4-64 characters.
CODE = re.compile(r"\S{4,64}")
CODE_GUARD_GROUP = -1  # after the allowlist (`bot.kit.access`), before every command


async def link_command(update: Update, context: Context) -> None:
    """/link [code]: start linking, or exchange a pasted code; in a group, go private."""
    code = " ".join(context.args or []).strip()
    if not _private(update):
        if code:
            await _code_in_group(update, context)
        else:
            await _go_private(update, context)
        return
    if code:
        await _exchange(update, context, code)
    else:
        await begin(update, context)


async def start_link(update: Update, context: Context) -> None:
    """t.me/<bot>?start=link: the same as /link with no code."""
    if _private(update):
        await begin(update, context)
    else:
        await _go_private(update, context)


async def begin(update: Update, context: Context) -> None:
    """Start the device flow in this private chat, replacing a login already in progress."""
    chat = update.effective_chat
    assert chat is not None
    svc, tr, app = context.services, translator(update, context), context.application
    async with link_poll.lock(app, chat.id):
        old = svc.accounts.pending(chat.id)
        link = await svc.accounts.start_device(chat.id, tr.language)
        link_poll.cancel(app, chat.id)
        if old is not None:
            await link_poll.retire(app, old, tr.html("link-replaced"))
        try:
            message = await reply(update, _device_text(tr, svc, link), _device_keyboard(tr, link))
        except Exception:  # nobody saw the code: no login in progress either
            svc.accounts.drop_pending(chat.id)
            raise
        if message is not None:
            link = replace(link, message_id=message.message_id)
            svc.accounts.save_pending(link)
        link_poll.schedule(app, link)


@button
async def on_link_button(
    update: Update, context: Context, cb: Callback, tr: Translator
) -> str | None:
    """The "Link my Trakt" and "Start again" buttons: begin in a private chat, else point there."""
    if not _private(update):
        return personal_translator(update, context).plain("link-open-private")
    await begin(update, context)
    query = update.callback_query
    if query is not None and not _a_view(context, query):
        # The button did its job; pressed again it would only replace the new code. (A
        # view's, such as home's, stays: its other buttons are still good.)
        with contextlib.suppress(TelegramError):
            await query.edit_message_reply_markup(None)
    return None


def _a_view(context: Context, query: CallbackQuery) -> bool:
    return query.message is not None and views.recall(context, query.message.message_id) is not None


@button
async def on_cancel(update: Update, context: Context, cb: Callback, tr: Translator) -> str:
    """Cancel the login in progress that this message shows."""
    query = update.callback_query
    if query is None or query.message is None:  # a button on an inline-mode message
        raise InvalidCallback("not on a message of ours")
    chat_id, app = query.message.chat.id, context.application
    accounts = context.services.accounts
    async with link_poll.lock(app, chat_id):
        link = accounts.pending(chat_id)
        if link is None or link.message_id != query.message.message_id:
            return tr.plain("link-stale")
        accounts.drop_pending(chat_id)
        link_poll.cancel(app, chat_id)
    await edit(query, tr.html("link-cancelled"), link_poll.again_keyboard(tr, chat_id))
    return tr.plain("link-cancelled-toast")


async def pasted_code(update: Update, context: Context) -> None:
    """A code sent as a plain message while a login is in progress; nobody else sees it."""
    message = update.effective_message
    assert message is not None and message.text is not None
    await _exchange(update, context, message.text.strip())
    raise ApplicationHandlerStop


async def stray_code(update: Update, context: Context) -> None:
    """Text that looks like a Trakt code where no code is taken (no login in progress, or
    after a command): delete it at once (nobody else should see it, Trakt is never sent
    it) and say where codes go: /link, or, while a login is under way, a message of its own."""
    if not _private(update):
        await _code_in_group(update, context)
        raise ApplicationHandlerStop
    deleted = await _delete(context, update.effective_message)
    tr = translator(update, context)
    chat = update.effective_chat
    linking = chat is not None and context.services.accounts.pending(chat.id) is not None
    key = (
        "link-stray-code-kept"
        if not deleted
        else "link-stray-code-pending"
        if linking
        else "link-stray-code"
    )
    await reply(update, tr.html(key))
    raise ApplicationHandlerStop


async def _exchange(update: Update, context: Context, code: str) -> None:
    """Delete the message holding the code first, whatever happens next; then exchange it."""
    await _delete(context, update.effective_message)
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


async def _code_in_group(update: Update, context: Context) -> None:
    """A code posted in a group: remove it, take nothing, say where codes go."""
    tr = translator(update, context)
    deleted = await _delete(context, update.effective_message)
    key = "link-group-code-deleted" if deleted else "link-group-code-not-deleted"
    await reply(update, tr.html(key), _private_keyboard(tr, context))


async def _go_private(update: Update, context: Context) -> None:
    tr = translator(update, context)
    await reply(update, tr.html("link-group"), _private_keyboard(tr, context))


def _device_text(tr: Translator, svc: Services, link: PendingLink) -> Html:
    minutes = max(1, math.ceil((link.expires_at - svc.accounts.clock()) / 60))
    parts = [tr.html("link-device", code=link.user_code, minutes=minutes)]
    current = svc.accounts.find(link.chat_id)
    if current is not None:
        parts.append(tr.html("link-device-relink", username=current.username))
    parts.append(tr.html("link-device-fallback", url=authorize_url(svc.settings)))
    return Html("\n\n".join(parts))


def _device_keyboard(tr: Translator, link: PendingLink) -> InlineKeyboardMarkup:
    cancel = encode(CANCEL_ACTION, owner=link.chat_id)
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(tr.plain("link-button-open"), url=activation_url(link))],
            [InlineKeyboardButton(tr.plain("link-button-cancel"), callback_data=cancel)],
        ]
    )


def _private_keyboard(tr: Translator, context: Context) -> InlineKeyboardMarkup:
    url = deep_link(context.bot.username, LINK_PAYLOAD)
    return InlineKeyboardMarkup([[InlineKeyboardButton(tr.plain("link-button-private"), url=url)]])


def activation_url(link: PendingLink) -> str:
    """Trakt's activation page with the code filled in (`{verification_url}/{user_code}`)."""
    return f"{link.verification_url.rstrip('/')}/{quote(link.user_code, safe='')}"


def authorize_url(settings: Settings) -> str:
    """The fallback: Trakt's sign-in page that shows a code to paste (out-of-band redirect)."""
    query = urlencode(
        {
            "response_type": "code",
            "client_id": settings.trakt_client_id,
            "redirect_uri": OOB_REDIRECT_URI,
        }
    )
    return f"{settings.trakt_auth_url.rstrip('/')}/oauth/authorize?{query}"


async def _delete(context: Context, message: Message | None) -> bool:
    """Delete a message holding a code; False when Telegram would not (no admin rights)."""
    if message is None:
        return False
    try:
        await context.bot.delete_message(message.chat.id, message.message_id)
    except TelegramError as exc:
        logger.info("could not delete a message with a code in chat %s: %s", message.chat.id, exc)
        return False
    return True


def _private(update: Update) -> bool:
    return update.effective_chat is not None and update.effective_chat.type == "private"


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


class _StrayCode(filters.MessageFilter):
    """Text said to the bot (`addressed_text`, forwarded or not) that looks like a Trakt
    code (`bot.accounts.codes`); a login in progress takes any word first (`_AwaitingCode`)."""

    def __init__(self, app: App) -> None:
        super().__init__(name="stray_trakt_code")
        self._app = app

    def filter(self, message: Message) -> bool:
        bot = self._app.bot
        said = addressed_text(message, bot.id, bot.username, forwarded=True)
        return said is not None and looks_like_code(said)


class _CodeInCommand(filters.MessageFilter):
    """A command to this bot, other than /link (which takes codes), with a word that looks
    like a Trakt code (`/search 5055CC52`, `/lists DEMO-CODE`): what no feature may search
    for, echo or leave in a group."""

    def __init__(self, app: App) -> None:
        super().__init__(name="trakt_code_in_command")
        self._app = app

    def filter(self, message: Message) -> bool:
        text = message.text or ""
        first = next(iter(message.entities or ()), None)
        if first is None or first.type != MessageEntity.BOT_COMMAND or first.offset != 0:
            return False
        name, _, to = text[1 : first.length].partition("@")
        ours = to.casefold() in ("", (self._app.bot.username or "").casefold())
        if not ours and message.chat.type != ChatType.PRIVATE:
            return False  # another bot's command (no other bot is in a private chat)
        if name.casefold() == "link":
            return False
        return any(looks_like_code(word) for word in text[first.length :].split())


async def on_startup(app: App) -> None:
    """Resume logins in progress (and announce the ones that expired while we were away)."""
    await link_poll.resume_all(app)


DEEP_LINKS: dict[str, DeepLink] = {LINK_PAYLOAD: start_link}


def register(app: App) -> None:
    """Add the handlers of this feature."""
    svc = app.bot_data.services
    assert svc is not None, "services are attached before features register"
    app.add_handler(CommandHandler("link", link_command))
    app.add_handler(CallbackQueryHandler(on_link_button, pattern=pattern(LINK_ACTION)))
    app.add_handler(CallbackQueryHandler(on_cancel, pattern=pattern(CANCEL_ACTION)))
    # Matches only while a login is in progress, so any other text goes on to other features.
    awaiting = filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE & _AwaitingCode(svc)
    app.add_handler(MessageHandler(awaiting, pasted_code))
    # Then code-like text said without a login in progress: deleted before any search.
    stray = filters.TEXT & ~filters.COMMAND & ~filters.UpdateType.EDITED & _StrayCode(app)
    app.add_handler(MessageHandler(stray, stray_code))
    # A code typed after a command: deleted before any command handler (group 0) sees it.
    in_command = filters.COMMAND & _CodeInCommand(app)
    app.add_handler(MessageHandler(in_command, stray_code), group=CODE_GUARD_GROUP)
