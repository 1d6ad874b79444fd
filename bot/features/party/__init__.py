"""/party: a watch party in a group chat (GitHub issue 5).

Someone sends `/party [shows|movies]`; people press "I'm in" (only with a linked
Trakt account: the message carries a "link privately" button that opens the bot's
private chat), then "Pick now". The bot reads every member's watchlist,
recommendations and watched titles (see bot/party), posts a shortlist of titles
nobody has seen with a poll, and announces the winner when the starter presses
"Done" or every member voted.

The party lives in SQLite (bot/store/parties.py), so its buttons and its poll keep
working after a restart; a button of a party that is gone answers politely.

One party runs per group at a time: a second /party while one runs points to it (a
reply to its message) instead of replacing it, with a "Start a new party" button that
only its starter or a group admin may press. A party nobody touched for `ABANDONED`
seconds does not count as running.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from functools import partial

from telegram import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
    Update,
)
from telegram.ext import CallbackQueryHandler, CommandHandler, PollAnswerHandler

from bot.features.party.pick import finish, group_translator, pick, show_party
from bot.features.party.render import (
    ACTION,
    MIN_MEMBERS,
    party_keyboard,
    party_text,
)
from bot.i18n import Translator
from bot.kit import access, args
from bot.kit.callback import InvalidCallback, decode, encode, pattern
from bot.kit.chat import (
    App,
    Command,
    Context,
    personal_translator,
    reply,
    translator,
)
from bot.store import NotFound
from bot.store.parties import ACTIVE, DONE, ENDED, OPEN, PICKING, VOTING, Party, PartyMember

# /help in a private chat names it (and /party there explains groups); its menu does not.
COMMANDS = (Command("party", private=True, group=True, private_menu=False),)
OPS = ("in", "out", "go", "done", "new")
KINDS = ("all", args.MOVIES, args.SHOWS)
MAX_MEMBERS = 10
RETENTION = 14 * 24 * 3600  # seconds a finished or forgotten party is kept
PICK_STALE = 120  # seconds after which a pick that never finished (a crash) is dropped
ABANDONED = 6 * 3600  # seconds without a press after which an open party no longer counts

clock: Callable[[], float] = time.time


@dataclass(frozen=True)
class Outcome:
    """How to answer a press, and any slow work to do after answering."""

    text: str | None = None
    alert: bool = False
    then: Callable[[], Awaitable[object]] | None = None


async def party(update: Update, context: Context) -> None:
    """/party [shows|movies]: start a watch party (groups only)."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return
    tr = translator(update, context)
    if chat.type == "private":
        await reply(update, tr.html("party-private"))
        return
    context.services.store.purge_parties(clock() - RETENTION)
    kind = parse_kind(context.args or [])
    running = await _running_party(context, chat.id)
    if running is not None:
        await _point_to(update, context, tr, running, kind)
        return
    await _start(update, context, kind)


async def _start(update: Update, context: Context, kind: str) -> None:
    """A new party in the update's chat, started by whoever sent or pressed."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return
    svc, tr = context.services, translator(update, context)
    language = svc.store.get_chat_language(chat.id) or tr.language
    members = [PartyMember(user.id, user.first_name)] if svc.accounts.is_linked(user.id) else []
    created = svc.store.create_party(chat.id, user.id, user.first_name, kind, language, members)
    group_tr = group_translator(context, created)
    keyboard = party_keyboard(group_tr, created, context.bot.username)
    message = await reply(update, party_text(group_tr, created), keyboard)
    if message is not None:
        svc.store.save_party(replace(created, message_id=message.message_id))


async def _point_to(
    update: Update, context: Context, tr: Translator, running: Party, kind: str
) -> None:
    """Say a party runs already (a reply to its message) and offer its starter or an
    admin to start a new one instead."""
    quote = (
        ReplyParameters(running.message_id, allow_sending_without_reply=True)
        if running.message_id
        else None
    )
    data = encode(ACTION, running.id, "new", kind, owner=None)
    button = InlineKeyboardButton(tr.plain("party-button-new"), callback_data=data)
    text = tr.html("party-running", name=running.starter_name)
    await reply(update, text, InlineKeyboardMarkup([[button]]), reply_parameters=quote)


def parse_kind(words: list[str]) -> str:
    """`movies`, `shows` or both (`all`) from the command's first word, in any language."""
    first = args.match(words[0]) if words else None
    return first if first in (args.MOVIES, args.SHOWS) else "all"


async def on_button(update: Update, context: Context) -> None:
    """Any button of a party message or its poll: join, leave, pick now, done."""
    query = update.callback_query
    if query is None:
        return
    tr = personal_translator(update, context)  # answers; group messages: group_translator
    if not isinstance(query.message, Message):  # too old for Telegram to show us
        await query.answer(tr.plain("party-ended"), show_alert=True)
        return
    try:
        cb = decode(query.data)
        party_id, op = cb.int_arg(0, low=1), cb.choice(1, OPS)
        kind = cb.choice(2, KINDS) if op == "new" else ""
    except InvalidCallback:
        await query.answer(tr.plain("button-invalid"), show_alert=True)
        return
    if op == "new":
        await _replace(update, context, tr, party_id, kind)
        return
    async with _lock(context, party_id):
        found = _load(context, party_id, query.message)
        if found is None or found.state in (DONE, ENDED):
            outcome = Outcome(tr.plain("party-ended"), alert=True)
        else:
            outcome = await _OPERATIONS[op](query, context, tr, found)
    await query.answer(outcome.text, show_alert=outcome.alert)
    if outcome.then is not None:
        await outcome.then()


async def _replace(
    update: Update, context: Context, tr: Translator, party_id: int, kind: str
) -> None:
    """ "Start a new party" under a pointer: its starter or an admin ends the running party
    (its message says so) and starts a new one; anyone may once it is over anyway."""
    query = update.callback_query
    assert query is not None and isinstance(query.message, Message)
    store = context.services.store
    async with _lock(context, party_id):
        try:
            old: Party | None = store.get_party(party_id)
        except NotFound:
            old = None
        if old is not None and old.chat_id != query.message.chat.id:
            await query.answer(tr.plain("button-invalid"), show_alert=True)
            return
        if old is not None and old.state in ACTIVE:
            if not await _may_replace(context, old, query.from_user.id):
                alert = tr.plain("party-new-not-allowed", name=old.starter_name)
                await query.answer(alert, show_alert=True)
                return
            if store.move_party(old.id, (old.state,), ENDED):
                await show_party(context, store.get_party(old.id))
        if await _running_party(context, query.message.chat.id) is not None:
            await query.answer(tr.plain("party-new-too-late"), show_alert=True)
            return
        await query.answer(tr.plain("party-new-started"))
        await query.edit_message_reply_markup(None)  # the pointer did its job
        await _start(update, context, kind)


async def _may_replace(context: Context, party: Party, user_id: int) -> bool:
    """The party's starter, or an admin of its group."""
    return user_id == party.starter_id or await access.is_admin(context, party.chat_id, user_id)


async def _join(query: CallbackQuery, context: Context, tr: Translator, party: Party) -> Outcome:
    svc, user = context.services, query.from_user
    if party.state != OPEN:
        return _busy(tr, party)
    if party.has(user.id):
        return Outcome(tr.plain("party-already-in"))
    if not svc.accounts.is_linked(user.id):
        return Outcome(tr.plain("party-link-first"), alert=True)
    if len(party.members) >= MAX_MEMBERS:
        return Outcome(tr.plain("party-full", count=MAX_MEMBERS), alert=True)
    joined = (*party.members, PartyMember(user.id, user.first_name))
    await show_party(context, svc.store.save_party(replace(party, members=joined)))
    return Outcome(tr.plain("party-joined"))


async def _leave(query: CallbackQuery, context: Context, tr: Translator, party: Party) -> Outcome:
    svc, user = context.services, query.from_user
    if party.state != OPEN:
        return _busy(tr, party)
    if not party.has(user.id):
        return Outcome(tr.plain("party-not-in"))
    left = tuple(m for m in party.members if m.user_id != user.id)
    await show_party(context, svc.store.save_party(replace(party, members=left)))
    return Outcome(tr.plain("party-left"))


async def _pick_now(
    query: CallbackQuery, context: Context, tr: Translator, party: Party
) -> Outcome:
    store, user = context.services.store, query.from_user
    if party.state != OPEN:
        return _busy(tr, party)
    count = len(party.members)
    if count < MIN_MEMBERS and user.id != party.starter_id:
        return Outcome(tr.plain("party-starter-only", name=party.starter_name), alert=True)
    if count < MIN_MEMBERS:
        return Outcome(tr.plain("party-too-few", count=count), alert=True)
    if not party.has(user.id) and user.id != party.starter_id:
        return Outcome(tr.plain("party-members-only"), alert=True)
    if not store.move_party(party.id, (OPEN,), PICKING):
        return _busy(tr, party)
    picking = store.get_party(party.id)
    return Outcome(tr.plain("party-picking-toast"), then=partial(pick, context, picking))


async def _done(query: CallbackQuery, context: Context, tr: Translator, party: Party) -> Outcome:
    if party.state != VOTING:
        return _busy(tr, party)
    if query.from_user.id != party.starter_id:
        return Outcome(tr.plain("party-done-starter-only", name=party.starter_name), alert=True)
    return Outcome(tr.plain("party-closing-toast"), then=partial(finish, context, party))


_OPERATIONS: dict[str, Callable[[CallbackQuery, Context, Translator, Party], Awaitable[Outcome]]]
_OPERATIONS = {"in": _join, "out": _leave, "go": _pick_now, "done": _done}


def _busy(tr: Translator, party: Party) -> Outcome:
    key = "party-busy" if party.state == PICKING else "party-vote-started"
    return Outcome(tr.plain(key), alert=True)


async def on_poll_answer(update: Update, context: Context) -> None:
    """A vote in a party's poll: note it; once every member voted, close the vote."""
    answer = update.poll_answer
    if answer is None or answer.user is None:
        return
    try:
        voted = context.services.store.record_vote(
            answer.poll_id, answer.user.id, answer.option_ids
        )
    except NotFound:
        return  # not one of our parties' polls
    members = {m.user_id for m in voted.members}
    if voted.state == VOTING and members and members <= set(voted.votes):
        await finish(context, voted)


def _load(context: Context, party_id: int, message: Message) -> Party | None:
    """The party a button belongs to, checked against the message it sits on."""
    store = context.services.store
    try:
        found = store.get_party(party_id)
    except NotFound:
        return None
    if found.chat_id != message.chat.id or message.message_id not in (
        found.message_id,
        found.poll_message_id,
    ):
        return None  # a button from another database's party with the same id
    if found.state == PICKING and clock() - found.updated_at > PICK_STALE:
        store.move_party(found.id, (PICKING,), OPEN)  # the pick died with the process
        found = store.get_party(found.id)
    return found


async def _running_party(context: Context, chat_id: int) -> Party | None:
    """The chat's party that still runs, if any (the newest); parties left behind (a pick
    that died with the process, an open party nobody touched for hours) end here."""
    store = context.services.store
    running = None
    for old in store.active_parties(chat_id):
        idle = clock() - old.updated_at
        stale = idle > PICK_STALE if old.state == PICKING else idle > ABANDONED
        if not stale:
            running = old
        elif store.move_party(old.id, (old.state,), ENDED):
            await show_party(context, store.get_party(old.id))
    return running


def _lock(context: Context, party_id: int) -> asyncio.Lock:
    """One press at a time per party, so two joins never overwrite each other."""
    locks = context.bot_data.party_locks
    lock = locks.get(party_id)
    if lock is None:
        lock = locks[party_id] = asyncio.Lock()
    return lock


def register(app: App) -> None:
    """Add the handlers of this feature."""
    app.add_handler(CommandHandler("party", party))
    app.add_handler(CallbackQueryHandler(on_button, pattern=pattern(ACTION)))
    app.add_handler(PollAnswerHandler(on_poll_answer))
