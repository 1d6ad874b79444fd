"""A show's seasons, then one season's episodes: tick them one by one or a whole season.

Opened by `seasons_button` (``seaso|<owner>|s|<show>``) as a new message; its pages are
bot/features/episodes/pages.py's. Actions ride on the page's data (``…|t|<number>``: tick
one; ``…|A``: the whole season, after the question named the count); the press redraws
the page with ↩ Undo.
"""

from __future__ import annotations

from dataclasses import replace

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler

from bot.features.episodes import plays
from bot.features.episodes.pages import (
    ACTION,
    ALL,
    ASK,
    CLOSED,
    LIST,
    MAX_EPISODE,
    TICK,
    Place,
    place_of,
    render,
    season_of,
)
from bot.i18n import Translator
from bot.kit import later, views
from bot.kit.buttons import undo_button
from bot.kit.callback import Callback, InvalidCallback, pattern
from bot.kit.chat import Alert, App, Context, personal_translator
from bot.kit.chat import button as pressed
from bot.kit.codes import Action
from bot.kit.marking import Done, limit_message
from bot.kit.undo import offer_undo
from bot.kit.views import View, add_view, open_view
from bot.trakt import AccountLimit
from bot.trakt.ref import MediaRef


@pressed
async def on_open(update: Update, context: Context, cb: Callback, tr: Translator) -> None:
    """A seasons button: send the picker below, owned by the person who pressed."""
    ref = cb.ref(0)
    if ref.kind != "show":
        raise InvalidCallback("a show was expected")
    await open_view(update, context, ACTION, "s", ref.trakt_id, LIST, plays.NOW, CLOSED, 1)


@pressed
@later.writes
async def on_press(update: Update, context: Context, cb: Callback, tr: Translator) -> str | None:
    """A button of the picker: tick an episode or a whole season, or move about."""
    place = place_of(cb)
    query = update.callback_query
    assert query is not None
    me = personal_translator(update, context)
    outcome: Done | None = None
    undo_ref = MediaRef("show", place.show_id)
    try:
        if cb.arg(6) in (TICK, ALL) and place.season is not None:
            outcome, undo_ref = await _write(context, me, cb, place)
            place = replace(place, panel=CLOSED)
        elif cb.arg(6):
            raise InvalidCallback("unknown picker action")
    except AccountLimit as exc:
        return Alert(await limit_message(context, me, query.from_user.id, "seen", exc))
    data = place.data(cb.owner)
    shown = await views.render(context, tr, data)
    offer = offer_undo(context, query.from_user.id, undo_ref, outcome) if outcome else None
    if offer:
        rows = [*(shown.keyboard.inline_keyboard if shown.keyboard else ())]
        shown = View(shown.text, InlineKeyboardMarkup([*rows, [undo_button(tr, offer, cb.owner)]]))
    await views.edit_view(query, shown)
    if query.message is not None:
        views.remember(context, query.message.message_id, data)
    if outcome is None and place.panel == ASK:
        return await _question(context, me, cb, place)
    return outcome.toast if outcome else None


async def _write(
    context: Context, me: Translator, cb: Callback, place: Place
) -> tuple[Done, MediaRef]:
    """Tick one episode or the whole season; what it did and what its undo is about."""
    if cb.owner is None or place.season is None:  # forged `*` data, or no season
        raise InvalidCallback("a write needs an owner and a season")
    season = await season_of(context, place, None)
    if cb.arg(6) == ALL:
        done = await plays.log_season(
            context, me, cb.owner, place.show_id, season.episodes, place.when
        )
        return done, MediaRef("show", place.show_id)
    number = cb.int_arg(7, high=MAX_EPISODE)
    episode = next((e for e in season.episodes if e.number == number), None)
    ref = MediaRef.of(episode)
    if episode is None or ref is None:
        raise InvalidCallback("no such episode")
    done = await plays.log_episode(context, me, cb.owner, place.show_id, episode, place.when)
    return done, ref


async def _question(context: Context, me: Translator, cb: Callback, place: Place) -> str:
    """The whole-season question, naming the count, as an alert."""
    assert place.season is not None
    season = await season_of(context, place, None)
    session = await context.services.accounts.session(cb.owner or 0)
    todo = await plays.season_todo(context, session, cb.owner or 0, place.show_id, season.episodes)
    if not todo:
        return me.plain("episodes-all-none")
    return Alert(me.plain("episodes-all-ask", count=len(todo), number=place.season))


def register(app: App) -> None:
    """The picker view and the button that opens it."""
    add_view(app, ACTION, render, press=on_press)
    app.add_handler(CallbackQueryHandler(on_open, pattern=pattern(Action.SEASONS_OPEN)))
