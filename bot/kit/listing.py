"""What personal list views share (/history, /watchlist, /lists): whose account a view
shows, how many pages to offer, and the rows of numbered buttons that open each
item's details card."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from telegram import InlineKeyboardButton, Update

from bot.i18n import Translator
from bot.kit.buttons import details_button, in_rows
from bot.kit.callback import Callback, InvalidCallback
from bot.kit.context import Context
from bot.store import Account
from bot.trakt.models_lists import Page
from bot.trakt.ref import MediaRef

MAX_PAGE = 999
NUMBERS_PER_ROW = 5


def require_link(update: Update, context: Context) -> Account | None:
    """The person's account; raises NotLinked (answered with the one-tap link prompt)."""
    user = update.effective_user
    return context.services.accounts.get(user.id) if user is not None else None


def account_id(cb: Callback) -> int:
    """Whose Trakt account a personal view shows: always the button's owner."""
    if cb.owner is None:
        raise InvalidCallback("a personal view needs an owner")
    return cb.owner


def total_pages(result: Page[Any]) -> int:
    """Pages to offer: Trakt's count, corrected by what actually came back."""
    if not result.items:
        return result.page
    pages = max(result.page_count, result.page)
    if result.has_next:
        pages = max(pages, result.page + 1)
    return min(pages, MAX_PAGE)


def number_rows(
    tr: Translator, targets: Sequence[MediaRef | None], first: int, owner: int
) -> list[list[InlineKeyboardButton]]:
    """Rows of numbered buttons, each opening the details card of its item."""
    buttons = [
        details_button(tr, target, owner, label=str(number))
        for number, target in enumerate(targets, start=first)
        if target is not None
    ]
    return in_rows(buttons, NUMBERS_PER_ROW)
