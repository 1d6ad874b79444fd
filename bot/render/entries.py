"""A watchlist or list item as text: its numbered block, its title line, and what its
buttons open. Shared by /watchlist and /lists."""

from __future__ import annotations

from datetime import tzinfo

from bot.i18n import Html, Translator, escape
from bot.marks import SEEN, WATCHLIST
from bot.render import cards
from bot.trakt import Translation
from bot.trakt.models import Episode, Movie, Person, Season, Show
from bot.trakt.models_lists import ListEntry
from bot.trakt.ref import MediaRef

ICONS = {"movie": "🎬", "show": "📺", "season": "📺", "episode": "📺", "person": "👤"}


def entry_block(
    tr: Translator,
    number: int,
    entry: ListEntry,
    flags: frozenset[str] = frozenset(),
    *,
    sort: str = "rank",
    translation: Translation | None = None,
    zone: tzinfo | None = None,
) -> Html:
    """A numbered watchlist or list item: title, small facts, a one-line overview
    (`translation`: of the title's movie or show, see `titled_media`; `zone`: the
    reader's, for the day a title was added)."""
    badges = "".join(
        f" {badge}" for flag, badge in ((WATCHLIST, "📌"), (SEEN, "✅")) if flag in flags
    )
    title = entry_title(tr, entry, translation)
    lines = [Html(f"{tr.numeral(number)}. {ICONS.get(entry.type, '')} {title}{badges}")]
    media = entry.media
    if isinstance(media, Movie | Show):
        small = cards.facts(tr, media, _sort_fact(tr, entry, sort, zone))
        if small:
            lines.append(small)
        about = cards.overview(media, translation)
        if about:
            lines.append(Html(f"<i>{escape(cards.trim(about, cards.ONE_LINE))}</i>"))
    if entry.notes:
        lines.append(Html(f"📝 <i>{escape(cards.trim(entry.notes, cards.ONE_LINE))}</i>"))
    return Html("\n".join(lines))


def entry_title(tr: Translator, entry: ListEntry, translation: Translation | None = None) -> Html:
    """The item's title line: a movie or show, a season, an episode or a person."""
    media = entry.media
    if isinstance(media, Movie | Show):
        return cards.title(tr, media, translation)
    if isinstance(media, Episode):
        return cards.episode_line(tr, entry.show, media, translation)
    if isinstance(media, Season):
        season = escape(tr.plain("watchlist-season", number=media.number or 0))
        if entry.show and entry.show.title:
            return Html(f"{cards.show_name(tr, entry.show, translation)} · {season}")
        return season
    assert isinstance(media, Person)
    return Html(f"<b>{escape(tr.isolate(media.name))}</b>")


def titled_media(entry: ListEntry) -> Movie | Show | None:
    """The movie or show whose title an item shows (a season's or episode's show)."""
    media = entry.media
    if isinstance(media, Movie | Show):
        return media
    return entry.show if isinstance(media, Season | Episode) else None


def _sort_fact(tr: Translator, entry: ListEntry, sort: str, zone: tzinfo | None) -> str:
    """The date the list is sorted by, so the order makes sense at a glance."""
    if sort == "added" and entry.listed_at:
        added = entry.listed_at.astimezone(zone) if zone else entry.listed_at
        return tr.plain("watchlist-added-on", date=tr.date(added))
    media = entry.media
    released = media.released if isinstance(media, Movie) else None
    if isinstance(media, Show) and media.first_aired:
        released = media.first_aired.date()
    if sort == "released" and released:
        return tr.plain("watchlist-released-on", date=tr.date(released))
    return ""


def details_target(entry: ListEntry) -> MediaRef | None:
    """What an item's details button opens: the movie or show (a season's or episode's show)."""
    media = entry.media
    if isinstance(media, Movie | Show):
        return MediaRef.of(media)
    if isinstance(media, Season | Episode):
        return MediaRef.of(entry.show)
    return None
