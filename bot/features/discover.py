"""/trending and /popular: what is hot on Trakt, shows or movies, paged in place."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.features.common import App, Context, button, edit, reply, services, translator
from bot.i18n import Html, Translator
from bot.render import cards
from bot.render.callback import Callback, encode, pattern
from bot.render.keyboards import choice, pager
from bot.trakt import MediaKind
from bot.trakt.models import Movie, Show
from bot.trakt.models_lists import Page, TrendingItem

ACTION = "disc"
PER_PAGE = 8
LISTS = ("tr", "pop")
KINDS: dict[str, MediaKind] = {"s": "shows", "m": "movies"}
MAX_PAGE = 100


async def trending(update: Update, context: Context) -> None:
    """/trending [shows|movies]: what people are watching right now."""
    await _start(update, context, "tr")


async def popular(update: Update, context: Context) -> None:
    """/popular [shows|movies]: the most popular titles of all time."""
    await _start(update, context, "pop")


async def _start(update: Update, context: Context, which: str) -> None:
    tr = translator(update, context)
    kind = _kind_from_args(context.args or [])
    user = update.effective_user
    text, keyboard = await _page(context, tr, which, kind, 1, user.id if user else None)
    await reply(update, text, keyboard)


@button
async def on_button(update: Update, context: Context, cb: Callback, tr: Translator) -> None:
    """The kind toggle and the pager of a trending/popular message."""
    which = cb.choice(0, LISTS)
    kind = cb.choice(1, tuple(KINDS))
    page = cb.int_arg(2, low=1, high=MAX_PAGE)
    text, keyboard = await _page(context, tr, which, kind, page, cb.owner)
    assert update.callback_query is not None
    await edit(update.callback_query, text, keyboard)
    return None


async def _page(
    context: Context, tr: Translator, which: str, kind: str, page: int, owner: int | None
) -> tuple[Html, InlineKeyboardMarkup]:
    svc = services(context)
    token = _token_of(context, owner)
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
    return text, _keyboard(tr, which, kind, result.page, pages, owner)


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


def _token_of(context: Context, owner: int | None) -> str | None:
    """A linked user's token, so public GETs bill their own Trakt bucket."""
    if owner is None:
        return None
    return services(context).account_token(owner)


def register(app: App) -> None:
    """Add the handlers of this feature."""
    app.add_handler(CommandHandler("trending", trending))
    app.add_handler(CommandHandler("popular", popular))
    app.add_handler(CallbackQueryHandler(on_button, pattern=pattern(ACTION)))
