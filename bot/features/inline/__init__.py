"""Inline mode: `@bot title` in any chat finds shows and movies on Trakt.

Answers (`on_inline`):

- a query: Trakt's search over shows and movies, best first, `SEARCH_PAGE` per answer;
  nothing typed: trending shows and movies interleaved, `TRENDING_PAGE` of each (50 in
  all, `InlineQueryLimit.RESULTS`). More pages through `next_offset` (= the next Trakt
  page) while Trakt has more, up to `MAX_PAGES`. The query is collapsed and cut to
  `MAX_QUERY_LENGTH`; `bot.trakt` escapes Trakt's special characters.
- each result (`inline_results`): "Breaking Bad (2008) · Show" (translated where Trakt
  has it: "Во все тяжкие (2008) · Сериал"), marks, rating, genres,
  a thumbnail, and a compact card with a "➕ Add to my watchlist" button.
- Trakt failing or too slow (`DEADLINE`): no results and a results button saying so.
- someone without a linked account gets a results button that deep-links to the
  private chat to link (`/start link`).

Everything is in the searcher's language, so every answer is `is_personal` (Telegram's
shared cache is per query, not per language); `cache_time` is `CACHE_PUBLIC` without
marks and `CACHE_PERSONAL` with them.

Marks: a linked person's results show ✅ watched and 📌 on their watchlist, from
`known` (Trakt's snapshot, at most 2 GETs per person per minute, shared with the cards
and /recommend, plus what they did through this bot since).

The card's button (``inl|*|wl|<m|s>|<trakt id>``, owner: anyone) adds the title to the
watchlist of whoever presses it, on their own account (`bot.kit.marking.apply`); the card is
shared, so it is left as it is and the presser gets a toast. Someone not linked gets an
alert telling them to open the bot (the error handler can't write into an inline
message's chat, and Telegram only allows URL answers for games).

Trakt cost per inline query: public GETs go through the shared `bot.trakt` cache
(search 300 s, trending 120 s), so one query costs at most 1 GET (search) or 2 GETs
(trending), 0 when cached; sent with the person's token when linked (their bucket).
A linked person adds at most `bot.marks.BUDGET` (2) GETs per rolling minute for marks.
In another language than English, titles Trakt has translated show translated: from the
cache (7 days), and at most `TRANSLATE_ASK` (5) translation GETs per answer for the first
titles not cached yet, waited for at most `TRANSLATE_WAIT` (1 s); late ones fill the
cache for the next answer.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from telegram import InlineQueryResultArticle, InlineQueryResultsButton, Update
from telegram.constants import InlineQueryLimit
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, InlineQueryHandler

from bot.accounts import NotLinked, TraktSession
from bot.features.inline.results import ACTION, VERB, Media, results
from bot.i18n import Translator
from bot.kit import later
from bot.kit.buttons import LINK_PAYLOAD
from bot.kit.callback import Callback, pattern
from bot.kit.chat import Alert, App, Context, button, localized, personal_translator
from bot.kit.marking import apply
from bot.marks import SEEN, WATCHLIST
from bot.snapshots import Snapshot
from bot.trakt import Movie, Show, TraktAPI, TraktError
from bot.trakt.api_params import MAX_QUERY_LENGTH
from bot.trakt.ref import MediaRef
from bot.translations import Localized

logger = logging.getLogger(__name__)

T = TypeVar("T")
SEARCH_PAGE = 25
TRENDING_PAGE = InlineQueryLimit.RESULTS // 2  # of each kind
MAX_PAGES = 10
CACHE_PUBLIC = 300  # seconds: no marks, only the language makes it personal
CACHE_PERSONAL = 30  # marks change when the person adds something
CACHE_FAILED = 5
TRANSLATE_ASK = 5  # titles per answer whose translation may be asked of Trakt (the first)
TRANSLATE_WAIT = 1.0  # seconds an answer waits for them; late ones land in the cache
DEADLINE = 8.0  # seconds for Trakt; Telegram drops answers to older queries
RETRY_PAYLOAD = "inline"  # the "Trakt is unavailable" button opens the bot (/start inline)


@dataclass(frozen=True)
class Found:
    """One page of titles for an answer, and whether Trakt has another."""

    items: tuple[Media, ...]
    more: bool


@dataclass(frozen=True)
class Extras:
    """What an answer adds to Trakt's titles: the person's marks, translated titles."""

    marks: Snapshot
    local: Localized
    owner: int | None = None  # the linked person whose marks these are


async def on_inline(update: Update, context: Context) -> None:
    """`@bot title`: titles for the text; trending ones when nothing is typed."""
    query = update.inline_query
    if query is None:
        return
    tr = personal_translator(update, context)  # only the person sees it
    page = _page(query.offset)
    if page is None:  # past the pages we offer, or an offset we never gave
        await query.answer([], cache_time=CACHE_PUBLIC, is_personal=True)
        return
    text = " ".join(query.query.split())[:MAX_QUERY_LENGTH]
    try:
        session = await _session(context, query.from_user.id)
        found, extras = await _within(
            DEADLINE, _fetch(context, tr, text, page, session), context.bot_data.background
        )
    except (TraktError, TimeoutError) as exc:
        logger.warning("inline query failed (page %s): %r", page, exc)
        button = InlineQueryResultsButton(
            tr.plain("inline-unavailable"), start_parameter=RETRY_PAYLOAD
        )
        await query.answer([], cache_time=CACHE_FAILED, is_personal=True, button=button)
        return
    offered = _results(context, tr, found, page, extras)
    link = None
    if session is None and page == 1:
        link = InlineQueryResultsButton(tr.plain("inline-link"), start_parameter=LINK_PAYLOAD)
    answer = partial(
        query.answer,
        cache_time=CACHE_PERSONAL if session else CACHE_PUBLIC,
        is_personal=True,
        next_offset=str(page + 1) if found.more and offered else "",
        button=link,
    )
    try:
        await answer(offered)
    except BadRequest as exc:
        if "too old" in exc.message.lower() or not any(r.thumbnail_url for r in offered):
            raise
        # A thumbnail URL Telegram dislikes must not cost the person every result.
        logger.warning("Telegram refused an inline answer (%s); retrying without thumbnails", exc)
        await answer(_results(context, tr, found, page, extras, thumbnails=False))


def _page(offset: str) -> int | None:
    """The Trakt page an offset names: "" is the first; None for anything else we never sent."""
    if not offset:
        return 1
    if offset.isdigit() and 2 <= int(offset) <= MAX_PAGES:
        return int(offset)
    return None


async def _session(context: Context, user_id: int) -> TraktSession | None:
    """The searcher's Trakt session when linked (a due token refresh happens here)."""
    accounts = context.services.accounts
    if not accounts.is_linked(user_id):
        return None
    try:
        return await accounts.session(user_id)
    except NotLinked:  # the link was lost just now
        return None


async def _within(
    seconds: float, work: Coroutine[Any, Any, T], background: set[asyncio.Future[Any]]
) -> T:
    """The result of `work`, or TimeoutError after `seconds`. The work is not cancelled:
    a token refresh in it must finish, and what it fetches still fills the caches (it is
    kept in `background` until done)."""
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=seconds)
    if not done:
        background.add(task)
        task.add_done_callback(partial(_forget, background))
        raise TimeoutError(f"Trakt took more than {seconds} s")
    return task.result()


def _forget(background: set[asyncio.Future[Any]], task: asyncio.Future[Any]) -> None:
    background.discard(task)
    if not task.cancelled() and task.exception() is not None:
        logger.info("late inline fetch failed: %r", task.exception())


async def _fetch(
    context: Context, tr: Translator, text: str, page: int, session: TraktSession | None
) -> tuple[Found, Extras]:
    svc = context.services
    token = session.token if session else None
    found = await (
        _search(svc.trakt, text, page, token) if text else _trending(svc.trakt, page, token)
    )
    # Titles in the person's language: an answer holds up to 50 and people type several
    # queries a second, so only the first few are asked of Trakt, the rest come cached.
    owner = session.account.chat_id if session else None
    marks, local = await asyncio.gather(
        svc.marks.snapshot(session, found.items),
        localized(context, tr, found.items, owner, ask=TRANSLATE_ASK, wait=TRANSLATE_WAIT),
    )
    return found, Extras(marks, local, owner)


async def _search(api: TraktAPI, text: str, page: int, token: str | None) -> Found:
    result = await api.search(
        text, types=("show", "movie"), page=page, limit=SEARCH_PAGE, token=token
    )
    items = tuple(hit.media for hit in result.items if isinstance(hit.media, Movie | Show))
    return Found(items, result.has_next and page < MAX_PAGES)


async def _trending(api: TraktAPI, page: int, token: str | None) -> Found:
    shows, movies = await asyncio.gather(
        api.trending("shows", page=page, limit=TRENDING_PAGE, token=token),
        api.trending("movies", page=page, limit=TRENDING_PAGE, token=token),
    )
    mixed: list[Media] = []
    for i in range(max(len(shows.items), len(movies.items))):
        mixed.extend(part.items[i].media for part in (shows, movies) if i < len(part.items))
    return Found(tuple(mixed), (shows.has_next or movies.has_next) and page < MAX_PAGES)


# --- marks ---------------------------------------------------------------------------


def _flags(
    context: Context, owner: int | None, snapshot: Snapshot, ref: MediaRef
) -> tuple[bool, bool]:
    """(watched, on the watchlist): Trakt's snapshot plus what they did here since."""
    flags = context.services.marks.flags(owner, ref, snapshot)
    return SEEN in flags, WATCHLIST in flags


def _results(
    context: Context,
    tr: Translator,
    found: Found,
    page: int,
    extras: Extras,
    *,
    thumbnails: bool = True,
) -> list[InlineQueryResultArticle]:
    return results(
        tr,
        found.items,
        page,
        base_url=context.services.settings.trakt_web_url,
        flags=partial(_flags, context, extras.owner, extras.marks),
        local=extras.local,
        thumbnails=thumbnails,
    )


# --- the card's button -----------------------------------------------------------------


@button
@later.writes
async def on_add(update: Update, context: Context, cb: Callback, tr: Translator) -> str | None:
    """The card's "Add to my watchlist": for whoever pressed it, on their own account."""
    cb.choice(0, (VERB,))
    ref = cb.ref(1, title=True)
    me = personal_translator(update, context)  # only the person sees the answer
    assert update.callback_query is not None
    user_id = update.callback_query.from_user.id
    try:
        return await apply(context, me, user_id, VERB, ref)
    except NotLinked:
        return Alert(me.plain("inline-link-hint", bot=context.bot.username or ""))


def register(app: App) -> None:
    """Add the handlers of this feature; /help then mentions inline mode."""
    app.add_handler(InlineQueryHandler(on_inline))
    app.add_handler(CallbackQueryHandler(on_add, pattern=pattern(ACTION)))
    app.bot_data.inline_mode = True
