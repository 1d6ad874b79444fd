"""What a Trakt code looks like, so one typed where it does not belong is never sent on.

Two kinds reach a chat: the device flow's user code (`5055CC52`: eight upper-case
letters and digits, typed on Trakt's activation page) and an authorization code (the
old PIN, or what the fallback sign-in page shows: hex, 8 to 64 characters). While a
login is in progress any one word counts as a pasted code (bot/features/link); without
one, only words of these shapes do, so a title such as "Avengers" or "Dune" is still a
search. A code counts wherever it stands in a message (`code_in`): "my code is 5055CC52",
"5055CC52.", `https://trakt.tv/activate/5055CC52`. Knows nothing of Telegram.
"""

from __future__ import annotations

import re

# Eight letters and digits as Trakt prints a user code (upper case), with a digit.
_USER_CODE = re.compile(r"(?=[A-Z]*[0-9])[A-Z0-9]{8}")
# Hex of the lengths Trakt's authorization codes and PINs come in, with a digit.
_HEX_CODE = re.compile(r"(?=[a-fA-F]*[0-9])[0-9a-fA-F]{8}|[0-9a-fA-F]{32,64}")
# Two groups of four upper-case letters or digits with a letter (`ABCD-1234`, the demo's
# `DEMO-CODE`; not the years `1994-2004`).
_DASHED = re.compile(r"(?=[0-9-]*[A-Z])[A-Z0-9]{4}-[A-Z0-9]{4}")
# A long opaque token: letters and digits mixed, no spaces.
_TOKEN = re.compile(r"(?=\S*[0-9])(?=\S*[A-Za-z])[A-Za-z0-9_\-]{20,64}")
# What no code holds: words are split there (spaces, punctuation, quotes, a URL's slashes).
_BETWEEN_WORDS = re.compile(r"[^A-Za-z0-9_\-]+")


def looks_like_code(text: str) -> bool:
    """Whether `text` (one message or one word) looks like a Trakt user or authorization
    code rather than words a person typed."""
    word = text.strip()
    return any(shape.fullmatch(word) for shape in (_USER_CODE, _HEX_CODE, _DASHED, _TOKEN))


def code_in(text: str) -> str | None:
    """The first word of `text` that looks like a Trakt code, or None. Words are split at
    every character no code holds, so a code followed by a full stop, quoted, after
    "code:" or at the end of Trakt's activation URL is found; a title's words are each
    too short, too long or without a digit to be one ("Blade Runner 2049", "S01E01")."""
    for word in _BETWEEN_WORDS.split(text):
        for candidate in (word, word.strip("-_")):
            if candidate and looks_like_code(candidate):
                return candidate
    return None
