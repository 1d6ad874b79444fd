"""/me and /unlink: who is linked, what they watch now, the limits Trakt sets; disconnecting,
after a yes.

/me is a view (``me|<owner>``, no arguments): typed in a group, it goes to the person's
private chat with 📤 Share in the group, whose snapshot leaves out the account's limits.

Button: `unlink` with `ask` (from /me), `yes` or `no`; only the account's owner may press.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from urllib.parse import quote

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.accounts import NotLinked, TraktSession, known_zone
from bot.i18n import Html, Translator
from bot.kit import private
from bot.kit.buttons import home_button
from bot.kit.callback import Callback, encode, pattern
from bot.kit.chat import App, Command, Context, button, edit, localized, reply, translator
from bot.kit.codes import Action
from bot.kit.errors import offered_link
from bot.kit.listing import account_id, require_link
from bot.kit.views import View, add_view
from bot.render import checkin as checkin_text
from bot.store import Account
from bot.trakt import Movie, TraktError
from bot.trakt.models_account import UserSettings

logger = logging.getLogger(__name__)

ACTION = Action.UNLINK
VIEW = Action.ME
CHOICES = ("ask", "yes", "no")
COMMANDS = (Command("unlink"), Command("me"))
# Limits shown by /me: (limits section, field, message); the rest is Trakt-internal detail.
LIMITS = (
    ("watchlist", "item_count", "me-limit-watchlist"),
    ("collection", "item_count", "me-limit-collection"),
    ("favorites", "item_count", "me-limit-favorites"),
    ("notes", "item_count", "me-limit-notes"),
)


async def me(update: Update, context: Context) -> None:
    """/me: the linked Trakt account, fresh from Trakt, with its limits (typed in a group,
    it goes to the person's private chat: limits and Unlink are theirs alone)."""
    require_link(update, context)
    await private.open_view(update, context, VIEW)


async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """The account, what is watched now and its limits, with Profile and Unlink; shared
    into a group (📤), without the limits."""
    owner = account_id(cb)
    svc = context.services
    session = await svc.accounts.session(owner)
    settings = await session.call(svc.trakt.user_settings)
    if known_zone(settings.timezone) != session.account.timezone:
        svc.accounts.remember_zone(owner, settings.timezone)  # changed on Trakt since
    url = profile_url(svc.settings.trakt_web_url, settings.slug or session.account.slug)
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(tr.plain("me-button-profile"), url=url),
                InlineKeyboardButton(
                    tr.plain("me-button-unlink"), callback_data=encode(ACTION, "ask", owner=owner)
                ),
            ]
        ]
    )
    watching = await watching_now(context, tr, session)
    mine = profile_text(tr, session.account, settings, url, watching)
    text = Html(mine + "\n\n" + limits_text(tr, settings))
    shared = profile_text(tr, session.account, settings, url, watching, shared=True)
    return View(text, keyboard, shared=shared)


async def watching_now(context: Context, tr: Translator, session: TraktSession) -> Html | None:
    """What the person is checked in to or scrobbling now, as one line; None for nothing,
    or when Trakt can't say right now (/me stands without it)."""
    svc = context.services
    try:
        running = await session.call(svc.trakt.watching)
        if running is None:
            return None
        zone = await svc.accounts.zone(session)
        titled = running.media if isinstance(running.media, Movie) else running.show
        local = await localized(context, tr, [titled], session.account.chat_id)
    except TraktError as exc:
        logger.info("/me without what is watched now: %r", exc)
        return None
    now = datetime.fromtimestamp(svc.accounts.clock(), UTC)
    return checkin_text.watching_line(tr, running, zone, now, local.of(titled))


async def unlink(update: Update, context: Context) -> None:
    """/unlink: ask first, with the account's name."""
    user = update.effective_user
    assert user is not None
    tr = translator(update, context)
    accounts = context.services.accounts
    if await accounts.forget_unreadable(user.id):  # nothing to confirm: it was unusable
        await reply(update, tr.html("unlink-unreadable", url=_apps_url(context)))
        return
    account = accounts.get(user.id)
    await reply(update, _confirm_text(tr, account), _confirm_keyboard(tr, user.id))


@button
async def on_unlink(update: Update, context: Context, cb: Callback, tr: Translator) -> None:
    """Ask / yes / no: revoke at Trakt and forget, or leave everything as it is."""
    query = update.callback_query
    assert query is not None
    choice = cb.choice(0, CHOICES)
    accounts = context.services.accounts
    account = accounts.find(query.from_user.id)
    if account is None:
        if choice == "yes" and await accounts.forget_unreadable(query.from_user.id):
            await edit(query, tr.html("unlink-unreadable", url=_apps_url(context)), None)
        else:
            await edit(query, tr.html("unlink-none"), None)
        return
    home = _home_row(update, tr, query.from_user.id)
    if choice == "ask":
        await edit(query, _confirm_text(tr, account), _confirm_keyboard(tr, query.from_user.id))
    elif choice == "no":
        await edit(query, tr.html("unlink-kept", username=account.username), home)
    else:
        try:
            revoked = await accounts.unlink(account.chat_id)
        except NotLinked:  # a second press while the first was running
            await edit(query, tr.html("unlink-none"), home)
            return
        await edit(query, _done_text(tr, account, revoked, context), home)
        offered_link(context, query.from_user.id)  # its answer says how to link again


def _home_row(update: Update, tr: Translator, owner: int) -> InlineKeyboardMarkup | None:
    """☰ Menu under the answer in a private chat (where /me opened from home was)."""
    chat = update.effective_chat
    if chat is None or chat.type != "private":
        return None
    return InlineKeyboardMarkup([[home_button(tr, owner)]])


def profile_text(
    tr: Translator,
    account: Account,
    settings: UserSettings,
    url: str,
    watching: Html | None = None,
    *,
    shared: bool = False,
) -> Html:
    """Who, since when, VIP or not, what is being watched now (without the limits:
    `limits_text`); `shared`: as a group reads it (whose account, not "your")."""
    username = settings.username or account.username
    name = settings.name or account.name
    who = (
        tr.html("me-user-named", url=url, username=username, name=name)
        if name and name != username
        else tr.html("me-user", url=url, username=username)
    )
    since = tr.date(datetime.fromtimestamp(account.linked_at, UTC))
    suffix = "-shared" if shared else ""
    lines = [
        tr.html(f"me-header{suffix}", username=tr.isolate(username)),
        who,
        tr.html(f"me-since{suffix}", date=since),
        tr.html("me-vip" if settings.vip else "me-free"),
    ]
    if settings.private:
        lines.append(tr.html(f"me-private{suffix}"))
    if watching:
        lines.append(watching)
    return Html("\n".join(lines))


def limits_text(tr: Translator, settings: UserSettings) -> Html:
    """The limits Trakt reports for this account, one line each."""
    lines = []
    lists, per_list = settings.limit("list", "count"), settings.limit("list", "item_count")
    if lists is not None and per_list is not None:
        lines.append(tr.html("me-limit-lists", count=lists, limit=per_list))
    elif lists is not None:
        lines.append(tr.html("me-limit-lists-count", count=lists))
    for section, field, key in LIMITS:
        value = settings.limit(section, field)
        if value is not None:
            lines.append(tr.html(key, count=value))
    if not lines:
        return tr.html("me-limits-none")
    return Html("\n".join([tr.html("me-limits-header"), *lines]))


def profile_url(web_url: str, slug: str) -> str:
    """`{TRAKT_WEB_URL}/users/<slug>`."""
    return f"{web_url.rstrip('/')}/users/{quote(slug, safe='')}"


def _confirm_text(tr: Translator, account: Account) -> Html:
    return tr.html("unlink-confirm", username=account.username)


def _confirm_keyboard(tr: Translator, owner: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    tr.plain("unlink-button-yes"), callback_data=encode(ACTION, "yes", owner=owner)
                ),
                InlineKeyboardButton(
                    tr.plain("unlink-button-no"), callback_data=encode(ACTION, "no", owner=owner)
                ),
            ]
        ]
    )


def _done_text(tr: Translator, account: Account, revoked: bool, context: Context) -> Html:
    if revoked:
        return tr.html("unlink-done", username=account.username)
    return tr.html("unlink-done-local", username=account.username, url=_apps_url(context))


def _apps_url(context: Context) -> str:
    """Trakt's page of the apps a person allowed, where a grant can be revoked by hand."""
    return f"{context.services.settings.trakt_web_url.rstrip('/')}/oauth/authorized_applications"


def register(app: App) -> None:
    """Add the handlers of this feature."""
    app.add_handler(CommandHandler("unlink", unlink))
    app.add_handler(CommandHandler("me", me))
    add_view(app, VIEW, render, top=True)
    app.add_handler(CallbackQueryHandler(on_unlink, pattern=pattern(ACTION)))
