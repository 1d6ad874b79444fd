"""/next: up next, the person's shows in progress with the episode to watch next.

One Trakt request per page turn: `up_next_all` (pages of 100 until a short page; Trakt's
item count is always 1337, so it is never read), paged here, which also gives an exact
page count. Trakt leaves out shows that are finished, dropped or hidden from progress,
and specials; a season-0 episode is never offered as next all the same.

Each line has ✅ (one play of exactly that episode, through `bot.kit.marking.perform`,
so a double tap records one play), 🎞 (the episode's card) and 📺 (the show's card).
After ✅ the message is re-rendered from Trakt's new answer with ↩ Undo below. Trakt
puts the show just watched first (most recent activity); every line keeps its place while
the person ticks (the order as opened is remembered per person; after a restart the
view data's pin, `<show id>.<index>`, keeps at least the ticked line), so a line advances
in place instead of jumping. Opening /next again shows Trakt's order.

Callback data: ``next|<owner>|<pin>|<page>`` (the view; pin ``0`` = none) and
``next|<owner>|<show id>.<index>|w|<episode id>`` (✅).
"""

from __future__ import annotations

import asyncio
import math
from datetime import UTC, date, datetime, timedelta, tzinfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import CommandHandler

from bot.i18n import Html, Translator, escape
from bot.kit import later, private, views
from bot.kit.buttons import checkin_button, details_button, episode_button, pager, undo_button
from bot.kit.callback import Callback, InvalidCallback, decode, encode
from bot.kit.chat import (
    Alert,
    App,
    Command,
    Context,
    button,
    localized,
    personal_translator,
    reply,
    translator,
)
from bot.kit.codes import Action
from bot.kit.listing import MAX_PAGE, account_id, require_link
from bot.kit.marking import limit_message, perform
from bot.kit.undo import offer_undo
from bot.kit.views import View, add_view
from bot.render import cards
from bot.trakt import AccountLimit, Translation
from bot.trakt.models import Episode
from bot.trakt.models_tracking import UpNextItem
from bot.trakt.ref import MediaRef

ACTION = Action.NEXT
PER_PAGE = 5
NO_PIN = "0"
WATCHED = "w"
MAX_INDEX = PER_PAGE * MAX_PAGE
COMMANDS = (Command("next"),)

Pin = tuple[int, int]  # (show's Trakt id, index in the whole list)


async def up_next(update: Update, context: Context) -> None:
    """/next: the person's shows in progress, most recent activity first."""
    require_link(update, context)
    if context.args:
        await reply(update, translator(update, context).html("next-usage"))
        return
    await private.open_view(update, context, ACTION, NO_PIN, 1)


async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """One page of the shows in progress, a row of buttons per show, and the pager."""
    pin = _pin(cb.arg(0)) if cb.arg(0) != NO_PIN else None
    page = cb.int_arg(1, low=1, high=MAX_PAGE)
    owner = account_id(cb)
    svc = context.services
    session = await svc.accounts.session(owner)
    # The zone (asked of Trakt only for an older link) comes together with the shows.
    found, zone = await asyncio.gather(
        session.call(lambda token: svc.trakt.up_next_all(token)), svc.accounts.zone(session)
    )
    listed = [item for item in found if _listed(item)]
    remembered = context.person_data.next_order
    if pin is None:  # opened afresh: Trakt's order, remembered for the ticks to come
        context.person_data.next_order = tuple(item.show.ids.trakt or 0 for item in listed)
        items = listed
    elif remembered:  # after ticks: every line stays where it was
        items = in_order(listed, remembered)
    else:  # the order was forgotten (a restart): at least the ticked line stays
        items = pinned(listed, pin)
    if not items:
        return View(tr.html("next-empty"))
    pages = min(math.ceil(len(items) / PER_PAGE), MAX_PAGE)
    page = min(page, pages)
    first = (page - 1) * PER_PAGE
    shown = list(enumerate(items[first : first + PER_PAGE], start=first))
    today = datetime.fromtimestamp(svc.accounts.clock(), UTC).astimezone(zone).date()
    local = await localized(context, tr, [item.show for _, item in shown], owner)
    header = tr.html("next-header", count=len(items))
    blocks = [entry(tr, index + 1, item, local.of(item.show), zone, today) for index, item in shown]
    text = cards.join_blocks(header, blocks, tr.html("next-legend"))
    rows = [_row(tr, index, item, owner) for index, item in shown]
    rows.append(pager(tr, ACTION, (_pin_code(pin),), page, pages, owner))
    return View(text, InlineKeyboardMarkup([row for row in rows if row]))


def next_episode(item: UpNextItem) -> Episode | None:
    """The episode to offer: Trakt's next one, never a special (season 0) nor one without
    an id to act on (missing or out of range: `MediaRef.of`)."""
    episode = item.next_episode
    if episode is None or not episode.season or MediaRef.of(episode) is None:
        return None
    return episode


def _listed(item: UpNextItem) -> bool:
    return MediaRef.of(item.show) is not None and next_episode(item) is not None


def in_order(items: list[UpNextItem], order: tuple[int, ...]) -> list[UpNextItem]:
    """`items` in the remembered order of their shows; shows new since then go last."""
    place = {show_id: n for n, show_id in enumerate(order)}
    return sorted(items, key=lambda item: place.get(item.show.ids.trakt or 0, len(place)))


def pinned(items: list[UpNextItem], pin: Pin | None) -> list[UpNextItem]:
    """Trakt's order with the pinned show moved back to the line it was on."""
    if pin is None:
        return items
    show_id, index = pin
    at = next((n for n, item in enumerate(items) if item.show.ids.trakt == show_id), None)
    if at is None:
        return items  # finished (or hidden meanwhile): the line is gone
    moved = items[:at] + items[at + 1 :]
    moved.insert(min(index, len(moved)), items[at])
    return moved


def entry(
    tr: Translator,
    number: int,
    item: UpNextItem,
    translation: Translation | None,
    zone: tzinfo,
    today: date,
) -> Html:
    """`1. Show` / `S01E05 · Title` / `aired yesterday · 4 of 19`."""
    episode = next_episode(item)
    assert episode is not None
    code = escape(tr.isolate(cards.episode_code(episode)))
    named = f"{code} · {escape(tr.isolate(episode.title))}" if episode.title else code
    progress = item.progress
    facts = [tr.plain("next-progress", number=progress.completed, count=progress.aired)]
    if episode.first_aired is not None:
        facts.insert(0, aired(tr, episode.first_aired.astimezone(zone).date(), today))
    return Html(
        f"{tr.numeral(number)}. {cards.show_name(tr, item.show, translation)}\n"
        f"▶ {named}\n<i>{escape(tr.dot.join(facts))}</i>"
    )


def aired(tr: Translator, day: date, today: date) -> str:
    """ "aired today", "aired yesterday", "aired Tuesday, November 24" (another year: with
    it)."""
    if day == today:
        return tr.plain("next-aired-today")
    if day == today - timedelta(days=1):
        return tr.plain("next-aired-yesterday")
    return tr.plain("next-aired", date=tr.day_in_sentence(day, today))


def _row(tr: Translator, index: int, item: UpNextItem, owner: int) -> list[InlineKeyboardButton]:
    """✅ N (watched), 🎞 N (the episode's card), 🎬 N (check in to it), 📺 N (the show)."""
    episode = next_episode(item)
    show = MediaRef("show", item.show.ids.trakt or 0)
    n = tr.numeral(index + 1)  # as the list numbers it
    row = []
    if episode is not None and episode.ids.trakt:
        ref = MediaRef("episode", episode.ids.trakt)
        pin = _pin_code((show.trakt_id, index))
        data = encode(ACTION, pin, WATCHED, ref.trakt_id, owner=owner)
        row.append(InlineKeyboardButton(tr.plain("next-button-seen", number=n), callback_data=data))
        row.append(episode_button(tr, ref, owner, label=tr.plain("next-button-episode", number=n)))
        row.append(checkin_button(tr, ref, owner, label=tr.plain("next-button-checkin", number=n)))
    row.append(details_button(tr, show, owner, label=tr.plain("next-button-show", number=n)))
    return row


@button
@later.writes
async def on_watched(update: Update, context: Context, cb: Callback, tr: Translator) -> str | None:
    """✅: one play of that episode now, then the list again with the line advanced."""
    pin = _pin(cb.arg(0))
    ref = MediaRef("episode", cb.int_arg(2, low=1))
    query = update.callback_query
    assert query is not None
    me = personal_translator(update, context)  # the toast; `tr` redraws the message
    user_id = query.from_user.id
    try:
        outcome = await perform(context, me, user_id, "seen", ref)
    except AccountLimit as exc:
        return Alert(await limit_message(context, me, user_id, "seen", exc))
    offer = offer_undo(context, user_id, ref, outcome)
    if offer is None and outcome.toast == me.plain("action-seen-already"):
        return outcome.toast  # a second tap: the first one redraws (and keeps its ↩ Undo)
    if isinstance(query.message, Message):
        page = pin[1] // PER_PAGE + 1
        views.remember(
            context, query.message.message_id, encode(ACTION, _pin_code(pin), page, owner=cb.owner)
        )
    below = [[undo_button(tr, offer, cb.owner)]] if offer else []
    await views.rerender(update, context, tr, below=below)
    return outcome.toast


async def on_press(update: Update, context: Context) -> None:
    """A button of the view: ✅ marks an episode; the others re-render the list."""
    query = update.callback_query
    try:
        watched = decode(query.data if query else None).arg(1) == WATCHED
    except InvalidCallback:
        watched = False  # the view's handler answers it
    await (on_watched if watched else views.on_view_button)(update, context)


def _pin(raw: str) -> Pin:
    show, dot, index = raw.partition(".")
    if not (dot and show.isdigit() and index.isdigit()):
        raise InvalidCallback("not a line of up next")
    if int(show) <= 0 or int(index) >= MAX_INDEX:
        raise InvalidCallback("not a line of up next")
    return int(show), int(index)


def _pin_code(pin: Pin | None) -> str:
    return NO_PIN if pin is None else f"{pin[0]}.{pin[1]}"


def register(app: App) -> None:
    """Add the handlers of this feature."""
    add_view(app, ACTION, render, press=on_press, top=True)
    app.add_handler(CommandHandler("next", up_next))
