"""/search <title>: shows, movies and people on Trakt, best first, paged in place.

Each result has a numbered button that opens its card below: a title's details card
(`bot.kit.buttons.details_button`) or a person's card with the titles they are known for
(`person_button`). Anyone may search; no account is needed (a linked person's token
is sent so the request bills their own rate-limit bucket).

The query never goes into callback data (64 bytes): it is kept in `chat_data` under
a short random key, ``srch|<owner>|<key>|<page>``, at most `MEMORY` per chat. After a
restart the key is gone and the arrows answer "send /search again".

`/search` alone asks for a title with a ForceReply prompt; a reply to that very prompt
runs the search. Home's 🔍 Search (``srch|<owner>``, no arguments) shows the same question
in place of home, with a button that searches as you type (inline mode in this chat).
In a private chat the next plain text after the prompt counts too
(within `PROMPT_TTL`, and only if no command came in between): the console, and
clients that drop the reply, send it without `reply_to`. The handler sits in its own
handler group and acts on nothing else, so it never swallows other messages.

Any other plain text said to the bot is a search too (`bot.kit.chat.addressed_text`: all
text in a private chat; in a group a reply to the bot or text that starts with @bot),
and when it names one title or person exactly (`exact_hit`) that card opens at once
instead of the list. Neither path takes a message sent through inline mode (a result
chosen from 🔎 Search as you type) or a forwarded one: those are not said to the bot.
Text that looks like a Trakt code never gets here: the link feature deletes it first.
"""

from __future__ import annotations

import secrets
import time
import unicodedata
from collections.abc import Sequence
from typing import TypeVar

from telegram import ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, ReplyParameters, Update
from telegram.constants import ParseMode
from telegram.ext import CommandHandler, MessageHandler, filters

from bot.i18n import Translator
from bot.kit import views
from bot.kit.buttons import details_button, pager, person_button
from bot.kit.callback import Callback, InvalidCallback, decode
from bot.kit.chat import (
    App,
    Command,
    Context,
    addressed_text,
    localized,
    personal_translator,
    translator,
)
from bot.kit.codes import Action
from bot.kit.context import Waiting
from bot.kit.views import View, add_view, open_view
from bot.render import cards
from bot.render import people as render_people
from bot.trakt import Movie, Person, SearchResult, SearchType, Show
from bot.trakt.api_params import MAX_QUERY_LENGTH
from bot.trakt.models_lists import Page
from bot.trakt.ref import MediaRef

ACTION = Action.SEARCH
COMMANDS = (Command("search"),)
PER_PAGE = 8
MAX_PAGE = 10
MEMORY = 64
SHOWN_QUERY = 64
PROMPT_TTL = 300.0
PROMPT_GROUP = 1  # its own group: a handler here never hides others' handlers
TYPES: tuple[SearchType, ...] = ("show", "movie", "person")
Hit = Movie | Show | Person


K = TypeVar("K")
V = TypeVar("V")
_ISOLATE, _POP = "\u2068", "\u2069"  # keep right-to-left queries from reordering the line


async def search(update: Update, context: Context) -> None:
    """/search <title>: find shows and movies; without a title, ask for one."""
    text = " ".join(context.args or [])
    if text.strip():
        await _run(update, context, text)
    else:
        await _prompt(update, context)


async def on_text(update: Update, context: Context) -> None:
    """The answer to our "what should I look for?" prompt runs the search (all results);
    any other text said to the bot too (one exact hit opens its card)."""
    message = update.effective_message
    if message is None or not message.text or context.chat_data is None:
        return
    state = context.chat_data
    waiting = state.search_waiting
    if waiting is not None and message.message_id > waiting.prompt:
        state.search_waiting = None  # whatever comes next ends the wait
    if message.text.startswith("/") or message.via_bot or message.forward_origin:
        return  # a command, a card sent through inline mode, or text not typed to us
    answered = message.reply_to_message
    by_bot = (
        answered is not None
        and answered.from_user is not None
        and answered.from_user.id == context.bot.id
    )
    if answered is not None and by_bot and answered.message_id in state.search_prompts:
        await _run(update, context, message.text)
        return
    user = update.effective_user
    if (
        answered is None
        and waiting is not None
        and message.message_id > waiting.prompt
        and user is not None
        and user.id == waiting.user
        and time.monotonic() < waiting.until
    ):
        await _run(update, context, message.text)
        return
    said = addressed_text(message, context.bot.id, context.bot.username)
    if said:
        await _direct(update, context, said)


async def _direct(update: Update, context: Context, text: str) -> None:
    """Text said to the bot: the card of the one title or person it names, else the list."""
    query = _query(text)
    if not query:
        return
    user = update.effective_user
    svc = context.services
    token = await svc.accounts.token(user.id if user else None)
    result = await svc.trakt.search(query, types=TYPES, page=1, limit=PER_PAGE, token=token)
    hit = exact_hit(query, _hits(result), single=result.page_count <= 1)
    if isinstance(hit, Person) and hit.ids.trakt:
        await open_view(update, context, Action.PERSON, hit.ids.trakt)
    elif hit is not None and (ref := MediaRef.of(hit)) is not None and ref.is_title:
        await open_view(update, context, Action.DETAILS, ref.code, ref.trakt_id)
    else:
        await open_view(update, context, ACTION, _remember(context, query), 1)


def exact_hit(query: str, hits: Sequence[Hit], *, single: bool = False) -> Hit | None:
    """The one result `query` names: the only result there is (`single`: no other page),
    or the only one whose title or name, alone or with its year, is the query (case,
    accents and punctuation aside: "shogun" names "Shōgun", "dune 2021" "Dune" of 2021)."""
    if single and len(hits) == 1:
        return hits[0]
    wanted = _plain(query)
    named = [hit for hit in hits if wanted in _names(hit)]
    return named[0] if len(named) == 1 else None


def _names(hit: Hit) -> set[str]:
    """How a result may be named: its title or name, and a title with its year."""
    name = hit.name if isinstance(hit, Person) else hit.title
    if not name:
        return set()
    year = None if isinstance(hit, Person) else hit.year
    return {_plain(name), *([_plain(f"{name} {year}")] if year else [])}


def _plain(text: str) -> str:
    """Lower case, without accents, punctuation or repeated spaces."""
    kept = (
        " " if unicodedata.category(char)[0] in "PSZ" else char
        for char in unicodedata.normalize("NFKD", text.casefold())
        if unicodedata.category(char) not in ("Mn", "Cf")
    )
    return " ".join("".join(kept).split())


def _hits(result: Page[SearchResult]) -> list[Hit]:
    return [hit.media for hit in result.items if isinstance(hit.media, Movie | Show | Person)]


def _query(text: str) -> str:
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


async def _run(update: Update, context: Context, text: str) -> None:
    await open_view(update, context, ACTION, _remember(context, _query(text)), 1)


async def _prompt(update: Update, context: Context) -> None:
    tr = translator(update, context)
    chat, message = update.effective_chat, update.effective_message
    if chat is None:
        return
    quote = (
        ReplyParameters(message.message_id, allow_sending_without_reply=True)
        if message is not None and chat.type != "private"
        else None
    )
    sent = await chat.send_message(
        tr.html("search-usage"),
        parse_mode=ParseMode.HTML,
        reply_markup=ForceReply(selective=True, input_field_placeholder=tr.plain("search-field")),
        reply_parameters=quote,
    )
    user_id = update.effective_user.id if update.effective_user else 0
    state = context.chat_state
    state.search_prompts[sent.message_id] = user_id
    _bound(state.search_prompts)
    if chat.type == "private":
        state.search_waiting = Waiting(user_id, sent.message_id, time.monotonic() + PROMPT_TTL)


async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """One page of results: numbered cards, a row of details buttons and the pager; without
    a query, the question (home's 🔍 Search)."""
    if not cb.args:
        return _question(context, tr)
    query = _recall(context, cb.arg(0))
    if query is None:
        raise InvalidCallback("search expired")
    page = cb.int_arg(1, low=1, high=MAX_PAGE)
    svc = context.services
    token = await svc.accounts.token(cb.owner)
    result = await svc.trakt.search(query, types=TYPES, page=page, limit=PER_PAGE, token=token)
    hits = _hits(result)
    shown = _isolated(cards.trim(query, SHOWN_QUERY))
    pages = min(max(result.page_count, result.page), MAX_PAGE)
    if not hits:
        key = "search-none" if page == 1 else "search-no-more"
        back = pager(tr, ACTION, (cb.arg(0),), page, page, cb.owner) if page > 1 else []
        return View(tr.html(key, query=shown), InlineKeyboardMarkup([back]) if back else None)
    header = tr.html("search-header", query=shown, page=result.page, pages=pages)
    first = (page - 1) * PER_PAGE + 1
    titles = [media for media in hits if isinstance(media, Movie | Show)]
    local = await localized(context, tr, titles, cb.owner)
    blocks = [
        render_people.entry(tr, n, media)
        if isinstance(media, Person)
        else cards.list_entry(tr, n, media, _kind(tr, media), local.of(media))
        for n, media in enumerate(hits, first)
    ]
    text = cards.join_blocks(header, blocks, tr.html("search-footer"))
    return View(text, _keyboard(tr, cb, hits, first, page, pages))


def _question(context: Context, tr: Translator) -> View:
    """ "Send me a title", and a button that searches as you type when inline mode is on."""
    if not context.bot_data.inline_mode:
        return View(tr.html("search-prompt"))
    label = tr.plain("search-inline-button")
    here = InlineKeyboardButton(label, switch_inline_query_current_chat="")
    return View(tr.html("search-prompt-inline"), InlineKeyboardMarkup([[here]]))


def _keyboard(
    tr: Translator, cb: Callback, hits: Sequence[Hit], first: int, page: int, pages: int
) -> InlineKeyboardMarkup:
    # Anyone may open a card (its owner is whoever pressed); the pager is the searcher's.
    numbers: list[InlineKeyboardButton] = []
    for number, media in enumerate(hits, first):
        label = str(number)
        if isinstance(media, Person):
            if media.ids.trakt:
                numbers.append(person_button(tr, media.ids.trakt, None, label=label))
        elif (ref := MediaRef.of(media)) is not None:
            numbers.append(details_button(tr, ref, None, label=label))
    rows = [numbers] if numbers else []
    paging = pager(tr, ACTION, (cb.arg(0),), page, pages, cb.owner)
    if paging:
        rows.append(paging)
    return InlineKeyboardMarkup(rows)


def _isolated(text: str) -> str:
    """Right-to-left text wrapped in isolates, so it can't reorder the rest of the line."""
    if any(unicodedata.bidirectional(char) in ("R", "AL") for char in text):
        return f"{_ISOLATE}{text}{_POP}"
    return text


def _kind(tr: Translator, media: Movie | Show) -> str:
    return tr.plain("search-kind-movie" if isinstance(media, Movie) else "search-kind-show")


async def on_page(update: Update, context: Context) -> None:
    """The pager: a search forgotten (restart, or long ago) asks for /search again. Home's
    🔍 Search: the question in place, and the person's next text is what to look for."""
    query = update.callback_query
    cb = _decoded(query.data if query is not None else None)
    if query is not None and cb is not None and not cb.args:
        message = query.message
        user_id = query.from_user.id
        if cb.allows(user_id) and message is not None and message.chat.type == "private":
            until = time.monotonic() + PROMPT_TTL
            context.chat_state.search_waiting = Waiting(user_id, message.message_id, until)
    elif query is not None and cb is not None and _recall(context, cb.arg(0)) is None:
        alert = personal_translator(update, context).plain("search-expired")
        await query.answer(alert, show_alert=True)
        return
    await views.on_view_button(update, context)


def _decoded(data: str | None) -> Callback | None:
    try:
        return decode(data)
    except InvalidCallback:
        return None  # forged: the view button handler answers that


def _remember(context: Context, query: str) -> str:
    queries = context.chat_state.search_queries
    key = secrets.token_urlsafe(6)
    queries[key] = query
    _bound(queries)
    return key


def _recall(context: Context, key: str) -> str | None:
    return context.chat_state.search_queries.get(key)


def _bound(memory: dict[K, V]) -> None:
    """Forget the oldest entries beyond `MEMORY` (dicts keep insertion order)."""
    while len(memory) > MEMORY:
        memory.pop(next(iter(memory)))


def register(app: App) -> None:
    """Add the handlers of this feature (our pager answers expired pages first)."""
    app.add_handler(CommandHandler("search", search))
    add_view(app, ACTION, render, press=on_page, top=True)
    app.add_handler(
        MessageHandler(filters.TEXT & ~filters.UpdateType.EDITED, on_text), group=PROMPT_GROUP
    )
