"""The details card of a movie or a show, with one-tap actions and a poster.

Lists draw the button that opens it with `bot.kit.buttons.details_button`
(``deto|<owner>|<m|s>|<trakt id>``); the card view itself is ``det|<owner>|<m|s>|<id>``.
Pressing the button sends the card as a NEW message in the same chat (`open_view`),
owned by whoever pressed it; the list stays where it was and the card's ◀ Back
deletes the card. The button's `owner` (None = anyone) decides who may press it.

The card (`bot.render.details`): title, year, rating, genres, network, status,
runtime, certification, release / first-air date, the next episode of a show that is
still airing, the overview (trimmed to fit), 3–5 related titles and a trakt.tv link;
the title and overview in the reader's language when Trakt has them
(`bot.translations`, cached a week), the original title beside the translated one;
buttons: watchlist add / remove, mark watched, rate 1–10 (handled by the actions
feature; no rating nor 🎬 Check in for a movie not out yet: `bot.kit.release`), ◀ Back,
👥 cast and crew (the people feature); ✅ states from the viewer's marks (`bot.marks`:
what they did here and, when linked, Trakt's snapshot of their watchlist, watched titles
and ratings, ≤ 2 GETs per person a minute, and what a card shows never left unknown).
It is a photo with a caption when the poster can be shown
(`bot.kit.photos`), else a text message. Requests are public GETs sent with the
viewer's token when linked (their rate-limit bucket) and cached by `bot.trakt`.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import MessageLimit
from telegram.ext import CallbackQueryHandler

from bot.accounts import TraktSession
from bot.i18n import Translator
from bot.kit import release
from bot.kit.buttons import cast_button, checkin_button, mark_button, seasons_button
from bot.kit.callback import Callback, pattern
from bot.kit.chat import App, Context
from bot.kit.chat import button as pressed
from bot.kit.codes import Action
from bot.kit.views import View, add_view, close_button, open_view
from bot.marks import SEEN, WATCHLIST
from bot.render import cards
from bot.render import details as card_render
from bot.snapshots import Snapshot
from bot.trakt import Episode, MediaKind, Movie, Show, ShowProgress, TraktError
from bot.trakt.ref import MediaRef

logger = logging.getLogger(__name__)

RELATED = 5
ENDED = frozenset({"ended", "canceled", "cancelled"})


@pressed
async def on_open(update: Update, context: Context, cb: Callback, tr: Translator) -> None:
    """A details button: send the card below, owned by the person who pressed."""
    ref = cb.ref(0, title=True)
    await open_view(update, context, Action.DETAILS, ref.code, ref.trakt_id)


async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """The card: Trakt's summary plus next episode, related titles and the actions."""
    ref = cb.ref(0, title=True)
    svc = context.services
    session = await svc.accounts.optional_session(cb.owner)
    token = session.token if session else None
    kind = ref.title_kind
    # What needs only the title's id is asked together with its summary; a show's next
    # episode (only while it airs) and the translation (if Trakt has one) wait for it.
    media, related, snapshot, progress = await asyncio.gather(
        svc.trakt.summary(kind, ref.trakt_id, token=token),
        _related(context, kind, ref.trakt_id, token),
        svc.marks.snapshot_of(session, [ref], rated=True),
        _progress(context, session, ref),
    )
    upcoming, translation = await asyncio.gather(
        _next_episode(context, media, token),
        svc.translations.get(media, tr.language, token=token),
    )
    slug = media.ids.slug or str(ref.trakt_id)
    now = datetime.fromtimestamp(svc.accounts.clock(), UTC)
    card = card_render.Card(
        media=media,
        url=f"{svc.settings.trakt_web_url.rstrip('/')}/{kind}/{slug}",
        next_episode=upcoming,
        related=related,
        translation=translation,
        progress=progress,
        today=now.date(),
    )
    coming = release.to_come(media, now)
    keyboard = _keyboard(context, tr, ref, cb.owner, snapshot, progress, coming=coming)
    text = card_render.render(tr, card, MessageLimit.MAX_TEXT_LENGTH)
    poster = media.images.poster
    caption = card_render.render(tr, card, MessageLimit.CAPTION_LENGTH) if poster else None
    return View(text, keyboard, poster=poster, caption=caption)


async def _progress(
    context: Context, session: TraktSession | None, ref: MediaRef
) -> ShowProgress | None:
    """The viewer's progress on a show (one GET, kept a minute); None for a movie, when
    not linked, or when Trakt can't say now (the card shows no progress then)."""
    if session is None or ref.kind != "show":
        return None
    try:
        return await context.services.marks.progress(session, ref.trakt_id)
    except TraktError as exc:
        logger.info("no progress for the card: %r", exc)
        return None


async def _next_episode(context: Context, media: Movie | Show, token: str | None) -> Episode | None:
    """A show's next episode; none asked for a movie or a show that has ended."""
    if not isinstance(media, Show) or (media.status or "").lower() in ENDED:
        return None
    show_id = media.ids.key
    if show_id is None:
        return None
    try:
        return await context.services.trakt.next_episode(show_id, token=token)
    except TraktError as exc:  # the card is still worth showing without it
        logger.info("no next episode for the card: %r", exc)
        return None


async def _related(
    context: Context, kind: MediaKind, trakt_id: int, token: str | None
) -> list[Movie | Show]:
    try:
        return await context.services.trakt.related(kind, trakt_id, limit=RELATED, token=token)
    except TraktError as exc:
        logger.info("no related titles for the card: %r", exc)
        return []


def _keyboard(
    context: Context,
    tr: Translator,
    ref: MediaRef,
    owner: int | None,
    snapshot: Snapshot,
    progress: ShowProgress | None,
    *,
    coming: bool,
) -> InlineKeyboardMarkup:
    """The card's actions; no rating nor check-in for a movie not out yet (`coming`)."""
    marks = context.services.marks
    flags = marks.flags(owner, ref, snapshot)
    if WATCHLIST in flags:
        watchlist = [
            mark_button(tr, "wl", ref, owner, done=True),
            mark_button(tr, "unwl", ref, owner),
        ]
    else:
        watchlist = [mark_button(tr, "wl", ref, owner)]
    stars = marks.rating(owner, ref, snapshot)
    rated = tr.plain("action-rated", rating=stars) if stars else None
    rate = mark_button(tr, "rate", ref, owner, done=bool(stars), label=rated)
    watched = _watched_button(tr, ref, owner, flags, progress)
    rows = [watchlist, [watched] if coming else [watched, rate]]
    if ref.kind == "movie" and not coming:
        rows.append([checkin_button(tr, ref, owner)])
    if ref.kind == "show":
        rows.append([seasons_button(tr, ref, owner)])
    rows.append([close_button(tr, owner), cast_button(tr, ref, None)])
    return InlineKeyboardMarkup(rows)


def _watched_button(
    tr: Translator,
    ref: MediaRef,
    owner: int | None,
    flags: frozenset[str],
    progress: ShowProgress | None,
) -> InlineKeyboardButton:
    """A movie: 👁 / ✅. A show: ✅ for its next episode while one is left (a show is ✅
    only when every aired episode is watched), else 👁, which asks before marking them all."""
    if ref.kind != "show" or progress is None:
        return mark_button(tr, "seen", ref, owner, done=SEEN in flags and ref.kind != "show")
    if progress.aired > 0 and progress.completed >= progress.aired:
        return mark_button(tr, "seen", ref, owner, done=True)
    following = progress.next_episode
    next_ref = MediaRef.of(following)
    if following is not None and next_ref is not None and progress.completed > 0:
        label = tr.plain("action-next-episode", episode=cards.episode_code(following))
        return mark_button(tr, "seen", next_ref, owner, label=label)
    return mark_button(tr, "seen", ref, owner)


def register(app: App) -> None:
    """Add the handlers of this feature: the card view and the button that opens it."""
    add_view(app, Action.DETAILS, render)
    app.add_handler(CallbackQueryHandler(on_open, pattern=pattern(Action.DETAILS_OPEN)))
