"""The details card of a movie or a show (HTML), fitted to a message or a photo caption.

Everything from Trakt is escaped here. The card is built from blocks; the overview is
the part that gives way: it is trimmed (at a word, with an ellipsis) until the card
fits the limit asked for — 4096 for a text message, 1024 for a caption. Related
titles go next if even an empty overview would not fit.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from telegram.constants import MessageLimit

from bot.i18n import Html, Translator, escape
from bot.render import cards
from bot.trakt.models import Episode, Movie, Show, Translation
from bot.trakt.models_lists import ShowProgress

RELATED_NAMES = 5
RELATED_NAME_LENGTH = 60
# Trakt's title and the translated one, each: the title line must fit a caption (1024
# UTF-16 units) even in astral characters, or the card would keep no line at all.
TITLE_LENGTH = 200
MIN_OVERVIEW = 40
_MOVIE_DONE = {"released"}


@dataclass(frozen=True)
class Card:
    """What a details card shows; `translation` (the reader's language, from Trakt) puts
    its title first with the original beside it, and its overview instead of Trakt's."""

    media: Movie | Show
    url: str
    next_episode: Episode | None = None
    related: Sequence[Movie | Show] = ()
    translation: Translation | None = None
    progress: ShowProgress | None = None  # the viewer's, for a show when linked
    today: date | None = None  # a release after it comes out ("comes out"); None: out


def render(tr: Translator, card: Card, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> Html:
    """The card as HTML no longer than `limit` (UTF-16 units, markup included)."""
    head = _head(tr, card)
    related = _related(tr, card.related)
    link = tr.html("details-link", url=Html(html.escape(card.url, quote=True)))
    overview = cards.overview(card.media, card.translation)
    tails = ([related, link], [link])
    for tail in tails:
        fitted = _fit(tr, head, overview, tail, limit)
        if fitted is not None:
            return fitted
    for tail in tails:
        fixed = _join([head, *tail])
        if cards.utf16_len(fixed) <= limit:
            return fixed
    return Html(_trim_html(head, limit))


def _fit(
    tr: Translator, head: Html, overview: str | None, tail: list[Html], limit: int
) -> Html | None:
    """The card with the overview trimmed to fit, or None when it won't fit at all."""
    room = limit - cards.utf16_len(_join([head, *tail])) - 2
    if room < MIN_OVERVIEW:
        return None
    text = " ".join((overview or "").split())
    if not text:
        return _join([head, tr.html("details-no-overview"), *tail])
    size = min(len(text), room)
    while size >= MIN_OVERVIEW // 2:
        body = escape(cards.trim(text, size))
        over = cards.utf16_len(body) - room
        if over <= 0:
            return _join([head, body, *tail])
        size -= over
    return None


def _head(tr: Translator, card: Card) -> Html:
    media = card.media
    icon = "📺" if isinstance(media, Show) else "🎬"
    lines = [Html(f"{icon} {cards.short_title(tr, media, card.translation, TITLE_LENGTH)}")]
    small = cards.facts(tr, media)
    if small:
        lines.append(small)
    about = _about(tr, media, card.today)
    if about:
        lines.append(about)
    if isinstance(media, Show) and card.next_episode is not None:
        lines.append(next_line(tr, card.next_episode))
    if isinstance(media, Show) and card.progress is not None:
        mine = progress_line(tr, card.progress)
        if mine:
            lines.append(mine)
    return Html("\n".join(lines))


def progress_line(tr: Translator, progress: ShowProgress) -> Html | None:
    """`👁 You watched 4 of 9 · next S01E05`; every aired episode: `✅ You watched all 9`;
    nothing before the first play. Specials never count (Trakt's progress leaves them out)."""
    if progress.aired <= 0 or progress.completed <= 0:
        return None
    if progress.completed >= progress.aired:
        return tr.html("details-progress-done", aired=progress.aired)
    done, aired = min(progress.completed, progress.aired), progress.aired
    following = progress.next_episode
    if following is None or not following.number:
        return tr.html("details-progress", completed=done, aired=aired)
    code = tr.isolate(cards.episode_code(following))
    return tr.html("details-progress-next", completed=done, aired=aired, episode=code)


def _about(tr: Translator, media: Movie | Show, today: date | None = None) -> Html:
    """Network, status, runtime, certification and the release / first-air date (one
    after `today` reads as to come: "comes out", "premieres")."""
    bits: list[str] = []
    if isinstance(media, Show) and media.network:
        bits.append(tr.isolate(media.network))
    status = status_name(tr, media.status)
    if status and not (isinstance(media, Movie) and media.status in _MOVIE_DONE):
        bits.append(status)
    if media.runtime:
        bits.append(tr.plain("details-runtime", minutes=media.runtime))
    if media.certification:
        bits.append(tr.isolate(media.certification))
    if isinstance(media, Movie) and media.released:
        later = today is not None and media.released > today
        key = "details-releases" if later else "details-released"
        bits.append(tr.plain(key, date=tr.date(media.released)))
    if isinstance(media, Show) and media.first_aired:
        later = today is not None and media.first_aired.date() > today
        key = "details-first-airs" if later else "details-first-aired"
        bits.append(tr.plain(key, date=tr.date(media.first_aired)))
    return escape(tr.dot.join(bits))


def next_line(tr: Translator, episode: Episode) -> Html:
    """`▶ Next: S02E05 · Title · Mar 12, 2026`."""
    parts = [tr.isolate(cards.episode_code(episode))]
    if episode.title:
        parts.append(tr.isolate(cards.trim(episode.title, RELATED_NAME_LENGTH)))
    named = " · ".join(parts)  # as an episode is named everywhere; its date is a fact
    if episode.first_aired:
        named += tr.dot + tr.date(episode.first_aired)
    return tr.html("details-next", episode=named)


def status_name(tr: Translator, status: str | None) -> str:
    """A localized status ("returning series" → "returning series" / "продолжается")."""
    if not status:
        return ""
    slug = "-".join(status.lower().split())
    text = tr.optional(f"details-status-{slug}")
    return status if text is None else text


def _related(tr: Translator, related: Sequence[Movie | Show]) -> Html:
    names = [
        tr.isolate(cards.trim(item.title, RELATED_NAME_LENGTH))
        for item in related[:RELATED_NAMES]
        if item.title
    ]
    return tr.html("details-related", titles=tr.series(names)) if names else Html("")


def _join(blocks: Sequence[str]) -> Html:
    return Html("\n\n".join(block for block in blocks if block))


def _trim_html(text: str, limit: int) -> str:
    """Last resort for a head that alone is too long: keep whole lines that fit."""
    out = ""
    for line in text.split("\n"):
        candidate = f"{out}\n{line}" if out else line
        if cards.utf16_len(candidate) > limit:
            break
        out = candidate
    return out
