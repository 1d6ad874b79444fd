"""/link: connect a Trakt account, by Trakt's device flow or a pasted authorization code.

In a private chat /link shows the short code, a button to Trakt's activation page and
a fallback sign-in link whose code can be pasted back. Polling runs in the background
(`poll`). In a group nothing secret is shown or taken: /link points to the private chat.
Every message holding a Trakt code, /link's included, goes to the code guard (`codes`)
before any other handler: deleted at once, then taken or answered with where codes go.
Once linked, the command that asked for an account runs by itself (`bot.kit.pending`).

Buttons: `link` (start, also the shared "Link my Trakt" button) and `linkx` (cancel
the login in progress). Deep link: t.me/<bot>?start=link.
"""

from __future__ import annotations

import contextlib
import math
from dataclasses import replace
from urllib.parse import quote, urlencode

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.config import Settings
from bot.features.link import codes
from bot.features.link import poll as link_poll
from bot.i18n import Html, Translator
from bot.kit import views
from bot.kit.buttons import LINK_ACTION, LINK_PAYLOAD
from bot.kit.callback import Callback, InvalidCallback, encode, pattern
from bot.kit.chat import (
    App,
    Command,
    Context,
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

CANCEL_ACTION = Action.LINK_CANCEL
COMMANDS = (Command("link"),)


async def link_command(update: Update, context: Context) -> None:
    """/link: start linking; in a group, go private. (`/link CODE` is the code guard's.)"""
    if codes.private(update):
        await begin(update, context)
    else:
        await _go_private(update, context)


async def start_link(update: Update, context: Context) -> None:
    """t.me/<bot>?start=link: the same as /link with no code."""
    if codes.private(update):
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
    if not codes.private(update):
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


async def _go_private(update: Update, context: Context) -> None:
    tr = translator(update, context)
    await reply(update, tr.html("link-group"), codes.private_keyboard(tr, context))


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


async def on_startup(app: App) -> None:
    """Resume logins in progress (and announce the ones that expired while we were away)."""
    await link_poll.resume_all(app)


DEEP_LINKS: dict[str, DeepLink] = {LINK_PAYLOAD: start_link}


def register(app: App) -> None:
    """Add the handlers of this feature (the code guard's first, before every gate)."""
    codes.register(app)
    app.add_handler(CommandHandler("link", link_command))
    app.add_handler(CallbackQueryHandler(on_link_button, pattern=pattern(LINK_ACTION)))
    app.add_handler(CallbackQueryHandler(on_cancel, pattern=pattern(CANCEL_ACTION)))
