"""One-tap actions on a title: watchlist, watched, rating, hiding a recommendation.

Other features draw these buttons with `bot.kit.buttons.mark_button(tr, verb, ref,
owner, done=..., label=...)`; this feature handles their presses, and `apply` does the
same where no message is re-rendered (a card sent through inline mode). Verbs:

- ``wl``     add to the watchlist          (marks flag `WATCHLIST` on, `UNLISTED` off)
- ``unwl``   remove from the watchlist     (`WATCHLIST` off, `UNLISTED` on)
- ``seen``   mark watched now (`SEEN`); never twice: a play already known is not added
             again. On a show it opens a confirmation row naming the count of aired
             episodes (``all``); on a done (✅) movie or episode, a rewatch row (``again``)
- ``hide``   hide a recommendation          (`HIDDEN`; movies and shows only)
- ``rate``   opens a 1–10 row under the pressed button's row; ``rate:N`` rates N (a movie
             or an episode not out yet: an alert, nothing rated; `bot.kit.release`)

A done button (✅ form) only answers with a toast (nothing is sent to Trakt again),
except ``rate``, which opens the row to re-rate.

A press acts on the presser's own account (`bot.kit.marking.perform`; `NotLinked`
becomes the one-tap link prompt in the error handler), records the change in the person's
marks (`bot.marks.Marks.record`) and re-renders the message the button is on with
`views.rerender`, so the ✅ appears in place; a message sent before a restart gets
the pressed button ticked instead. The answer is a toast ("Added to your
watchlist"); a full account (420) is explained in an alert with the limit read
from `/users/settings` ("your watchlist is full (100 titles)").
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import CallbackQueryHandler

from bot.i18n import Translator
from bot.kit import later, release, views
from bot.kit.buttons import CLOSE_PICKER, DONE, VERBS, check_verb, mark_button, undo_button
from bot.kit.callback import Callback, InvalidCallback, decode, encode, pattern
from bot.kit.chat import Alert, App, Context, localized, personal_translator
from bot.kit.chat import button as pressed
from bot.kit.codes import Action
from bot.kit.marking import limit_message, perform, unwatched_episodes
from bot.kit.undo import carry_undo, offer_undo, undo
from bot.marks import RATED, RATINGS, rating_of
from bot.render import cards
from bot.trakt import AccountLimit
from bot.trakt.ref import MediaRef

logger = logging.getLogger(__name__)

PICKED = ("again", "all", "unrate")  # verbs drawn only in a picker row


@pressed
@later.writes
async def on_action(update: Update, context: Context, cb: Callback, tr: Translator) -> str | None:
    """Any action button: act on the presser's account, then show the new state in place."""
    verb = cb.arg(0)
    ref = cb.ref(1)
    try:
        check_verb(verb, ref)
    except ValueError:
        raise InvalidCallback("unknown action") from None
    done = cb.arg(3) == DONE
    if done and verb not in VERBS:  # a rating button is never drawn done
        raise InvalidCallback("forged done rating")
    me = personal_translator(update, context)  # the answer; `tr` redraws the message
    rating = verb == "rate" or rating_of(verb) is not None
    if rating and cb.arg(3) != CLOSE_PICKER and update.callback_query is not None:
        early = await release.not_out(context, me, ref, update.callback_query.from_user.id)
        if early is not None:  # an old or forged button: nothing is rated before it is out
            return early
    if verb == "rate":
        now = await _current_rating(update, context, ref) if done else None
        stars = [
            mark_button(
                tr, f"{RATED}{n}", ref, cb.owner, label=f"✅ {tr.numeral(n)}" if n == now else None
            )
            for n in RATINGS
        ]
        picker = [stars[:5], stars[5:]]
        if done:  # rated already: the rating can go too
            picker.append([mark_button(tr, "unrate", ref, cb.owner)])
        pick = me.plain("action-rate-pick")
        return await _toggle_row(update, tr, ref, cb.owner, picker, pick)
    if verb == "seen" and ref.kind == "show" and not done:
        return await _ask_all(update, context, tr, me, ref, cb.owner)
    if verb == "seen" and done and ref.kind != "show":
        again = [mark_button(tr, "again", ref, cb.owner)]
        return await _toggle_row(update, tr, ref, cb.owner, [again], me.plain("action-again-ask"))
    if done:
        return me.plain(f"action-{verb}-already")
    assert update.callback_query is not None
    user_id = update.callback_query.from_user.id
    try:
        outcome = await perform(context, me, user_id, verb, ref)
    except AccountLimit as exc:
        return Alert(await limit_message(context, me, user_id, verb, exc))
    offer = carry_undo(update, context, offer_undo(context, user_id, ref, outcome))
    below = [[undo_button(tr, offer, cb.owner)]] if offer else []
    await _show_result(update, context, tr, verb, ref, below)
    return outcome.toast


@pressed
@later.writes
async def on_undo(update: Update, context: Context, cb: Callback, tr: Translator) -> str | None:
    """↩ Undo: take the change back (once, within its minutes), then redraw without it."""
    offer_id = cb.int_arg(0, low=1)
    me = personal_translator(update, context)
    assert update.callback_query is not None
    try:
        answer = await undo(context, me, update.callback_query.from_user.id, offer_id)
    except ValueError:
        raise InvalidCallback("not this person's change") from None
    if update.callback_query.message is not None and context.chat_data is not None:
        context.chat_data.undo.pop(update.callback_query.message.message_id, None)
    if not await views.rerender(update, context, tr):
        await _drop_undo_row(update)
    return answer


async def _drop_undo_row(update: Update) -> None:
    """An old message (its view forgotten by a restart): just take the button away."""
    query = update.callback_query
    message = query.message if query else None
    if query is None or not isinstance(message, Message) or message.reply_markup is None:
        return
    rows = [list(row) for row in message.reply_markup.inline_keyboard if not _is_undo_row(row)]
    await query.edit_message_reply_markup(InlineKeyboardMarkup(rows))


async def _show_result(
    update: Update,
    context: Context,
    tr: Translator,
    verb: str,
    ref: MediaRef,
    below: list[list[InlineKeyboardButton]],
) -> None:
    """Re-render the message's view; an old message gets the pressed button ticked."""
    if await views.rerender(update, context, tr, below=below):
        return
    query = update.callback_query
    message = query.message if query else None
    if query is None or not isinstance(message, Message) or message.reply_markup is None:
        return
    stars = rating_of(verb)
    base = "rate" if stars is not None else verb
    label = tr.plain("action-rated", rating=stars) if stars is not None else None
    rows = [list(row) for row in message.reply_markup.inline_keyboard if not _is_picker_row(row)]
    rows = [row for row in rows if not _is_undo_row(row)] + below
    for row in rows:
        for index, old in enumerate(row):
            found = _decoded(old.callback_data)
            if (
                found
                and found.action == Action.MARK
                and found.args[:3] == (base, ref.code, str(ref.trakt_id))
            ):
                row[index] = mark_button(tr, base, ref, found.owner, done=True, label=label)
    await query.edit_message_reply_markup(InlineKeyboardMarkup(rows))


async def _current_rating(update: Update, context: Context, ref: MediaRef) -> int | None:
    """The presser's rating of `ref` (given here, else Trakt's), to tick it in the row."""
    assert update.callback_query is not None
    user_id = update.callback_query.from_user.id
    marks = context.services.marks
    session = await context.services.accounts.optional_session(user_id)
    snapshot = await marks.snapshot_of(session, [ref], rated=True)
    return marks.rating(user_id, ref, snapshot)


async def _ask_all(
    update: Update,
    context: Context,
    tr: Translator,
    me: Translator,
    ref: MediaRef,
    owner: int | None,
) -> str | None:
    """A show's 👁: ask before adding a play for every aired episode not watched yet,
    naming the count."""
    svc = context.services
    assert update.callback_query is not None
    session = await svc.accounts.session(update.callback_query.from_user.id)  # NotLinked: link
    show = await svc.trakt.summary("shows", ref.trakt_id, token=session.token)
    left = await unwatched_episodes(context, session, ref.trakt_id) if session else None
    count = len(left) if left is not None else getattr(show, "aired_episodes", None) or 0
    aired = getattr(show, "aired_episodes", None) or 0
    if count <= 0:
        return Alert(
            me.plain("action-seen-already" if left is not None and aired else "action-all-none")
        )
    local = await localized(context, me, [show], owner)
    title = me.isolate(cards.display_name(show, local.of(show)) or me.plain("card-untitled"))
    rest = left is not None and count < aired
    label = tr.plain("action-all-rest" if rest else "action-all", count=count)
    key = "action-all-ask-rest" if rest else "action-all-ask"
    question = Alert(me.plain(key, count=count, title=title))
    row = [mark_button(tr, "all", ref, owner, label=label)]
    return await _toggle_row(update, tr, ref, owner, [row], question)


async def _toggle_row(
    update: Update,
    tr: Translator,
    ref: MediaRef,
    owner: int | None,
    picker: list[list[InlineKeyboardButton]],
    answer: str,
) -> str | None:
    """Open `picker` (and a cancel button) under the pressed button's row, answering with
    `answer`; or close an open picker and answer nothing."""
    query = update.callback_query
    message = query.message if query else None
    if query is None or not isinstance(message, Message):
        return None
    old = message.reply_markup.inline_keyboard if message.reply_markup else ()
    rows = [list(row) for row in old if not _is_picker_row(row)]
    if len(rows) != len(old):  # it was open: close it
        await query.edit_message_reply_markup(InlineKeyboardMarkup(rows))
        return None
    at = next(
        (n + 1 for n, row in enumerate(rows) if any(b.callback_data == query.data for b in row)),
        len(rows),
    )
    cancel = InlineKeyboardButton(
        tr.plain("action-rate-cancel"),
        callback_data=encode(
            Action.MARK, "rate", ref.code, ref.trakt_id, CLOSE_PICKER, owner=owner
        ),
    )
    rows[at:at] = [*picker, [cancel]]
    await query.edit_message_reply_markup(InlineKeyboardMarkup(rows))
    return answer


def _is_picker_row(row: Any) -> bool:
    """A row of a picker: `rate:N`, `again` or `all` buttons, or the picker's own cancel."""
    for cell in row:
        cb = _decoded(getattr(cell, "callback_data", None))
        if cb is None or cb.action != Action.MARK:
            return False
        verb = cb.arg(0)
        if not (verb.startswith(RATED) or verb in PICKED or cb.arg(3) == CLOSE_PICKER):
            return False
    return bool(row)


def _is_undo_row(row: Any) -> bool:
    found = (_decoded(getattr(b, "callback_data", None)) for b in row)
    return any(cb is not None and cb.action == Action.UNDO for cb in found)


def _decoded(data: object) -> Callback | None:
    if not isinstance(data, str):
        return None
    try:
        return decode(data)
    except InvalidCallback:
        return None


def register(app: App) -> None:
    """Add the handlers of this feature."""
    app.add_handler(CallbackQueryHandler(on_action, pattern=pattern(Action.MARK)))
    app.add_handler(CallbackQueryHandler(on_undo, pattern=pattern(Action.UNDO)))
