"""/lists: the person's Trakt lists (or someone else's public ones) and their items.

`/lists` shows your own lists, private ones included; `/lists username` another
person's public lists, which needs no linked account (Trakt's public endpoints; a linked
person's token is still sent, so the requests bill their own bucket). Each list opens
its items, paged in the same message, with a details button per title and Back to the
lists. Trakt answers 404 for a private profile or list, which we turn into a clear
message instead of an error.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler

from bot.i18n import Html, Translator, escape
from bot.kit import private
from bot.kit.buttons import pager
from bot.kit.callback import Callback, InvalidCallback, encode
from bot.kit.chat import App, Command, Context, localized, reply, translator
from bot.kit.codes import Action
from bot.kit.listing import account_id, number_rows, require_link, total_pages
from bot.kit.views import View, add_view, open_view
from bot.render import cards
from bot.render.entries import details_target, entry_block, titled_media
from bot.trakt import NotFound
from bot.trakt.models_lists import TraktList
from bot.trakt.ref import MediaRef

LISTS = Action.LISTS
ITEMS = Action.LIST_ITEMS
ME = "me"
LISTS_PER_PAGE = 8
ITEMS_PER_PAGE = 8
MAX_PAGE = 999
LABEL_LENGTH = 32
DESCRIPTION_LENGTH = 300
COMMANDS = (Command("lists"),)

# Refs longer than these (or with odd characters) travel as ":<n>" aliases so callback
# data stays within Telegram's 64 bytes; the alias table lives in the person's user_data.
# Worst case: "1|litem|<owner: 10>|<user: 24>|<list: 10>|999|999" is 62 bytes.
MAX_REF = 24
MAX_LIST_REF = 10
_SAFE_REF = re.compile(r"^[a-z0-9][a-z0-9_.\-]*$")
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9_.\-]{0,63}$")
_PROFILE_URL = re.compile(r"^(?:https?://)?(?:app\.)?trakt\.tv/users/([^/?#]+)", re.IGNORECASE)
MEMORY = 64
T = TypeVar("T")


async def lists(update: Update, context: Context) -> None:
    """/lists [username]: your lists, or another person's public lists."""
    args = context.args or []
    user = ME if not args else parse_username(args[0]) if len(args) == 1 else None
    if user is None:
        await reply(update, translator(update, context).html("lists-usage"))
        return
    asker = update.effective_user
    account = context.services.accounts.find(asker.id) if asker else None
    if user == ME:
        require_link(update, context)  # NotLinked: the one-tap link prompt
    elif account is not None and user == account.slug.lower():
        user = ME
    if user == ME:  # your own lists (private ones too) are yours to see
        await private.open_view(update, context, LISTS, ref(context, user), 1)
    else:
        await open_view(update, context, LISTS, ref(context, user), 1)


def parse_username(text: str) -> str | None:
    """A Trakt user slug from `alice`, `@alice` or a trakt.tv profile link; None if junk."""
    found = _PROFILE_URL.match(text)
    slug = (found.group(1) if found else text).lstrip("@").lower()
    return slug if _USERNAME.match(slug) else None


async def render_lists(context: Context, tr: Translator, cb: Callback) -> View:
    """One page of a person's lists, each a button that opens its items."""
    user_ref = cb.arg(0)
    user = unref(context, user_ref)
    page = cb.int_arg(1, low=1, high=MAX_PAGE)
    svc = context.services
    try:
        found = await _as(context, cb, user, lambda token: svc.trakt.lists(user, token=token))
    except NotFound:
        if user == ME:
            raise
        return View(tr.html("lists-user-hidden", user=user))
    for trakt_list in found:
        _remember_meta(context, user_ref, trakt_list)
    # Trakt sends every list at once; page them here to keep the message short.
    pages = max(1, -(-len(found) // LISTS_PER_PAGE))
    page = min(page, pages)
    first = (page - 1) * LISTS_PER_PAGE + 1
    shown = found[first - 1 : first - 1 + LISTS_PER_PAGE]
    header = _lists_header(tr, user, len(found))
    if not shown:
        empty = tr.html("lists-empty-own") if user == ME else tr.html("lists-empty-user", user=user)
        return View(Html(f"{header}\n\n{empty}"))
    blocks = [list_block(tr, n, trakt_list) for n, trakt_list in enumerate(shown, first)]
    rows = [
        _open_button(context, tr, n, trakt_list, user_ref, page, cb.owner)
        for n, trakt_list in enumerate(shown, first)
    ]
    rows.append(pager(tr, LISTS, (user_ref,), page, pages, cb.owner))
    return View(cards.join_blocks(header, blocks), InlineKeyboardMarkup([r for r in rows if r]))


def _lists_header(tr: Translator, user: str, count: int) -> Html:
    if user == ME:
        return tr.html("lists-header-own", count=count)
    return tr.html("lists-header-user", user=user, count=count)


def _open_button(
    context: Context,
    tr: Translator,
    number: int,
    trakt_list: TraktList,
    user_ref: str,
    lists_page: int,
    owner: int | None,
) -> list[InlineKeyboardButton]:
    """`1. Name`: opens the list's first page (nothing for a list without ids)."""
    list_id = list_ref(context, trakt_list)
    if list_id is None:
        return []
    label = cards.numbered_label(
        tr, number, trakt_list.name or tr.plain("card-untitled"), LABEL_LENGTH
    )
    data = encode(ITEMS, user_ref, list_id, lists_page, 1, owner=owner)
    return [InlineKeyboardButton(label, callback_data=data)]


def list_block(tr: Translator, number: int, trakt_list: TraktList) -> Html:
    """`1. Name` / `6 items · public · ❤️ 12` / the description, escaped and trimmed."""
    name = trakt_list.name or tr.plain("card-untitled")
    facts = [tr.html("lists-item-count", count=trakt_list.item_count or 0)]
    if trakt_list.privacy:
        facts.append(tr.html("lists-privacy", privacy=trakt_list.privacy))
    if trakt_list.likes:
        facts.append(tr.html("lists-likes", count=trakt_list.likes))
    lines = [
        Html(f"{tr.numeral(number)}. <b>{escape(tr.isolate(name))}</b>"),
        Html(escape(tr.dot).join(facts)),
    ]
    if trakt_list.description:
        lines.append(Html(f"<i>{escape(cards.trim(trakt_list.description, cards.ONE_LINE))}</i>"))
    return Html("\n".join(lines))


async def render_items(context: Context, tr: Translator, cb: Callback) -> View:
    """One page of a list's items, with details buttons and Back to the lists."""
    user_ref, list_id = cb.arg(0), cb.arg(1)
    user, trakt_list_id = unref(context, user_ref), unref(context, list_id)
    lists_page = cb.int_arg(2, low=1, high=MAX_PAGE)
    page = cb.int_arg(3, low=1, high=MAX_PAGE)
    owner = account_id(cb)
    svc = context.services
    back = [
        InlineKeyboardButton(
            tr.plain("button-back"), callback_data=encode(LISTS, user_ref, lists_page, owner=owner)
        )
    ]
    try:
        result = await _as(
            context,
            cb,
            user,
            lambda token: svc.trakt.list_items(
                user, trakt_list_id, page=page, limit=ITEMS_PER_PAGE, token=token
            ),
        )
    except NotFound:
        return View(tr.html("lists-list-hidden"), InlineKeyboardMarkup([back]))
    first = (result.page - 1) * result.limit + 1
    header = _items_header(tr, context, user_ref, list_id, user)
    local = await localized(context, tr, map(titled_media, result.items), owner)
    blocks = [
        entry_block(
            tr,
            n,
            entry,
            _here(context, owner, MediaRef.of(entry.media)),
            translation=local.of(titled_media(entry)),
        )
        for n, entry in enumerate(result.items, first)
    ]
    if blocks:
        text = cards.join_blocks(header, blocks)
    else:
        text = Html(f"{header}\n\n{tr.html('lists-items-empty')}")
    rows = number_rows(tr, [details_target(entry) for entry in result.items], first, owner)
    paging = pager(
        tr, ITEMS, (user_ref, list_id, lists_page), result.page, total_pages(result), owner
    )
    rows.extend(row for row in (paging, back) if row)
    return View(text, InlineKeyboardMarkup(rows))


async def _as(
    context: Context, cb: Callback, user: str, request: Callable[[str | None], Awaitable[T]]
) -> T:
    """Ask Trakt as the view's owner: with their session for their own lists (NotLinked
    without one), with their token if linked for anyone else's public ones, else
    without a token."""
    accounts = context.services.accounts
    session = (
        await accounts.session(account_id(cb))
        if user == ME
        else await accounts.optional_session(account_id(cb))
    )
    if session is None:
        return await request(None)
    return await session.call(request)


def _items_header(tr: Translator, context: Context, user_ref: str, list_id: str, user: str) -> Html:
    """The list's name, owner, size and description, from what /lists just fetched.

    After a restart that memory is gone; rather than spend a second Trakt request on
    every page, the header then says less.
    """
    meta = _recall_meta(context, user_ref, list_id)
    if meta is None:
        return tr.html("lists-items-header-unknown")
    name = meta.name or tr.plain("card-untitled")
    count = tr.html("lists-item-count", count=meta.item_count or 0)
    if user == ME:
        header = tr.html("lists-items-header-own", name=name, size=count)
    else:
        header = tr.html("lists-items-header-user", name=name, user=user, size=count)
    if meta.description:
        described = escape(cards.trim(meta.description, DESCRIPTION_LENGTH))
        return Html(f"{header}\n<i>{described}</i>")
    return header


# --- short references in callback data ----------------------------------------------------


def ref(context: Context, value: str, limit: int = MAX_REF) -> str:
    """`value` itself when short and safe, else a `:<n>` alias remembered for this person."""
    if len(value) <= limit and _SAFE_REF.match(value):
        return value
    refs = context.person_data.list_refs
    for alias, known in refs.items():
        if known == value:
            return alias
    alias = f":{max((int(a[1:]) for a in refs), default=0) + 1}"
    refs[alias] = value
    while len(refs) > MEMORY:
        refs.pop(next(iter(refs)))
    return alias


def unref(context: Context, raw: str) -> str:
    """The value behind a ref; raises InvalidCallback for a forgotten or forged alias."""
    if raw.startswith(":"):
        value = context.person_data.list_refs.get(raw)
        if value is None:
            raise InvalidCallback("forgotten list reference")
        return str(value)
    if not _SAFE_REF.match(raw):
        raise InvalidCallback("bad list reference")
    return raw


def list_ref(context: Context, trakt_list: TraktList) -> str | None:
    """A list's numeric Trakt id, else its (short or aliased) slug; None without ids."""
    if trakt_list.ids.trakt is not None:
        return str(trakt_list.ids.trakt)
    if trakt_list.ids.slug:
        return ref(context, trakt_list.ids.slug, MAX_LIST_REF)
    return None


def _remember_meta(context: Context, user_ref: str, trakt_list: TraktList) -> None:
    memo = context.person_data.list_meta
    list_id = list_ref(context, trakt_list)
    if list_id is None:
        return
    key = f"{user_ref}/{list_id}"
    memo.pop(key, None)
    memo[key] = trakt_list
    while len(memo) > MEMORY:
        memo.pop(next(iter(memo)))


def _recall_meta(context: Context, user_ref: str, list_id: str) -> TraktList | None:
    return context.person_data.list_meta.get(f"{user_ref}/{list_id}")


def _here(context: Context, owner: int, ref: MediaRef | None) -> frozenset[str]:
    """What the person did to an item here (✅ 📌 on items they marked)."""
    return context.services.marks.here(owner, ref) if ref else frozenset()


def register(app: App) -> None:
    """Add the handlers of this feature."""
    app.add_handler(CommandHandler("lists", lists))
    add_view(app, LISTS, render_lists, top=True)
    add_view(app, ITEMS, render_items)
