"""A watch party's second half: read everyone's Trakt, post the shortlist and the poll,
then close the vote and announce the pick.

`pick` runs once the party moved to PICKING (one press wins, see `Store.move_party`);
`finish` runs for whoever moves it from VOTING to DONE first: the starter's "Done",
or the last member's vote. Only members' votes count: anyone in the group can answer the
poll, so the count is ours, never Telegram's totals.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

from telegram import InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError

from bot.features.party.render import (
    MIN_MEMBERS,
    done_keyboard,
    party_keyboard,
    party_text,
    poll_options,
    poll_question,
    shortlist_text,
    winner_keyboard,
    winner_text,
)
from bot.i18n import Html, Translator
from bot.kit.chat import NO_PREVIEW, Context, localized
from bot.party import (
    POLL_MAX,
    POLL_MIN,
    Candidate,
    Gathered,
    Member,
    gather,
    rank,
    tally,
    trending,
    watched_by_anyone,
    widen,
    winner,
)
from bot.store.parties import DONE, OPEN, VOTING, Party
from bot.trakt import TraktError, Translation
from bot.translations import Localized

logger = logging.getLogger(__name__)


def group_translator(context: Context, party: Party) -> Translator:
    """The language the party speaks to the group: the one its admins set (now, should
    they change it mid-party), else the one it started in (the starter's)."""
    svc = context.services
    chosen = svc.i18n.match(svc.store.get_chat_language(party.chat_id))
    return svc.i18n.translator(chosen or party.language)


async def show_party(context: Context, party: Party, winner: Candidate | None = None) -> None:
    """Re-render the party message in place (a vanished or unchanged message is fine)."""
    if party.message_id is None:
        return
    tr = group_translator(context, party)
    translation = await _translation(context, tr, winner)
    try:
        await context.bot.edit_message_text(
            party_text(tr, party, winner, translation),
            chat_id=party.chat_id,
            message_id=party.message_id,
            parse_mode=ParseMode.HTML,
            reply_markup=party_keyboard(tr, party, context.bot.username),
            link_preview_options=NO_PREVIEW,
        )
    except BadRequest as exc:
        text = exc.message.lower()
        if "not modified" not in text and "not found" not in text:
            raise


async def pick(context: Context, party: Party) -> None:
    """Gather, rank, post the shortlist and the poll; back to OPEN if that fails.

    Each outcome is saved only while the party is still as this pick found it (a
    compare-and-set), and posted only once saved: a party its starter replaced or ended
    meanwhile stays so and hears nothing more from this pick.
    """
    try:
        await show_party(context, party)
        await _pick(context, party)
    finally:
        await _reopen(context, party)


async def _pick(context: Context, party: Party) -> None:
    svc = context.services
    tr = group_translator(context, party)
    members = [Member(m.user_id, m.name) for m in party.members]
    found = await gather(svc.accounts, svc.trakt, members, party.kind)
    notes = _skipped(tr, found)
    if len(found.wishes) < MIN_MEMBERS:
        notes.append(tr.html("party-too-few-reached", count=len(found.wishes)))
        if await _reopen(context, party):
            await _say(context, party, Html("\n".join(notes)))
        return
    candidates = rank(found.wishes)
    widened = False
    if len(candidates) < POLL_MIN:
        more = await _widened(context, party, found, candidates)
        widened = len(more) > len(candidates)
        candidates = more
    shortlist = candidates[:POLL_MAX]
    if not shortlist:
        if await _reopen(context, party):
            await _say(context, party, Html("\n".join([*notes, tr.html("party-nothing")])))
        return
    names = [w.name for w in found.wishes]
    local = await localized(context, tr, [c.media() for c in shortlist], found.wishes[0].user_id)
    text = shortlist_text(tr, shortlist, names, notes, widened=widened, local=local)
    stored = tuple(c.to_json() for c in shortlist)
    state = DONE if len(shortlist) == 1 else VOTING
    if not svc.store.save_party_if(replace(party, state=state, candidates=stored), party):
        return  # replaced or ended while this pick read Trakt: nothing more to say
    chosen = svc.store.get_party(party.id)
    if state == DONE:
        await _say(context, chosen, text)
        await _announce(context, chosen, shortlist[0], None)
        return
    try:
        await _say(context, chosen, text)
        polled = await _poll(context, tr, chosen, shortlist, local)
    except BaseException:
        await _reopen(context, chosen)  # no poll to vote in: open again
        raise
    if polled:
        await show_party(context, svc.store.get_party(party.id))


async def _poll(
    context: Context,
    tr: Translator,
    party: Party,
    shortlist: Sequence[Candidate],
    local: Localized,
) -> bool:
    """Post the vote on the shortlist and keep its poll with the party; False when the
    party ended while the poll was sent (its poll is taken down again)."""
    store = context.services.store
    sent = await context.bot.send_poll(
        party.chat_id,
        poll_question(tr),
        poll_options(tr, shortlist, local),
        is_anonymous=False,
        allows_multiple_answers=False,
        reply_markup=done_keyboard(tr, party),
    )
    poll_id = sent.poll.id if sent.poll else None
    voting = replace(party, poll_id=poll_id, poll_message_id=sent.message_id)
    if store.save_party_if(voting, party):
        return True
    try:
        await context.bot.delete_message(party.chat_id, sent.message_id)
    except TelegramError as exc:
        logger.info("party %s: could not take down the poll of an ended party: %s", party.id, exc)
    return False


async def _reopen(context: Context, was: Party) -> bool:
    """Back to OPEN, shown so, while the party is still as `was` (a pick that found
    nothing to vote on, or failed); False when it changed meanwhile."""
    store = context.services.store
    reopened = replace(was, state=OPEN, candidates=(), poll_id=None, poll_message_id=None)
    if not store.save_party_if(reopened, was):
        return False
    await show_party(context, store.get_party(was.id))
    return True


async def finish(context: Context, party: Party) -> bool:
    """Close the vote and announce the pick; False when someone else already did."""
    store = context.services.store
    if not store.move_party(party.id, (VOTING,), DONE):
        return False
    party = store.get_party(party.id)
    shortlist = [Candidate.from_json(c) for c in party.candidates]
    if not shortlist:
        await show_party(context, party)
        return True
    counts = await _final_counts(context, party, len(shortlist))
    best = winner(counts)
    await _announce(context, party, shortlist[best], counts[best])
    return True


async def _final_counts(context: Context, party: Party, options: int) -> list[int]:
    """The members' votes, counted here: a poll in a group is open to everyone in it, so
    Telegram's totals (stopPoll) would count outsiders too. The poll is closed all the same."""
    members = {m.user_id for m in party.members}
    counts = tally({user: v for user, v in party.votes.items() if user in members}, options)
    if party.poll_message_id is None:
        return counts
    try:
        await context.bot.stop_poll(party.chat_id, party.poll_message_id)
    except TelegramError as exc:
        logger.info("party %s: closing the poll failed: %s", party.id, exc)
    try:  # the closed poll keeps no "Done" button
        await context.bot.edit_message_reply_markup(party.chat_id, party.poll_message_id)
    except TelegramError as exc:
        logger.info("party %s: could not drop the Done button: %s", party.id, exc)
    return counts


async def _announce(context: Context, party: Party, chosen: Candidate, votes: int | None) -> None:
    tr = group_translator(context, party)
    text = winner_text(tr, chosen, votes, await _translation(context, tr, chosen))
    await _say(context, party, text, winner_keyboard(tr, chosen))
    await show_party(context, party, chosen)


async def _translation(
    context: Context, tr: Translator, candidate: Candidate | None
) -> Translation | None:
    """The candidate's title in the group's language (cached since the shortlist)."""
    if candidate is None:
        return None
    media = candidate.media()
    return (await localized(context, tr, [media], None)).of(media)


async def _widened(
    context: Context, party: Party, found: Gathered, candidates: Sequence[Candidate]
) -> list[Candidate]:
    """Top up with trending titles nobody has watched (a public call on a member's token)."""
    svc = context.services
    token = await svc.accounts.token(found.wishes[0].user_id)
    try:
        hot = await trending(svc.trakt, party.kind, token)
    except TraktError as exc:
        logger.warning("party %s: trending failed: %r", party.id, exc)
        return list(candidates)
    return widen(candidates, hot, watched_by_anyone(found.wishes))


def _skipped(tr: Translator, found: Gathered) -> list[Html]:
    notes = [tr.html("party-skipped", name=m.name) for m in found.unreachable]
    notes.extend(tr.html("party-unlinked", name=m.name) for m in found.unlinked)
    return notes


async def _say(
    context: Context, party: Party, text: Html, keyboard: InlineKeyboardMarkup | None = None
) -> None:
    await context.bot.send_message(
        party.chat_id,
        text,
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard,
        link_preview_options=NO_PREVIEW,
    )
