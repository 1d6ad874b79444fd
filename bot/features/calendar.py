"""/calendar [shows|movies]: what airs for the person in a week, day by day in their zone.

Episodes of the person's shows (`GET /calendars/my/shows`) and releases of their movies
(`GET /calendars/my/movies`: both by default, `shows` or `movies` for one), seven days from
today, grouped by day in the time zone of their Trakt account (`Accounts.zone`; UTC when
Trakt names none, and the message says so), with local air times and premieres and
finales marked from Trakt's `episode_type`. ◀ ▶ turn the week (back to the last seven
days and earlier too); a number opens the episode's card or the movie's details.

Trakt's calendar takes UTC dates, and a day in the person's zone straddles two of them:
one request asks for the nine UTC days around the local week (the day before to the day
after) and the lines are filtered to the local days. Episodes of one show airing at the
same moment (a season dropped at once) share a line. Trakt's answer is cached two minutes
per person (`TraktAPI.calendar`), so paging back and forth costs nothing more.

Callback data: ``cal|<owner>|<a|s|m>|<week>|<page>``: `week` is the offset from this week
(signed), `page` a page within the week when it holds more than `PER_PAGE` lines.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler

from bot.accounts import TraktSession
from bot.i18n import Html, Translator, escape
from bot.kit import args, private
from bot.kit.buttons import choice, details_button, episode_button, in_rows, pager
from bot.kit.callback import Callback, InvalidCallback, encode
from bot.kit.chat import App, Command, Context, localized, reply, translator
from bot.kit.codes import Action
from bot.kit.listing import MAX_PAGE, NUMBERS_PER_ROW, account_id, require_link
from bot.kit.views import View, add_view
from bot.render import cards
from bot.trakt import CalendarEntry, Episode, Movie, MovieRelease, Show, Translation
from bot.trakt.ref import MediaRef
from bot.translations import Localized

ACTION = Action.CALENDAR
COMMANDS = (Command("calendar"),)
KINDS = ("a", "s", "m")  # all, shows, movies
DAYS = 7
MAX_WEEKS = 52  # ◀ ▶ reach a year back and a year ahead
PER_PAGE = 15
NAME = 40  # characters of a show's or an episode's title on a line
# Trakt's episode types worth a mark (`standard` and group=day's collapsed types are not).
MARKS = (
    "series_premiere",
    "season_premiere",
    "mid_season_premiere",
    "mid_season_finale",
    "season_finale",
    "series_finale",
)


async def calendar(update: Update, context: Context) -> None:
    """/calendar [shows|movies]: the person's week, day by day."""
    require_link(update, context)
    found = args.pick(context.args or [], args.KIND_WORDS)
    if found is None:
        await reply(update, translator(update, context).html("calendar-usage"))
        return
    await private.open_view(update, context, ACTION, found[0] or "a", 0, 1)


@dataclass(frozen=True)
class Line:
    """A line of the calendar: a movie coming out, or one show's episodes at one moment."""

    day: date  # in the person's zone
    at: datetime | None  # the local air time; None for a movie (Trakt gives a date)
    show: Show | None = None
    episodes: tuple[Episode, ...] = ()
    movie: Movie | None = None

    @property
    def titled(self) -> Movie | Show:
        """Whose title the line shows (and translates)."""
        found = self.movie or self.show
        assert found is not None
        return found

    @property
    def ref(self) -> MediaRef:
        """What its number opens: the (first) episode's card, or the movie's details."""
        if self.movie is not None:
            return MediaRef("movie", self.movie.ids.trakt or 0)
        return MediaRef("episode", self.episodes[0].ids.trakt or 0)


async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """One week of the person's calendar (one page of it), with the filters and ◀ ▶."""
    kind = cb.choice(0, KINDS)
    week = _week(cb.arg(1))
    page = cb.int_arg(2, low=1, high=MAX_PAGE)
    owner = account_id(cb)
    svc = context.services
    session = await svc.accounts.session(owner)
    zone = await svc.accounts.zone(session)
    today = datetime.fromtimestamp(svc.accounts.clock(), UTC).astimezone(zone).date()
    first = today + timedelta(weeks=week)
    lines = await week_lines(context, session, kind, first, zone)
    pages = max(1, math.ceil(len(lines) / PER_PAGE))
    page = min(page, pages)
    start = (page - 1) * PER_PAGE
    shown = lines[start : start + PER_PAGE]
    header = tr.html(f"calendar-header-{kind}", dates=_dates(tr, first, today))
    if not shown:
        text = Html(f"{header}\n\n{tr.html(f'calendar-empty-{kind}')}")
    else:
        local = await localized(context, tr, [line.titled for line in shown], owner)
        blocks = day_blocks(tr, shown, start + 1, today, local)
        text = cards.join_blocks(header, blocks, _zone_note(context, tr, zone, owner))
    state = _Shown(kind, week, page, pages, today, owner)
    return View(text, _keyboard(tr, shown, start + 1, state))


async def week_lines(
    context: Context, session: TraktSession, kind: str, first: date, zone: tzinfo
) -> list[Line]:
    """The lines of the seven local days from `first`: movies first on a day (they have
    no time), then episodes by air time."""
    api = context.services.trakt
    lines: list[Line] = []
    if kind != "m":
        since = first - timedelta(days=1)  # the UTC days around the local ones
        entries = await session.call(lambda token: api.calendar(token, since, DAYS + 2))
        lines += episode_lines(entries, zone, first)
    if kind != "s":
        releases = await session.call(lambda token: api.calendar_movies(token, first, DAYS))
        lines += movie_lines(releases, first)
    return sorted(lines, key=_order)


def episode_lines(entries: Iterable[CalendarEntry], zone: tzinfo, first: date) -> list[Line]:
    """A line per show and air time on the local days from `first` (a season dropped at
    once is one line); entries without an air time or an episode id a button can carry
    (`MediaRef.of`) are left out."""
    last = first + timedelta(days=DAYS - 1)
    groups: dict[tuple[int | str, datetime], dict[int, CalendarEntry]] = {}
    for entry in entries:
        when = entry.first_aired or entry.episode.first_aired
        episode = MediaRef.of(entry.episode)
        if when is None or episode is None or not first <= when.astimezone(zone).date() <= last:
            continue
        show = entry.show.ids.trakt or entry.show.title
        groups.setdefault((show, when), {})[episode.trakt_id] = entry  # an episode once
    lines = []
    for (_, when), found in groups.items():
        group = sorted(found.values(), key=lambda e: (e.episode.season or 0, e.episode.number or 0))
        local = when.astimezone(zone)
        episodes = tuple(entry.episode for entry in group)
        lines.append(Line(local.date(), local, show=group[0].show, episodes=episodes))
    return lines


def movie_lines(releases: Iterable[MovieRelease], first: date) -> list[Line]:
    """A line per movie released on one of the seven days from `first` (a date, no zone);
    one without an id a button can carry (`MediaRef.of`) is left out."""
    last = first + timedelta(days=DAYS - 1)
    seen: set[int] = set()
    lines = []
    for release in releases:
        movie = MediaRef.of(release.movie)
        day = release.released
        if day is None or movie is None or movie.trakt_id in seen or not first <= day <= last:
            continue
        seen.add(movie.trakt_id)
        lines.append(Line(day, None, movie=release.movie))
    return lines


def _order(line: Line) -> tuple[date, bool, datetime, str, int, int]:
    at = line.at or datetime.min.replace(tzinfo=UTC)
    episode = line.episodes[0] if line.episodes else Episode()
    season, number = episode.season or 0, episode.number or 0
    return (line.day, line.at is not None, at, line.titled.title.casefold(), season, number)


def day_blocks(
    tr: Translator,
    lines: Sequence[Line],
    number: int,
    today: date,
    local: Localized,
) -> list[Html]:
    """One block per local day: its heading, then its numbered lines from `number` on."""
    blocks: list[list[Html]] = []
    current: date | None = None
    for offset, line in enumerate(lines):
        if line.day != current:
            current = line.day
            blocks.append([Html(f"<b>{day_heading(tr, line.day, today)}</b>")])
        blocks[-1].append(line_text(tr, number + offset, line, local.of(line.titled)))
    return [Html("\n".join(block)) for block in blocks]


def day_heading(tr: Translator, day: date, today: date) -> Html:
    """ "Today · Friday, December 4" (the day's name as the language writes it after a
    word: "Aujourd’hui · vendredi 4 décembre"); other days "Saturday, December 5",
    capitalised as a heading ("Samedi 5 décembre"); another year: with it."""
    named = tr.day(day, today, "MMMMEEEEd")
    relative = {0: "calendar-today", 1: "calendar-tomorrow", -1: "calendar-yesterday"}
    key = relative.get((day - today).days)
    if key:
        return tr.html(key, date=named)
    return escape(named[:1].upper() + named[1:])


def line_text(tr: Translator, number: int, line: Line, translation: Translation | None) -> Html:
    """`1. 21:00 · Show · S02E03 · Title · 🏁 season finale`, or `2. 🎬 Movie (2026)`."""
    if line.movie is not None:
        name = cards.short_title(tr, line.movie, translation, NAME)
        return Html(f"{tr.numeral(number)}. 🎬 {name}")
    assert line.show is not None and line.at is not None
    when = tr.time(line.at, "short", tzinfo=line.at.tzinfo)
    parts = [escape(tr.isolate(when)), _show(tr, line.show, translation)]
    parts.append(escape(tr.isolate(episode_codes(line.episodes))))
    episode = line.episodes[0]
    if len(line.episodes) > 1:
        parts.append(tr.html("calendar-episodes", count=len(line.episodes)))
    elif episode.title:
        parts.append(escape(tr.isolate(cards.trim(episode.title, NAME))))
    parts.extend(Html(f"<i>{mark}</i>") for mark in marks(tr, line.episodes))
    return Html(f"{tr.numeral(number)}. {escape(tr.dot).join(parts)}")


def _show(tr: Translator, show: Show, translation: Translation | None) -> Html:
    """The show's name, translated when Trakt has it, each cut to fit a line."""
    if translation is not None and translation.title:
        translation = replace(translation, title=cards.trim(translation.title, NAME))
    return cards.show_name(tr, replace(show, title=cards.trim(show.title, NAME)), translation)


def episode_codes(episodes: Sequence[Episode]) -> str:
    """`S02E03`; a run of one season `S02E01–E08`; across seasons `S01E10–S02E01`."""
    first, last = cards.episode_code(episodes[0]), cards.episode_code(episodes[-1])
    if len(episodes) == 1:
        return first
    if episodes[0].season == episodes[-1].season:
        return f"{first}–E{last.partition('E')[2]}"
    return f"{first}–{last}"


def marks(tr: Translator, episodes: Iterable[Episode]) -> list[Html]:
    """The premieres and finales among `episodes`, each once, in the order they air."""
    found = dict.fromkeys(e.episode_type for e in episodes if e.episode_type in MARKS)
    return [tr.html(f"calendar-type-{kind.replace('_', '-')}") for kind in found if kind]


def _dates(tr: Translator, first: date, today: date) -> str:
    """ "Dec 4 – 10" (Babel's interval in the person's language; with the year when it is
    not this one, or the week spans two)."""
    last = first + timedelta(days=DAYS - 1)
    return tr.days(first, last, today)


def _zone_note(context: Context, tr: Translator, zone: tzinfo, owner: int) -> Html:
    name = str(zone)
    if name == "UTC" and context.services.accounts.chosen_zone(owner) is None:
        # Trakt named no zone (or UTC itself), nor did the person here: where to set one
        return tr.html(
            "calendar-zone-utc", url=f"{context.services.settings.trakt_web_url}/settings"
        )
    return tr.html("calendar-zone", zone=name)


@dataclass(frozen=True)
class _Shown:
    """Which page of which week a message shows, for whom: what its buttons lead from."""

    kind: str
    week: int
    page: int
    pages: int
    today: date
    owner: int

    def data(self, *, kind: str | None = None, week: int | None = None) -> str:
        """Callback data of another filter or week (its first page)."""
        to = self.week if week is None else week
        return encode(ACTION, kind or self.kind, to, 1, owner=self.owner)


def _keyboard(
    tr: Translator, lines: Sequence[Line], number: int, shown: _Shown
) -> InlineKeyboardMarkup:
    """Numbers that open each line, the filters, the pages of a full week, and ◀ ▶."""
    opens = [_open(tr, line, n, shown.owner) for n, line in enumerate(lines, number)]
    rows = in_rows(opens, NUMBERS_PER_ROW)
    rows.append(
        [
            choice(tr.plain(f"calendar-kind-{code}"), code == shown.kind, shown.data(kind=code))
            for code in KINDS
        ]
    )
    paging = pager(tr, ACTION, (shown.kind, shown.week), shown.page, shown.pages, shown.owner)
    if paging:
        rows.append(paging)
    rows.append(_weeks(tr, shown))
    return InlineKeyboardMarkup(rows)


def _open(tr: Translator, line: Line, number: int, owner: int) -> InlineKeyboardButton:
    if line.movie is not None:
        return details_button(tr, line.ref, owner, label=str(number))
    return episode_button(tr, line.ref, owner, label=str(number))


def _weeks(tr: Translator, shown: _Shown) -> list[InlineKeyboardButton]:
    """◀ <the week before> · This week (when elsewhere) · <the week after> ▶, each named by
    the day it starts on; a year back and ahead at most."""
    earlier, later = shown.week - 1, shown.week + 1
    row = []
    if earlier >= -MAX_WEEKS:
        row.append(_week_button(tr, shown, earlier, "calendar-button-earlier"))
    if shown.week != 0:
        label = tr.plain("calendar-button-this-week")
        row.append(InlineKeyboardButton(label, callback_data=shown.data(week=0)))
    if later <= MAX_WEEKS:
        row.append(_week_button(tr, shown, later, "calendar-button-later"))
    return row


def _week_button(tr: Translator, shown: _Shown, week: int, key: str) -> InlineKeyboardButton:
    day = tr.style.skeleton("MMMd", shown.today + timedelta(weeks=week))
    return InlineKeyboardButton(tr.plain(key, date=day), callback_data=shown.data(week=week))


def _week(raw: str) -> int:
    """The week offset of callback data: a signed number within ±`MAX_WEEKS`."""
    digits = raw.removeprefix("-")
    if not digits.isdigit() or len(digits) > 3 or int(digits) > MAX_WEEKS:
        raise InvalidCallback("not a week of the calendar")
    return int(raw)


def register(app: App) -> None:
    """Add the handlers of this feature."""
    add_view(app, ACTION, render, top=True)
    app.add_handler(CommandHandler("calendar", calendar))
