"""/watchlist: what the person wants to watch, sortable, paged, with one-tap actions.

`/watchlist [shows|movies] [rank|added|released|title]`. Each title gets a row of
buttons: its details card, mark watched and remove; after an action the actions
feature re-renders this message (a removed title is gone from Trakt's answer) and
the person's marks (`bot.marks`) add ✅ to titles marked watched from here.
"""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler

from bot.i18n import Html, Translator, escape
from bot.kit import args, private
from bot.kit.buttons import choice, details_button, mark_button, pager
from bot.kit.callback import Callback, encode
from bot.kit.chat import App, Command, Context, localized, reply, translator
from bot.kit.codes import Action
from bot.kit.listing import account_id, require_link, total_pages
from bot.kit.views import View, add_view
from bot.marks import SEEN, WATCHLIST
from bot.render import cards
from bot.render.entries import details_target, entry_block, titled_media
from bot.trakt import MediaKind, Translation, WatchlistSort
from bot.trakt.models import Episode, Person, Season
from bot.trakt.models_lists import ListEntry, Page
from bot.trakt.ref import MediaRef

ACTION = Action.WATCHLIST
PER_PAGE = 5
MAX_PAGE = 999
LABEL_LENGTH = 28
KINDS: dict[str, MediaKind | None] = {"a": None, "s": "shows", "m": "movies"}
SORTS: dict[str, WatchlistSort] = {
    "rank": "rank",
    "added": "added",
    "released": "released",
    "title": "title",
}
COMMANDS = (Command("watchlist"),)

# Canonical argument words (bot.kit.args) → sort; "year" sorts by release too.
SORT_WORDS = {
    args.RANK: "rank",
    args.ADDED: "added",
    args.RELEASED: "released",
    args.YEAR: "released",
    args.TITLE: "title",
}


async def watchlist(update: Update, context: Context) -> None:
    """/watchlist [shows|movies] [rank|added|released|title]: the person's watchlist."""
    require_link(update, context)
    parsed = parse_args(context.args or [])
    if parsed is None:
        await reply(update, translator(update, context).html("watchlist-usage"))
        return
    kind, sort = parsed
    await private.open_view(update, context, ACTION, kind, sort, 1)


def parse_args(words: Sequence[str]) -> tuple[str, str] | None:
    """(kind code, sort) from the words after /watchlist; None for anything else."""
    found = args.pick(words, args.KIND_WORDS, SORT_WORDS)
    if found is None:
        return None
    kind, sort = found
    return kind or "a", sort or "rank"


async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """One page of the watchlist with toggles, sort buttons, actions and the pager."""
    kind = cb.choice(0, tuple(KINDS))
    sort = SORTS[cb.choice(1, tuple(SORTS))]
    page = cb.int_arg(2, low=1, high=MAX_PAGE)
    owner = account_id(cb)
    svc = context.services
    session = await svc.accounts.session(owner)
    result = await session.call(
        lambda token: svc.trakt.watchlist(token, KINDS[kind], sort=sort, page=page, limit=PER_PAGE)
    )
    first = (result.page - 1) * result.limit + 1
    # Everything here is on the watchlist; only "watched" is worth a badge.
    refs = [MediaRef.of(entry.media) for entry in result.items]
    here = svc.marks.here
    flags = [here(owner, ref) - {WATCHLIST} if ref else frozenset() for ref in refs]
    header = _header(tr, kind, result)
    titled = [titled_media(entry) for entry in result.items]
    local = await localized(context, tr, titled, owner)
    names = [local.of(media) for media in titled]
    numbered = list(enumerate(zip(result.items, flags, names, strict=True), first))
    zone = await svc.accounts.zone(session) if sort == "added" else None
    blocks = [
        entry_block(tr, number, entry, mark, sort=sort, translation=name, zone=zone)
        for number, (entry, mark, name) in numbered
    ]
    if blocks:
        text = cards.join_blocks(header, blocks, tr.html("watchlist-legend"))
    else:
        empty = "watchlist-page-empty" if page > 1 else f"watchlist-empty-{kind}"
        text = Html(f"{header}\n\n{tr.html(empty)}")
    rows = [
        _item_row(tr, number, entry, mark, owner, name) for number, (entry, mark, name) in numbered
    ]
    rows.extend(_controls(tr, kind, sort, result.page, total_pages(result), owner))
    return View(text, InlineKeyboardMarkup([row for row in rows if row]))


def _header(tr: Translator, kind: str, result: Page[ListEntry]) -> Html:
    title = tr.html(f"watchlist-header-{kind}")
    # Trakt's item count may include titles it filters out; only show a plausible one.
    seen = (result.page - 1) * result.limit + len(result.items)
    if result.item_count and result.item_count >= seen:
        count = tr.html("watchlist-count", count=result.item_count)
        return Html(f"{title}{escape(tr.dot)}{count}")
    return title


def short_label(
    tr: Translator, number: int, entry: ListEntry, translation: Translation | None = None
) -> str:
    """`1. Title` cut to fit a button (the translated title when there is one)."""
    media = entry.media
    name = media.name if isinstance(media, Person) else getattr(media, "title", None)
    if isinstance(media, Season | Episode) and entry.show:
        name = entry.show.title
    titled = titled_media(entry)
    if titled is not None and translation is not None:
        name = cards.display_name(titled, translation)
    return cards.numbered_label(tr, number, name or tr.plain("card-untitled"), LABEL_LENGTH)


def action_target(entry: ListEntry) -> MediaRef | None:
    """What the one-tap actions act on: a movie, a show or an episode (not a season)."""
    return MediaRef.of(entry.media)


def _item_row(
    tr: Translator,
    number: int,
    entry: ListEntry,
    flags: frozenset[str],
    owner: int,
    translation: Translation | None = None,
) -> list[InlineKeyboardButton]:
    """`1. Title` (details), mark watched, remove."""
    row = []
    target = details_target(entry)
    if target is not None:
        label = short_label(tr, number, entry, translation)
        row.append(details_button(tr, target, owner, label=label))
    acting = action_target(entry)
    if acting is not None:
        # Short labels keep the title readable on a phone; the footer explains them.
        seen = SEEN in flags
        label = tr.plain("watchlist-button-seen-done" if seen else "watchlist-button-seen")
        row.append(mark_button(tr, "seen", acting, owner, done=seen, label=label))
        remove = tr.plain("watchlist-button-remove")
        row.append(mark_button(tr, "unwl", acting, owner, label=remove))
    return row


def _controls(
    tr: Translator, kind: str, sort: str, page: int, pages: int, owner: int
) -> list[list[InlineKeyboardButton]]:
    kinds = [
        choice(
            tr.plain(f"watchlist-kind-{code}"),
            code == kind,
            encode(ACTION, code, sort, 1, owner=owner),
        )
        for code in KINDS
    ]
    sorts = [
        choice(
            tr.plain(f"watchlist-sort-{name}"),
            name == sort,
            encode(ACTION, kind, name, 1, owner=owner),
        )
        for name in SORTS
    ]
    return [kinds, sorts, pager(tr, ACTION, (kind, sort), page, pages, owner)]


def register(app: App) -> None:
    """Add the handlers of this feature."""
    app.add_handler(CommandHandler("watchlist", watchlist))
    add_view(app, ACTION, render, top=True)
