"""People in a chat (HTML): a search result line, a person's card, a title's people.

The card: name, known-for department, birth and death (and birthplace), a short
biography, then the titles they are best known for (`known_for`: their credits in that
department, most voted first), numbered so the card's buttons open each title, and a
trakt.tv link. A title's people (`cast_list`, from `key_people`): its directors and
creators, then the cast in billing order, then the rest of the crew, each person once
with what they did: an actor by the characters played (and a lead's "Creator" or
"Directing"), never by the producing or other crew work Trakt also lists for them.
Everything from Trakt is escaped; each fits one message.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, replace

from telegram.constants import MessageLimit

from bot.i18n import Html, Translator, escape
from bot.render import cards
from bot.render.cards import utf16_len
from bot.trakt import ACTING, Credit, Movie, Person, Role, Show, TitlePeople, Translation

KNOWN_FOR = 8
TITLE_PEOPLE = 12
LEADERS = 3  # directors and creators a title's people start with
LISTED_NAME = 60
DEPARTMENTS_SHOWN = 3
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
    "created by": "created-by",
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
    lines = [Html(f"{tr.numeral(number)}. 👤 {_name(tr, person)}")]
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
    *,
    failed: bool = False,
    limit: int = MessageLimit.MAX_TEXT_LENGTH,
) -> Html:
    """The person's card (`failed`: Trakt could not give their credits, which is not the
    same as having none), under `limit`: the biography is shortened, then left out, to fit
    a photo's caption. The titles stay (the card's buttons are numbered after them)."""
    for biography in (BIOGRAPHY, BIOGRAPHY // 3, 0):
        text = _card(tr, person, known, url, translations, failed, biography)
        if utf16_len(text) <= limit:
            break
    return text


def _card(
    tr: Translator,
    person: Person,
    known: Sequence[Known],
    url: str,
    translations: Sequence[Translation | None],
    failed: bool,
    biography: int,
) -> Html:
    head = [Html(f"👤 {_name(tr, person)}")]
    small = _facts(tr, person, years_only=False)
    if small:
        head.append(escape(small))
    blocks = ["\n".join(head)]
    if person.biography and biography:
        blocks.append(escape(cards.trim(person.biography, biography)))
    if known:
        lines = [tr.html("people-known-for")]
        for number, item in enumerate(known, 1):
            local = translations[number - 1] if number <= len(translations) else None
            lines.append(_known_line(tr, number, item, local))
        lines.append(tr.html("people-tap"))
        blocks.append("\n".join(lines))
        if failed:  # half of them: say the list may be short
            blocks.append(tr.html("people-credits-failed"))
    else:
        blocks.append(tr.html("people-credits-failed" if failed else "people-no-credits"))
    blocks.append(tr.html("details-link", url=Html(html.escape(url, quote=True))))
    return Html("\n\n".join(blocks))  # every part is trimmed: well under 4096


def _name(tr: Translator, person: Person) -> str:
    return f"<b>{escape(tr.isolate(cards.trim(person.name, NAME) or '?'))}</b>"


def _known_line(tr: Translator, number: int, item: Known, local: Translation | None) -> Html:
    icon = "📺" if isinstance(item.media, Show) else "🎬"
    name = cards.trim(cards.display_name(item.media, local) or tr.plain("card-untitled"), TITLE)
    line = f"{tr.numeral(number)}. {icon} <b>{escape(tr.isolate(name))}</b>"
    if item.media.year:
        line += f" ({tr.isolate(tr.digits(str(item.media.year)))})"
    roles = [cards.trim(role, ROLE_LENGTH) for role in item.roles[:ROLES]]
    if roles:
        line += escape(tr.dot + tr.plain("people-as", role=tr.join(map(tr.isolate, roles))))
    if item.episodes:
        line += escape(tr.dot + tr.plain("people-episodes", count=item.episodes))
    return Html(line)


def _facts(tr: Translator, person: Person, *, years_only: bool) -> str:
    """`Directing · born Jul 30, 1970 · London` (years only in a list: `born 1970`)."""
    bits = [department(tr, person.known_for_department)]
    if person.birthday:
        born = tr.digits(str(person.birthday.year)) if years_only else tr.date(person.birthday)
        bits.append(tr.plain("people-born", date=tr.isolate(born)))
    if person.death:
        died = tr.digits(str(person.death.year)) if years_only else tr.date(person.death)
        bits.append(tr.plain("people-died", date=tr.isolate(died)))
    if person.birthplace and not years_only:
        bits.append(tr.isolate(cards.trim(person.birthplace, 80)))
    return tr.dot.join(bit for bit in bits if bit)


@dataclass(frozen=True)
class Credited:
    """One person on a title's list: every department they are in, characters, episodes."""

    person: Person
    departments: tuple[str, ...] = ()  # crew departments, Trakt's names
    roles: tuple[str, ...] = ()  # characters played
    episodes: int | None = None
    leads: tuple[str, ...] = ()  # the departments among them they lead: creator, director

    @property
    def shown_departments(self) -> tuple[str, ...]:
        """What the line names them for: an actor's characters say it, so of their crew
        work only what they lead ("Bryan Cranston · as Walter White", not "· Production");
        anyone else by every department."""
        return self.leads if self.roles else self.departments


def key_people(people: TitlePeople, limit: int = TITLE_PEOPLE) -> list[Credited]:
    """Its directors and creators first (at most `LEADERS`), then the cast in billing
    order, then the rest of the crew; each person once, at most `limit`."""
    leading = [r for r in people.crew if _leads(r)][:LEADERS]
    others = [r for r in people.crew if r not in leading]
    merged: dict[int, Credited] = {}
    for role in (*leading, *people.cast, *others):
        key = role.person.ids.trakt or 0
        before = merged.get(key) or Credited(role.person)
        merged[key] = _with(before, role)
    return list(merged.values())[:limit]


def _leads(role: Role) -> bool:
    """A creator, or a director proper: Trakt's "directing" also lists assistant and
    second-unit directors, script supervisors and each episode's director."""
    if role.department == "created by":
        return True
    jobs = {job.casefold() for job in role.roles}
    return role.department == "directing" and (not jobs or "director" in jobs)


def _with(before: Credited, role: Role) -> Credited:
    if role.department == ACTING:
        roles = tuple(dict.fromkeys((*before.roles, *role.roles)))
        return replace(before, roles=roles, episodes=before.episodes or role.episodes)
    departments = tuple(dict.fromkeys((*before.departments, role.department)))
    leads = tuple(dict.fromkeys((*before.leads, role.department))) if _leads(role) else before.leads
    return replace(before, departments=departments, leads=leads)


def cast_list(tr: Translator, title: Html, people: Sequence[Credited], url: str) -> Html:
    """A title's people, numbered so buttons can open each person's card; with every
    part trimmed, well under Telegram's 4096 characters."""
    blocks = [tr.html("people-of-title", title=title)]
    if people:
        lines = [_credited_line(tr, number, item) for number, item in enumerate(people, 1)]
        lines.append(tr.html("people-tap-person"))
        blocks.append(Html("\n".join(lines)))
    else:
        blocks.append(tr.html("people-nobody"))
    blocks.append(tr.html("details-link", url=Html(html.escape(url, quote=True))))
    return Html("\n\n".join(blocks))


def _credited_line(tr: Translator, number: int, item: Credited) -> Html:
    name = cards.trim(item.person.name, LISTED_NAME) or "?"
    line = f"{tr.numeral(number)}. <b>{escape(tr.isolate(name))}</b>"
    shown = item.shown_departments[:DEPARTMENTS_SHOWN]
    jobs = tr.join(filter(None, (department(tr, name) for name in shown)))
    what = [jobs] if jobs else []
    roles = [cards.trim(role, ROLE_LENGTH) for role in item.roles[:ROLES]]
    if roles:
        what.append(tr.plain("people-as", role=tr.join(map(tr.isolate, roles))))
    if item.episodes:
        what.append(tr.plain("people-episodes", count=item.episodes))
    if what:
        line += escape(tr.dot + tr.dot.join(bit for bit in what if bit))
    return Html(line)
