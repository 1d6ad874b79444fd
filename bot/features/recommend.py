"""/recommend: shows or movies Trakt picked for the person, with one-tap actions on each.

Trakt answers with one flat list (no pages, at most 100), so the view fetches `FETCH`
titles once per person, Trakt account and kind, keeps them `TTL` seconds and pages
through them locally: turning a page, switching kinds back and forth or re-rendering
after an action costs Trakt nothing. A new /recommend fetches afresh. We ask with
`ignore_watchlisted` off, so a title added from this list stays in it with its ✅
instead of vanishing. What the person did (watchlist, watched, hidden) comes from
their marks (`bot.marks`: what they did here, with Trakt's snapshot of their watchlist
and watched titles folded in): a title already on the watchlist shows ✅.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler

from bot.accounts import TraktSession
from bot.i18n import Html, Translator, escape
from bot.kit import args, private
from bot.kit.buttons import choice, details_button, mark_button, pager
from bot.kit.callback import Callback, InvalidCallback, encode
from bot.kit.chat import App, Command, Context, localized, reply, translator
from bot.kit.codes import Action
from bot.kit.views import View, add_view
from bot.marks import HIDDEN, SEEN, WATCHLIST
from bot.render import cards
from bot.trakt import MediaKind, Translation
from bot.trakt.models import Movie, Show
from bot.trakt.ref import TITLE_KINDS, MediaRef

ACTION = Action.RECOMMEND
PER_PAGE = 5
FETCH = 30
MAX_PAGE = math.ceil(FETCH / PER_PAGE)
TTL = 300.0
LABEL_LENGTH = 24
KINDS = TITLE_KINDS
COMMANDS = (Command("recommend"),)

# What the person did to a title (`bot.marks` flags) and the line that says so.
_BADGES = (
    (WATCHLIST, "recommend-in-watchlist"),
    (SEEN, "recommend-watched"),
)
Media = Movie | Show


async def recommend(update: Update, context: Context) -> None:
    """/recommend [shows|movies]: titles Trakt recommends to you."""
    user = update.effective_user
    if user is None:
        return
    kind = parse_kind(context.args or [])
    if kind is None:  # words we don't know: say which ones we do
        await reply(update, translator(update, context).html("recommend-usage"))
        return
    session = await context.services.accounts.session(user.id)  # NotLinked: link prompt
    cache = context.bot_data.recommendations
    for title_kind in KINDS.values():
        cache.invalidate(_key(session, title_kind))
    await private.open_view(update, context, ACTION, kind, 1)


async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """One page of recommendations with actions per title, the pager and the kind toggle."""
    kind = cb.choice(0, tuple(KINDS))
    page = cb.int_arg(1, low=1, high=MAX_PAGE)
    if cb.owner is None:
        raise InvalidCallback("recommendations are personal")
    session = await context.services.accounts.optional_session(cb.owner)
    marks = context.services.marks
    # The titles are all of one kind, so the person's marks are asked together with them.
    items, snapshot = await asyncio.gather(
        recommendations(context, cb.owner, KINDS[kind]),
        marks.snapshot_for(session, [KINDS[kind]]),
    )
    toggle = _toggle(tr, kind, cb.owner)
    if not items:
        return View(tr.html(f"recommend-empty-{KINDS[kind]}"), InlineKeyboardMarkup([toggle]))
    pages = math.ceil(len(items) / PER_PAGE)
    page = min(page, pages)
    first = (page - 1) * PER_PAGE
    shown = items[first : first + PER_PAGE]
    refs = [MediaRef.of(media) for media in shown]
    flags = [marks.flags(cb.owner, ref, snapshot) if ref else frozenset() for ref in refs]
    numbered = list(enumerate(zip(shown, flags, strict=True), start=first + 1))
    header = tr.html(f"recommend-header-{KINDS[kind]}", count=len(items))
    local = await localized(context, tr, shown, cb.owner)
    blocks = [entry(tr, n, media, mark, local.of(media)) for n, (media, mark) in numbered]
    text = cards.join_blocks(header, blocks, tr.html("recommend-legend"))
    rows = [
        _item_row(tr, n, media, mark, cb.owner, local.of(media)) for n, (media, mark) in numbered
    ]
    paging = pager(tr, ACTION, (kind,), page, pages, cb.owner)
    rows.extend(row for row in (paging, toggle) if row)
    return View(text, InlineKeyboardMarkup(rows))


async def recommendations(context: Context, owner: int, kind: MediaKind) -> Sequence[Media]:
    """The person's recommendations: one Trakt call per person, account and kind per TTL."""
    svc = context.services
    session = await svc.accounts.session(owner)

    async def fetch() -> tuple[Media, ...]:
        found = await session.call(
            lambda token: svc.trakt.recommendations(
                token, kind, limit=FETCH, ignore_watchlisted=False
            )
        )
        return tuple(found)

    cache = context.bot_data.recommendations
    items: tuple[Media, ...] = await cache.get_or_fetch(_key(session, kind), fetch, TTL)
    return items


def entry(
    tr: Translator,
    number: int,
    media: Media,
    flags: frozenset[str],
    translation: Translation | None = None,
) -> Html:
    """A numbered title with what the person did to it; hidden ones are struck through."""
    if HIDDEN in flags:
        struck = cards.title(tr, media, translation)
        return Html(f"{tr.numeral(number)}. <s>{struck}</s>\n{tr.html('recommend-hidden')}")
    badges = [tr.plain(key) for flag, key in _BADGES if flag in flags]
    block = cards.list_entry(tr, number, media, translation=translation)
    if not badges:
        return block
    return Html(f"{block}\n{escape(' · '.join(badges))}")


def _item_row(
    tr: Translator,
    number: int,
    media: Media,
    flags: frozenset[str],
    owner: int,
    translation: Translation | None = None,
) -> list[InlineKeyboardButton]:
    """`1. Title` (details), then watchlist add/remove, watched and not interested as icons
    (the legend under the list names them); once hidden, only the details."""
    ref = MediaRef.of(media)
    if ref is None:
        return []
    name = cards.display_name(media, translation) or tr.plain("card-untitled")
    label = cards.numbered_label(tr, number, name, LABEL_LENGTH)
    row = [details_button(tr, ref, owner, label=label)]
    if HIDDEN in flags:
        return row
    listed, watched = WATCHLIST in flags, SEEN in flags
    watchlist = ("unwl", "recommend-icon-unwl") if listed else ("wl", "recommend-icon-wl")
    seen = "recommend-icon-seen-done" if watched else "recommend-icon-seen"
    row += [
        mark_button(tr, watchlist[0], ref, owner, label=tr.plain(watchlist[1])),
        mark_button(tr, "seen", ref, owner, done=watched, label=tr.plain(seen)),
        mark_button(tr, "hide", ref, owner, label=tr.plain("recommend-icon-hide")),
    ]
    return row


def _toggle(tr: Translator, kind: str, owner: int) -> list[InlineKeyboardButton]:
    return [
        choice(tr.plain(f"kind-{name}"), code == kind, encode(ACTION, code, 1, owner=owner))
        for code, name in KINDS.items()
    ]


def parse_kind(words: Sequence[str]) -> str | None:
    """`m` when the person asked for movies (in any language), else `s`; None when a
    word is not a kind (or a second one)."""
    found = args.pick(words, {args.SHOWS: "s", args.MOVIES: "m"})
    return None if found is None else found[0] or "s"


def _key(session: TraktSession, kind: MediaKind) -> tuple[str, int, str, str]:
    """Per person and Trakt account: relinking another account never shows stale picks."""
    return (ACTION, session.account.chat_id, session.account.slug, kind)


def register(app: App) -> None:
    """Add the handlers of this feature."""
    add_view(app, ACTION, render, top=True)
    app.add_handler(CommandHandler("recommend", recommend))
