"""Stateful messages: a view is a message rendered from its callback data.

A list page, a details card or a settings screen is a *view*: a renderer turns
callback data (action + owner + args) into a `View` (text, keyboard, optional
poster). A command opens a view as a new message; a button re-renders the same
message in place. Every message remembers the data of the view it shows, so an
action button (add to watchlist, mark watched ...) can re-render it afterwards with
its new state, and a details card's Back can close it to reveal the list above.

The navigation rule (README, docs/ARCHITECTURE.md): lists, home and settings edit their
message in place; a card (a title, an episode, a person: usually a picture, and Telegram
cannot turn a photo back into a long text) is a message of its own, and so is a list
opened from a card; ◀ Back on such a message closes it (`close_button`), revealing the
message it was opened from. A top-level view (`add_view(..., top=True)`: a command's
answer) ends, in a private chat, with the way home: ◀ Back to the menu it was opened
from (home or its settings, noted per message in `ChatData.menus`), else ☰ Menu.

Renderers are registered per application (`add_view`, in a feature's `register`) and
kept in `BotData.views`; the message -> view memory and the double-tap guard live in
`ChatData`.

A view with a `poster` is sent as a photo by `bot.kit.photos` when it can, with
`caption` (or `text`) under the photo; otherwise as a text message.
Re-rendering a photo message edits its caption (`edit_view` picks the right method),
so renderers need not know how their view was sent.
"""

from __future__ import annotations

import contextlib
import logging
import math
import time
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeAlias

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import MessageLimit, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import CallbackQueryHandler

from bot.i18n import Html, Translator
from bot.kit import navigation, photos
from bot.kit.callback import Callback, InvalidCallback, decode, encode, pattern
from bot.kit.chat import (
    Alert,
    App,
    Context,
    button,
    edit,
    personal_translator,
    reply,
    translator,
)
from bot.kit.codes import Action
from bot.render import cards

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class View:
    """What a view renders to. `poster` is a Trakt image URL for a photo card;
    `caption` is the shorter text shown under the photo (≤ 1024), defaulting to `text`;
    `shared` is what 📤 Share posts into a group, defaulting to `text`: the text without
    what is the person's alone (a view that has it takes no arguments, so its Share
    button can name it: `bot.kit.private`); `shareable`: False when posting it into a
    group would say nothing to anyone there (settings, "nothing running")."""

    text: Html
    keyboard: InlineKeyboardMarkup | None = None
    poster: str | None = None
    caption: Html | None = None
    shared: Html | None = None
    nested: bool = False
    shareable: bool = True

    @property
    def photo_caption(self) -> Html:
        """The text to put under the poster."""
        return self.caption if self.caption is not None else self.text

    @property
    def public_text(self) -> Html:
        """The text a snapshot shared into a group shows."""
        return self.shared if self.shared is not None else self.text


Renderer: TypeAlias = Callable[[Context, Translator, Callback], Awaitable[View]]
PressHandler: TypeAlias = Callable[[Update, Context], Coroutine[Any, Any, None]]

CLOSE = Action.CLOSE
STICKY = frozenset({Action.SHARE})  # rows a redraw keeps (the view's renderer never draws them)
DOUBLE_TAP = 2.0
MEMORY_SIZE = 128


def add_view(
    app: App,
    action: Action,
    renderer: Renderer,
    *,
    press: PressHandler | None = None,
    top: bool = False,
) -> None:
    """Register `renderer` as the view behind buttons whose action is `action`: a press
    re-renders the view in its message (`press` replaces that handler when a feature
    must do more first; it ends with `on_view_button`). `top`: a command's answer, which
    ends with the way home in a private chat (`way_home`)."""
    if action in app.bot_data.views:
        raise ValueError(f"view {action!r} registered twice")
    app.bot_data.views[action] = renderer
    if top:
        app.bot_data.top_views.add(action)
    app.add_handler(CallbackQueryHandler(press or on_view_button, pattern=pattern(action)))


async def render(context: Context, tr: Translator, data: str) -> View:
    """Render the view that callback data names."""
    cb = decode(data)
    renderer = context.bot_data.views.get(cb.action)
    if renderer is None:
        raise InvalidCallback("unknown view")
    shown: View = await renderer(context, tr, cb)
    return directed(tr, shown)


def directed(tr: Translator, shown: View) -> View:
    """In a right-to-left language, every line of the view starts right-to-left (a list
    line that begins with a number and a Latin title would otherwise read left-to-right)."""
    if not tr.rtl:
        return shown
    caption, shared = shown.caption, shown.shared
    return replace(
        shown,
        text=cards.directed(tr, shown.text),
        caption=cards.directed(tr, caption, MessageLimit.CAPTION_LENGTH) if caption else None,
        shared=cards.directed(tr, shared) if shared else None,
    )


async def open_view(
    update: Update, context: Context, action: str, *args: object, owner: int | None = -1
) -> Message | None:
    """Render a view as a new message; `owner` defaults to the person who asked.

    From a button, a second press of the same button by the same person within
    `DOUBLE_TAP` seconds (or while the first is still being answered) opens nothing.
    """
    if owner == -1:
        owner = update.effective_user.id if update.effective_user else None
    data = encode(action, *args, owner=owner)
    if _double_tap(update, context, data):
        return None
    try:
        message = await _open(update, context, data)
    except BaseException:
        _tap_done(update, context, data, None)  # failed: the next press must work
        raise
    _tap_done(update, context, data, time.monotonic())
    return message


def _taps(context: Context) -> dict[tuple[str, int | None], float]:
    """(callback data, message id) -> when that press opened its view (inf: opening)."""
    return context.chat_data.taps if context.chat_data is not None else {}


def _tap_key(update: Update, data: str) -> tuple[str, int | None]:
    message = update.callback_query.message if update.callback_query else None
    return (data, message.message_id if message else None)


def _double_tap(update: Update, context: Context, data: str) -> bool:
    if update.callback_query is None or context.chat_data is None:
        return False
    taps = _taps(context)
    now = time.monotonic()
    for key in [key for key, at in taps.items() if now - at >= DOUBLE_TAP]:
        del taps[key]  # (one still opening, at inf, stays)
    key = _tap_key(update, data)
    if key in taps:
        return True
    taps[key] = math.inf
    return False


async def once(
    update: Update, context: Context, data: str, work: Callable[[], Awaitable[object]]
) -> bool:
    """Run `work` for a button press unless it is a double tap (the same button on the
    same message again within `DOUBLE_TAP` seconds, or while the first still runs);
    False when it did not run."""
    if _double_tap(update, context, data):
        return False
    try:
        await work()
    except BaseException:
        _tap_done(update, context, data, None)  # failed: the next press must work
        raise
    _tap_done(update, context, data, time.monotonic())
    return True


def _owner_of(data: str) -> int | None:
    try:
        return decode(data).owner
    except InvalidCallback:
        return None


def _tap_done(update: Update, context: Context, data: str, at: float | None) -> None:
    """The press has opened its view (`at`), or failed (None: forget it)."""
    if update.callback_query is None or context.chat_data is None:
        return
    if at is None:
        _taps(context).pop(_tap_key(update, data), None)
    else:
        _taps(context)[_tap_key(update, data)] = at


async def _open(update: Update, context: Context, data: str) -> Message | None:
    tr = translator(update, context)
    shown = await render(context, tr, data)
    chat = update.effective_chat
    if chat is not None and chat.type == "private":
        shown = way_home(context, tr, data, shown)
    message = None
    if shown.poster:
        message = await photos.send(
            update, context, shown.poster, shown.photo_caption, shown.keyboard
        )
    if message is None:
        message = await reply(update, shown.text, shown.keyboard)
    if message is not None:
        remember(context, message.message_id, data)
    return message


async def rerender(
    update: Update,
    context: Context,
    tr: Translator,
    *,
    below: Sequence[Sequence[InlineKeyboardButton]] = (),
) -> bool:
    """Re-render the view of the message a button belongs to (after an action), with
    `below` (e.g. ↩ Undo) under its buttons until the next redraw.

    False when the message's view is not remembered (sent before a restart).
    """
    query = update.callback_query
    if query is None or query.message is None:
        return False
    data = recall(context, query.message.message_id)
    if data is None:
        return False  # an old message from before a restart: the action still happened
    await show(update, context, tr, data, below=below)
    return True


async def show(
    update: Update,
    context: Context,
    tr: Translator,
    data: str,
    *,
    below: Sequence[Sequence[InlineKeyboardButton]] = (),
) -> None:
    """Render the view `data` names in place of the message the pressed button sits on:
    `below` (e.g. ↩ Undo) under its buttons, then the way home (a top-level view in a
    private chat), then the rows a redraw keeps (📤 Share); remembered as that message's
    view."""
    query = update.callback_query
    if query is None or query.message is None:  # a button on an inline-mode message
        raise InvalidCallback("not on a message of ours")
    message_id = query.message.message_id
    shown = await render(context, tr, data)
    if below:
        rows = [*(shown.keyboard.inline_keyboard if shown.keyboard else ()), *below]
        shown = replace(shown, keyboard=InlineKeyboardMarkup(rows))
    if query.message.chat.type == "private":
        shown = way_home(context, tr, data, shown, navigation.came_from(context, message_id, data))
    await edit_view(query, keep_sticky(query, shown))
    remember(context, message_id, data)


def way_home(
    context: Context, tr: Translator, data: str, shown: View, menu: str | None = None
) -> View:
    """A top-level view (not a photo, not a `nested` screen) ends with ◀ Back to the menu
    it was opened from (`menu`), else with ☰ Menu (`bot.kit.navigation`)."""
    if shown.nested or shown.poster:
        return shown
    return replace(shown, keyboard=navigation.way_home(context, tr, data, shown.keyboard, menu))


def keep_sticky(query: CallbackQuery, shown: View) -> View:
    """`shown` with the rows of the query's message that a redraw keeps (`STICKY`: e.g.
    📤 Share, which the view's renderer knows nothing of)."""
    message = query.message
    old = message.reply_markup if isinstance(message, Message) else None
    if old is None:
        return shown
    kept = [row for row in old.inline_keyboard if any(_sticky(button) for button in row)]
    if not kept:
        return shown
    rows = [*(shown.keyboard.inline_keyboard if shown.keyboard else ()), *kept]
    return replace(shown, keyboard=InlineKeyboardMarkup(rows))


def _sticky(button: InlineKeyboardButton) -> bool:
    data = button.callback_data
    if not isinstance(data, str):
        return False
    try:
        return decode(data).action in STICKY
    except InvalidCallback:
        return False


async def edit_view(query: CallbackQuery, shown: View) -> None:
    """Show `shown` in the query's message: the caption of a photo, else the text."""
    message = query.message
    if isinstance(message, Message) and message.photo:
        try:
            await query.edit_message_caption(
                shown.photo_caption, parse_mode=ParseMode.HTML, reply_markup=shown.keyboard
            )
        except BadRequest as exc:
            if "not modified" not in exc.message.lower():
                raise
        return
    await edit(query, shown.text, shown.keyboard)


def close_button(tr: Translator, owner: int | None) -> InlineKeyboardButton:
    """◀ Back on a message of its own (a card, a picture, a list opened from a card):
    closes it, revealing the message it was opened from above."""
    return InlineKeyboardButton(tr.plain("button-back"), callback_data=encode(CLOSE, owner=owner))


def remember(context: Context, message_id: int, data: str) -> None:
    """Note which view a message shows."""
    if context.chat_data is None:
        return
    memory = context.chat_data.views
    memory.pop(message_id, None)
    memory[message_id] = data
    while len(memory) > MEMORY_SIZE:
        memory.pop(next(iter(memory)))


def recall(context: Context, message_id: int) -> str | None:
    """The view data a message shows, if still remembered."""
    return context.chat_data.views.get(message_id) if context.chat_data is not None else None


@button
async def on_view_button(update: Update, context: Context, cb: Callback, tr: Translator) -> None:
    """Any view's button: re-render that view in the same message."""
    query = update.callback_query
    if query is None or query.message is None:  # a button on an inline-mode message
        raise InvalidCallback("not on a message of ours")
    await show(update, context, tr, query.data or "")


@button
async def on_close(update: Update, context: Context, cb: Callback, tr: Translator) -> Alert | None:
    """Close a card (or a picture): delete its message; the message it came from is right
    above (and its buttons may open the card again at once). Only the owner of the view
    the message shows (as remembered, not only as written in the button) may close it.

    Telegram lets a bot delete only messages younger than 48 hours: an older one loses its
    buttons instead (a ◀ Back that can never work is not left behind); one already
    deleted (a double tap) is closed already."""
    query = update.callback_query
    if query is None or query.message is None:  # a button on an inline-mode message
        raise InvalidCallback("not on a message of ours")
    shown = recall(context, query.message.message_id)
    if shown is not None and not decode(shown).allows(query.from_user.id):
        return Alert(personal_translator(update, context).plain("button-not-yours"))
    try:
        await context.bot.delete_message(query.message.chat.id, query.message.message_id)
    except BadRequest as exc:
        reason = exc.message.lower()
        if "message to delete not found" in reason:
            return None
        if "can't be deleted" not in reason:
            raise
        with contextlib.suppress(TelegramError):
            await query.edit_message_reply_markup(None)
    if context.chat_data is not None:  # the presser's buttons may open cards again at once
        taps = _taps(context)
        for key in [key for key in taps if _owner_of(key[0]) == query.from_user.id]:
            del taps[key]
    return None


def register(app: App) -> None:
    """Close (◀ Back) on every card; each view's own handler comes with `add_view`."""
    app.add_handler(CallbackQueryHandler(on_close, pattern=pattern(CLOSE)))
