"""/notify: when a person's episodes air, a message with ✅ watched, check in, open, 🔕 mute.

The engine (`bot.notify.Notifier`, in `Services`) plans and sends; this feature is its
Telegram side: the settings view and its words (`/notify episodes`, `/notify digest 8`,
`/notify off`, `/notify tz Europe/Berlin`, `/notify quiet 23 7`, `/notify movies on`,
`/notify premieres`), the notification messages and their buttons, the one sender
(`outbox.TelegramOutbox`, attached at start-up) and `/due` (not in the menus): what will
be sent when. A person's own settings: in a group the answer goes to their private chat.
"""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import Update
from telegram.ext import CommandHandler

from bot.accounts import known_zone
from bot.features.notify import message, muted, settings
from bot.features.notify.outbox import TelegramOutbox
from bot.i18n import Html, Translator, escape
from bot.kit import args, private, views
from bot.kit.callback import InvalidCallback, decode
from bot.kit.chat import App, Command, Context, personal_translator
from bot.kit.listing import require_link
from bot.kit.views import add_view
from bot.marks import SEEN
from bot.render.cards import trim

COMMANDS = (Command("notify"),)
# Canonical argument words (bot/kit/args.py) -> the change they make.
_SCOPES = {args.PREMIERES: "premieres", args.FINALES: "finales", args.ALL: "all"}
_SWITCH = {args.ON: "1", args.OFF: "0"}
DUE_LINES = 30  # rows /due lists at most (and as many of them as fit one message)
ZONE = 64  # characters of an unknown zone named back


async def notify(update: Update, context: Context) -> None:
    """/notify [words]: the settings view, after the change the words ask for."""
    require_link(update, context)
    user = update.effective_user
    assert user is not None
    tr = private.language(update, context)
    if context.args:
        changes = parse(context.args)
        if changes is None:
            await private.send(update, context, tr.html("notify-usage"))
            return
        svc = context.services
        current = svc.store.notify_settings(user.id)
        try:
            for change in changes:
                current = settings.apply(current, change)
        except ValueError:
            await private.send(update, context, refusal(tr, changes))
            return
        save(context, current.with_(language=user.language_code or current.language))
    else:
        remember_language(context, user.id, user.language_code)
    await private.open_view(update, context, settings.ACTION, "m")


def refusal(tr: Translator, changes: list[str]) -> Html:
    """The answer to words that name a setting with a value it can't take: what would
    do (an hour is 0-23, an offset within a day, a zone this machine knows, named back);
    anything else gets the usage."""
    for change in changes:
        key, _, value = change.partition(":")
        typed = tr.isolate(trim(value.replace(".", "/"), ZONE))
        if key == "tz" and known_zone(value.replace(".", "/")) is None:
            return tr.html("notify-zone-unknown", zone=typed)
        if key == "hour":
            return tr.html("notify-hour-range", typed=typed)
        if key == "offset":
            return tr.html("notify-offset-range", typed=typed)
        if key == "quiet":
            start, _, end = value.partition("-")
            bad = next((h for h in (start, end) if not settings.is_hour(h)), None)
            if bad is not None:
                return tr.html("notify-hour-range", typed=tr.isolate(trim(bad, ZONE)))
            return tr.html("notify-quiet-same")
    return tr.html("notify-usage")


def parse(words: list[str]) -> list[str] | None:
    """The changes typed words ask for; None when they make no sense."""
    head, rest = args.match(words[0]), words[1:]
    if head == args.OFF and not rest:
        return ["mode:off"]
    if head == args.ON and not rest:  # back on as before, or each episode
        return ["mode:on"]
    if head == args.SHOWS and len(rest) <= 1:  # "episodes": each episode (N minutes later)
        return [f"offset:{rest[0] if rest else 0}"]
    if head == args.DIGEST and len(rest) <= 1:
        return [f"hour:{rest[0]}" if rest else "mode:digest"]
    if head == args.ZONE and len(rest) == 1:
        value = rest[0].replace("/", ".")
        return ["tz:trakt" if args.match(value) == args.OFF else f"tz:{value}"]
    if head == args.QUIET:
        if len(rest) == 1 and args.match(rest[0]) == args.OFF:
            return ["quiet:none"]
        if len(rest) == 2:
            return [f"quiet:{rest[0]}-{rest[1]}"]
    if head == args.MOVIES and len(rest) == 1 and args.match(rest[0]) in _SWITCH:
        return [f"movies:{_SWITCH[args.match(rest[0]) or '']}"]
    if head in _SCOPES and not rest:
        return [f"scope:{_SCOPES[head]}"]
    return None


def save(context: Context, chosen: settings.NotifySettings) -> None:
    """Store the settings and let the engine plan again at once."""
    context.services.store.save_notify_settings(chosen)
    context.services.notify.changed(chosen.user_id)


def remember_language(context: Context, user_id: int, language: str | None) -> None:
    """Keep the language of the person's Telegram for messages sent in the background."""
    store = context.services.store
    current = store.notify_settings(user_id)
    if language and current.language != language:
        store.save_notify_settings(current.with_(language=language))


async def on_settings(update: Update, context: Context) -> None:
    """A settings button: make its change (only its owner), then redraw the view. The
    settings are a linked person's: after /unlink an old button only alerts (NotLinked)."""
    query = update.callback_query
    try:
        cb = decode(query.data if query else None)
    except InvalidCallback:
        cb = None
    if query is not None and cb is not None and cb.allows(query.from_user.id):
        require_link(update, context)
    change = cb.arg(1) if cb is not None else ""
    if change.startswith(muted.UNMUTE):
        await muted.on_unmute(update, context)
        return
    if change == muted.NONE:  # a page of the muted shows
        change = ""
    if query is not None and cb is not None and change and cb.allows(query.from_user.id):
        svc = context.services
        try:
            chosen = settings.apply(svc.store.notify_settings(query.from_user.id), change)
        except ValueError:
            chosen = None  # forged: the view's handler answers it politely
        if chosen is not None:
            save(context, chosen.with_(language=query.from_user.language_code or chosen.language))
    await views.on_view_button(update, context)


async def due(update: Update, context: Context) -> None:
    """/due (not in the menus): what will be sent when, soonest first."""
    require_link(update, context)
    user = update.effective_user
    assert user is not None
    svc = context.services
    tr = personal_translator(update, context)
    chosen = svc.store.notify_settings(user.id)
    zone = svc.notify.zone(chosen)
    # An episode just marked watched here is skipped when its time comes: not listed.
    rows = [
        row
        for row in svc.store.due_rows(user.id)
        if row.kind != "episode" or SEEN not in svc.marks.here(user.id, message.ref_of(row))
    ]
    if not chosen.on:
        await private.send(update, context, tr.html("notify-due-off"))
        return
    if not rows:
        await private.send(update, context, tr.html("notify-due-empty"))
        return
    head = tr.html("notify-due-header", count=len(rows), zone=zone.key)
    lines: list[str] = []
    for row in rows[:DUE_LINES]:
        when = tr.moment(datetime.fromtimestamp(row.due_at, UTC), zone)
        lines.append(f"• {escape(when)} — {message.describe(tr, row)}")
    await private.send(update, context, message.fit(tr, head, lines, len(rows)))


async def on_startup(app: App) -> None:
    """Start the engine's loop with this bot as its sender."""
    svc = app.bot_data.services
    assert svc is not None
    svc.notify.start(TelegramOutbox(app))


def register(app: App) -> None:
    """Add the handlers of this feature."""
    add_view(app, settings.ACTION, settings.render, press=on_settings, top=True)
    add_view(app, message.ACTION, message.render, press=message.on_press)
    app.add_handler(CommandHandler("notify", notify))
    app.add_handler(CommandHandler("due", due))
