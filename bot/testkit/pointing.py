"""What a console line points at: a button to press, or a message to show again.

The console prints every message with its number (`bot #4>`) and every button with its
place on the keyboard (`[8] 1`: the 8th button, labelled "1"). A line may say:

- `3`: on the message with buttons printed last, list item 3: the button labelled 3,
  "✅ 3", "🎞 3" or "3. Title" (when item 3 has several buttons, as /next's "✅ 3" and
  "🎞 3", they are listed to choose from). On a keyboard without numbered items (a
  menu, the languages, a card), the 3rd button, unless that one writes at Trakt (✅, ➕,
  a check-in …): a number never writes by accident, `[3]` does it on purpose.
- `[8]`: the 8th button of that message, whatever its label.
- `▶`, `✅ Watched all`, `Each episode`: a label, on the latest message that has it: there
  the button with exactly this label, else (for a label that starts with a symbol) the one
  button whose label holds it as whole words ("Dec 12 ▶").
- `◀ Back` (or `◀`) and `☰ Menu` (or `☰`), in English or in any of the bot's languages:
  the bot's own way back on the latest message that has one, whatever the chat's
  language. Back is a button that closes its message (`Action.CLOSE`) or the bot's
  ◀ Back label (`button-back`: back to home, to settings, to a list of lists …), before
  any other button starting with ◀ (a pager's ◀, the calendar's "◀ Nov 28", "◀ Seasons");
  Menu is a button that opens home in place (`Action.HOME`, no arguments: ☰ Menu, or the
  ◀ Back that goes home).
- `#4 3`, `#4 [8]`, `#4 Watched`: the same on message #4, however old (a label may be
  any part of it there, when only one button has it).
- `#4`: message #4, to be shown again.

Labels and lines are compared as the eye reads them: without the invisible bidi isolates
and marks a right-to-left language puts around numbers and titles, with Persian or
Arabic-Indic digits read as 0-9 ("✅ ⁨۱⁩" is "✅ 1"). The console's notes name buttons as
the bot wrote them, minus those marks (`as_shown`: "✅ ۱").

Anything else is text for the bot (None). A line in this syntax that names nothing
raises `NoSuchButton`, which says what there is instead; so does a line that looks like
a label (it starts with a symbol, or a button once had it) but that no button has now.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from bot.i18n import shared_i18n
from bot.kit.callback import Callback, InvalidCallback, decode
from bot.kit.codes import Action
from bot.testkit.fakebot import Button, FakeTelegram, StoredMessage, buttons_of

_MESSAGE = re.compile(r"#(\d+)(?:\s+(.+))?")
_PLACE = re.compile(r"\[(\d+)\]")
_NUMBER = re.compile(r"\d+", re.ASCII)
_PRINTED = ("sent", "edited", "via_bot")
# A list item's button: its number alone, after a symbol, or before a title
# ("7", "✅ 2", "4. Dune"; not "1 / 5", "S1 · 7/7", "🔔 Unmute 3").
_ITEM = re.compile(r"(?:[^\w\s]+ ?)?([0-9]+)(?:\. .*)?", re.DOTALL)
# Bidi isolates, embeddings and marks: invisible, and in a note they would upset the line.
_BIDI = dict.fromkeys(
    map(ord, "\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\u200e\u200f\u061c")
)
# ... and the emoji variation selector: what the eye does not see.
_INVISIBLE = {**_BIDI, ord("\ufe0f"): None}
Way = Literal["back", "menu"]
BACK: Way = "back"
MENU: Way = "menu"
# Buttons that change something at Trakt (or the link) as soon as they are tapped.
_WRITES = frozenset(
    {
        Action.MARK,
        Action.UNDO,
        Action.INLINE_ADD,
        Action.CHECKIN,
        Action.PLAY_REMOVE,
        Action.NOTIFY_MESSAGE,
        Action.UNLINK,
    }
)


class NoSuchButton(LookupError):
    """The line is in the button syntax but names no button (or message)."""


class NoSuchLabel(NoSuchButton):
    """The line looks like a label, but no button in the chat has it now."""


@dataclass(frozen=True)
class Press:
    """Press `button` on `message`."""

    message: StoredMessage
    button: Button


@dataclass(frozen=True)
class Show:
    """Show `message` again."""

    message: StoredMessage


def point(telegram: FakeTelegram, chat_id: int, text: str) -> Press | Show | None:
    """What `text`, typed in chat `chat_id`, points at; None when it is text for the bot."""
    typed = as_read(text)
    named = _MESSAGE.fullmatch(typed)
    if named is not None:
        message = telegram.find(chat_id, int(named.group(1)))
        if message is None:
            raise NoSuchButton(f"there is no message #{named.group(1)} here")
        if named.group(2) is None:
            return Show(message)
        return Press(message, _button(message, named.group(2).strip(), loose=True))
    if _NUMBER.fullmatch(typed) or _PLACE.fullmatch(typed):
        latest = latest_with_buttons(telegram, chat_id)
        if latest is None:
            raise NoSuchButton("no message here has buttons")
        return Press(latest, _button(latest, typed, loose=False))
    return _labelled(telegram, chat_id, typed, text)


def as_shown(label: str) -> str:
    """A label for a note: as the bot wrote it (its digits, its emoji), without the bidi
    isolates and marks."""
    return label.translate(_BIDI)


def as_read(text: str) -> str:
    """`text` as the eye reads it: no invisible bidi marks, digits 0-9, single spaces."""
    seen = text.translate(_INVISIBLE)
    seen = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in seen)
    return " ".join(seen.split())


def latest_with_buttons(telegram: FakeTelegram, chat_id: int) -> StoredMessage | None:
    """The message with buttons printed last in the chat: the latest one sent, edited or
    sent via the bot that still has buttons (a list paged a moment ago, not the card sent
    before that)."""
    return next(_with_buttons(telegram, chat_id), None)


def _with_buttons(telegram: FakeTelegram, chat_id: int) -> Iterator[StoredMessage]:
    """The chat's messages that have buttons now, the one printed last first."""
    seen: set[int] = set()
    for event in reversed(telegram.events):
        if event.kind not in _PRINTED or event.chat_id != chat_id or event.message is None:
            continue
        message_id = event.message.message_id
        if message_id in seen:
            continue
        seen.add(message_id)
        current = telegram.find(chat_id, message_id)
        if current is not None and current.inline_keyboard:
            yield current


def _labelled(telegram: FakeTelegram, chat_id: int, typed: str, text: str) -> Press | None:
    """The button labelled `typed` on the latest message that has one; None: it is text."""
    symbol = _starts_with_symbol(typed)
    way = way_named(typed)
    for message in _with_buttons(telegram, chat_id):
        flat = _flat(message)
        found = [b for b in flat if way is not None and leads(b, way)]
        if not found:
            found = [b for b in flat if as_read(b.label) == typed]
        if not found and symbol:
            found = [b for b in flat if _holds_words(as_read(b.label), typed)]
        if len(found) == 1:
            return Press(message, found[0])
        if found:
            raise NoSuchButton(_several(found, typed, f"message #{message.message_id}"))
    if symbol or typed in _labels_shown(telegram, chat_id):
        raise NoSuchLabel(f"no button labelled “{text}” here")
    return None


def way_named(typed: str) -> Way | None:
    """The way back a line (as read) names: ◀ Back, ◀ alone or the bot's Back in any of its
    languages ("◀ Retour"); ☰ Menu, ☰ alone or its Menu in any language ("☰ Menü")."""
    folded = typed.casefold()
    if typed == "◀" or folded in _bot_labels("button-back"):
        return BACK
    if typed == "☰" or folded in _bot_labels("home-menu"):
        return MENU
    return None


def leads(button: Button, way: Way) -> bool:
    """Whether `button` is the bot's own way `way`: Back closes its message or is the bot's
    ◀ Back (whose data re-opens the screen before: home, settings, the lists); Menu opens
    home in place (☰ Menu, and the ◀ Back that goes home: the very same data)."""
    cb = _decoded(button)
    if cb is None:
        return False
    if way == BACK:
        return cb.action == Action.CLOSE or (
            as_read(button.label).casefold() in _bot_labels("button-back")
        )
    return cb.action == Action.HOME and not cb.args


@functools.cache
def _bot_labels(key: str) -> frozenset[str]:
    """A label of the bot in every language it speaks, as read and casefolded."""
    i18n = shared_i18n()
    return frozenset(as_read(i18n.format(lang, key, {})).casefold() for lang in i18n.languages)


def _decoded(button: Button) -> Callback | None:
    if button.data is None:
        return None
    try:
        return decode(button.data)
    except InvalidCallback:
        return None


def _starts_with_symbol(typed: str) -> bool:
    """An emoji, an arrow, a tick …: how the bot's labels start, and words don't."""
    return bool(typed) and unicodedata.category(typed[0]).startswith("S")


def _holds_words(label: str, typed: str) -> bool:
    """Whether `typed` is whole words of `label` ("▶" in "Dec 12 ▶", not in "▶️Play")."""
    words, wanted = label.casefold().split(), typed.casefold().split()
    size = len(wanted)
    return any(words[i : i + size] == wanted for i in range(len(words) - size + 1))


def _labels_shown(telegram: FakeTelegram, chat_id: int) -> set[str]:
    """Every label a button in this chat ever had, as read."""
    return {
        as_read(str(button.get("text", "")))
        for event in telegram.events
        if event.kind in _PRINTED and event.chat_id == chat_id and event.message is not None
        for row in event.message.inline_keyboard
        for button in row
    }


def _flat(message: StoredMessage) -> list[Button]:
    return [button for row in buttons_of(message) for button in row]


def _button(message: StoredMessage, wanted: str, *, loose: bool) -> Button:
    """The button `wanted` names on `message`: `[n]`, a number, or (`loose`) a label."""
    flat = _flat(message)
    where = f"message #{message.message_id}"
    if not flat:
        raise NoSuchButton(f"{where} has no buttons")
    place = _PLACE.fullmatch(wanted)
    if place is not None:
        return _at(flat, int(place.group(1)), where)
    if _NUMBER.fullmatch(wanted):
        return _numbered(flat, int(wanted), where)
    way = way_named(wanted)
    ways = [b for b in flat if way is not None and leads(b, way)]
    exact = [b for b in flat if as_read(b.label) == wanted]
    partial = [b for b in flat if wanted.casefold() in as_read(b.label).casefold()]
    found = ways or exact or (partial if loose else [])
    if len(found) == 1:
        return found[0]
    if found:
        raise NoSuchButton(_several(found, wanted, where))
    raise NoSuchButton(f"no button on {where} says {wanted!r}")


def _several(found: list[Button], wanted: str, where: str) -> str:
    return f"several buttons on {where} say {wanted!r}: {_choices(found)}"


def _choices(found: list[Button]) -> str:
    return ", ".join(f"[{b.index}] {as_shown(b.label)}" for b in found)


def _at(flat: list[Button], place: int, where: str) -> Button:
    if not 1 <= place <= len(flat):
        raise NoSuchButton(f"{where} has buttons [1] to [{len(flat)}]")
    return flat[place - 1]


def _numbered(flat: list[Button], wanted: int, where: str) -> Button:
    """A list's item by its number; on a keyboard without numbered items, by place,
    unless the button there writes."""
    items = [(b, int(m.group(1))) for b in flat if (m := _ITEM.fullmatch(as_read(b.label)))]
    if not items:
        button = _at(flat, wanted, where)
        if _writes(button):
            label = as_shown(button.label)
            raise NoSuchButton(
                f"{where} has no numbered items; its button [{wanted}] “{label}” may change"
                f" your Trakt: type [{wanted}] to press it"
            )
        return button
    found = [b for b, number in items if number == wanted]
    if len(found) == 1:
        return found[0]
    if found:  # e.g. /next: ✅ 2, 🎞 2, 🎬 2, 📺 2
        raise NoSuchButton(f"item {wanted} of {where} has several buttons: {_choices(found)}")
    numbers = sorted({number for _, number in items})
    raise NoSuchButton(
        f"{where} has items {numbers[0]} to {numbers[-1]}; [{wanted}] presses its button [{wanted}]"
    )


def _writes(button: Button) -> bool:
    """Whether tapping `button` changes something at Trakt (or the link) at once."""
    cb = _decoded(button)
    return cb is not None and cb.action in _WRITES
