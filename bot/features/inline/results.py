"""Inline results: one article per title, with the compact card it sends into the chat.

Each result: id ``s1388.1`` (kind, Trakt id, page: unique within an answer and across
its pages), title "Breaking Bad (2008) · Show", a description (the person's marks,
rating, genres, the start of the overview), a thumbnail, and the card
(`InputTextMessageContent`, HTML: title, year, rating, genres, trimmed overview, a
trakt.tv link) with a "➕ Add to my watchlist" button anyone may press
(``inl|*|wl|<m|s>|<trakt id>``, handled by `bot.features.inline.on_add`).

Thumbnails are Trakt's image URLs (https, WebP). Trakt forbids hotlinking, i.e. people's
browsers or apps loading its images at every view; here Telegram's servers fetch a
thumbnail once and serve their own copy, so Trakt's CDN sees one request per image, not
one per viewer. If the CDN refuses Telegram, a result merely shows without a picture
(and an answer Telegram refuses is sent again without thumbnails). The bot has no
public https host to serve converted copies from, and the poster file-id cache
(`bot.kit.photos`) only fits photo results, which would send a photo instead of
the text card.

Titles and overviews are in the searcher's language where Trakt has a translation
(`local`, from `bot.translations`): the card reads "Во все тяжкие (2008) · Breaking
Bad". An answer holds up to 50 titles and people type several queries a second, so
`bot.features.inline` asks Trakt for the first few only; the rest come from the cache
(filled by the bot's lists and cards, and by earlier answers).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
)
from telegram.constants import InlineQueryLimit, ParseMode

from bot.i18n import Html, Translator, escape
from bot.kit.callback import encode
from bot.kit.chat import NO_PREVIEW
from bot.kit.codes import Action
from bot.render import cards
from bot.trakt import Movie, Show, Translation
from bot.trakt.ref import MediaRef, RefKind
from bot.translations import Localized

Media = Movie | Show
Flags = Callable[[MediaRef], tuple[bool, bool]]  # a title -> (watched, on the watchlist)

ACTION = Action.INLINE_ADD
VERB = "wl"
TITLE_LENGTH = 150
CARD_OVERVIEW = 350
DESCRIPTION_OVERVIEW = 100


def results(
    tr: Translator,
    items: Sequence[Media],
    page: int,
    *,
    base_url: str,
    flags: Flags,
    local: Localized | None = None,
    thumbnails: bool = True,
) -> list[InlineQueryResultArticle]:
    """At most 50 articles for one page of titles; titles without a Trakt id are left out.
    `local`: translations in the reader's language, by `MediaRef.key`."""
    base = base_url.rstrip("/")
    found: list[InlineQueryResultArticle] = []
    seen: set[MediaRef] = set()
    for media in items:
        ref = MediaRef.of(media)
        if ref is None or ref in seen:
            continue  # no id to act on, or Trakt listed it twice
        seen.add(ref)
        trakt_id = ref.trakt_id
        url = f"{base}/{ref.plural}/{media.ids.slug or trakt_id}"
        thumbnail = _thumbnail(media) if thumbnails else None
        marked = flags(ref)
        translation = local.of(media) if local else None
        found.append(_article(tr, media, trakt_id, page, url, marked, thumbnail, translation))
        if len(found) == InlineQueryLimit.RESULTS:
            break
    return found


def _article(
    tr: Translator,
    media: Media,
    trakt_id: int,
    page: int,
    url: str,
    flags: tuple[bool, bool],
    thumbnail: str | None,
    translation: Translation | None = None,
) -> InlineQueryResultArticle:
    kind = kind_of(media)
    code = MediaRef(kind, trakt_id).code
    add = InlineKeyboardButton(
        tr.plain("inline-add"), callback_data=encode(ACTION, VERB, code, trakt_id, owner=None)
    )
    return InlineQueryResultArticle(
        id=f"{code}{trakt_id}.{page}",
        title=tr.plain(
            "inline-title",
            title=_plain_title(tr, media, translation),
            kind=tr.plain(f"inline-kind-{kind}"),
        ),
        input_message_content=InputTextMessageContent(
            card(tr, media, url, translation),
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
        ),
        reply_markup=InlineKeyboardMarkup([[add]]),
        description=_description(tr, media, flags, translation),
        thumbnail_url=thumbnail,
    )


def card(tr: Translator, media: Media, url: str, translation: Translation | None = None) -> Html:
    """The compact card sent into the chat: title, year, rating, genres, overview, link
    (title and overview translated when `translation` has them, the original beside)."""
    icon = "📺" if isinstance(media, Show) else "🎬"
    head = [Html(f"{icon} {cards.short_title(tr, media, translation, TITLE_LENGTH)}")]
    facts = cards.facts(tr, media)
    if facts:
        head.append(facts)
    blocks = [Html("\n".join(head))]
    about = cards.overview(media, translation)
    if about and about.strip():
        blocks.append(escape(cards.trim(about, CARD_OVERVIEW)))
    blocks.append(tr.html("inline-card-link", url=Html(html.escape(url, quote=True))))
    return cards.directed(tr, Html("\n\n".join(blocks)))


def _plain_title(tr: Translator, media: Media, translation: Translation | None) -> str:
    name = cards.display_name(media, translation)
    name = tr.isolate(cards.trim(name, TITLE_LENGTH)) or tr.plain("card-untitled")
    return f"{name} ({tr.digits(str(media.year))})" if media.year else name


def _description(
    tr: Translator, media: Media, flags: tuple[bool, bool], translation: Translation | None
) -> str | None:
    watched, listed = flags
    marks = [tr.plain("inline-mark-watched")] if watched else []
    if listed:
        marks.append(tr.plain("inline-mark-watchlist"))
    first = tr.dot.join(
        bit for bit in (*marks, cards.rating(tr, media), cards.genre_names(tr, media.genres)) if bit
    )
    overview = cards.trim(cards.overview(media, translation), DESCRIPTION_OVERVIEW)
    return "\n".join(line for line in (first, overview) if line) or None


def _thumbnail(media: Media) -> str | None:
    """Trakt's poster (already made https by the models), when it is a usable https URL."""
    url = media.images.poster or media.images.thumb
    if not url or any(char.isspace() for char in url):
        return None
    parts = urlsplit(url)
    return url if parts.scheme == "https" and parts.hostname else None


def kind_of(media: Media) -> RefKind:
    """The kind of a title: "movie" or "show"."""
    return "movie" if isinstance(media, Movie) else "show"
