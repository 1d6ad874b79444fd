"""/history: what the person watched, newest first, grouped by day, paged in place.

A play's number opens its card (an episode's own card, a movie's details). 🗑 switches
the numbers to removing: a number asks "Remove play 3: …?" in the message and 🗑 Remove
takes exactly that play out of Trakt's history (`POST /sync/history/remove` with its
history id); a second press finds it gone and says so.

`/history [shows|movies] [week|month|year]` (Russian words too). The filters live in
the callback data, so the toggles and the pager re-render the same message with one
Trakt request per page, and one more when the page may cut a day in two. Days are the
person's own: plays are grouped in the time zone of their Trakt account
(`Accounts.zone`; stored at linking, asked of Trakt once for older links, refreshed by
/me; UTC when Trakt names none).

Each day's line says how long the person watched that day ("Today · 2 h 15 min", the
"vision time"): the runtimes of the day's plays of the kind shown (`bot.watch_time`). A
day the page cuts in two is counted whole with that one range request.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from itertools import groupby

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot import watch_time
from bot.accounts import TraktSession
from bot.i18n import Html, Translator
from bot.kit import args, later, private, views
from bot.kit.buttons import (
    choice,
    details_button,
    episode_button,
    in_rows,
    pager,
    undo_button,
)
from bot.kit.callback import Callback, InvalidCallback, encode, pattern
from bot.kit.chat import (
    App,
    Command,
    Context,
    button,
    localized,
    personal_translator,
    reply,
    translator,
)
from bot.kit.codes import Action
from bot.kit.listing import MAX_PAGE, NUMBERS_PER_ROW, account_id, require_link, total_pages
from bot.kit.marking import Done
from bot.kit.undo import carry_undo, offer_undo
from bot.kit.views import View, add_view
from bot.marks import UNSEEN
from bot.render import cards
from bot.render.durations import duration
from bot.trakt import HistoryKind, Translation
from bot.trakt.fair import writing
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
    await private.open_view(update, context, ACTION, kind, period, 1)


def parse_args(words: Sequence[str]) -> tuple[str, str] | None:
    """(kind code, period code) from the words after /history; None for anything else."""
    found = args.pick(words, args.KIND_WORDS, PERIOD_WORDS)
    if found is None:
        return None
    kind, period = found
    return kind or "a", period or "a"


async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """One page of the person's history with the filters and the pager; `r` as the 4th
    argument: removing (numbers ask to remove); `c<history id>`: asking about that play."""
    kind = cb.choice(0, tuple(KINDS))
    period = cb.choice(1, tuple(PERIODS))
    page = cb.int_arg(2, low=1, high=MAX_PAGE)
    mode = _mode(cb.arg(3))
    owner = account_id(cb)
    svc = context.services
    session = await svc.accounts.session(owner)
    now = datetime.fromtimestamp(svc.accounts.clock(), UTC)
    days = PERIODS[period]
    start = now - timedelta(days=days) if days else None
    # The zone (days as the person lives them) is asked of Trakt only for an older link,
    # together with the plays.
    zone, result = await asyncio.gather(
        svc.accounts.zone(session),
        session.call(
            lambda token: svc.trakt.history(
                token, kind=KINDS[kind], start_at=start, page=page, limit=PER_PAGE
            )
        ),
    )
    pages = total_pages(result)
    header = tr.html(f"history-header-{kind}", period=tr.plain(f"history-period-{period}"))
    state = _State(kind, period, page, pages, owner, mode)
    asked = _asked(result, mode)
    if result.items:
        local = await localized(context, tr, map(_titled, result.items), owner)
        today = now.astimezone(zone).date()
        watched = await watch_time.days_of_page(
            session, svc.trakt, result, zone, kind=KINDS[kind], start=start
        )
        blocks = _day_blocks(tr, result, today, zone, local, watched)
        footer = _question(tr, result, asked, local) if asked else None
        if mode and not asked:
            footer = tr.html("history-remove-hint")
        text = cards.join_blocks(header, blocks, footer)
    else:
        text = Html(f"{header}\n\n{tr.html(_empty_key(kind, period, page))}")
    return View(text, _keyboard(tr, result, state, asked))


@dataclass(frozen=True)
class _State:
    kind: str
    period: str
    page: int
    pages: int
    owner: int
    mode: str  # "" browsing, "r" removing, "c<id>" asking about one play

    def data(self, mode: str | None = None, page: int | None = None) -> tuple[object, ...]:
        """The view's callback arguments, in another mode or on another page."""
        chosen = self.mode if mode is None else mode
        return (self.kind, self.period, page or self.page, *((chosen,) if chosen else ()))


def _mode(raw: str) -> str:
    if raw in ("", "r") or (raw.startswith("c") and raw[1:].isdigit() and len(raw) <= 21):
        return raw
    raise InvalidCallback("unknown history mode")


def _asked(result: Page[HistoryItem], mode: str) -> HistoryItem | None:
    """The play a `c<id>` mode asks about, when it is on this page (else none)."""
    if not mode.startswith("c"):
        return None
    wanted = int(mode[1:])
    return next((item for item in result.items if item.id == wanted), None)


def _question(
    tr: Translator, result: Page[HistoryItem], item: HistoryItem, local: Localized
) -> Html:
    number = (result.page - 1) * result.limit + 1 + result.items.index(item)
    play = play_line(tr, item, local.of(_titled(item)))
    return tr.html("history-remove-ask", number=tr.numeral(number), play=play)  # as listed


@button
@later.writes
async def on_remove(update: Update, context: Context, cb: Callback, tr: Translator) -> str:
    """🗑 Remove (after the question): take exactly that play out of Trakt's history."""
    history_id = cb.int_arg(0, low=1, high=10**18)
    kind = cb.choice(1, tuple(KINDS))
    period = cb.choice(2, tuple(PERIODS))
    page = cb.int_arg(3, low=1, high=MAX_PAGE)
    owner = account_id(cb)
    played = cb.ref(4) if cb.arg(4) else None
    me = personal_translator(update, context)
    svc = context.services
    writing()  # waits its turn at Trakt, never refused (bot.trakt.fair)
    session = await svc.accounts.session(owner)
    async with svc.marks.lock(owner):
        plays = await _plays_of(context, session, played)
        result = await session.call(lambda token: svc.trakt.remove_history_ids(token, [history_id]))
        removed = sum(result.deleted.values()) > 0
        if removed:
            svc.marks.forget_progress(owner)
        if removed and played is not None and not [p for p in plays if p.id != history_id]:
            svc.marks.record(owner, played, UNSEEN)  # its last play: no longer watched
    gone = next((p for p in plays if p.id == history_id), None)
    offer = None
    if removed and played is not None and gone is not None and gone.watched_at is not None:
        outcome = Done("", ("replay", {"at": gone.watched_at.isoformat()}))
        offer = offer_undo(context, owner, played, outcome)
    offer = carry_undo(update, context, offer)  # a second press keeps the first's Undo
    query = update.callback_query
    if query is not None and query.message is not None:
        data = encode(ACTION, kind, period, page, "r", owner=owner)
        below = [[undo_button(tr, offer, owner)]] if offer is not None else []
        await views.show(update, context, tr, data, below=below)
    return me.plain("history-remove-toast" if removed else "history-remove-gone")


async def _plays_of(
    context: Context, session: TraktSession, played: MediaRef | None
) -> list[HistoryItem]:
    """The person's plays of a title (to know when its last one goes, and when the one
    removed was logged, for ↩ Undo); none for a button that does not name its title."""
    if played is None:
        return []
    api = context.services.trakt
    kind, trakt_id = played.plural, played.trakt_id
    return await session.call(lambda token: api.plays(token, kind, trakt_id))


def _empty_key(kind: str, period: str, page: int) -> str:
    if page > 1:
        return "history-page-empty"
    return "history-empty" if kind == period == "a" else "history-empty-filtered"


def _day_blocks(
    tr: Translator,
    result: Page[HistoryItem],
    today: date,
    zone: tzinfo,
    local: Localized,
    watched: dict[date, int],
) -> list[Html]:
    """One block per day in `zone`: the day's label and how long the person watched that
    day, then its numbered plays."""
    blocks = []
    numbered = enumerate(result.items, start=(result.page - 1) * result.limit + 1)
    for day, group in groupby(numbered, key=lambda pair: _day(pair[1], zone)):
        label = day_label(tr, day, today)
        minutes = watched.get(day, 0) if day else 0
        head = (
            tr.html("history-day-time", day=label, time=duration(tr, minutes))
            if minutes
            else Html(f"<b>{label}</b>")
        )
        lines = [head]
        lines.extend(
            Html(f"{tr.numeral(number)}. {play_line(tr, item, local.of(_titled(item)))}")
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
    label = tr.day(day, today)
    return label[:1].upper() + label[1:]


def play_line(tr: Translator, item: HistoryItem, translation: Translation | None = None) -> Html:
    """`Show · S01E02 · Title` for an episode, `Title (year)` for a movie; `translation` is
    the show's or the movie's."""
    if isinstance(item.media, Episode):
        return cards.episode_line(tr, item.show, item.media, translation)
    return cards.title(tr, item.media, translation)


def _keyboard(
    tr: Translator, result: Page[HistoryItem], state: _State, asked: HistoryItem | None
) -> InlineKeyboardMarkup:
    kind, period, pages, owner = state.kind, state.period, state.pages, state.owner
    first = (result.page - 1) * result.limit + 1
    if asked is not None and asked.id:
        played = MediaRef.of(asked.media)
        which = (played.code, played.trakt_id) if played else ()
        remove = encode(
            Action.PLAY_REMOVE, asked.id, kind, period, result.page, *which, owner=owner
        )
        cancel = encode(ACTION, *state.data("r"), owner=owner)
        return InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(tr.plain("history-remove-yes"), callback_data=remove),
                    InlineKeyboardButton(tr.plain("action-rate-cancel"), callback_data=cancel),
                ]
            ]
        )
    if state.mode:
        rows = in_rows(
            [
                InlineKeyboardButton(
                    f"🗑 {number}",
                    callback_data=encode(ACTION, *state.data(f"c{item.id}"), owner=owner),
                )
                for number, item in enumerate(result.items, first)
                if item.id
            ],
            NUMBERS_PER_ROW,
        )
    else:
        rows = in_rows(
            [
                button
                for number, item in enumerate(result.items, first)
                if (button := _open_button(tr, item, number, owner)) is not None
            ],
            NUMBERS_PER_ROW,
        )
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
    if result.items:
        toggle = "" if state.mode else "r"
        label = tr.plain("history-remove-done" if state.mode else "history-remove-mode")
        data = encode(ACTION, *state.data(toggle), owner=owner)
        rows.append([InlineKeyboardButton(label, callback_data=data)])
    paging = pager(tr, ACTION, (kind, period), result.page, pages, owner)  # back to browsing
    if paging:
        rows.append(paging)
    return InlineKeyboardMarkup(rows)


def _open_button(
    tr: Translator, item: HistoryItem, number: int, owner: int
) -> InlineKeyboardButton | None:
    """What a play's number opens: the episode's own card, or the movie's details."""
    ref = MediaRef.of(item.media)
    if ref is None:
        return None
    if ref.kind == "episode":
        return episode_button(tr, ref, owner, label=str(number))
    return details_button(tr, ref, owner, label=str(number))


def register(app: App) -> None:
    """Add the handlers of this feature."""
    add_view(app, ACTION, render, top=True)
    app.add_handler(CallbackQueryHandler(on_remove, pattern=pattern(Action.PLAY_REMOVE)))
    app.add_handler(CommandHandler("history", history))
