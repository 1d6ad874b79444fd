"""/history: what the person watched, newest first, grouped by day, paged in place.

`/history [shows|movies] [week|month|year]` (Russian words too). The filters live in
the callback data, so the toggles and the pager re-render the same message with one
Trakt request per page. Days are the person's own: plays are grouped in the time zone
of their Trakt account (`Accounts.zone`; stored at linking, asked of Trakt once for
older links, refreshed by /me; UTC when Trakt names none).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from itertools import groupby

from babel.dates import format_skeleton
from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler

from bot.i18n import Html, Translator
from bot.kit import args
from bot.kit.buttons import choice, pager
from bot.kit.callback import Callback, encode
from bot.kit.chat import App, Command, Context, localized, reply, translator
from bot.kit.codes import Action
from bot.kit.listing import MAX_PAGE, account_id, number_rows, require_link, total_pages
from bot.kit.views import View, add_view, open_view
from bot.render import cards
from bot.trakt import HistoryKind, Translation
from bot.trakt.models import Episode, Movie, Show
from bot.trakt.models_lists import HistoryItem, Page
from bot.trakt.ref import MediaRef
from bot.translations import Localized

ACTION = Action.HISTORY
PER_PAGE = 10
KINDS: dict[str, HistoryKind | None] = {"a": None, "s": "episodes", "m": "movies"}
PERIODS: dict[str, int | None] = {"a": None, "w": 7, "m": 30, "y": 365}
COMMANDS = (Command("history"),)

# What people type after /history (canonical words of bot.kit.args) → codes.
PERIOD_WORDS = {args.WEEK: "w", args.MONTH: "m", args.YEAR: "y"}


async def history(update: Update, context: Context) -> None:
    """/history [shows|movies] [week|month|year]: the person's plays, newest first."""
    require_link(update, context)
    parsed = parse_args(context.args or [])
    if parsed is None:
        await reply(update, translator(update, context).html("history-usage"))
        return
    kind, period = parsed
    await open_view(update, context, ACTION, kind, period, 1)


def parse_args(words: Sequence[str]) -> tuple[str, str] | None:
    """(kind code, period code) from the words after /history; None for anything else."""
    found = args.pick(words, args.KIND_WORDS, PERIOD_WORDS)
    if found is None:
        return None
    kind, period = found
    return kind or "a", period or "a"


async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """One page of the person's history with the filters and the pager."""
    kind = cb.choice(0, tuple(KINDS))
    period = cb.choice(1, tuple(PERIODS))
    page = cb.int_arg(2, low=1, high=MAX_PAGE)
    owner = account_id(cb)
    svc = context.services
    session = await svc.accounts.session(owner)
    now = datetime.fromtimestamp(svc.accounts.clock(), UTC)
    zone = await svc.accounts.zone(session)  # days as the person lives them
    days = PERIODS[period]
    start = now - timedelta(days=days) if days else None
    result = await session.call(
        lambda token: svc.trakt.history(
            token, kind=KINDS[kind], start_at=start, page=page, limit=PER_PAGE
        )
    )
    pages = total_pages(result)
    header = tr.html(f"history-header-{kind}", period=tr.plain(f"history-period-{period}"))
    if result.items:
        local = await localized(context, tr, map(_titled, result.items), owner)
        today = now.astimezone(zone).date()
        text = cards.join_blocks(header, _day_blocks(tr, result, today, zone, local))
    else:
        text = Html(f"{header}\n\n{tr.html(_empty_key(kind, period, page))}")
    return View(text, _keyboard(tr, result, kind, period, pages, owner))


def _empty_key(kind: str, period: str, page: int) -> str:
    if page > 1:
        return "history-page-empty"
    return "history-empty" if kind == period == "a" else "history-empty-filtered"


def _day_blocks(
    tr: Translator, result: Page[HistoryItem], today: date, zone: tzinfo, local: Localized
) -> list[Html]:
    """One block per day in `zone`: the day's label, then its numbered plays."""
    blocks = []
    numbered = enumerate(result.items, start=(result.page - 1) * result.limit + 1)
    for day, group in groupby(numbered, key=lambda pair: _day(pair[1], zone)):
        lines = [Html(f"<b>{day_label(tr, day, today)}</b>")]
        lines.extend(
            Html(f"{number}. {play_line(tr, item, local.of(_titled(item)))}")
            for number, item in group
        )
        blocks.append(Html("\n".join(lines)))
    return blocks


def _titled(item: HistoryItem) -> Movie | Show | None:
    """The movie, or the episode's show: whose title a play shows (and translates)."""
    return item.media if isinstance(item.media, Movie) else item.show


def _day(item: HistoryItem, zone: tzinfo) -> date | None:
    return item.watched_at.astimezone(zone).date() if item.watched_at else None


def day_label(tr: Translator, day: date | None, today: date) -> str:
    """ "Today", "Yesterday", "Tue, Nov 24" or, in another year, "Mon, Nov 24, 2025"."""
    if day is None:
        return tr.plain("history-day-unknown")
    if day == today:
        return tr.plain("history-today")
    if day == today - timedelta(days=1):
        return tr.plain("history-yesterday")
    skeleton = "MMMEd" if day.year == today.year else "yMMMEd"
    label = format_skeleton(skeleton, day, locale=tr.locale)
    return label[:1].upper() + label[1:]


def play_line(tr: Translator, item: HistoryItem, translation: Translation | None = None) -> Html:
    """`Show · S01E02 · Title` for an episode, `Title (year)` for a movie; `translation` is
    the show's or the movie's."""
    if isinstance(item.media, Episode):
        return cards.episode_line(tr, item.show, item.media, translation)
    return cards.title(tr, item.media, translation)


def _keyboard(
    tr: Translator,
    result: Page[HistoryItem],
    kind: str,
    period: str,
    pages: int,
    owner: int,
) -> InlineKeyboardMarkup:
    targets = [_details_target(item) for item in result.items]
    first = (result.page - 1) * result.limit + 1
    rows = number_rows(tr, targets, first, owner)
    rows.append(
        [
            choice(
                tr.plain(f"history-kind-{code}"),
                code == kind,
                encode(ACTION, code, period, 1, owner=owner),
            )
            for code in KINDS
        ]
    )
    rows.append(
        [
            choice(
                tr.plain(f"history-period-button-{code}"),
                code == period,
                encode(ACTION, kind, code, 1, owner=owner),
            )
            for code in PERIODS
        ]
    )
    paging = pager(tr, ACTION, (kind, period), result.page, pages, owner)
    if paging:
        rows.append(paging)
    return InlineKeyboardMarkup(rows)


def _details_target(item: HistoryItem) -> MediaRef | None:
    """What a play's number opens: the movie, or the episode's show."""
    return MediaRef.of(item.media if isinstance(item.media, Movie) else item.show)


def register(app: App) -> None:
    """Add the handlers of this feature."""
    add_view(app, ACTION, render)
    app.add_handler(CommandHandler("history", history))
