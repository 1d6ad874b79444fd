"""Cards: how a title, an episode or a list of them reads in a chat (HTML)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from telegram.constants import MessageLimit

from bot.i18n import Html, Translator, escape
from bot.trakt.models import Episode, Movie, Show

Media = Movie | Show
ONE_LINE = 140
ELLIPSIS = "…"


def trim(text: str | None, limit: int) -> str:
    """Collapse white space and cut at a word boundary with an ellipsis."""
    flat = " ".join((text or "").split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:") + ELLIPSIS


def title(tr: Translator, media: Media) -> Html:
    """`<b>Title</b> (2008)`, or the title alone when the year is unknown."""
    name = media.title or tr.plain("card-untitled")
    if media.year:
        return Html(f"<b>{escape(name)}</b> ({media.year})")
    return Html(f"<b>{escape(name)}</b>")


def episode_code(episode: Episode) -> str:
    """`S01E02`."""
    return f"S{episode.season or 0:02d}E{episode.number or 0:02d}"


def episode_line(tr: Translator, show: Show | None, episode: Episode) -> Html:
    """`Show · S01E02 · Title`."""
    parts = [Html(f"<b>{escape(show.title)}</b>")] if show and show.title else []
    parts.append(escape(episode_code(episode)))
    if episode.title:
        parts.append(escape(episode.title))
    return Html(" · ".join(parts))


def rating(tr: Translator, media: Media) -> str:
    """`★ 8.7`, or nothing when Trakt has no rating."""
    if not media.rating:
        return ""
    return f"★ {tr.number(round(media.rating, 1), format='0.0')}"


def genre_names(tr: Translator, genres: Iterable[str], limit: int = 3) -> str:
    """Localized genre names, at most `limit`."""
    names = []
    for slug in list(genres)[:limit]:
        key = f"genre-{slug}"
        text = tr.plain(key)
        names.append(text if text != key else slug.replace("-", " "))
    return ", ".join(names)


def facts(tr: Translator, media: Media, extra: str = "") -> Html:
    """One line of small facts: rating, genres and anything the caller adds."""
    bits = [b for b in (rating(tr, media), genre_names(tr, media.genres), extra) if b]
    return escape(" · ".join(bits))


def list_entry(tr: Translator, number: int, media: Media, extra: str = "") -> Html:
    """A numbered item of a list: title, facts, a one-line overview."""
    lines = [Html(f"{number}. {title(tr, media)}")]
    small = facts(tr, media, extra)
    if small:
        lines.append(small)
    if media.overview:
        lines.append(Html(f"<i>{escape(trim(media.overview, ONE_LINE))}</i>"))
    return Html("\n".join(lines))


def join_blocks(header: Html, blocks: Sequence[Html], footer: Html | None = None) -> Html:
    """Header, blank-line separated blocks and a footer, kept under Telegram's limit."""
    limit = MessageLimit.MAX_TEXT_LENGTH
    out = str(header)
    for block in blocks:
        candidate = f"{out}\n\n{block}"
        if utf16_len(candidate) + utf16_len(footer or "") + 2 > limit:
            break
        out = candidate
    if footer:
        out = f"{out}\n\n{footer}"
    return Html(out)


def utf16_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units); markup counted too, to be safe."""
    return len(text.encode("utf-16-le")) // 2


# --- bidirectional text (appended for inline results and cards) ------------------------

_ISOLATE, _POP_ISOLATE = "\u2068", "\u2069"  # FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE


def isolate(text: str) -> str:
    """Right-to-left text wrapped in Unicode isolates, so a year or a label after it
    stays where it belongs ("جدایی نادر از سیمین (2011)"); other text is returned as is."""
    if any(unicodedata.bidirectional(char) in ("R", "AL") for char in text):
        return f"{_ISOLATE}{text}{_POP_ISOLATE}"
    return text
