"""Cards: how a title, an episode or a list of them reads in a chat (HTML)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TypeVar

from telegram.constants import MessageLimit

from bot.i18n import Html, Translator, escape
from bot.trakt.models import Episode, Movie, Show, Translation

Media = Movie | Show
M = TypeVar("M", bound=Media)
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


def title(tr: Translator, media: Media, translation: Translation | None = None) -> Html:
    """`<b>Title</b> (2008)`, or the title alone when the year is unknown.

    With a translation in the reader's language the original follows in italics:
    `<b>Во все тяжкие</b> (2008) · <i>Breaking Bad</i>`.
    """
    name = media.title or tr.plain("card-untitled")
    local = translated_title(media, translation)
    head = f"<b>{escape(tr.isolate(local or name))}</b>"
    if media.year:
        head = f"{head} ({tr.isolate(tr.digits(str(media.year)))})"
    return Html(head + _original(tr, media.title, local))


def short_title(tr: Translator, media: Media, translation: Translation | None, limit: int) -> Html:
    """`title` with Trakt's title and the translated one each cut to `limit` characters."""
    return title(tr, *_shortened(media, translation, limit))


def short_show_name(
    tr: Translator, show: Show, translation: Translation | None, limit: int
) -> Html:
    """`show_name` with Trakt's name and the translated one each cut to `limit` characters."""
    return show_name(tr, *_shortened(show, translation, limit))


def _shortened(
    media: M, translation: Translation | None, limit: int
) -> tuple[M, Translation | None]:
    shown = replace(media, title=trim(media.title, limit))
    if translation is not None and translation.title:
        translation = replace(translation, title=trim(translation.title, limit))
    return shown, translation


def show_name(tr: Translator, show: Show, translation: Translation | None = None) -> Html:
    """`<b>Show</b>`; translated, `<b>Шоу</b> · <i>Show</i>` (as in `title`, without the year)."""
    local = translated_title(show, translation)
    return Html(
        f"<b>{escape(tr.isolate(local or show.title))}</b>{_original(tr, show.title, local)}"
    )


def translated_title(media: Media, translation: Translation | None) -> str | None:
    """The translated title when there is one and it differs from Trakt's own."""
    local = " ".join((translation.title or "").split()) if translation else ""
    if not local or local.casefold() == " ".join(media.title.split()).casefold():
        return None
    return local


def display_name(media: Media, translation: Translation | None = None) -> str:
    """The name to show where there is room for one (a button): translated, else Trakt's."""
    return translated_title(media, translation) or media.title


def overview(media: Media, translation: Translation | None = None) -> str | None:
    """The overview in the reader's language when Trakt has one, else Trakt's own."""
    if translation is not None and translation.overview and translation.overview.strip():
        return translation.overview
    return media.overview


def _original(tr: Translator, name: str, local: str | None) -> str:
    """` · <i>Original</i>` beside a translated title (nothing without one, or no original)."""
    return f" · <i>{escape(tr.isolate(name))}</i>" if local and name else ""


def episode_code(episode: Episode) -> str:
    """`S01E02`."""
    return f"S{episode.season or 0:02d}E{episode.number or 0:02d}"


def episode_line(
    tr: Translator, show: Show | None, episode: Episode, translation: Translation | None = None
) -> Html:
    """`Show · S01E02 · Title` (`translation`: the show's, see `show_name`)."""
    parts = [show_name(tr, show, translation)] if show and show.title else []
    parts.append(escape(tr.isolate(episode_code(episode))))
    if episode.title:
        parts.append(escape(tr.isolate(episode.title)))
    return Html(" · ".join(parts))


def rating(tr: Translator, media: Media) -> str:
    """`★ 8.7`, or nothing when Trakt has no rating."""
    if not media.rating:
        return ""
    return f"★ {tr.isolate(tr.number(round(media.rating, 1), format='0.0'))}"


def genre_names(tr: Translator, genres: Iterable[str], limit: int = 3) -> str:
    """Localized genre names, at most `limit`."""
    names = []
    for slug in list(genres)[:limit]:
        text = tr.optional(f"genre-{slug}")
        names.append(text if text is not None else tr.isolate(slug.replace("-", " ")))
    return tr.series(names)


def facts(tr: Translator, media: Media, extra: str = "") -> Html:
    """One line of small facts: rating, genres and anything the caller adds."""
    bits = [b for b in (rating(tr, media), genre_names(tr, media.genres), extra) if b]
    return escape(tr.dot.join(bits))


def list_entry(
    tr: Translator,
    number: int,
    media: Media,
    extra: str = "",
    translation: Translation | None = None,
) -> Html:
    """A numbered item of a list: title, facts, a one-line overview (translated if given)."""
    lines = [Html(f"{tr.numeral(number)}. {title(tr, media, translation)}")]
    small = facts(tr, media, extra)
    if small:
        lines.append(small)
    about = overview(media, translation)
    if about:
        lines.append(Html(f"<i>{escape(trim(about, ONE_LINE))}</i>"))
    return Html("\n".join(lines))


def numbered_label(tr: Translator, number: int, name: str, limit: int) -> str:
    """`1. Title` cut to fit a button; in a right-to-left language the title is isolated."""
    prefix = f"{tr.numeral(number)}. "
    label = trim(f"{prefix}{name}", limit)
    if not tr.rtl or not label.startswith(prefix):
        return label
    return prefix + tr.isolate(label[len(prefix) :])


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


# --- bidirectional text ------------------------------------------------------------------
# `Translator.isolate` in the helpers above isolates every fragment (title, year, code,
# number) in a right-to-left language, and right-to-left text in any other. Below: whole
# lines, which in a right-to-left language must start right-to-left.


RLM = "\u200f"  # RIGHT-TO-LEFT MARK


def right_to_left(text: Html, limit: int) -> Html:
    """Each line of `text` led by a RIGHT-TO-LEFT MARK, so a line whose first letters are
    Latin (isolated) still reads right-to-left; when not all marks fit under `limit`, the
    first lines get them (the title and list lines come first)."""
    room = limit - utf16_len(text)
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if room <= 0:
            break
        if line:
            lines[index] = f"{RLM}{line}"
            room -= 1
    return Html("\n".join(lines))


def directed(tr: Translator, text: Html, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> Html:
    """`right_to_left(text)` in a right-to-left language, else `text` as it is."""
    return right_to_left(text, limit) if tr.rtl else text
