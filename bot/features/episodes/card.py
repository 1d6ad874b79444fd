"""An episode's card: show, S×E, title, air date in the person's zone, runtime, overview,
Trakt's rating and the person's own; watched (now, at release, another day), rate, check
in, the show (before it airs: the show only, `bot.kit.release`).

Opened by `episode_button` (``epo|<owner>|e|<id>``) as a new message; the view is
``ep|<owner>|e|<id>|<panel>`` (panel ``-``, or ``d``: the row of recent days open). Its
own actions ride on the view's data (``…|w|<when>``): the press logs the play
(`plays.log_episode`), then redraws the card with ↩ Undo. ⭐ and the ✅ (rewatch) button
are the actions feature's (`mark_button`); it redraws this card through the view registry.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, tzinfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler

from bot.accounts import TraktSession
from bot.features.episodes import plays, ui
from bot.i18n import Html, Translator, escape
from bot.kit import later, release, views
from bot.kit.buttons import checkin_button, details_button, in_rows, mark_button, undo_button
from bot.kit.callback import Callback, InvalidCallback, encode, pattern
from bot.kit.chat import Alert, App, Context, personal_translator
from bot.kit.chat import button as pressed
from bot.kit.codes import Action
from bot.kit.marking import limit_message
from bot.kit.undo import carry_undo, offer_undo
from bot.kit.views import View, add_view, close_button, open_view
from bot.render import cards
from bot.trakt import AccountLimit, Episode, NotFound, TraktError
from bot.trakt.models_tracking import ShowEpisode
from bot.trakt.ref import MediaRef

logger = logging.getLogger(__name__)

ACTION = Action.EPISODE
CLOSED, DAYS_OPEN = "-", "d"
PANELS = (CLOSED, DAYS_OPEN)
WRITE = "w"
REMOVE = "x"  # …|x: ask to remove the latest play; …|x|<history id>: remove that one
OVERVIEW = 900


def episode_ref(cb: Callback) -> MediaRef:
    """The episode named by the first two arguments; InvalidCallback for anything else."""
    ref = cb.ref(0)
    if ref.kind != "episode":
        raise InvalidCallback("an episode was expected")
    return ref


@pressed
async def on_open(update: Update, context: Context, cb: Callback, tr: Translator) -> str | None:
    """An episode button: send the card below, owned by the person who pressed."""
    ref = episode_ref(cb)
    try:
        await open_view(update, context, ACTION, ref.code, ref.trakt_id, CLOSED)
    except NotFound:
        return Alert(personal_translator(update, context).plain("episodes-gone"))
    return None


@pressed
@later.writes
async def on_press(update: Update, context: Context, cb: Callback, tr: Translator) -> str | None:
    """A button on the card: log a play (`w`), or redraw it (a panel opened or closed)."""
    ref = episode_ref(cb)
    panel = cb.choice(2, PANELS)
    me = personal_translator(update, context)
    query = update.callback_query
    assert query is not None
    below: list[list[InlineKeyboardButton]] = []
    toast: str | None = None
    try:
        if cb.arg(3) == WRITE:
            when = cb.choice(4, plays.WHENS)
            toast, offer = await _log(context, me, cb, ref, when)
            below = _undo_row(update, context, tr, cb, offer)
            panel = CLOSED
        elif cb.arg(3) == REMOVE and cb.arg(4):
            play_id = cb.int_arg(4, low=1, high=10**18)
            toast, offer = await _remove(context, me, cb, ref, play_id)
            below = _undo_row(update, context, tr, cb, offer)
        elif cb.arg(3) == REMOVE:
            latest = await _latest_play(context, cb, ref)
            if latest is None:
                return me.plain("history-remove-gone")
            yes = encode(ACTION, ref.code, ref.trakt_id, CLOSED, REMOVE, latest, owner=cb.owner)
            no = encode(ACTION, ref.code, ref.trakt_id, CLOSED, owner=cb.owner)
            below = [
                [
                    InlineKeyboardButton(tr.plain("history-remove-yes"), callback_data=yes),
                    InlineKeyboardButton(tr.plain("action-rate-cancel"), callback_data=no),
                ]
            ]
            toast = Alert(me.plain("episodes-remove-ask"))
        elif cb.arg(3):
            raise InvalidCallback("unknown episode action")
        data = encode(ACTION, ref.code, ref.trakt_id, panel, owner=cb.owner)
        shown = await views.render(context, tr, data)
    except NotFound:
        return Alert(me.plain("episodes-gone"))
    except AccountLimit as exc:
        return Alert(await limit_message(context, me, query.from_user.id, "seen", exc))
    if below:
        rows = [*(shown.keyboard.inline_keyboard if shown.keyboard else ()), *below]
        shown = View(shown.text, InlineKeyboardMarkup(rows))
    await views.edit_view(query, shown)
    if query.message is not None:
        views.remember(context, query.message.message_id, data)
    return toast


def _undo_row(
    update: Update, context: Context, tr: Translator, cb: Callback, offer: int | None
) -> list[list[InlineKeyboardButton]]:
    """↩ Undo for this change, or the message's last one when this press changed nothing."""
    carried = carry_undo(update, context, offer)
    return [[undo_button(tr, carried, cb.owner)]] if carried else []


async def _latest_play(context: Context, cb: Callback, ref: MediaRef) -> int | None:
    """The history id of the person's latest play of the episode (the question names it,
    so a second press of the answer can't take an older one)."""
    if cb.owner is None:
        raise InvalidCallback("a write needs an owner")
    svc = context.services
    session = await svc.accounts.session(cb.owner)
    found = await session.call(lambda token: svc.trakt.plays(token, "episodes", ref.trakt_id))
    return found[0].id if found else None


async def _log(
    context: Context, me: Translator, cb: Callback, ref: MediaRef, when: str
) -> tuple[str, int | None]:
    """Log the play; the toast and the undo offer."""
    if cb.owner is None:  # a write is for its owner only (forged `*` data)
        raise InvalidCallback("a write needs an owner")
    found = await lookup(context, ref, None)
    show_id = show_id_of(found)
    if show_id is None:
        raise NotFound("the episode has no show", status=404)
    outcome = await plays.log_episode(context, me, cb.owner, show_id, found.episode, when)
    return outcome.toast, offer_undo(context, cb.owner, ref, outcome)


async def _remove(
    context: Context, me: Translator, cb: Callback, ref: MediaRef, play_id: int
) -> tuple[str, int | None]:
    """Remove the play the question named; the toast and the undo offer."""
    if cb.owner is None:
        raise InvalidCallback("a write needs an owner")
    found = await lookup(context, ref, None)
    show_id = show_id_of(found)
    if show_id is None:
        raise NotFound("the episode has no show", status=404)
    outcome = await plays.remove_play(context, me, cb.owner, show_id, ref, play_id)
    return outcome.toast, offer_undo(context, cb.owner, ref, outcome)


async def lookup(context: Context, ref: MediaRef, token: str | None) -> ShowEpisode:
    """The episode and its show (cached by the client); NotFound when Trakt has none."""
    return await context.services.trakt.episode_by_id(ref.trakt_id, token=token)


def show_id_of(found: ShowEpisode) -> int | None:
    """The show's Trakt id when buttons and marks can name it (Trakt's may be missing or
    out of range: `MediaRef.of`)."""
    show = MediaRef.of(found.show)
    return show.trakt_id if show else None


async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """The card: Trakt's episode, the person's watched state and rating, the actions."""
    ref = episode_ref(cb)
    days_open = cb.choice(2, PANELS) == DAYS_OPEN
    svc = context.services
    session = await svc.accounts.optional_session(cb.owner)
    token = session.token if session else None
    found = await lookup(context, ref, token)
    show, episode = found.show, found.episode
    translation = await svc.translations.get(show, tr.language, token=token)
    told = (
        await svc.translations.episode(show.ids.trakt, episode, tr.language, token=token)
        if show.ids.trakt
        else None
    )
    zone: tzinfo = await svc.accounts.zone(session) if session else UTC
    now = plays.now_of(context)
    watched = await _watched(context, session, cb.owner, found)
    rated = await svc.marks.snapshot_of(session, [ref], rated=True)  # given elsewhere too
    mine = svc.marks.rating(cb.owner, ref, rated)
    titled = replace(episode, title=told.title) if told and told.title else episode
    lines = [
        ui.show_name(tr, show, translation),
        Html(f"<b>{ui.code_and_title(tr, titled)}</b>"),
    ]
    if episode.season == 0:
        lines.append(tr.html("episodes-special"))
    lines.append(escape(ui.aired_at(tr, episode, zone, now)))
    small = _facts(tr, episode.runtime, episode.rating, mine)
    if small:
        lines.append(escape(small))
    if watched:
        lines.append(tr.html("episodes-watched"))
    elif release.to_come(episode, now):
        lines.append(tr.html("episodes-not-aired"))
    overview = (told.overview if told else None) or episode.overview
    if overview:
        lines.append(Html(f"<i>{escape(cards.trim(overview, OVERVIEW))}</i>"))
    today = now.astimezone(zone).date()
    state = _State(watched, mine, now, today, days_open, ui.days_since_air(episode, zone, today))
    keyboard = _keyboard(tr, ref, show_id_of(found), cb.owner, episode, state)
    return View(Html("\n".join(lines)), keyboard)


async def _watched(
    context: Context, session: TraktSession | None, owner: int | None, found: ShowEpisode
) -> bool:
    """Whether the card's owner watched it (Trakt's progress, or a play added here just now)."""
    show_id, episode = show_id_of(found), found.episode
    if session is None or show_id is None or owner is None:
        return False
    try:
        done = await plays.watched(context, session, show_id, specials=episode.season == 0)
    except TraktError as exc:  # the card is still worth showing without it
        logger.info("no progress for the episode card: %r", exc)
        done = set()
    return plays.is_watched(episode, done, plays.seen_here(context, owner, show_id, [episode]))


def _facts(tr: Translator, runtime: int | None, rating: float | None, mine: int | None) -> str:
    """⏱ runtime · ★ Trakt's rating · your rating."""
    bits = []
    if runtime:
        bits.append(tr.plain("episodes-runtime", minutes=runtime))
    if rating:
        bits.append(f"★ {tr.isolate(tr.number(round(rating, 1), format='0.0'))}")
    if mine:
        bits.append(tr.plain("episodes-your-rating", rating=mine))
    return tr.dot.join(bits)


@dataclass(frozen=True)
class _State:
    """What the card's buttons depend on."""

    watched: bool
    mine: int | None
    now: datetime
    today: date
    days_open: bool
    days: tuple[str, ...]  # the days "another day" may be: none before the air date


def _keyboard(
    tr: Translator,
    ref: MediaRef,
    show_id: int | None,
    owner: int | None,
    episode: Episode,
    state: _State,
) -> InlineKeyboardMarkup:
    def write(when: str, label: str) -> InlineKeyboardButton:
        data = encode(ACTION, ref.code, ref.trakt_id, CLOSED, WRITE, when, owner=owner)
        return InlineKeyboardButton(label, callback_data=data)

    mine = state.mine
    rated = tr.plain("action-rated", rating=mine) if mine else None
    rate = mark_button(tr, "rate", ref, owner, done=bool(mine), label=rated)
    coming = release.to_come(episode, state.now)
    rows: list[list[InlineKeyboardButton]] = []
    if state.watched:
        remove = encode(ACTION, ref.code, ref.trakt_id, CLOSED, REMOVE, owner=owner)
        rows = [
            [mark_button(tr, "seen", ref, owner, done=True), rate],
            [InlineKeyboardButton(tr.plain("episodes-remove"), callback_data=remove)],
        ]
    elif not coming:  # nothing to mark, rate or check in to before it airs
        rows = [[write(plays.NOW, tr.plain("action-seen")), rate]]
        backlog = []
        if plays.aired(episode, state.now):
            backlog.append(write(plays.RELEASED, tr.plain("episodes-at-release")))
        if state.days:
            panel = CLOSED if state.days_open else DAYS_OPEN
            toggle = encode(ACTION, ref.code, ref.trakt_id, panel, owner=owner)
            label = tr.plain("episodes-another-day")
            backlog.append(InlineKeyboardButton(label, callback_data=toggle))
        rows.append(backlog)
        if state.days_open and state.days:
            days = [write(day, ui.day_label(tr, day, state.today)) for day in state.days]
            rows.extend(in_rows(days, 3))
    if not coming:
        rows.append([checkin_button(tr, ref, owner)])
    last = [close_button(tr, owner)]
    if show_id:
        label = tr.plain("episodes-show-button")
        last.append(details_button(tr, MediaRef("show", show_id), owner, label))
    rows.append(last)
    return InlineKeyboardMarkup(rows)


def register(app: App) -> None:
    """The card view and the button that opens it."""
    add_view(app, ACTION, render, press=on_press)
    app.add_handler(CallbackQueryHandler(on_open, pattern=pattern(Action.EPISODE_OPEN)))
