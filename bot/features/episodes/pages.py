"""The season picker's pages: where it is (`Place`, carried in the callback data), the
seasons list and one season's page of episodes, with the person's ticks.

The data is ``seas|<owner>|s|<show>|<season>|<when>|<panel>|<page>``: season ``-`` lists
the seasons (with the person's progress, "S2 · 3/10"; specials apart at the end, never
counted), a number lists that season's episodes (10 a page: "3. Title" opens the episode's
card, 👁 beside it logs a play). `when` is how a tick logs its play (now, at release, or
1–6 days ago); `panel` opens the row of days (``d``) or the whole-season question
(``a``). The presses are bot/features/episodes/picker.py's.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.accounts import TraktSession
from bot.features.episodes import plays, ui
from bot.i18n import Html, Translator, escape
from bot.kit import release
from bot.kit.buttons import choice, episode_button, in_rows, pager
from bot.kit.callback import Callback, InvalidCallback, encode
from bot.kit.chat import Context
from bot.kit.codes import Action
from bot.kit.views import View, close_button
from bot.render import cards
from bot.trakt import Episode, Show, TraktError
from bot.trakt.models_lists import SeasonProgress, ShowProgress
from bot.trakt.models_tracking import SeasonEpisodes
from bot.trakt.ref import MediaRef

logger = logging.getLogger(__name__)

ACTION = Action.SEASONS
LIST = "-"
CLOSED, DAYS_OPEN, ASK = "-", "d", "a"
PANELS = (CLOSED, DAYS_OPEN, ASK)
TICK, ALL = "t", "A"
SEASONS_PER_PAGE = 8  # two rows of four
SEASONS_PER_ROW = 4
EPISODES_PER_PAGE = 10  # a row each: open + tick
LABEL = 28
MAX_PAGE = 999
MAX_SEASON, MAX_EPISODE = 999, 9999  # the numbers a button carries (Trakt's may be any)


@dataclass(frozen=True)
class Place:
    """Where the picker is: which show, season (None: the list), tick mode, panel, page."""

    show_id: int
    season: int | None
    when: str
    panel: str
    page: int

    def data(self, owner: int | None, *extra: object, **changes: Any) -> str:
        """Callback data of this place (with `changes`), plus an action's `extra` args."""
        place = replace(self, **changes)
        season = LIST if place.season is None else place.season
        return encode(
            ACTION, "s", place.show_id, season, place.when, place.panel, place.page, *extra,
            owner=owner,
        )  # fmt: skip


def place_of(cb: Callback) -> Place:
    """The place the callback data names; InvalidCallback for anything we did not make."""
    ref = cb.ref(0)
    if ref.kind != "show":
        raise InvalidCallback("a show was expected")
    season = None if cb.arg(2) == LIST else cb.int_arg(2, high=MAX_SEASON)
    return Place(
        ref.trakt_id,
        season,
        cb.choice(3, plays.WHENS),
        cb.choice(4, PANELS),
        cb.int_arg(5, low=1, high=MAX_PAGE),
    )


async def _seasons(context: Context, show_id: int, token: str | None) -> list[SeasonEpisodes]:
    return await context.services.trakt.seasons(show_id, token=token)


async def season_of(context: Context, place: Place, token: str | None) -> SeasonEpisodes:
    """The season the place names; InvalidCallback when the show has no such season."""
    found = next(
        (s for s in await _seasons(context, place.show_id, token) if s.number == place.season),
        None,
    )
    if found is None:
        raise InvalidCallback("no such season")
    return found


@dataclass(frozen=True)
class _Seen:
    """The viewer's watched state of a show (empty when not linked or unknown)."""

    progress: ShowProgress | None = None
    done: frozenset[tuple[int, int]] = frozenset()
    recent: frozenset[int] = frozenset()


async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """The seasons list, or one season's page of episodes."""
    place = place_of(cb)
    svc = context.services
    session = await svc.accounts.optional_session(cb.owner)
    token = session.token if session else None
    show = await svc.trakt.summary("shows", place.show_id, token=token)
    if not isinstance(show, Show):
        raise InvalidCallback("not a show")
    seasons = await _seasons(context, place.show_id, token)
    translation = await svc.translations.get(show, tr.language, token=token)
    name = ui.show_name(tr, show, translation)
    if not seasons:
        text = Html(f"{name}\n\n{tr.html('episodes-no-seasons')}")
        return View(text, InlineKeyboardMarkup([[close_button(tr, cb.owner)]]))
    if place.season is None:
        seen = await _seen(context, session, cb.owner, place.show_id, specials=False, episodes=[])
        return _season_list(tr, cb.owner, place, name, seasons, seen)
    season = next((s for s in seasons if s.number == place.season), None)
    if season is None:
        raise InvalidCallback("no such season")
    seen = await _seen(
        context, session, cb.owner, place.show_id, season.is_specials, season.episodes
    )
    zone: tzinfo = await svc.accounts.zone(session) if session else UTC
    return _season_page(tr, cb.owner, place, name, season, seen, plays.now_of(context), zone)


async def _seen(
    context: Context,
    session: TraktSession | None,
    owner: int | None,
    show_id: int,
    specials: bool,
    episodes: tuple[Episode, ...] | list[Episode],
) -> _Seen:
    if session is None or owner is None:
        return _Seen()
    try:
        progress = await context.services.marks.progress(session, show_id)
        done = await plays.watched(context, session, show_id, specials=specials)
    except TraktError as exc:  # the picker still works without the ticks
        logger.info("no progress for the season picker: %r", exc)
        return _Seen()
    recent = plays.seen_here(context, owner, show_id, episodes)
    return _Seen(progress, frozenset(done), frozenset(recent))


def _season_list(
    tr: Translator,
    owner: int | None,
    place: Place,
    name: Html,
    seasons: list[SeasonEpisodes],
    seen: _Seen,
) -> View:
    """Regular seasons paged (with progress), the specials apart after the last page."""
    regular = [s for s in seasons if s.number is not None and 0 < s.number <= MAX_SEASON]
    specials = next((s for s in seasons if s.is_specials), None)
    pages = max(1, math.ceil(len(regular) / SEASONS_PER_PAGE))
    page = min(place.page, pages)
    shown = regular[(page - 1) * SEASONS_PER_PAGE : page * SEASONS_PER_PAGE]
    lines = [Html(f"{name} · {tr.html('episodes-seasons')}"), Html("")]
    buttons = []
    for season in shown:
        number = season.number or 0
        counts = _counts(tr, seen.progress, number)
        count = len(season.episodes)
        if _unaired(seen.progress, number):
            lines.append(tr.html("episodes-season-line-unaired", number=number))
        elif counts:
            lines.append(tr.html("episodes-season-line-progress", number=number, progress=counts))
        else:
            lines.append(tr.html("episodes-season-line", number=number, count=count))
        label = tr.plain("episodes-season-button", number=number)
        if counts:
            label = f"{label}{tr.dot}{counts}"
        data = place.data(owner, season=number, panel=CLOSED, page=1)
        buttons.append(InlineKeyboardButton(label, callback_data=data))
    rows = in_rows(buttons, SEASONS_PER_ROW)
    if specials is not None and page == pages:
        count = len(specials.episodes)
        lines.append(tr.html("episodes-specials-line", count=count))
        data = place.data(owner, season=0, panel=CLOSED, page=1)
        label = tr.plain("episodes-specials-button")
        rows.append([InlineKeyboardButton(label, callback_data=data)])
    paging = pager(tr, ACTION, _list_args(place), page, pages, owner)
    if paging:
        rows.append(paging)
    rows.append([close_button(tr, owner)])
    return View(Html("\n".join(lines)), InlineKeyboardMarkup(rows))


def _list_args(place: Place) -> tuple[object, ...]:
    return ("s", place.show_id, LIST, place.when, CLOSED)


def _counts(tr: Translator, progress: ShowProgress | None, number: int) -> str:
    """ "3/10" for a season the person started (or not), from Trakt's progress; "not aired
    yet" for one that has no episode out."""
    found = _season_progress(progress, number)
    if found is None:
        return ""
    if _unaired(progress, number):
        return tr.plain("episodes-unaired")
    return tr.isolate(f"{tr.number(found.completed)}/{tr.number(found.aired)}")


def _unaired(progress: ShowProgress | None, number: int) -> bool:
    """Whether Trakt's progress says no episode of the season has aired."""
    found = _season_progress(progress, number)
    return found is not None and found.aired <= 0 and found.completed <= 0


def _season_progress(progress: ShowProgress | None, number: int) -> SeasonProgress | None:
    """Trakt's progress of the season `number`, when it has one."""
    if progress is None:
        return None
    return next((s for s in progress.seasons if s.number == number), None)


def _season_page(
    tr: Translator,
    owner: int | None,
    place: Place,
    name: Html,
    season: SeasonEpisodes,
    seen: _Seen,
    now: datetime,
    zone: tzinfo,
) -> View:
    """One page of a season's episodes: a line and a row (open, tick) each."""
    number = season.number or 0
    episodes = [e for e in season.episodes if e.number is not None and 0 <= e.number <= MAX_EPISODE]
    pages = max(1, math.ceil(len(episodes) / EPISODES_PER_PAGE))
    page = min(place.page, pages)
    shown = episodes[(page - 1) * EPISODES_PER_PAGE : page * EPISODES_PER_PAGE]
    key = "episodes-specials-head" if season.is_specials else "episodes-season-head"
    lines = [Html(f"{name} · {tr.html(key, number=number)}")]
    counts = _counts(tr, seen.progress, number)
    if _unaired(seen.progress, number) and not season.is_specials:
        lines.append(tr.html("episodes-season-unaired"))
    elif counts and not season.is_specials:
        lines.append(tr.html("episodes-season-progress", progress=counts))
    today = now.astimezone(zone).date()
    markable = any(not release.to_come(e, now) for e in episodes)  # how ticks log: if any
    if markable:
        lines.append(tr.html("episodes-when-line", when=ui.when_label(tr, place.when, today)))
    lines.append(Html(""))
    if not episodes:
        lines.append(tr.html("episodes-no-episodes"))
    rows: list[list[InlineKeyboardButton]] = []
    for episode in shown:
        watched = plays.is_watched(episode, seen.done, seen.recent)
        lines.append(_episode_line(tr, episode, watched, zone))
        rows.append(_episode_row(tr, owner, place, episode, watched, release.to_come(episode, now)))
    if markable:
        rows.extend(_when_rows(tr, owner, place, today))
    todo = [
        e
        for e in episodes
        if plays.aired(e, now) and not plays.is_watched(e, seen.done, seen.recent)
    ]
    if todo and not season.is_specials:
        rows.append(_all_row(tr, owner, place, len(todo)))
    paging = pager(tr, ACTION, _page_args(place), page, pages, owner)
    if paging:
        rows.append(paging)
    back = place.data(owner, season=None, panel=CLOSED, page=_list_page(number))
    rows.append(
        [
            close_button(tr, owner),
            InlineKeyboardButton(tr.plain("episodes-seasons-back"), callback_data=back),
        ]
    )
    return View(Html("\n".join(lines)), InlineKeyboardMarkup(rows))


def _page_args(place: Place) -> tuple[object, ...]:
    return ("s", place.show_id, place.season, place.when, CLOSED)


def _list_page(number: int) -> int:
    """The page of the seasons list that shows season `number` (specials: the last)."""
    return 1 if number == 0 else (number - 1) // SEASONS_PER_PAGE + 1


def _episode_line(tr: Translator, episode: Episode, watched: bool, zone: tzinfo) -> Html:
    """`3. ✅ Title · 12 Jan 2024` (the code for an untitled episode; no date when none)."""
    mark = "✅ " if watched else ""
    title = cards.trim(episode.title, ui.LINE_TITLE) if episode.title else None
    name = escape(tr.isolate(title or cards.episode_code(episode)))
    line = f"{tr.isolate(tr.numeral(episode.number or 0))}. {mark}{name}"
    if episode.first_aired is not None:
        line += escape(tr.dot + tr.date(episode.first_aired.astimezone(zone)))
    return Html(line)


def _episode_row(
    tr: Translator, owner: int | None, place: Place, episode: Episode, watched: bool, later: bool
) -> list[InlineKeyboardButton]:
    """[3. Title] opens the episode's card; [👁] beside it logs a play (✅ when watched;
    none before it airs: `later`)."""
    name = episode.title or cards.episode_code(episode)
    label = cards.numbered_label(tr, episode.number or 0, name, LABEL)
    row = []
    ref = MediaRef.of(episode)
    if ref is not None:
        row.append(episode_button(tr, ref, owner, label))
    if later and not watched:
        return row
    tick = "✅" if watched else "👁"
    data = place.data(owner, TICK, episode.number, panel=CLOSED)
    row.append(InlineKeyboardButton(tick, callback_data=data))
    return row


def _when_rows(
    tr: Translator, owner: int | None, place: Place, today: date
) -> list[list[InlineKeyboardButton]]:
    """How ticks log their plays: now, at release, another day (a row of recent days)."""
    is_day = place.when in plays.DAYS
    days_open = place.panel == DAYS_OPEN
    rows = [
        [
            choice(
                tr.plain("episodes-when-now"),
                place.when == plays.NOW,
                place.data(owner, when=plays.NOW, panel=CLOSED),
            ),
            choice(
                tr.plain("episodes-when-released"),
                place.when == plays.RELEASED,
                place.data(owner, when=plays.RELEASED, panel=CLOSED),
            ),
            choice(
                tr.plain("episodes-another-day"),
                is_day,
                place.data(owner, panel=CLOSED if days_open else DAYS_OPEN),
            ),
        ]
    ]
    if days_open:
        days = [
            choice(
                ui.day_label(tr, day, today),
                place.when == day,
                place.data(owner, when=day, panel=CLOSED),
            )
            for day in plays.DAYS
        ]
        rows.extend(in_rows(days, 3))
    return rows


def _all_row(
    tr: Translator, owner: int | None, place: Place, count: int
) -> list[InlineKeyboardButton]:
    """✅ whole season; once asked, [Yes, mark N] [Cancel]."""
    if place.panel != ASK:
        data = place.data(owner, panel=ASK)
        return [InlineKeyboardButton(tr.plain("episodes-all-button"), callback_data=data)]
    yes = place.data(owner, ALL, panel=ASK)
    no = place.data(owner, panel=CLOSED)
    return [
        InlineKeyboardButton(tr.plain("episodes-all-yes", count=count), callback_data=yes),
        InlineKeyboardButton(tr.plain("episodes-cancel"), callback_data=no),
    ]
