"""Check-in: tell Trakt "I'm watching this now", from a movie's or an episode's card;
/checkin shows what is running, with Cancel.

Other features draw the button with `bot.kit.buttons.checkin_button`; its presses and the
buttons this feature draws itself land here (`Action.CHECKIN`):

- ``chk|<owner>|<m|e>|<id>``: check in (`POST /checkin`, then `GET /users/me/watching`
  for when it ends: Trakt's answer does not say). The answer is a toast, "Checked in to
  Inception until 21:30" in the person's time zone; the card stays as it is. A check-in
  records a play, so it is recorded in the person's marks (👁 afterwards adds none).
- Trakt answers 409 with only `expires_at` while another check-in runs: the bot asks what
  it is (`GET /users/me/watching`) and offers, in a message of its own,
  ``chk|<owner>|<m|e>|<id>|r`` (cancel it and check in here: `DELETE /checkin`, then
  `POST /checkin`) or ``chk|<owner>|k`` (keep it). A failed cancel checks in nowhere.
- ``chk|<owner>|c``: /checkin's Cancel (`GET /users/me/watching`, `DELETE /checkin`).

Cards draw no 🎬 for what is not out yet; an older or forged button for it gets a short
alert and sends nothing (`bot.kit.release`). A press queued while Trakt asked to wait
(`bot.kit.later`) checks in only while it still means "now": not after `LATE` seconds.

/checkin itself is a view (``chkn|<owner>``, no arguments), so typed in a group it goes
to the person's private chat with 📤 Share in the group (`bot.kit.private`).

One intent, one check-in: presses for one person and title run one at a time (the marks'
lock), and a second press within `REPEAT` seconds of a check-in made here gets the same
answer without a request; later presses find the running check-in at Trakt (409, then
watching: "Already checked in"). Trakt errors propagate to the error handler (a short
alert); nothing is changed here before Trakt said yes.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.accounts import TraktSession
from bot.i18n import Html, Translator
from bot.kit import later, private, release, views
from bot.kit.callback import Callback, InvalidCallback, encode, pattern
from bot.kit.chat import (
    Alert,
    App,
    Command,
    Context,
    button,
    edit,
    localized,
    personal_translator,
    reply,
    translator,
)
from bot.kit.codes import Action
from bot.kit.listing import account_id, require_link
from bot.kit.views import View, add_view
from bot.marks import SEEN
from bot.render import cards
from bot.render import checkin as text
from bot.trakt import CheckinRunning, Episode, Movie, Show, TraktError
from bot.trakt.api_tracking import CheckinKind
from bot.trakt.fair import writing
from bot.trakt.models_tracking import Watching
from bot.trakt.ref import MediaRef

logger = logging.getLogger(__name__)

ACTION = Action.CHECKIN
VIEW = Action.CHECKIN_NOW
COMMANDS = (Command("checkin"),)
REPLACE, KEEP, CANCEL = "r", "k", "c"
REPEAT = 30.0  # seconds in which a second press for the same title is the same intent
CHECKIN_KINDS = ("movie", "episode")
LATE = 30 * 60  # seconds after which a queued check-in is no longer "now": not made


async def checkin_command(update: Update, context: Context) -> None:
    """/checkin: what the person is checked in to now (with Cancel), or a friendly line."""
    require_link(update, context)
    if context.args:  # /checkin takes no words
        await reply(update, translator(update, context).html("checkin-usage"))
        return
    await private.open_view(update, context, VIEW)


async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """What runs now, with Cancel for a check-in (a player's scrobble can't be cancelled
    here), or a friendly line."""
    owner = account_id(cb)
    svc = context.services
    session = await svc.accounts.session(owner)
    running = await session.call(svc.trakt.watching)
    if running is None:  # nothing to show a group: no 📤 Share
        return View(tr.html("checkin-none"), shareable=False)
    shown = await _watching_text(context, tr, session, running, owner)
    keyboard = None
    if running.action != "scrobble":  # DELETE /checkin cancels check-ins only
        cancel = encode(ACTION, CANCEL, owner=owner)
        keyboard = InlineKeyboardMarkup(
            [[InlineKeyboardButton(tr.plain("checkin-cancel"), callback_data=cancel)]]
        )
    return View(shown, keyboard)


@button
@later.writes
async def on_checkin(update: Update, context: Context, cb: Callback, tr: Translator) -> str | None:
    """Check in, cancel the running one and check in here, keep it, or cancel it."""
    query = update.callback_query
    assert query is not None
    me = personal_translator(update, context)  # toasts; `tr` writes the message
    first = cb.arg(0)
    if first == KEEP:
        await edit(query, cards.directed(tr, tr.html("checkin-kept")), None)
        return None
    if first == CANCEL:
        return await _cancel(update, context, tr, me)
    ref = cb.ref(0)
    mode = cb.arg(2)
    if ref.kind not in CHECKIN_KINDS or mode not in ("", REPLACE):
        raise InvalidCallback("no check-in to that")
    user_id = query.from_user.id
    age = later.pressed_age()
    if age is not None and age > LATE:  # queued while Trakt asked to wait, too long ago
        return Alert(me.plain("checkin-too-late"))
    early = await release.not_out(context, me, ref, user_id)  # an old or forged button
    if early is not None:
        return early
    async with context.services.marks.lock(user_id, ref):
        return await _check_in(update, context, tr, me, ref, replace=mode == REPLACE)


async def _check_in(
    update: Update,
    context: Context,
    tr: Translator,
    me: Translator,
    ref: MediaRef,
    *,
    replace: bool,
) -> str | None:
    """Check in to `ref` (after cancelling what runs, for `replace`); the toast."""
    query = update.callback_query
    assert query is not None
    user_id = query.from_user.id
    svc = context.services
    again = _answered_recently(context, ref)
    if again is not None:
        return again
    writing()  # waits its turn at Trakt, never refused (bot.trakt.fair)
    session = await svc.accounts.session(user_id)
    if replace:
        running = await session.call(svc.trakt.watching)
        if running is not None and MediaRef.of(running.media) == ref:
            return await _already(update, context, tr, me, session, running, edit_question=True)
        if running is not None:
            await session.call(svc.trakt.cancel_checkin)  # raises: nothing checked in here
            _forget_play(context, user_id, running)
    kind: CheckinKind = "movie" if ref.kind == "movie" else "episode"
    for _ in range(2):  # a second try when the running check-in ended meanwhile
        try:
            await session.call(lambda token: svc.trakt.checkin(token, kind, ref.trakt_id))
        except CheckinRunning as exc:
            running = await session.call(svc.trakt.watching)
            if running is None:
                continue
            if MediaRef.of(running.media) == ref:
                return await _already(update, context, tr, me, session, running, replace)
            await _ask(update, context, tr, session, ref, running, exc, edit_question=replace)
            return None
        svc.marks.record(user_id, ref, SEEN)  # a check-in is a play
        return await _done(update, context, tr, me, session, ref, edit_question=replace)
    raise CheckinRunning("a check-in keeps running", status=409)


async def _done(
    update: Update,
    context: Context,
    tr: Translator,
    me: Translator,
    session: TraktSession,
    ref: MediaRef,
    *,
    edit_question: bool,
) -> str:
    """After a check-in: when it ends (asked of Trakt), the toast, and the question
    message (if any) saying what happened."""
    svc = context.services
    try:
        running = await session.call(svc.trakt.watching)
    except TraktError as exc:  # checked in all the same; only the end time is unknown
        logger.info("checked in, but no end time: %r", exc)
        running = None
    if running is None or MediaRef.of(running.media) != ref:
        media, show = await _media(context, session, ref)
        ends = None
    else:
        media, show, ends = running.media, running.show, running.expires_at
    zone, now = await svc.accounts.zone(session), _now(context)
    owner = session.account.chat_id
    local = await localized(context, me, [_titled(media, show)], owner)
    name = text.plain_name(me, media, show, local.of(_titled(media, show)))
    if ends is None:
        toast = me.plain("checkin-done-no-time", title=name)
    else:
        toast = me.plain("checkin-done", title=name, time=text.clock(me, ends, zone, now))
    context.person_data.last_checkin = (ref.key, svc.marks.clock(), toast)
    if edit_question and update.callback_query is not None:
        shown = await _line(context, tr, media, show, owner)
        key, until = "checkin-done-html-no-time", {}
        if ends is not None:
            key, until = "checkin-done-html", {"time": text.clock(tr, ends, zone, now)}
        html = tr.html(key, title=shown, **until)
        await edit(update.callback_query, cards.directed(tr, html), None)
    else:
        await views.rerender(update, context, tr)  # the card shows it watched now
    return toast


async def _already(
    update: Update,
    context: Context,
    tr: Translator,
    me: Translator,
    session: TraktSession,
    running: Watching,
    edit_question: bool,
) -> str:
    """The check-in running is this very title: say so (a play exists: note it)."""
    svc = context.services
    user_id = session.account.chat_id
    ref = MediaRef.of(running.media)
    if ref is not None:
        svc.marks.record(user_id, ref, SEEN)
    zone, now = await svc.accounts.zone(session), _now(context)
    titled = _titled(running.media, running.show)
    local = await localized(context, me, [titled], user_id)
    name = text.plain_name(me, running.media, running.show, local.of(titled))
    if edit_question and update.callback_query is not None:
        shown = await _watching_text(context, tr, session, running, user_id)
        await edit(update.callback_query, cards.directed(tr, shown), None)
    if running.expires_at is None:
        return me.plain("checkin-already-no-time", title=name)
    until = text.clock(me, running.expires_at, zone, now)
    return me.plain("checkin-already", title=name, time=until)


async def _ask(
    update: Update,
    context: Context,
    tr: Translator,
    session: TraktSession,
    ref: MediaRef,
    running: Watching,
    conflict: CheckinRunning,
    *,
    edit_question: bool,
) -> None:
    """Another check-in runs: say what and until when, offer to cancel it and check in
    here, or keep it (a message of its own; the card stays as it is)."""
    svc = context.services
    owner = session.account.chat_id
    zone, now = await svc.accounts.zone(session), _now(context)
    media, show = await _media(context, session, ref)
    ends = running.expires_at or conflict.expires_at
    args: dict[str, object] = {
        "running": await _line(context, tr, running.media, running.show, owner),
        "title": await _line(context, tr, media, show, owner),
    }
    key = "checkin-conflict-no-time"
    if ends is not None:
        key, args["time"] = "checkin-conflict", text.clock(tr, ends, zone, now)
    here = InlineKeyboardButton(
        tr.plain("checkin-replace"),
        callback_data=encode(ACTION, ref.code, ref.trakt_id, REPLACE, owner=owner),
    )
    keep = InlineKeyboardButton(
        tr.plain("checkin-keep"), callback_data=encode(ACTION, KEEP, owner=owner)
    )
    keyboard = InlineKeyboardMarkup([[here], [keep]])
    question = cards.directed(tr, tr.html(key, **args))
    if edit_question and update.callback_query is not None:
        await edit(update.callback_query, question, keyboard)
    else:
        await reply(update, question, keyboard)


async def _cancel(update: Update, context: Context, tr: Translator, me: Translator) -> str | None:
    """/checkin's Cancel: cancel what runs now (asked first, so the message names it)."""
    query = update.callback_query
    assert query is not None
    user_id = query.from_user.id
    svc = context.services
    writing()
    session = await svc.accounts.session(user_id)
    running = await session.call(svc.trakt.watching)
    if running is None:
        await edit(query, cards.directed(tr, tr.html("checkin-cancel-none")), None)
        return None
    await session.call(svc.trakt.cancel_checkin)
    _forget_play(context, user_id, running)
    shown = await _line(context, tr, running.media, running.show, user_id)
    await edit(query, cards.directed(tr, tr.html("checkin-cancelled", title=shown)), None)
    return me.plain("checkin-cancelled-toast")


def _answered_recently(context: Context, ref: MediaRef) -> str | None:
    """The answer to a check-in to `ref` made here seconds ago (a double tap)."""
    last = context.person_data.last_checkin
    if last is None or last[0] != ref.key:
        return None
    return last[2] if context.services.marks.clock() - last[1] < REPEAT else None


def _forget_play(context: Context, user_id: int, running: Watching) -> None:
    """A cancelled check-in takes its play with it: what was noted here goes, and Trakt's
    snapshot tells again whether the title was watched before."""
    ref = MediaRef.of(running.media)
    if ref is not None:
        context.services.marks.record(user_id, ref, SEEN, on=False)
    last = context.person_data.last_checkin
    if last is not None and ref is not None and last[0] == ref.key:
        context.person_data.last_checkin = None


async def _watching_text(
    context: Context, tr: Translator, session: TraktSession, running: Watching, owner: int
) -> Html:
    zone, now = await context.services.accounts.zone(session), _now(context)
    titled = _titled(running.media, running.show)
    local = await localized(context, tr, [titled], owner)
    return text.watching_text(tr, running, zone, now, local.of(titled))


async def _line(
    context: Context, tr: Translator, media: Movie | Episode, show: Show | None, owner: int
) -> Html:
    titled = _titled(media, show)
    local = await localized(context, tr, [titled], owner)
    return text.media_line(tr, media, show, local.of(titled))


async def _media(
    context: Context, session: TraktSession, ref: MediaRef
) -> tuple[Movie | Episode, Show | None]:
    """A movie, or an episode with its show, by reference (public, cached GETs)."""
    api, token = context.services.trakt, session.token
    if ref.kind == "episode":
        found = await api.episode_by_id(ref.trakt_id, token=token)
        return found.episode, found.show
    movie = await api.summary("movies", ref.trakt_id, token=token)
    assert isinstance(movie, Movie)
    return movie, None


def _titled(media: Movie | Episode, show: Show | None) -> Movie | Show | None:
    """Whose title is translated: the movie, or the episode's show."""
    return media if isinstance(media, Movie) else show


def _now(context: Context) -> datetime:
    return datetime.fromtimestamp(context.services.accounts.clock(), UTC)


def register(app: App) -> None:
    """Add the handlers of this feature."""
    app.add_handler(CommandHandler("checkin", checkin_command))
    add_view(app, VIEW, render, top=True)
    app.add_handler(CallbackQueryHandler(on_checkin, pattern=pattern(ACTION)))
