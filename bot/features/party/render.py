"""How a watch party reads in the group: the party message, the shortlist, the poll, the pick.

Everything here is shown to the whole group, so it carries titles and first names
only: never what anyone watched, never a code or a token. Titles and overviews are in
the group's language where Trakt has a translation (`local`, `bot.translations`), with
Trakt's own title beside.
"""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import PollLimit

from bot.i18n import Html, Translator, escape
from bot.kit.buttons import LINK_PAYLOAD, deep_link, details_button
from bot.kit.callback import encode
from bot.kit.codes import Action
from bot.party import Candidate
from bot.render import cards
from bot.store.parties import DONE, ENDED, OPEN, PICKING, VOTING, Party
from bot.trakt import Translation
from bot.translations import Localized

ACTION = Action.PARTY
MIN_MEMBERS = 2


def party_text(
    tr: Translator,
    party: Party,
    winner: Candidate | None = None,
    translation: Translation | None = None,
) -> Html:
    """The party message: what it is, who is in, what happens next (`translation`: of
    the winner's title)."""
    kind = tr.plain(f"party-kind-{party.kind}")
    intro = tr.html("party-intro", name=party.starter_name)
    blocks = [
        Html(f"{tr.html('party-title', kind=kind)}\n{intro}"),
        _members_line(tr, party),
        _status(tr, party, winner, translation),
    ]
    return Html("\n\n".join(blocks))


def party_keyboard(tr: Translator, party: Party, bot_username: str) -> InlineKeyboardMarkup | None:
    """Join, leave, pick now and link privately, while the party is open."""
    if party.state != OPEN:
        return None
    return InlineKeyboardMarkup(
        [
            [
                _button(tr, "party-button-join", party, "in"),
                _button(tr, "party-button-leave", party, "out"),
            ],
            [_button(tr, "party-button-pick", party, "go")],
            [
                InlineKeyboardButton(
                    tr.plain("party-button-link"), url=deep_link(bot_username, LINK_PAYLOAD)
                )
            ],
        ]
    )


def done_keyboard(tr: Translator, party: Party) -> InlineKeyboardMarkup:
    """The poll's "Done" button (the starter closes the vote)."""
    return InlineKeyboardMarkup([[_button(tr, "party-button-done", party, "done")]])


def shortlist_text(
    tr: Translator,
    shortlist: Sequence[Candidate],
    names: Sequence[str],
    notes: Sequence[Html] = (),
    *,
    widened: bool = False,
    local: Localized | None = None,
) -> Html:
    """One message with a short card per candidate, above the poll."""
    header = [tr.html("party-shortlist-header", names=tr.join(names))]
    header.extend(notes)
    if widened:
        header.append(tr.html("party-widened"))
    local = local or Localized()
    blocks = [
        _entry(tr, number, candidate, local.of(candidate.media()))
        for number, candidate in enumerate(shortlist, 1)
    ]
    return cards.directed(tr, cards.join_blocks(Html("\n".join(header)), blocks))


def poll_question(tr: Translator) -> str:
    """The poll's question."""
    return cards.trim(tr.plain("party-poll-question"), PollLimit.MAX_QUESTION_LENGTH)


def poll_options(
    tr: Translator, shortlist: Sequence[Candidate], local: Localized | None = None
) -> list[str]:
    """One poll option per candidate: `1. Title (year)` (the title translated if it can be)."""
    options = []
    for number, candidate in enumerate(shortlist, 1):
        translation = local.of(candidate.media()) if local else None
        name = cards.display_name(candidate.media(), translation) or tr.plain("card-untitled")
        year = f" ({tr.digits(str(candidate.year))})" if candidate.year else ""
        options.append(
            cards.numbered_label(tr, number, f"{name}{year}", PollLimit.MAX_OPTION_LENGTH)
        )
    return options


def winner_text(
    tr: Translator, candidate: Candidate, votes: int | None, translation: Translation | None = None
) -> Html:
    """The pick, announced with its card."""
    media = candidate.media()
    lines = [tr.html("party-winner", title=cards.title(tr, media, translation))]
    small = cards.facts(tr, media)
    if small:
        lines.append(small)
    about = cards.overview(media, translation)
    if about:
        overview = cards.trim(about, cards.ONE_LINE * 2)
        lines.append(Html(f"<i>{escape(overview)}</i>"))
    if votes is None:
        lines.append(tr.html("party-only-one"))
    elif votes == 0:
        lines.append(tr.html("party-no-votes"))
    else:
        lines.append(tr.html("party-votes", count=votes))
    return cards.directed(tr, Html("\n".join(lines)))


def winner_keyboard(tr: Translator, candidate: Candidate) -> InlineKeyboardMarkup:
    """The pick's details card, for anyone in the group to open."""
    return InlineKeyboardMarkup([[details_button(tr, candidate.ref, None)]])


def _members_line(tr: Translator, party: Party) -> Html:
    if not party.members:
        return tr.html("party-nobody")
    names = tr.join(m.name for m in party.members)
    return tr.html("party-members", count=len(party.members), names=names)


def _status(
    tr: Translator, party: Party, winner: Candidate | None, translation: Translation | None
) -> Html:
    if party.state == OPEN:
        key = "party-ready" if len(party.members) >= MIN_MEMBERS else "party-need-more"
        return tr.html(key)
    if party.state == PICKING:
        return tr.html("party-picking")
    if party.state == VOTING:
        return tr.html("party-voting")
    if party.state == DONE and winner is not None:
        return tr.html("party-over", title=cards.title(tr, winner.media(), translation))
    if party.state == ENDED:
        return tr.html("party-replaced")
    return tr.html("party-closed")


def _entry(
    tr: Translator, number: int, candidate: Candidate, translation: Translation | None
) -> Html:
    media = candidate.media()
    lines = [Html(f"{tr.numeral(number)}. {cards.title(tr, media, translation)}")]
    small = cards.facts(tr, media)
    if small:
        lines.append(small)
    if candidate.wanted_by:
        lines.append(tr.html("party-wanted-by", names=tr.join(candidate.wanted_by)))
    if candidate.suggested_for:
        lines.append(tr.html("party-suggested-for", names=tr.join(candidate.suggested_for)))
    if candidate.trending:
        lines.append(tr.html("party-trending"))
    return Html("\n".join(lines))


def _button(tr: Translator, key: str, party: Party, op: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(
        tr.plain(key), callback_data=encode(ACTION, party.id, op, owner=None)
    )
