"""The details card of a movie or a show, with one-tap actions and a poster.

Public API (lists of other features put a "details" button on each item)::

    details.ACTION = "det"       # the card view: det|<owner>|<m|s>|<trakt id>
    details.OPEN = "deto"        # the button that opens it: deto|<owner>|<m|s>|<trakt id>
    details.button(tr, kind, trakt_id, owner, label=None, *, show_id=None)
        -> InlineKeyboardButton

Pressing the button sends the card as a NEW message in the same chat (`open_view`),
owned by whoever pressed it; the list stays where it was and the card's ◀ Back
deletes the card. `kind` is "movie" or "show"; "episode" is accepted with
`show_id=` and opens the show's card (our Trakt client has no episode-by-id look-up).
`owner` (None = anyone) decides who may press the details button itself.

The card (`bot.render.details`): title, year, rating, genres, network, status,
runtime, certification, release / first-air date, the next episode of a show that is
still airing, the overview (trimmed to fit), 3–5 related titles and a trakt.tv link;
the title and overview in the reader's language when Trakt has them
(`bot.translations`, cached a week), the original title beside the translated one;
buttons: watchlist add / remove, mark watched, rate 1–10 (`bot.features.actions`),
◀ Back, 👥 cast and crew (`bot.features.people`); ✅ states from what the viewer did
here and, when linked, Trakt's snapshot of their watchlist and watched titles
(`bot.features.known`, ≤ 2 GETs per person a minute).
It is a photo with a caption when the poster can be shown
(`bot.features.posters`), else a text message. Requests are public GETs sent with the
viewer's token when linked (their rate-limit bucket) and cached by `bot.trakt`.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import MessageLimit
from telegram.ext import CallbackQueryHandler

from bot.features import actions, known
from bot.features.common import App, Context, services
from bot.features.common import button as pressed
from bot.features.inline_marks import Marks
from bot.features.views import View, close_button, open_view, view
from bot.i18n import Translator
from bot.render import details as card_render
from bot.render.callback import Callback, encode, pattern
from bot.trakt import Episode, MediaKind, Movie, Show, TraktError

logger = logging.getLogger(__name__)

ACTION = "det"
OPEN = "deto"
PEOPLE = "pplco"  # the card's "Cast & crew" button: pplco|<owner>|<m|s>|<trakt id> (`people`)
KINDS: dict[str, MediaKind] = {"m": "movies", "s": "shows"}
CODES = {"movie": "m", "show": "s"}
RELATED = 5
ENDED = frozenset({"ended", "canceled", "cancelled"})
MAX_ID = 10**12


def button(
    tr: Translator,
    kind: str,
    trakt_id: int,
    owner: int | None,
    label: str | None = None,
    *,
    show_id: int | None = None,
) -> InlineKeyboardButton:
    """A button that opens the details card of a title as a new message."""
    if kind == "episode":
        if show_id is None:
            raise ValueError("an episode's details button needs show_id")
        kind, trakt_id = "show", show_id
    if kind not in CODES:
        raise ValueError(f"no details card for a {kind!r}")
    data = encode(OPEN, CODES[kind], int(trakt_id), owner=owner)
    return InlineKeyboardButton(label or tr.plain("details-button"), callback_data=data)


@pressed
async def on_open(update: Update, context: Context, cb: Callback, tr: Translator) -> None:
    """A details button: send the card below, owned by the person who pressed."""
    code = cb.choice(0, tuple(KINDS))
    trakt_id = cb.int_arg(1, low=1, high=MAX_ID)
    await open_view(update, context, ACTION, code, trakt_id)


@view(ACTION)
async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """The card: Trakt's summary plus next episode, related titles and the actions."""
    code = cb.choice(0, tuple(KINDS))
    trakt_id = cb.int_arg(1, low=1, high=MAX_ID)
    svc = services(context)
    session = await svc.accounts.optional_session(cb.owner)
    token = session.token if session else None
    media = await svc.trakt.summary(KINDS[code], trakt_id, token=token)
    upcoming, related, translation, marks = await asyncio.gather(
        _next_episode(context, media, token),
        _related(context, KINDS[code], trakt_id, token),
        svc.translations.get(media, tr.language, token=token),
        known.snapshot(context, session, [media]),
    )
    slug = media.ids.slug or str(trakt_id)
    card = card_render.Card(
        media=media,
        url=f"{svc.settings.trakt_web_url.rstrip('/')}/{KINDS[code]}/{slug}",
        next_episode=upcoming,
        related=related,
        translation=translation,
    )
    kind = "movie" if code == "m" else "show"
    keyboard = _keyboard(context, tr, kind, trakt_id, cb.owner, marks)
    text = card_render.render(tr, card, MessageLimit.MAX_TEXT_LENGTH)
    poster = media.images.poster
    caption = card_render.render(tr, card, MessageLimit.CAPTION_LENGTH) if poster else None
    return View(text, keyboard, poster=poster, caption=caption)


async def _next_episode(context: Context, media: Movie | Show, token: str | None) -> Episode | None:
    """A show's next episode; none asked for a movie or a show that has ended."""
    if not isinstance(media, Show) or (media.status or "").lower() in ENDED:
        return None
    show_id = media.ids.key
    if show_id is None:
        return None
    try:
        return await services(context).trakt.next_episode(show_id, token=token)
    except TraktError as exc:  # the card is still worth showing without it
        logger.info("no next episode for the card: %r", exc)
        return None


async def _related(
    context: Context, kind: MediaKind, trakt_id: int, token: str | None
) -> list[Movie | Show]:
    try:
        return await services(context).trakt.related(kind, trakt_id, limit=RELATED, token=token)
    except TraktError as exc:
        logger.info("no related titles for the card: %r", exc)
        return []


def _keyboard(
    context: Context, tr: Translator, kind: str, trakt_id: int, owner: int | None, marks: Marks
) -> InlineKeyboardMarkup:
    flags = known.flags(context, actions.key(kind, trakt_id), marks)
    if actions.WATCHLIST in flags:
        watchlist = [
            actions.button(tr, "wl", kind, trakt_id, owner, done=True),
            actions.button(tr, "unwl", kind, trakt_id, owner),
        ]
    else:
        watchlist = [actions.button(tr, "wl", kind, trakt_id, owner)]
    stars = actions.rating(context, actions.key(kind, trakt_id))
    rated = tr.plain("action-rated", rating=stars) if stars else None
    return InlineKeyboardMarkup(
        [
            watchlist,
            [
                actions.button(tr, "seen", kind, trakt_id, owner, done=actions.SEEN in flags),
                actions.button(tr, "rate", kind, trakt_id, owner, done=bool(stars), label=rated),
            ],
            [close_button(tr, owner), people_button(tr, kind, trakt_id)],
        ]
    )


def people_button(tr: Translator, kind: str, trakt_id: int) -> InlineKeyboardButton:
    """Opens the title's cast and crew below the card (`bot.features.people`), for anyone."""
    data = encode(PEOPLE, CODES[kind], trakt_id, owner=None)
    return InlineKeyboardButton(tr.plain("people-button"), callback_data=data)


def register(app: App) -> None:
    """Add the handlers of this feature (the card view itself is registered by views)."""
    app.add_handler(CallbackQueryHandler(on_open, pattern=pattern(OPEN)))
