"""One encoder/decoder for inline-button callback data.

Format: ``1|<action>|<owner>|<arg>|<arg>...`` where ``1`` is the format version,
``action`` a short feature code, ``owner`` the base-36 Telegram user id allowed to
press the button (``*`` = anyone) and the args short ASCII tokens. Telegram caps
callback data at 64 bytes; `encode` refuses anything longer so a bug shows up in
tests, not as a Bot API error in a user's chat.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from telegram.constants import InlineKeyboardButtonLimit

from bot.trakt.ref import BadRef, MediaRef

VERSION = "1"
SEP = "|"
ANYONE = "*"
_TOKEN = re.compile(r"^[A-Za-z0-9_.:+\-]*$")
_ACTION = re.compile(r"^[a-z][a-z0-9]{0,7}$")
MAX_BYTES = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA


class InvalidCallback(ValueError):
    """Callback data that is stale, forged or malformed."""


@dataclass(frozen=True)
class Callback:
    """Decoded callback data."""

    action: str
    owner: int | None
    args: tuple[str, ...]

    def allows(self, user_id: int) -> bool:
        """Whether this Telegram user may press the button."""
        return self.owner is None or self.owner == user_id

    def arg(self, index: int, default: str = "") -> str:
        """One argument, or `default` when absent."""
        return self.args[index] if index < len(self.args) else default

    def int_arg(self, index: int, *, low: int = 0, high: int = 10**12) -> int:
        """One integer argument within [low, high]; raises InvalidCallback otherwise."""
        raw = self.arg(index)
        if not raw.isdigit() or not low <= int(raw) <= high:
            raise InvalidCallback(f"argument {index} is not a number in range")
        return int(raw)

    def ref(self, index: int, *, title: bool = False) -> MediaRef:
        """The title named by arguments `index` (its code) and `index + 1` (its Trakt id);
        `title`: a movie or show only. Raises InvalidCallback otherwise."""
        try:
            found = MediaRef.decode(self.arg(index), self.arg(index + 1))
        except BadRef:
            raise InvalidCallback(f"arguments {index}, {index + 1} name no title") from None
        if title and not found.is_title:
            raise InvalidCallback("a movie or show was expected")
        return found

    def choice(self, index: int, allowed: tuple[str, ...]) -> str:
        """One argument that must be one of `allowed`."""
        raw = self.arg(index)
        if raw not in allowed:
            raise InvalidCallback(f"argument {index} is not one of {allowed}")
        return raw


def encode(action: str, *args: object, owner: int | None) -> str:
    """Callback data for a button that `owner` (None = anyone) may press."""
    if not _ACTION.match(action):
        raise ValueError(f"bad action {action!r}")
    parts = [str(a) for a in args]
    for part in parts:
        if not _TOKEN.match(part):
            raise ValueError(f"bad callback argument {part!r}")
    who = ANYONE if owner is None else base36(owner)
    data = SEP.join((VERSION, action, who, *parts))
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
    return data


def decode(data: str | None) -> Callback:
    """Parse callback data; raises InvalidCallback for anything we did not make."""
    if not data or len(data.encode()) > MAX_BYTES:
        raise InvalidCallback("empty or too long")
    version, _, rest = data.partition(SEP)
    if version != VERSION:
        raise InvalidCallback("unknown version")
    fields = rest.split(SEP)
    if len(fields) < 2 or not _ACTION.match(fields[0]):
        raise InvalidCallback("malformed")
    action, who, *args = fields
    if not all(_TOKEN.match(a) for a in args):
        raise InvalidCallback("bad argument")
    return Callback(action, _owner(who), tuple(args))


def pattern(action: str) -> str:
    """A regex for CallbackQueryHandler that selects one action's buttons."""
    return rf"^{VERSION}\|{re.escape(action)}\|"


def _owner(raw: str) -> int | None:
    if raw == ANYONE:
        return None
    try:
        value = int(raw, 36)
    except ValueError:
        raise InvalidCallback("bad owner") from None
    if value <= 0:
        raise InvalidCallback("bad owner")
    return value


def base36(number: int) -> str:
    """A Telegram user id as callback data writes its owner."""
    if number <= 0:
        raise ValueError("owner must be a positive user id")
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while number:
        number, rem = divmod(number, 36)
        out = digits[rem] + out
    return out
