"""/trending and /popular: what is hot on Trakt, shows or movies, paged in place.

One view shows three kinds of list: trending (watching right now), popular (all time)
and most watched in a period (week, month, year, all time). A row of buttons switches
between them, so most watched is one tap from /trending or /popular; `/trending week`
opens it directly. Callback data: ``disc|owner|<list>|<kind>|<page>`` where the list
code carries the period (``ww`` = most watched this week), which keeps it short and
lets the shared pager append the page.

Everyone asking for the same list gets the same Trakt page (shared cache), so its text
is rendered once per language and page and reused until the cache hands out a new page
(or more of its titles' translations came back); only the keyboard, which carries the
owner, is built per person. Titles and overviews are in the reader's language where
Trakt has a translation (`bot.translations`: up to 8 requests the first time a page is
shown in a language, none for a week after).
"""

from __future__ import annotations

from typing import TypeAlias

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler

from bot.i18n import Html, Translator
from bot.kit import args
from bot.kit.buttons import choice, details_button, in_rows, pager
from bot.kit.callback import Callback, encode
from bot.kit.chat import App, Command, Context, localized, reply, translator
from bot.kit.codes import Action
from bot.kit.views import View, add_view, open_view
from bot.render import cards
from bot.trakt import MediaKind, Period
from bot.trakt.models import Movie, Show
from bot.trakt.models_lists import Page, TrendingItem, WatchedItem
from bot.trakt.ref import TITLE_KINDS, MediaRef
from bot.translations import Localized

ACTION = Action.DISCOVER
PER_PAGE = 8
NUMBERS_PER_ROW = 4
TRENDING, POPULAR = "tr", "pop"
# Most watched: one list code per period, in the order of the period buttons.
WATCHED: dict[str, Period] = {"ww": "weekly", "wm": "monthly", "wy": "yearly", "wa": "all"}
LISTS = (TRENDING, POPULAR, *WATCHED)
KINDS = TITLE_KINDS
MAX_PAGE = 100
TEXTS_SIZE = 256
COMMANDS = (Command("trending"), Command("popular"))

# Canonical argument words (bot.kit.args) → most-watched list code.
_PERIOD_WORDS = {args.WEEK: "ww", args.MONTH: "wm", args.YEAR: "wy", args.ALL: "wa"}
_KIND_WORDS = {args.SHOWS: "s", args.MOVIES: "m"}

Listed = TrendingItem | WatchedItem | Movie | Show
Result: TypeAlias = Page[TrendingItem] | Page[WatchedItem] | Page[Movie | Show]


async def trending(update: Update, context: Context) -> None:
    """/trending [shows|movies] [week|month|year|all]: what people are watching right now."""
    await _open(update, context, TRENDING)


async def popular(update: Update, context: Context) -> None:
    """/popular [shows|movies] [week|month|year|all]: the most popular titles of all time."""
    await _open(update, context, POPULAR)


async def _open(update: Update, context: Context, default: str) -> None:
    parsed = parse_args(context.args or [])
    if parsed is None:  # words we don't know: say which ones we do
        await reply(update, translator(update, context).html("discover-usage"))
        return
    kind, period = parsed
    await open_view(update, context, ACTION, period or default, kind, 1)


async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """One page of a list, with the list switch, the shows/movies toggle and the pager."""
    which = cb.choice(0, LISTS)
    kind = cb.choice(1, tuple(KINDS))
    page = cb.int_arg(2, low=1, high=MAX_PAGE)
    result = await _fetch(context, which, KINDS[kind], page, cb.owner)
    pages = min(max(result.page_count, result.page), MAX_PAGE)
    local = await localized(context, tr, map(_media, result.items), cb.owner)
    text = _page_text(context, tr, which, kind, result, pages, local)
    return View(text, _keyboard(tr, which, kind, result, pages, cb.owner))


def _page_text(
    context: Context,
    tr: Translator,
    which: str,
    kind: str,
    result: Result,
    pages: int,
    local: Localized,
) -> Html:
    """The list's text, rendered once per language for each page the cache hands out."""
    texts = context.bot_data.discover_texts
    key = (which, kind, result.page, tr.language)
    known = texts.get(key)
    if known is None or known[0] is not result or known[1] != local:
        text = _text(tr, which, KINDS[kind], result, pages, local)
        known = texts[key] = (result, local, text)
    texts.move_to_end(key)
    while len(texts) > TEXTS_SIZE:
        texts.popitem(last=False)
    return known[2]


def _text(
    tr: Translator,
    which: str,
    kind: MediaKind,
    result: Result,
    pages: int,
    local: Localized,
) -> Html:
    offset = (result.page - 1) * PER_PAGE
    blocks = [
        cards.list_entry(tr, number, media, _extra(tr, item), local.of(media))
        for number, item in enumerate(result.items, start=offset + 1)
        for media in (_media(item),)
    ]
    header = _header(tr, which, kind, result.page, pages)
    if not blocks:
        return tr.html("list-empty")
    return cards.join_blocks(header, blocks, tr.html("discover-details-hint"))


async def _fetch(
    context: Context, which: str, kind: MediaKind, page: int, owner: int | None
) -> Result:
    """One page from Trakt (shared cache); a linked person's token bills their own bucket."""
    svc = context.services
    token = await svc.accounts.token(owner)
    if which == TRENDING:
        return await svc.trakt.trending(kind, page=page, limit=PER_PAGE, token=token)
    if which == POPULAR:
        return await svc.trakt.popular(kind, page=page, limit=PER_PAGE, token=token)
    return await svc.trakt.watched(kind, WATCHED[which], page=page, limit=PER_PAGE, token=token)


def _header(tr: Translator, which: str, kind: MediaKind, page: int, pages: int) -> Html:
    if which in WATCHED:
        when = tr.plain(f"discover-when-{WATCHED[which]}")
        return tr.html(f"discover-watched-header-{kind}", period=when, page=page, pages=pages)
    name = "trending" if which == TRENDING else "popular"
    return tr.html(f"{name}-header-{kind}", page=page, pages=pages)


def _media(item: Listed) -> Movie | Show:
    return item.media if isinstance(item, TrendingItem | WatchedItem) else item


def _extra(tr: Translator, item: Listed) -> str:
    """The list-specific fact: people watching now, or watchers and plays in the period."""
    if isinstance(item, TrendingItem):
        return tr.plain("watching-now", count=item.watchers or 0)
    if isinstance(item, WatchedItem):
        watchers = tr.plain("discover-watchers", count=item.watcher_count)
        return f"{watchers}{tr.dot}{tr.plain('discover-plays', count=item.play_count)}"
    return ""


def _keyboard(
    tr: Translator,
    which: str,
    kind: str,
    result: Result,
    pages: int,
    owner: int | None,
) -> InlineKeyboardMarkup:
    """Shows/movies, the pager, the list switch, the periods, then one number per title."""
    kinds = [
        choice(tr.plain(f"kind-{name}"), code == kind, encode(ACTION, which, code, 1, owner=owner))
        for code, name in KINDS.items()
    ]
    rows = [kinds, pager(tr, ACTION, (which, kind), result.page, pages, owner)]
    rows.append(_list_row(tr, which, kind, owner))
    if which in WATCHED:
        rows.append(_period_row(tr, which, kind, owner))
    first = (result.page - 1) * PER_PAGE + 1
    numbers = [
        details_button(tr, ref, owner, label=str(number))
        for number, media in enumerate(map(_media, result.items), start=first)
        if (ref := MediaRef.of(media)) is not None
    ]
    rows.extend(in_rows(numbers, NUMBERS_PER_ROW))
    return InlineKeyboardMarkup([row for row in rows if row])


def _list_row(
    tr: Translator, which: str, kind: str, owner: int | None
) -> list[InlineKeyboardButton]:
    """Trending · Popular · Most watched (keeps the period when already on most watched)."""
    watched = which if which in WATCHED else next(iter(WATCHED))
    targets = ((TRENDING, "trending"), (POPULAR, "popular"), (watched, "watched"))
    return [
        choice(
            tr.plain(f"discover-list-{name}"),
            code == which,
            encode(ACTION, code, kind, 1, owner=owner),
        )
        for code, name in targets
    ]


def _period_row(
    tr: Translator, which: str, kind: str, owner: int | None
) -> list[InlineKeyboardButton]:
    """Week · Month · Year · All time, for most watched."""
    return [
        choice(
            tr.plain(f"discover-period-{period}"),
            code == which,
            encode(ACTION, code, kind, 1, owner=owner),
        )
        for code, period in WATCHED.items()
    ]


def parse_args(words: list[str]) -> tuple[str, str | None] | None:
    """The kind code and, when a period word is given, the most-watched list code; None
    when a word is neither (or a second of one)."""
    found = args.pick(words, _KIND_WORDS, _PERIOD_WORDS)
    if found is None:
        return None
    kind, period = found
    return kind or "s", period


def register(app: App) -> None:
    """Add the handlers of this feature."""
    add_view(app, ACTION, render, top=True)
    app.add_handler(CommandHandler("trending", trending))
    app.add_handler(CommandHandler("popular", popular))
