"""One-tap actions on a title: watchlist, watched, rating, hiding a recommendation.

Public API (other features put these buttons on their list items and cards)::

    actions.button(tr, verb, kind, trakt_id, owner, *, done=False, label=None)
        -> InlineKeyboardButton
    actions.apply(context, tr, user_id, verb, kind, trakt_id) -> str | None (an Alert if full)
        # the same actions where no message is re-rendered (cards sent inline)

`kind` is "movie", "show" or "episode" (`hide` only takes movies and shows). Verbs:

- ``wl``     add to the watchlist          (mark flag ``wl`` on)
- ``unwl``   remove from the watchlist     (mark flag ``wl`` off, ``unwl`` on)
- ``seen``   mark watched now (a show: every aired episode)   (flag ``seen``)
- ``hide``   hide a recommendation          (flag ``hide``)
- ``rate``   opens a 1–10 row under the pressed button's row; ``rate:N`` rates N
             (flag ``rate:N``; `rating(context, key)` reads it back)

The flags are constants too: `WATCHLIST` (= `IN_WATCHLIST`), `UNLISTED`, `SEEN`
(= `WATCHED`), `HIDDEN`; `key(kind, trakt_id)` builds the marks key, `on_watchlist(...)`
and `rating(...)` read them; `known.flags` adds what Trakt's snapshot says.

`done=True` draws the ✅ form; pressing a done button only answers with a toast
(nothing is sent to Trakt again), except ``rate``, which opens the row to re-rate.

A press acts on the presser's own account (`Accounts.session`; `NotLinked` becomes
the one-tap link prompt in the error handler), records `views.mark(context,
"movie:123", flag)` and re-renders the message the button is on with
`views.rerender`, so the ✅ appears in place; a message sent before a restart gets
the pressed button ticked instead. The answer is a toast ("Added to your
watchlist"); a full account (420) is explained in an alert with the limit read
from `/users/settings` ("your watchlist is full (100 titles)").

Callback data: ``act|<owner>|<verb>|<m|s|e>|<trakt id>[|d]`` (``d`` = done).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any, Literal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import CallbackQueryHandler

from bot.features import common, views
from bot.features.common import Alert, App, Context, personal_translator, services
from bot.i18n import Translator
from bot.render.callback import Callback, InvalidCallback, decode, encode, pattern
from bot.trakt import AccountLimit, MediaKind, SyncItem, SyncResult, TraktError

logger = logging.getLogger(__name__)

ACTION = "act"
Kind = Literal["movie", "show", "episode"]
KIND_CODES: dict[str, str] = {"movie": "m", "show": "s", "episode": "e"}
KINDS: dict[str, Kind] = {"m": "movie", "s": "show", "e": "episode"}
PLURAL: dict[str, MediaKind] = {"movie": "movies", "show": "shows"}
VERBS = ("wl", "unwl", "seen", "hide", "rate")
DONE = "d"
# Flags recorded with views.mark (read them with views.marks or the helpers below).
# UNLISTED: removed from the watchlist here (wins over an older snapshot, see `known`).
WATCHLIST, UNLISTED, SEEN, HIDDEN, RATED = "wl", "unwl", "seen", "hide", "rate:"
IN_WATCHLIST, WATCHED = WATCHLIST, SEEN  # the same flags under the names some callers use
RATINGS = range(1, 11)
CLOSE_PICKER = "x"
_SECTIONS = {"movie": "movies", "show": "shows", "episode": "episodes"}


def button(
    tr: Translator,
    verb: str,
    kind: str,
    trakt_id: int,
    owner: int | None,
    *,
    done: bool = False,
    label: str | None = None,
) -> InlineKeyboardButton:
    """A one-tap action button (see the module docstring for the verbs)."""
    code = _kind_code(verb, kind)
    base = verb.split(":")[0]
    if base not in VERBS or (verb.startswith(RATED) and _rating_of(verb) is None):
        raise ValueError(f"unknown action verb {verb!r}")
    extra = (DONE,) if done else ()
    data = encode(ACTION, verb, code, int(trakt_id), *extra, owner=owner)
    return InlineKeyboardButton(label or _label(tr, verb, done), callback_data=data)


def key(kind: str, trakt_id: int) -> str:
    """The marks key of a title, as `bot.trakt.media_key` makes it: `"movie:123"`."""
    return f"{kind}:{trakt_id}"


def on_watchlist(context: Context, kind: str, trakt_id: int) -> bool:
    """Whether this person added the title to their watchlist here (and kept it)."""
    return WATCHLIST in views.marks(context, key(kind, trakt_id))


def rating(context: Context, media_key: str) -> int | None:
    """The rating this person gave a title here, if any."""
    for flag in views.marks(context, media_key):
        if flag.startswith(RATED):
            return _rating_of(flag)
    return None


@common.button
async def on_action(update: Update, context: Context, cb: Callback, tr: Translator) -> str | None:
    """Any action button: act on the presser's account, then show the new state in place."""
    verb = cb.arg(0)
    kind = KINDS.get(cb.arg(1))
    trakt_id = cb.int_arg(2, low=1)
    done = cb.arg(3) == DONE
    if kind is None or verb.split(":")[0] not in VERBS or (verb == "hide" and kind == "episode"):
        raise InvalidCallback("unknown action")
    stars = _rating_of(verb) if verb.startswith(RATED) else None
    if verb.startswith(RATED) and stars is None:
        raise InvalidCallback("bad rating")
    me = personal_translator(update, context)  # the answer; `tr` redraws the message
    if verb == "rate":
        return await _toggle_rating_row(update, tr, me, kind, trakt_id, cb.owner)
    if done:
        return me.plain(f"action-{verb}-already")
    user_id = update.callback_query.from_user.id  # type: ignore[union-attr]
    try:
        toast = await _perform(context, me, user_id, verb, kind, trakt_id, stars)
    except AccountLimit as exc:
        return Alert(await _limit_message(context, me, user_id, verb, exc))
    await _show_result(update, context, tr, verb, kind, trakt_id)
    return toast


async def apply(
    context: Context, tr: Translator, user_id: int, verb: str, kind: Kind, trakt_id: int
) -> str | None:
    """Do `verb` ("wl", "unwl", "seen", "hide", "rate:N") to a title for `user_id` where no
    message of ours is re-rendered (a card sent through inline mode); the answer to give.

    Records the mark like a button press; a full account becomes an `Alert`. Raises
    NotLinked (the caller tells the person how to link) and other `TraktError`s.
    """
    stars = _rating_of(verb) if verb.startswith(RATED) else None
    if verb.split(":")[0] not in VERBS or verb == "rate" or (verb.startswith(RATED) and not stars):
        raise ValueError(f"no action {verb!r} to apply")
    _kind_code(verb, kind)
    try:
        return await _perform(context, tr, user_id, verb, kind, trakt_id, stars)
    except AccountLimit as exc:
        return Alert(await _limit_message(context, tr, user_id, verb, exc))


async def _perform(
    context: Context,
    tr: Translator,
    user_id: int,
    verb: str,
    kind: Kind,
    trakt_id: int,
    stars: int | None,
) -> str:
    """Do it at Trakt for `user_id`; record the mark; the toast to answer with."""
    svc = services(context)
    session = await svc.accounts.session(user_id)
    api, media = svc.trakt, key(kind, trakt_id)
    if verb == "hide":
        await session.call(lambda token: api.hide_recommendation(token, PLURAL[kind], trakt_id))
        views.mark(context, media, HIDDEN)
        return tr.plain("action-hide-toast")
    if verb == "seen":
        played = SyncItem(kind, trakt_id, watched_at=datetime.now(UTC))
        result = await session.call(lambda token: api.add_to_history(token, [played]))
        return _seen_toast(context, tr, result, media)
    if stars is not None:
        rated = SyncItem(kind, trakt_id, rating=stars)
        result = await session.call(lambda token: api.rate(token, [rated]))
        return _rated_toast(context, tr, result, media, stars)
    item = SyncItem(kind, trakt_id)
    if verb == "wl":
        result = await session.call(lambda token: api.add_to_watchlist(token, [item]))
    else:
        result = await session.call(lambda token: api.remove_from_watchlist(token, [item]))
    return _watchlist_toast(context, tr, result, media, adding=verb == "wl")


def _seen_toast(context: Context, tr: Translator, result: SyncResult, media: str) -> str:
    if result.total_not_found:
        return tr.plain("action-not-found")
    views.mark(context, media, SEEN)
    show = media.startswith("show:")
    return tr.plain("action-seen-toast-show" if show else "action-seen-toast")


def _rated_toast(
    context: Context, tr: Translator, result: SyncResult, media: str, stars: int
) -> str:
    if result.total_not_found:
        return tr.plain("action-not-found")
    for old in RATINGS:
        views.mark(context, media, f"{RATED}{old}", on=False)
    views.mark(context, media, f"{RATED}{stars}")
    return tr.plain("action-rate-toast", rating=stars)


def _watchlist_toast(
    context: Context, tr: Translator, result: SyncResult, media: str, *, adding: bool
) -> str:
    section = _SECTIONS[media.split(":")[0]]
    if result.not_found.get(section):
        return tr.plain("action-not-found")
    views.mark(context, media, WATCHLIST, on=adding)
    views.mark(context, media, UNLISTED, on=not adding)
    if adding:
        existing = result.existing.get(section) and not result.added.get(section)
        return tr.plain("action-wl-already" if existing else "action-wl-toast")
    removed = result.deleted.get(section) or result.total_added
    return tr.plain("action-unwl-toast" if removed else "action-unwl-already")


async def _limit_message(
    context: Context, tr: Translator, user_id: int, verb: str, exc: AccountLimit
) -> str:
    """Explain a 420 in plain words, with the limit from the account's settings."""
    if verb != "wl":
        return tr.plain("error-trakt-account-limit")
    limit = exc.account_limit
    if limit is None:
        svc = services(context)
        try:
            session = await svc.accounts.session(user_id)
            settings = await session.call(svc.trakt.user_settings)
            limit = settings.limit("watchlist")
        except TraktError as error:
            logger.info("could not read the account limits: %r", error)
    if limit is None:
        return tr.plain("action-limit-watchlist-unknown")
    return tr.plain("action-limit-watchlist", limit=limit)


async def _show_result(
    update: Update, context: Context, tr: Translator, verb: str, kind: Kind, trakt_id: int
) -> None:
    """Re-render the message's view; an old message gets the pressed button ticked."""
    if await views.rerender(update, context, tr):
        return
    query = update.callback_query
    message = query.message if query else None
    if query is None or not isinstance(message, Message) or message.reply_markup is None:
        return
    stars = _rating_of(verb) if verb.startswith(RATED) else None
    base = "rate" if stars is not None else verb
    label = tr.plain("action-rated", rating=stars) if stars is not None else None
    rows = [list(row) for row in message.reply_markup.inline_keyboard if not _is_rating_row(row)]
    for row in rows:
        for index, old in enumerate(row):
            found = _decoded(old.callback_data)
            if (
                found
                and found.action == ACTION
                and found.args[:3]
                == (
                    base,
                    KIND_CODES[kind],
                    str(trakt_id),
                )
            ):
                row[index] = button(tr, base, kind, trakt_id, found.owner, done=True, label=label)
    await query.edit_message_reply_markup(InlineKeyboardMarkup(rows))


async def _toggle_rating_row(
    update: Update, tr: Translator, me: Translator, kind: Kind, trakt_id: int, owner: int | None
) -> str | None:
    """Open a 1–10 row under the pressed button's row, or close it if it is open."""
    query = update.callback_query
    message = query.message if query else None
    if query is None or not isinstance(message, Message):
        return None
    old = message.reply_markup.inline_keyboard if message.reply_markup else ()
    rows = [list(row) for row in old if not _is_rating_row(row)]
    if len(rows) != len(old):  # it was open: close it
        await query.edit_message_reply_markup(InlineKeyboardMarkup(rows))
        return None
    at = next(
        (n + 1 for n, row in enumerate(rows) if any(b.callback_data == query.data for b in row)),
        len(rows),
    )
    code = KIND_CODES[kind]
    stars = [button(tr, f"{RATED}{n}", kind, trakt_id, owner) for n in RATINGS]
    cancel = InlineKeyboardButton(
        tr.plain("action-rate-cancel"),
        callback_data=encode(ACTION, "rate", code, trakt_id, CLOSE_PICKER, owner=owner),
    )
    rows[at:at] = [stars[:5], stars[5:], [cancel]]
    await query.edit_message_reply_markup(InlineKeyboardMarkup(rows))
    return me.plain("action-rate-pick")


def _is_rating_row(row: Any) -> bool:
    """A row of the 1–10 picker: `rate:N` buttons, or the picker's own cancel."""
    for cell in row:
        cb = _decoded(getattr(cell, "callback_data", None))
        if cb is None or cb.action != ACTION:
            return False
        if not (cb.arg(0).startswith(RATED) or cb.arg(3) == CLOSE_PICKER):
            return False
    return bool(row)


def _decoded(data: object) -> Callback | None:
    if not isinstance(data, str):
        return None
    try:
        return decode(data)
    except InvalidCallback:
        return None


def _rating_of(text: str) -> int | None:
    raw = text.removeprefix(RATED)
    return int(raw) if raw.isdigit() and int(raw) in RATINGS else None


def _kind_code(verb: str, kind: str) -> str:
    code = KIND_CODES.get(kind)
    if code is None or (verb == "hide" and kind == "episode"):
        raise ValueError(f"action {verb!r} does not take a {kind!r}")
    return code


def _label(tr: Translator, verb: str, done: bool) -> str:
    stars = _rating_of(verb) if verb.startswith(RATED) else None
    if stars is not None:
        return str(stars)
    return tr.plain(f"action-{verb}-done" if done else f"action-{verb}")


def register(app: App) -> None:
    """Add the handlers of this feature."""
    app.add_handler(CallbackQueryHandler(on_action, pattern=pattern(ACTION)))
