"""/trending and /popular: what is hot on Trakt, shows or movies, paged in place."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler

from bot.features.common import App, Command, Context, services
from bot.features.views import View, open_view, view
from bot.i18n import Html, Translator
from bot.render import cards
from bot.render.callback import Callback, encode
from bot.render.keyboards import choice, pager
from bot.trakt import MediaKind
from bot.trakt.models import Movie, Show
from bot.trakt.models_lists import Page, TrendingItem

ACTION = "disc"
PER_PAGE = 8
LISTS = ("tr", "pop")
KINDS: dict[str, MediaKind] = {"s": "shows", "m": "movies"}
MAX_PAGE = 100
COMMANDS = (Command("trending"), Command("popular"))


async def trending(update: Update, context: Context) -> None:
    """/trending [shows|movies]: what people are watching right now."""
    await open_view(update, context, ACTION, "tr", _kind_from_args(context.args or []), 1)


async def popular(update: Update, context: Context) -> None:
    """/popular [shows|movies]: the most popular titles of all time."""
    await open_view(update, context, ACTION, "pop", _kind_from_args(context.args or []), 1)


@view(ACTION)
async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """One page of trending or popular shows or movies, with the toggle and the pager."""
    which = cb.choice(0, LISTS)
    kind = cb.choice(1, tuple(KINDS))
    page = cb.int_arg(2, low=1, high=MAX_PAGE)
    svc = services(context)
    token = await svc.accounts.token(cb.owner)
    fetch = svc.trakt.trending if which == "tr" else svc.trakt.popular
    result = await fetch(KINDS[kind], page=page, limit=PER_PAGE, token=token)
    pages = min(max(result.page_count, result.page), MAX_PAGE)
    header = tr.html(
        f"{'trending' if which == 'tr' else 'popular'}-header-{KINDS[kind]}",
        page=result.page,
        pages=pages,
    )
    blocks = _blocks(tr, result, (page - 1) * PER_PAGE)
    text = cards.join_blocks(header, blocks) if blocks else tr.html("list-empty")
    return View(text, _keyboard(tr, which, kind, result.page, pages, cb.owner))


def _blocks(
    tr: Translator, result: Page[TrendingItem] | Page[Movie | Show], offset: int
) -> list[Html]:
    blocks = []
    for number, item in enumerate(result.items, start=offset + 1):
        if isinstance(item, TrendingItem):
            watching = tr.plain("watching-now", count=item.watchers or 0)
            blocks.append(cards.list_entry(tr, number, item.media, watching))
        else:
            blocks.append(cards.list_entry(tr, number, item))
    return blocks


def _keyboard(
    tr: Translator, which: str, kind: str, page: int, pages: int, owner: int | None
) -> InlineKeyboardMarkup:
    toggles = [
        choice(tr.plain(f"kind-{name}"), code == kind, encode(ACTION, which, code, 1, owner=owner))
        for code, name in KINDS.items()
    ]
    rows: list[list[InlineKeyboardButton]] = [toggles]
    paging = pager(tr, ACTION, (which, kind), page, pages, owner)
    if paging:
        rows.append(paging)
    return InlineKeyboardMarkup(rows)


def _kind_from_args(args: list[str]) -> str:
    first = args[0].lower() if args else ""
    return "m" if first.startswith(("movie", "film", "фильм", "кино")) else "s"


def register(app: App) -> None:
    """Add the handlers of this feature."""
    app.add_handler(CommandHandler("trending", trending))
    app.add_handler(CommandHandler("popular", popular))
