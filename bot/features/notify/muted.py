"""/notify's list of muted shows, each with 🔔 Unmute; paged when there are many.

A screen of the settings view: ``ntf|<owner>|u|<change>|<page>``, change ``-`` (none) or
``unmute:<show id>`` (`on_unmute`: the show is told again, its calendar planned anew).
Names were kept when the show was muted; one muted before that is asked of Trakt
(public, cached).
"""

from __future__ import annotations

import asyncio
import logging
import math

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.i18n import Html, Translator, escape
from bot.kit import views
from bot.kit.buttons import in_rows, pager
from bot.kit.callback import Callback, InvalidCallback, encode
from bot.kit.chat import Context, button, personal_translator
from bot.kit.codes import Action
from bot.kit.listing import account_id
from bot.kit.views import View
from bot.render.cards import trim
from bot.trakt import Show, TraktError

logger = logging.getLogger(__name__)

ACTION = Action.NOTIFY
SCREEN = "u"
NONE = "-"
UNMUTE = "unmute:"
PER_PAGE = 8
MAX_PAGE = 10**4
NAME = 60  # characters of a show's name


def data(owner: int, change: str = NONE, page: int = 1) -> str:
    """The callback data of the muted shows' screen (and of its buttons)."""
    return encode(ACTION, SCREEN, change, page, owner=owner)


async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """One page of the person's muted shows, each with 🔔 Unmute."""
    owner = account_id(cb)
    muted = context.services.store.muted_list(owner)
    pages = max(1, math.ceil(len(muted) / PER_PAGE))
    page = min(cb.int_arg(2, low=1, high=MAX_PAGE) if cb.arg(2) else 1, pages)
    start = (page - 1) * PER_PAGE
    shown = muted[start : start + PER_PAGE]
    names = await asyncio.gather(*(_name(context, show, name) for show, name in shown))
    back = InlineKeyboardButton(
        tr.plain("button-back"), callback_data=encode(ACTION, "m", owner=owner)
    )
    if not muted:
        return View(tr.html("notify-muted-none"), InlineKeyboardMarkup([[back]]), nested=True)
    lines = [tr.html("notify-muted-title"), ""]
    buttons = []
    for number, ((show_id, _), name) in enumerate(zip(shown, names, strict=True), start + 1):
        lines.append(f"{tr.isolate(tr.numeral(number))}. {escape(tr.isolate(trim(name, NAME)))}")
        label = tr.plain("notify-button-unmute-number", number=number)
        buttons.append(
            InlineKeyboardButton(label, callback_data=data(owner, f"{UNMUTE}{show_id}", page))
        )
    keyboard = [*in_rows(buttons, 2), pager(tr, ACTION, (SCREEN, NONE), page, pages, owner), [back]]
    rows = [row for row in keyboard if row]
    return View(Html("\n".join(lines)), InlineKeyboardMarkup(rows), nested=True, shareable=False)


async def _name(context: Context, show_id: int, kept: str | None) -> str:
    """The name kept when it was muted, else Trakt's (else its id)."""
    if kept:
        return kept
    try:
        found = await context.services.trakt.summary("shows", show_id)
    except TraktError as exc:
        logger.info("no name for muted show %s: %r", show_id, exc)
        return f"#{show_id}"
    if isinstance(found, Show) and found.title:
        return f"{found.title} ({found.year})" if found.year else found.title
    return f"#{show_id}"


@button
async def on_unmute(update: Update, context: Context, cb: Callback, tr: Translator) -> str:
    """🔔 Unmute: the show is told again (its episodes planned anew); the page redrawn."""
    owner = account_id(cb)
    change = cb.arg(1)
    raw = change.removeprefix(UNMUTE)
    if not change.startswith(UNMUTE) or not raw.isdigit() or len(raw) > 12:
        raise InvalidCallback("no such show")
    set_muted(context, owner, int(raw), muted=False)
    page = cb.arg(2) if cb.arg(2).isdigit() else "1"
    await views.show(update, context, tr, data(owner, NONE, int(page[:5])))
    return personal_translator(update, context).plain("notify-unmuted")


def set_muted(
    context: Context, owner: int, show_id: int, *, muted: bool, title: str | None = None
) -> None:
    """Mute a show (its planned notifications go) or unmute it (its episodes are planned
    anew at once, not at the next sync); from this page or under a notification."""
    context.services.store.mute_show(owner, show_id, muted, title=title)
    if not muted:
        context.services.notify.changed(owner)
