"""/start and ☰ Menu: the person's home, their world as buttons in one message.

/start sends home, under a welcome; ☰ Menu on any top-level view turns that very message
into home. A button on home renders its view in place of the home message (the view's own
feature answers the press: `bot.kit.buttons.view_button`), and that view ends with
◀ Back to home (`bot.kit.navigation`). 📊 Stats is a picture, so it comes as a message of
its own below home, and its ◀ Back closes it. ⚙️ Settings is home's second screen:
language, notifications and the Trakt account, each again in place, with ◀ Back to it.

Not linked: home offers what works without an account (Trending, Search, Language) and
🔗 Link my Trakt; a personal view pressed anyway (an old home) asks to link. In a group,
/start stays short: what works there (/party, /trending, inline mode) and a button to the
private chat, where home lives: a person's world is theirs, not the group's.

/start with a payload runs the feature its deep link names (`DEEP_LINKS` of the
features); any other payload (``home``) shows home.

Callback data: ``home|<owner>`` (home) and ``home|<owner>|s`` (settings).
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler

from bot.i18n import Html, Translator
from bot.kit import views
from bot.kit.buttons import HOME_SETTINGS, deep_link, in_rows, link_button, view_button
from bot.kit.callback import Callback, InvalidCallback, encode
from bot.kit.chat import App, Command, Context, reply, stale_button, translator
from bot.kit.codes import Action
from bot.kit.views import View, add_view
from bot.render import cards
from bot.store import Account

ACTION = Action.HOME
COMMANDS = (Command("start"),)
PER_ROW = 2
PRIVATE_PAYLOAD = "home"  # t.me/<bot>?start=home: any payload no feature claims shows home

# Home's buttons, in order: (label key, the view it opens).
LINKED = (
    ("home-next", Action.NEXT),
    ("home-calendar", Action.CALENDAR),
    ("home-history", Action.HISTORY),
    ("home-watchlist", Action.WATCHLIST),
    ("home-recommend", Action.RECOMMEND),
    ("home-lists", Action.LISTS),
    ("home-trending", Action.DISCOVER),
    ("home-search", Action.SEARCH),
    ("home-stats", Action.STATS),
)
UNLINKED = (
    ("home-trending", Action.DISCOVER),
    ("home-search", Action.SEARCH),
    ("home-language", Action.LANGUAGE),
)


async def start(update: Update, context: Context) -> None:
    """/start [payload]: the feature a deep link names, else home (in a group, a short
    word on what works there)."""
    payload = (context.args or [""])[0].lower()
    target = context.bot_data.deep_links.get(payload)
    if target is not None:
        await target(update, context)
        return
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return
    tr = translator(update, context)
    if chat.type != "private":
        await _group_start(update, context, tr, user.first_name)
        return
    welcome = tr.html("start-welcome", name=user.first_name)
    home = _home(context, tr, user.id)
    shown = views.directed(tr, View(Html(f"{welcome}\n\n{home.text}"), home.keyboard))
    sent = await reply(update, shown.text, shown.keyboard)
    if sent is not None:
        views.remember(context, sent.message_id, encode(ACTION, owner=user.id))


async def _group_start(update: Update, context: Context, tr: Translator, name: str) -> None:
    """In a group, short: what works here, and the way to the private chat where home is."""
    bot = context.bot.username or "bot"
    url = deep_link(bot, PRIVATE_PAYLOAD)
    button = InlineKeyboardButton(tr.plain("home-open-private"), url=url)
    text = cards.directed(tr, tr.html("home-group", name=name, bot=bot))
    await reply(update, text, InlineKeyboardMarkup([[button]]))


async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """Home, or its settings (``s``)."""
    if cb.owner is None:
        raise InvalidCallback("home is personal")
    if cb.args and cb.choice(0, (HOME_SETTINGS,)) == HOME_SETTINGS:
        return _settings(context, tr, cb.owner)
    return _home(context, tr, cb.owner)


def _home(context: Context, tr: Translator, owner: int) -> View:
    """The person's world as buttons; not linked, what works without an account."""
    account = context.services.accounts.find(owner)
    if account is None:
        lines = (tr.html("home-title"), tr.html("home-unlinked"), tr.html("home-hint"))
        text = Html("\n".join(lines))
        buttons = [view_button(tr.plain(key), action, owner) for key, action in UNLINKED]
        rows = [*in_rows(buttons, PER_ROW), [_link_button(context, tr, owner)]]
        return View(text, InlineKeyboardMarkup(rows))
    text = Html(f"{_title(tr, account)}\n{tr.html('home-hint')}")
    buttons = [view_button(tr.plain(key), action, owner) for key, action in LINKED]
    buttons.append(_settings_button(tr, owner))
    return View(text, InlineKeyboardMarkup(in_rows(buttons, PER_ROW)))


def _title(tr: Translator, account: Account) -> Html:
    if not account.profile_known:
        return tr.html("home-title")
    return tr.html("home-title-linked", username=account.username)


def _settings(context: Context, tr: Translator, owner: int) -> View:
    """Language, notifications and the Trakt account, with ◀ Back to home."""
    svc = context.services
    account = svc.accounts.find(owner)
    saved = svc.store.get_language(owner)
    language = tr.plain("language-name-inline")  # "Langue : français", after a label
    lines = [
        tr.html("home-settings-title"),
        tr.html(
            "home-settings-language-auto" if saved is None else "home-settings-language",
            language=language,
        ),
    ]
    language_button = view_button(tr.plain("home-language"), Action.LANGUAGE, owner)
    if account is None:
        lines.append(tr.html("home-settings-unlinked"))
        rows = [[language_button], [_link_button(context, tr, owner)]]
    else:
        if account.profile_known:
            lines.append(tr.html("home-settings-linked", username=account.username))
        notify = view_button(tr.plain("home-notify"), Action.NOTIFY, owner)
        rows = [
            [language_button, notify],
            [view_button(tr.plain("home-account"), Action.ME, owner)],
        ]
    back = InlineKeyboardButton(tr.plain("button-back"), callback_data=encode(ACTION, owner=owner))
    rows.append([back])
    return View(Html("\n".join(lines)), InlineKeyboardMarkup(rows))


def _settings_button(tr: Translator, owner: int) -> InlineKeyboardButton:
    data = encode(ACTION, HOME_SETTINGS, owner=owner)
    return InlineKeyboardButton(tr.plain("home-settings"), callback_data=data)


def _link_button(context: Context, tr: Translator, owner: int) -> InlineKeyboardButton:
    return link_button(tr, private=True, owner=owner, bot_username=context.bot.username or "bot")


async def on_press(update: Update, context: Context) -> None:
    """☰ Menu, ◀ Back to home, ⚙️ Settings: home in place, in a private chat only (a
    person's world is not shown in a group)."""
    query = update.callback_query
    message = query.message if query is not None else None
    if message is not None and message.chat.type != "private":
        await stale_button(update, context)
        return
    await views.on_view_button(update, context)


def register(app: App) -> None:
    """Add the handlers of this feature."""
    app.add_handler(CommandHandler("start", start))
    add_view(app, ACTION, render, press=on_press)
