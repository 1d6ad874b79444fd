"""A person in a chat (HTML): a search result line, and the person's card.

The card: name, known-for department, birth and death (and birthplace), a short
biography, then the titles they are best known for (`known_for`: their credits in that
department, most voted first), numbered so the card's buttons open each title, and a
trakt.tv link. Everything from Trakt is escaped; the card fits one message.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from bot.i18n import Html, Translator, escape
from bot.render import cards
from bot.trakt import ACTING, Credit, Movie, Person, Show, Translation

KNOWN_FOR = 8
BIOGRAPHY = 600
ROLES = 2
ROLE_LENGTH = 40
TITLE = 80
NAME = 100
DEPARTMENTS = {
    "acting": "acting",
    "directing": "directing",
    "writing": "writing",
    "production": "production",
    "sound": "sound",
    "camera": "camera",
    "editing": "editing",
    "art": "art",
    "crew": "crew",
    "costume & make-up": "costume",
    "lighting": "lighting",
    "visual effects": "visual-effects",
}


# Crew lists Trakt keeps apart from a department they belong with: a show's creators
# ("created by") are its writers.
ALSO = {"writing": ("created by",)}


@dataclass(frozen=True)
class Known:
    """One title on a person's card: the title, the characters played, episodes."""

    media: Movie | Show
    roles: tuple[str, ...] = ()
    episodes: int | None = None


def department(tr: Translator, name: str | None) -> str:
    """A Trakt department ("directing") in the reader's language; "" when unknown."""
    if not name:
        return ""
    return tr.plain(f"people-department-{DEPARTMENTS.get(name.lower(), 'crew')}")


def known_for(person: Person, credits: Sequence[Credit], limit: int = KNOWN_FOR) -> list[Known]:
    """Their best-known titles: credits in their known-for department (all credits if they
    have none there), one entry per title, most voted first, then newest."""
    wanted = (person.known_for_department or ACTING).lower()
    departments = {wanted, *ALSO.get(wanted, ())}
    chosen = [c for c in credits if c.department in departments] or list(credits)
    merged: dict[tuple[str, int], Known] = {}
    for credit in chosen:
        media = credit.media
        key = ("movie" if isinstance(media, Movie) else "show", media.ids.trakt or 0)
        before = merged.get(key)
        # Characters tell something; a crew job mostly repeats the department ("Director").
        played = credit.roles if credit.department == ACTING else ()
        roles = (*before.roles, *played) if before else played
        episodes = credit.episodes if before is None else before.episodes or credit.episodes
        merged[key] = Known(media, tuple(dict.fromkeys(roles)), episodes)
    ranked = sorted(
        merged.values(), key=lambda k: (k.media.votes or 0, k.media.year or 0), reverse=True
    )
    return ranked[:limit]


def entry(tr: Translator, number: int, person: Person) -> Html:
    """A numbered search result: `N. 👤 Name`, department and birth, a line of biography."""
    lines = [Html(f"{number}. 👤 {_name(tr, person)}")]
    small = _facts(tr, person, years_only=True)
    if small:
        lines.append(escape(small))
    if person.biography:
        lines.append(Html(f"<i>{escape(cards.trim(person.biography, cards.ONE_LINE))}</i>"))
    return Html("\n".join(lines))


def card(
    tr: Translator,
    person: Person,
    known: Sequence[Known],
    url: str,
    translations: Sequence[Translation | None] = (),
) -> Html:
    """The person's card, under Telegram's message limit."""
    head = [Html(f"👤 {_name(tr, person)}")]
    small = _facts(tr, person, years_only=False)
    if small:
        head.append(escape(small))
    blocks = ["\n".join(head)]
    if person.biography:
        blocks.append(escape(cards.trim(person.biography, BIOGRAPHY)))
    if known:
        lines = [tr.html("people-known-for")]
        for number, item in enumerate(known, 1):
            local = translations[number - 1] if number <= len(translations) else None
            lines.append(_known_line(tr, number, item, local))
        lines.append(tr.html("people-tap"))
        blocks.append("\n".join(lines))
    else:
        blocks.append(tr.html("people-no-credits"))
    blocks.append(tr.html("details-link", url=Html(html.escape(url, quote=True))))
    return Html("\n\n".join(blocks))  # every part is trimmed: well under 4096


def _name(tr: Translator, person: Person) -> str:
    return f"<b>{escape(tr.isolate(cards.trim(person.name, NAME) or '?'))}</b>"


def _known_line(tr: Translator, number: int, item: Known, local: Translation | None) -> Html:
    icon = "📺" if isinstance(item.media, Show) else "🎬"
    name = cards.trim(cards.display_name(item.media, local) or tr.plain("card-untitled"), TITLE)
    line = f"{number}. {icon} <b>{escape(tr.isolate(name))}</b>"
    if item.media.year:
        line += f" ({tr.isolate(str(item.media.year))})"
    roles = [cards.trim(role, ROLE_LENGTH) for role in item.roles[:ROLES]]
    if roles:
        line += " · " + escape(tr.plain("people-as", role=tr.isolate(", ".join(roles))))
    if item.episodes:
        line += " · " + escape(tr.plain("people-episodes", count=item.episodes))
    return Html(line)


def _facts(tr: Translator, person: Person, *, years_only: bool) -> str:
    """`Directing · born Jul 30, 1970 · London` (years only in a list: `born 1970`)."""
    bits = [department(tr, person.known_for_department)]
    if person.birthday:
        born = str(person.birthday.year) if years_only else tr.date(person.birthday)
        bits.append(tr.plain("people-born", date=tr.isolate(born)))
    if person.death:
        died = str(person.death.year) if years_only else tr.date(person.death)
        bits.append(tr.plain("people-died", date=tr.isolate(died)))
    if person.birthplace and not years_only:
        bits.append(tr.isolate(cards.trim(person.birthplace, 80)))
    return " · ".join(bit for bit in bits if bit)
