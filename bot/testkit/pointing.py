"""What a console line points at: a button to press, or a message to show again.

The console prints every message with its number (`bot #4>`) and every button with its
place on the keyboard (`[8] 1`: the 8th button, labelled "1"). A line may say:

- `3`: on the message with buttons printed last, the button labelled 3 (a list's items are
  labelled with their numbers: 3 opens item 3, whatever its place; when an item has
  several buttons, as "✅ 3" and "🎞 3" in /next, they are listed to choose from); on a
  keyboard without such labels (a menu, the languages), the 3rd button.
- `[8]`: the 8th button of that message, whatever its label.
- `▶`: the button with exactly this label on that message.
- `#4 3`, `#4 [8]`, `#4 Watched`: the same on message #4, however old (a label may be
  any part of it there, when only one button has it).
- `#4`: message #4, to be shown again.

Anything else is text for the bot (None). A line in this syntax that names nothing
raises `NoSuchButton`, which says what there is instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.testkit.fakebot import Button, FakeTelegram, StoredMessage, buttons_of

_MESSAGE = re.compile(r"#(\d+)(?:\s+(.+))?")
_PLACE = re.compile(r"\[(\d+)\]")
_PRINTED = ("sent", "edited", "via_bot")
# An item's button: its number, maybe after a symbol ("7", "✅ 2"; not "1 / 5", "Page 2").
_ITEM = re.compile(r"(?:[^\w\s]+\s?)?(\d+)")


class NoSuchButton(LookupError):
    """The line is in the button syntax but names no button (or message)."""


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
    named = _MESSAGE.fullmatch(text)
    if named is not None:
        message = telegram.find(chat_id, int(named.group(1)))
        if message is None:
            raise NoSuchButton(f"there is no message #{named.group(1)} here")
        if named.group(2) is None:
            return Show(message)
        return Press(message, _button(message, named.group(2).strip(), loose=True))
    latest = latest_with_buttons(telegram, chat_id)
    if text.isdigit() or _PLACE.fullmatch(text):
        if latest is None:
            raise NoSuchButton("no message here has buttons")
        return Press(latest, _button(latest, text, loose=False))
    if latest is not None:
        exact = [b for b in _flat(latest) if b.label == text]
        if exact:
            return Press(latest, exact[0])
    return None


def latest_with_buttons(telegram: FakeTelegram, chat_id: int) -> StoredMessage | None:
    """The message with buttons printed last in the chat: the latest one sent, edited or
    sent via the bot that still has buttons (a list paged a moment ago, not the card sent
    before that)."""
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
            return current
    return None


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
    if wanted.isdigit():
        return _numbered(flat, wanted, where)
    exact = [b for b in flat if b.label == wanted]
    partial = [b for b in flat if wanted.casefold() in b.label.casefold()]
    found = exact or (partial if loose else [])
    if len(found) == 1:
        return found[0]
    many = "several buttons" if found else "no button"
    raise NoSuchButton(f"{many} on {where} say {wanted!r}")


def _at(flat: list[Button], place: int, where: str) -> Button:
    if not 1 <= place <= len(flat):
        raise NoSuchButton(f"{where} has buttons [1] to [{len(flat)}]")
    return flat[place - 1]


def _numbered(flat: list[Button], wanted: str, where: str) -> Button:
    """A list's item by its number; on a keyboard without numbered items, by place."""
    items = [(b, int(m.group(1))) for b in flat if (m := _ITEM.fullmatch(b.label.strip()))]
    if not items:
        return _at(flat, int(wanted), where)
    found = [b for b, number in items if number == int(wanted)]
    if len(found) == 1:
        return found[0]
    if found:  # e.g. /next: ✅ 2, 🎞 2, 🎬 2, 📺 2
        choices = ", ".join(f"[{b.index}] {b.label}" for b in found)
        raise NoSuchButton(f"item {wanted} of {where} has several buttons: {choices}")
    numbers = sorted({number for _, number in items})
    raise NoSuchButton(
        f"{where} has items {numbers[0]} to {numbers[-1]}; [{wanted}] presses its button [{wanted}]"
    )
