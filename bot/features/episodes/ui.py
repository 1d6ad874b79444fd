"""What the episode card and the season picker share: the "when was it watched" labels,
episode lines and the answer for an episode Trakt no longer has."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

from bot.features.episodes.plays import DAYS, NOW, RELEASED
from bot.i18n import Html, Translator, escape
from bot.render import cards
from bot.trakt import Episode, Show, Translation

# Trakt's names are cut so a card or a page of ten lines stays within a message, even in
# characters that count twice (UTF-16): a show's name (and its translation), an episode's
# title on its card, and on a line of the season picker.
SHOW_NAME = 200
TITLE = 200
LINE_TITLE = 80


def day_of(when: str, today: date) -> date:
    """The day a play logged `when` (days ago) falls on."""
    return today - timedelta(days=int(when))


def day_label(tr: Translator, when: str, today: date) -> str:
    """ "Yesterday", else "Tue, Nov 24" for a play logged `when` days ago."""
    if when == "1":
        return tr.plain("episodes-yesterday")
    label = tr.style.skeleton("MMMEd", day_of(when, today))
    return label[:1].upper() + label[1:]


def days_since_air(episode: Episode, zone: tzinfo, today: date) -> tuple[str, ...]:
    """The days a play may be logged on ("another day", days ago): from the air date (in
    the person's zone) to yesterday; every one offered when the air date is unknown."""
    if episode.first_aired is None:
        return DAYS
    aired = episode.first_aired.astimezone(zone).date()
    return tuple(day for day in DAYS if day_of(day, today) >= aired)


def when_label(tr: Translator, when: str, today: date) -> str:
    """How a tick logs its play, inside the line that says it (`👁 logs a play: now`): now,
    at release, yesterday or on a given day, each as the language writes it after a colon
    (Turkish "şimdi", French "mar. 24 nov."), not as its button (`Now`, `Mar. 24 nov.`)."""
    if when == NOW:
        return tr.plain("episodes-when-inline-now")
    if when == RELEASED:
        return tr.plain("episodes-when-inline-released")
    if when == "1":
        return tr.plain("episodes-when-inline-yesterday")
    return tr.style.skeleton("MMMEd", day_of(when, today))


def aired_at(tr: Translator, episode: Episode, zone: tzinfo, now: datetime) -> str:
    """📅 when it aired (or airs) in the person's zone, or plainly that no date is known."""
    first = episode.first_aired
    if first is None:
        return tr.plain("episodes-no-date")
    key = "episodes-aired" if first <= now else "episodes-airs"
    return tr.plain(key, when=tr.isolate(tr.moment(first, zone, now=now)))


def show_name(tr: Translator, show: Show, translation: Translation | None) -> Html:
    """The show's name (translated, with the original), cut to `SHOW_NAME`."""
    return cards.short_show_name(tr, show, translation, SHOW_NAME)


def code_and_title(tr: Translator, episode: Episode) -> Html:
    """`S01E02 · Title`, or the code alone for an untitled episode."""
    code = escape(tr.isolate(cards.episode_code(episode)))
    if not episode.title:
        return code
    return Html(f"{code} · {escape(tr.isolate(cards.trim(episode.title, TITLE)))}")


__all__ = ["DAYS"]
