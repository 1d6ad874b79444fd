"""/watchlist: what the person wants to watch, sortable, paged, with one-tap actions.

`/watchlist [shows|movies] [rank|added|released|title]`. Each title gets a row of
buttons: its details card, mark watched and remove; after an action the actions
feature re-renders this message (a removed title is gone from Trakt's answer) and
`views.marks` adds ✅ to titles marked watched from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler

from bot.features import actions, args, details
from bot.features.common import App, Command, Context, localized, reply, services, translator
from bot.features.history import KIND_WORDS, account_id, require_link, total_pages
from bot.features.views import View, marks, open_view, view
from bot.i18n import Html, Translator, escape
from bot.render import cards
from bot.render.callback import Callback, encode
from bot.render.keyboards import choice, pager
from bot.trakt import MediaKind, Translation, WatchlistSort
from bot.trakt.models import Episode, Movie, Person, Season, Show, media_key, media_kind
from bot.trakt.models_lists import ListEntry, Page

ACTION = "wlist"
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

# Canonical argument words (bot.features.args) → sort; "year" sorts by release too.
SORT_WORDS = {
    args.RANK: "rank",
    args.ADDED: "added",
    args.RELEASED: "released",
    args.YEAR: "released",
    args.TITLE: "title",
}
ICONS = {"movie": "🎬", "show": "📺", "season": "📺", "episode": "📺", "person": "👤"}


async def watchlist(update: Update, context: Context) -> None:
    """/watchlist [shows|movies] [rank|added|released|title]: the person's watchlist."""
    require_link(update, context)
    parsed = parse_args(context.args or [])
    if parsed is None:
        await reply(update, translator(update, context).html("watchlist-usage"))
        return
    kind, sort = parsed
    await open_view(update, context, ACTION, kind, sort, 1)


def parse_args(words: Sequence[str]) -> tuple[str, str] | None:
    """(kind code, sort) from the words after /watchlist; None for anything else."""
    found = args.pick(words, KIND_WORDS, SORT_WORDS)
    if found is None:
        return None
    kind, sort = found
    return kind or "a", sort or "rank"


@view(ACTION)
async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """One page of the watchlist with toggles, sort buttons, actions and the pager."""
    kind = cb.choice(0, tuple(KINDS))
    sort = SORTS[cb.choice(1, tuple(SORTS))]
    page = cb.int_arg(2, low=1, high=MAX_PAGE)
    owner = account_id(cb)
    svc = services(context)
    session = await svc.accounts.session(owner)
    result = await session.call(
        lambda token: svc.trakt.watchlist(token, KINDS[kind], sort=sort, page=page, limit=PER_PAGE)
    )
    first = (result.page - 1) * result.limit + 1
    # Everything here is on the watchlist; only "watched" is worth a badge.
    flags = [marks(context, media_key(e.media)) - {actions.WATCHLIST} for e in result.items]
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
        return Html(f"{title} · {tr.html('watchlist-count', count=result.item_count)}")
    return title


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
        f" {badge}"
        for flag, badge in ((actions.WATCHLIST, "📌"), (actions.SEEN, "✅"))
        if flag in flags
    )
    title = entry_title(tr, entry, translation)
    lines = [Html(f"{number}. {ICONS.get(entry.type, '')} {title}{badges}")]
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


def details_target(entry: ListEntry) -> tuple[str, int] | None:
    """What an item's details button opens: the movie or show (a season's or episode's show)."""
    media = entry.media
    if isinstance(media, Movie | Show) and media.ids.trakt:
        return ("movie" if isinstance(media, Movie) else "show", media.ids.trakt)
    if isinstance(media, Season | Episode) and entry.show and entry.show.ids.trakt:
        return ("show", entry.show.ids.trakt)
    return None


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


def action_target(entry: ListEntry) -> tuple[str, int] | None:
    """What the one-tap actions act on: a movie, a show or an episode (not a season)."""
    media = entry.media
    if isinstance(media, Movie | Show | Episode) and media.ids.trakt:
        return media_kind(media), media.ids.trakt
    return None


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
        kind, trakt_id = target
        label = short_label(tr, number, entry, translation)
        row.append(details.button(tr, kind, trakt_id, owner, label=label))
    acting = action_target(entry)
    if acting is not None:
        kind, trakt_id = acting
        # Short labels keep the title readable on a phone; the footer explains them.
        seen = actions.SEEN in flags
        label = tr.plain("watchlist-button-seen-done" if seen else "watchlist-button-seen")
        row.append(actions.button(tr, "seen", kind, trakt_id, owner, done=seen, label=label))
        remove = tr.plain("watchlist-button-remove")
        row.append(actions.button(tr, "unwl", kind, trakt_id, owner, label=remove))
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
