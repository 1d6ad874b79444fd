"""People: a person's card (who they are, the titles they are best known for), and a
title's cast and crew.

Other features draw the buttons with `bot.kit.buttons.person_button` (a person's
card, ``pplo|<owner>|<trakt id>``) and `cast_button` (a title's people,
``pplco|<owner>|<m|s>|<trakt id>``); the views are ``ppl`` and ``pplc``.

Pressing the button sends the card as a new message, owned by whoever pressed it (as
`details` does); its numbered buttons open each title's details card, ◀ Back deletes
it. The card (`bot.render.people`): name, known-for department, birth, death and
birthplace, a short biography, the titles they are best known for (their movie and show
credits in that department, most voted first; characters played and episode counts for
actors) with titles in the reader's language (`bot.translations`), and a trakt.tv link;
a photo with a caption when Trakt has their headshot (`bot.kit.photos`: fetched
once, converted, its Telegram file id reused; a text card when it can't be had).

A title's people (`bot.render.people.cast_list`): its directors and creators, the cast
in billing order, then other crew, each person once with what they did, numbered; the
numbers open their cards, ◀ Back deletes the message.

Trakt cost: a person's card, three public GETs (the person, their movies, their shows);
a title's people, two (the title's summary, usually cached already, and its people); all
cached like other summaries and sent with the viewer's token when linked. If a person's
credits can't be had, the card still shows who the person is.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import MessageLimit
from telegram.ext import CallbackQueryHandler

from bot.i18n import Translator
from bot.kit.buttons import details_button, in_rows, person_button
from bot.kit.callback import Callback, pattern
from bot.kit.chat import App, Context, localized
from bot.kit.chat import button as pressed
from bot.kit.codes import Action
from bot.kit.views import View, add_view, close_button, open_view
from bot.render import cards
from bot.render import people as render_people
from bot.trakt import Credit, MediaKind, TraktError
from bot.trakt.ref import MAX_ID, MediaRef

logger = logging.getLogger(__name__)

PER_ROW = 4
CAPTION = MessageLimit.CAPTION_LENGTH


@pressed
async def on_open(update: Update, context: Context, cb: Callback, tr: Translator) -> None:
    """A person's button: send the card below, owned by the person who pressed."""
    await open_view(update, context, Action.PERSON, cb.int_arg(0, low=1, high=MAX_ID))


async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """The card: Trakt's person, their best-known titles, buttons to open those."""
    trakt_id = cb.int_arg(0, low=1, high=MAX_ID)
    svc = context.services
    token = await svc.accounts.token(cb.owner)
    person, movies, shows = await asyncio.gather(
        svc.trakt.person(trakt_id, token=token),
        _credits(context, trakt_id, "movies", token),
        _credits(context, trakt_id, "shows", token),
    )
    known = render_people.known_for(person, [*(movies or ()), *(shows or ())])
    local = await localized(context, tr, [k.media for k in known], cb.owner)
    slug = person.ids.slug or str(trakt_id)
    url = f"{svc.settings.trakt_web_url.rstrip('/')}/people/{slug}"
    names = [local.of(k.media) for k in known]
    failed = movies is None or shows is None
    text = render_people.card(tr, person, known, url, names, failed=failed)
    photo = person.images.headshot
    caption = (
        render_people.card(tr, person, known, url, names, failed=failed, limit=CAPTION)
        if photo
        else None
    )
    numbers = [
        details_button(tr, ref, None, label=str(number))
        for number, k in enumerate(known, 1)
        if (ref := MediaRef.of(k.media)) is not None
    ]
    rows = [*in_rows(numbers, PER_ROW), [close_button(tr, cb.owner)]]
    return View(text, InlineKeyboardMarkup(rows), poster=photo, caption=caption)


async def _credits(
    context: Context, trakt_id: int, kind: MediaKind, token: str | None
) -> tuple[Credit, ...] | None:
    """A person's movie or show credits; None when Trakt could not give them now."""
    try:
        return (await context.services.trakt.credits(trakt_id, kind, token=token)).items
    except TraktError as exc:  # the card is still worth showing without them
        logger.info("no %s credits for person %s: %r", kind, trakt_id, exc)
        return None


@pressed
async def on_cast(update: Update, context: Context, cb: Callback, tr: Translator) -> None:
    """The details card's "Cast & crew": the list below, owned by the person who pressed."""
    ref = cb.ref(0, title=True)
    await open_view(update, context, Action.CAST, ref.code, ref.trakt_id)


async def render_cast(context: Context, tr: Translator, cb: Callback) -> View:
    """A title's people with a button per person and ◀ Back."""
    ref = cb.ref(0, title=True)
    trakt_id = ref.trakt_id
    kind = ref.title_kind
    svc = context.services
    token = await svc.accounts.token(cb.owner)
    media, found = await asyncio.gather(
        svc.trakt.summary(kind, trakt_id, token=token),
        svc.trakt.people(kind, trakt_id, token=token),
    )
    local = await localized(context, tr, [media], cb.owner)
    credited = render_people.key_people(found)
    slug = media.ids.slug or str(trakt_id)
    url = f"{svc.settings.trakt_web_url.rstrip('/')}/{kind}/{slug}/people"
    title = cards.short_title(tr, media, local.of(media), render_people.TITLE)
    text = render_people.cast_list(tr, title, credited, url)
    numbers = [
        person_button(tr, item.person.ids.trakt, None, label=str(number))
        for number, item in enumerate(credited, 1)
        if item.person.ids.trakt
    ]
    rows = [*in_rows(numbers, PER_ROW), [close_button(tr, cb.owner)]]
    return View(text, InlineKeyboardMarkup(rows))


def register(app: App) -> None:
    """Add the handlers of this feature: a person's card, a title's people, their buttons."""
    add_view(app, Action.PERSON, render)
    add_view(app, Action.CAST, render_cast)
    app.add_handler(CallbackQueryHandler(on_open, pattern=pattern(Action.PERSON_OPEN)))
    app.add_handler(CallbackQueryHandler(on_cast, pattern=pattern(Action.CAST_OPEN)))
