"""The way home: how a top-level view's message leads back to the person's home.

In a private chat, a top-level view (`bot.kit.views.add_view(..., top=True)`: what a
command answers) ends with one more row: ◀ Back to the menu it was opened from in this
very message (home, or home's settings), else ☰ Menu, which turns the message into home.
Which menu a message's view came from is noted when a press leaves a menu for another view
in the same message (`ChatData.menus`, in memory: after a restart the row says ☰ Menu).
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import Translator
from bot.kit.buttons import HOME, home_button
from bot.kit.callback import InvalidCallback, decode
from bot.kit.context import Context

MEMORY_SIZE = 128


def way_home(
    context: Context,
    tr: Translator,
    data: str,
    keyboard: InlineKeyboardMarkup | None,
    menu: str | None = None,
) -> InlineKeyboardMarkup | None:
    """`keyboard` of the view `data` names, with ◀ Back to `menu` (home's or its settings'
    data) or ☰ Menu below when that view is a top-level one."""
    cb = decode(data)
    if cb.action not in context.bot_data.top_views:
        return keyboard
    if menu is not None:
        way = InlineKeyboardButton(tr.plain("button-back"), callback_data=menu)
    else:
        way = home_button(tr, cb.owner)
    return InlineKeyboardMarkup([*(keyboard.inline_keyboard if keyboard else ()), [way]])


def came_from(context: Context, message_id: int, data: str) -> str | None:
    """The menu the message's view was opened from, noting it when the message is leaving
    a menu (its view so far) for another view (`data`)."""
    state = context.chat_state
    before = state.views.get(message_id)
    if before is not None and _action(before) == HOME and _action(data) != HOME:
        state.menus.pop(message_id, None)
        state.menus[message_id] = before
        while len(state.menus) > MEMORY_SIZE:
            state.menus.pop(next(iter(state.menus)))
    return state.menus.get(message_id)


def _action(data: str) -> str | None:
    try:
        return decode(data).action
    except InvalidCallback:
        return None
