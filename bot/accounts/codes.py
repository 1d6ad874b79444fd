"""What a Trakt code looks like, so one typed where it does not belong is never sent on.

Two kinds reach a chat: the device flow's user code (`5055CC52`: eight upper-case
letters and digits, typed on Trakt's activation page) and an authorization code (the
old PIN, or what the fallback sign-in page shows: hex, 8 to 64 characters). While a
login is in progress any one word counts as a pasted code (bot/features/link); without
one, only text of these shapes does, so a title such as "Avengers" or "Dune" is still a
search. Knows nothing of Telegram.
"""

from __future__ import annotations

import re

# Eight letters and digits as Trakt prints a user code (upper case), with a digit.
_USER_CODE = re.compile(r"(?=[A-Z]*[0-9])[A-Z0-9]{8}")
# Hex of the lengths Trakt's authorization codes and PINs come in, with a digit.
_HEX_CODE = re.compile(r"(?=[a-fA-F]*[0-9])[0-9a-fA-F]{8}|[0-9a-fA-F]{32,64}")
# Two groups of four upper-case letters or digits (`ABCD-1234`, the demo's `DEMO-CODE`).
_DASHED = re.compile(r"[A-Z0-9]{4}-[A-Z0-9]{4}")
# A long opaque token: letters and digits mixed, no spaces.
_TOKEN = re.compile(r"(?=\S*[0-9])(?=\S*[A-Za-z])[A-Za-z0-9_\-]{20,64}")


def looks_like_code(text: str) -> bool:
    """Whether `text` (one message or one word) looks like a Trakt user or authorization
    code rather than words a person typed."""
    word = text.strip()
    return any(shape.fullmatch(word) for shape in (_USER_CODE, _HEX_CODE, _DASHED, _TOKEN))
