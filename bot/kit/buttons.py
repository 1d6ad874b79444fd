"""Buttons every feature draws: paging rows, toggles, the link button, and the buttons
that open a title's card, a person's card, a title's people, or act on a title.

The handlers behind them live in their features (details, people, actions, link); a
feature draws another's button through here, never by importing it. Codes come from
`bot.kit.codes.Action`.

Callback data of the title buttons:

- ``deto|<owner>|<m|s>|<trakt id>``: open the details card (`details_button`);
- ``pplo|<owner>|<trakt id>``: open a person's card (`person_button`);
- ``pplco|<owner>|<m|s>|<trakt id>``: open a title's cast and crew (`cast_button`);
- ``act|<owner>|<verb>|<m|s|e>|<trakt id>[|d]``: a one-tap action (`mark_button`),
  ``d`` = already done (its press only answers);
- ``chk|<owner>|<m|e>|<trakt id>``: check in to a movie or an episode now
  (`checkin_button`, handled by the check-in feature).

Home's buttons (`home_button`, `view_button`): ``home|<owner>[|w|s]`` renders the home
feature's home (``w``: with the welcome) or its settings in place; a top-level view's first
page (`FIRST_PAGES`, as its command opens it) is rendered in place by the view's own feature.
"""

from __future__ import annotations

from telegram import InlineKeyboardButton

from bot.i18n import Translator
from bot.kit.callback import encode
from bot.kit.codes import Action
from bot.marks import RATED, RATINGS, rating_of
from bot.trakt.ref import MediaRef

NOOP = Action.NOOP
# One-tap verbs (`Action.MARK`): rate opens a 1–10 row; rate:N rates N; `again` adds a
# rewatch (movies, episodes) and `all` every aired episode of a show, each drawn only in a
# confirmation row that `seen` opens.
VERBS = ("wl", "unwl", "seen", "hide", "rate", "again", "all", "unrate")
TITLE_ONLY = ("hide", "all")
DONE = "d"
CLOSE_PICKER = "x"  # the rating row's own cancel


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


LINK_ACTION = Action.LINK  # starts the device flow in a private chat (bot/features/link)
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


def details_button(
    tr: Translator, ref: MediaRef, owner: int | None, label: str | None = None
) -> InlineKeyboardButton:
    """A button that opens the details card of a movie or show as a new message."""
    if not ref.is_title:
        raise ValueError(f"no details card for {ref}")
    data = encode(Action.DETAILS_OPEN, ref.code, ref.trakt_id, owner=owner)
    return InlineKeyboardButton(_label(tr, label, "details-button"), callback_data=data)


def episode_button(
    tr: Translator, ref: MediaRef, owner: int | None, label: str | None = None
) -> InlineKeyboardButton:
    """A button that opens an episode's card (by its Trakt id) as a new message."""
    if ref.kind != "episode":
        raise ValueError(f"{ref} is not an episode")
    data = encode(Action.EPISODE_OPEN, ref.code, ref.trakt_id, owner=owner)
    return InlineKeyboardButton(_label(tr, label, "details-button"), callback_data=data)


def seasons_button(
    tr: Translator, show: MediaRef, owner: int | None, label: str | None = None
) -> InlineKeyboardButton:
    """A show's seasons → episodes picker, below its card."""
    if show.kind != "show":
        raise ValueError(f"{show} is not a show")
    data = encode(Action.SEASONS_OPEN, show.code, show.trakt_id, owner=owner)
    return InlineKeyboardButton(label or tr.plain("seasons-button"), callback_data=data)


def person_button(
    tr: Translator, trakt_id: int, owner: int | None, label: str | None = None
) -> InlineKeyboardButton:
    """A button that opens a person's card as a new message."""
    data = encode(Action.PERSON_OPEN, int(trakt_id), owner=owner)
    return InlineKeyboardButton(_label(tr, label, "details-button"), callback_data=data)


def _label(tr: Translator, label: str | None, default: str) -> str:
    """The label to show: `default`'s text when none; a bare number (a list item's button,
    as the list numbers it) in the reader's own digits (`Translator.numeral`)."""
    if not label:
        return tr.plain(default)
    return tr.digits(label) if label.isascii() and label.isdigit() else label


def cast_button(tr: Translator, ref: MediaRef, owner: int | None) -> InlineKeyboardButton:
    """A title's "Cast & crew": its people as a list below the card."""
    data = encode(Action.CAST_OPEN, ref.code, ref.trakt_id, owner=owner)
    return InlineKeyboardButton(tr.plain("people-button"), callback_data=data)


def mark_button(
    tr: Translator,
    verb: str,
    ref: MediaRef,
    owner: int | None,
    *,
    done: bool = False,
    label: str | None = None,
) -> InlineKeyboardButton:
    """A one-tap action on a title: "wl", "unwl", "seen", "hide" (not episodes), "rate"
    (opens the 1–10 row) or "rate:N"; `done` draws the ✅ form."""
    check_verb(verb, ref)
    extra = (DONE,) if done else ()
    data = encode(Action.MARK, verb, ref.code, ref.trakt_id, *extra, owner=owner)
    return InlineKeyboardButton(label or mark_label(tr, verb, done), callback_data=data)


def undo_button(tr: Translator, offer_id: int, owner: int | None) -> InlineKeyboardButton:
    """↩ Undo for one change (`bot.kit.undo.offer_undo`); the actions feature handles it."""
    data = encode(Action.UNDO, offer_id, owner=owner)
    return InlineKeyboardButton(tr.plain("action-undo"), callback_data=data)


def checkin_button(
    tr: Translator, ref: MediaRef, owner: int | None, label: str | None = None
) -> InlineKeyboardButton:
    """🎬 Check in to a movie or an episode now (the check-in feature handles the press)."""
    if ref.kind not in ("movie", "episode"):
        raise ValueError(f"no check-in to {ref}")
    data = encode(Action.CHECKIN, ref.code, ref.trakt_id, owner=owner)
    return InlineKeyboardButton(label or tr.plain("checkin-button"), callback_data=data)


HOME = Action.HOME
HOME_SETTINGS = "s"  # home's settings screen
# Each top-level view's first page, as its command opens it. Home draws these buttons; a
# press is answered by the view's own feature, in place of the message it sits on (Stats
# sends its picture as a message of its own).
FIRST_PAGES: dict[str, tuple[object, ...]] = {
    Action.NEXT: ("0", 1),
    Action.CALENDAR: ("a", 0, 1),
    Action.HISTORY: ("a", "a", 1),
    Action.WATCHLIST: ("a", "rank", 1),
    Action.LISTS: ("me", 1),
    Action.RECOMMEND: ("s", 1),
    Action.DISCOVER: ("tr", "s", 1),  # trending shows
    Action.SEARCH: (),  # "send me a title", with inline search as you type
    Action.STATS: (),
    Action.NOTIFY: ("m",),
    Action.LANGUAGE: (),
    Action.ME: (),
}


def home_button(tr: Translator, owner: int | None) -> InlineKeyboardButton:
    """☰ Menu: the person's home, in place of the message it sits on."""
    return InlineKeyboardButton(tr.plain("home-menu"), callback_data=encode(HOME, owner=owner))


def view_button(label: str, action: str, owner: int | None) -> InlineKeyboardButton:
    """Opens a top-level view's first page (`FIRST_PAGES`) in place of the message."""
    data = encode(action, *FIRST_PAGES[action], owner=owner)
    return InlineKeyboardButton(label, callback_data=data)


def notify_button(tr: Translator, owner: int, label: str) -> InlineKeyboardButton:
    """Opens the notification settings (/notify) in place of the message it sits on."""
    return InlineKeyboardButton(label, callback_data=encode(Action.NOTIFY, "m", owner=owner))


def check_verb(verb: str, ref: MediaRef) -> None:
    """Raise ValueError unless `verb` is a one-tap action that applies to `ref`."""
    known = verb in VERBS or (verb.startswith(RATED) and rating_of(verb) is not None)
    wrong_kind = (verb in TITLE_ONLY and not ref.is_title) or (
        (verb == "all") != (ref.kind == "show") and verb in ("all", "again")
    )
    if not known or wrong_kind:
        raise ValueError(f"no action {verb!r} on {ref}")


def mark_label(tr: Translator, verb: str, done: bool) -> str:
    """A one-tap action's label (a rating button shows its number)."""
    stars = rating_of(verb)
    if stars is not None:
        return tr.numeral(stars)
    return tr.plain(f"action-{verb}-done" if done else f"action-{verb}")


__all__ = ["RATINGS"]
