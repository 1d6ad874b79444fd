"""Inline keyboards shared by features: paging rows and toggles."""

from __future__ import annotations

from telegram import InlineKeyboardButton

from bot.i18n import Translator
from bot.render.callback import encode

NOOP = "noop"


def in_rows(buttons: list[InlineKeyboardButton], width: int) -> list[list[InlineKeyboardButton]]:
    """`buttons` cut into rows of `width` (the last one shorter)."""
    return [buttons[i : i + width] for i in range(0, len(buttons), width)]


def pager(
    tr: Translator, action: str, args: tuple[object, ...], page: int, pages: int, owner: int | None
) -> list[InlineKeyboardButton]:
    """`◀ page x/y ▶`: the arrows re-run `action` with `args` plus the new page."""
    if pages <= 1:
        return []
    row = []
    if page > 1:
        row.append(
            InlineKeyboardButton("◀", callback_data=encode(action, *args, page - 1, owner=owner))
        )
    label = tr.plain("page-of", page=page, pages=pages)
    row.append(InlineKeyboardButton(label, callback_data=encode(NOOP, owner=None)))
    if page < pages:
        row.append(
            InlineKeyboardButton("▶", callback_data=encode(action, *args, page + 1, owner=owner))
        )
    return row


def choice(label: str, selected: bool, data: str) -> InlineKeyboardButton:
    """A toggle button, ticked when selected."""
    return InlineKeyboardButton(f"✓ {label}" if selected else label, callback_data=data)


LINK_ACTION = "link"  # starts the device flow in a private chat (bot/features/link.py)
LINK_PAYLOAD = "link"  # t.me/<bot>?start=link


def link_button(
    tr: Translator, *, private: bool, owner: int | None, bot_username: str
) -> InlineKeyboardButton:
    """One tap to link Trakt: in a private chat it starts the flow, elsewhere it opens one."""
    label = tr.plain("button-link")
    if private:
        return InlineKeyboardButton(label, callback_data=encode(LINK_ACTION, owner=owner))
    return InlineKeyboardButton(label, url=deep_link(bot_username, LINK_PAYLOAD))


def deep_link(bot_username: str, payload: str) -> str:
    """`https://t.me/<bot>?start=<payload>`: opens the private chat with a /start payload."""
    return f"https://t.me/{bot_username}?start={payload}"
