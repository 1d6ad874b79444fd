"""The per-user Trakt service: one linked account, tokens refreshed transparently.

Every personal command goes through `Accounts.session(chat_id)`; no feature touches
tokens. Refresh tokens are single-use, so refreshes are serialised per account (one
in flight; whoever waited reuses its result) and the new pair is stored atomically
before anyone uses it.

A link that still works is never destroyed: only Trakt's `invalid_grant` for the
refresh token the database holds unlinks (another process may have refreshed: the row
is read again past every cache, and deleted only while it holds the refused token);
any other failure keeps the link and the next request tries again. A pair Trakt issued
is never thrown away: its write is retried (asynchronously, `StoreBusy`) until it is
stored, kept in memory meanwhile, and survives the request that asked for it being
cancelled. Linking stores the tokens before it asks Trakt whose they are; a profile
Trakt does not give now is filled in on first use.

Linking happens here too: the device flow (`start_device`, `poll_device`, with the
login in progress kept in the store so it survives a restart) and a pasted
authorization code (`link_code`). The chat side lives in `bot/features/link/`.

``session.py`` (a session, the errors), ``linking.py`` (linking, logins in progress) and
``service.py`` (`Accounts`: look-up, refresh, unlinking). Import from here::

    from bot.accounts import Accounts, TraktSession, NotLinked
"""

from __future__ import annotations

from bot.accounts.linking import SLOW_DOWN_STEP, DevicePoll, DeviceState, WrongCode
from bot.accounts.service import (
    MARGIN_SHARE,
    MAX_MARGIN,
    MIN_MARGIN,
    UNKNOWN_LIFETIME_MARGIN,
    Accounts,
)
from bot.accounts.session import (
    LinkLost,
    NotLinked,
    TraktSession,
    known_zone,
    link_identity,
    same_account,
)

__all__ = [
    "MARGIN_SHARE",
    "MAX_MARGIN",
    "MIN_MARGIN",
    "SLOW_DOWN_STEP",
    "UNKNOWN_LIFETIME_MARGIN",
    "Accounts",
    "DevicePoll",
    "DeviceState",
    "LinkLost",
    "NotLinked",
    "TraktSession",
    "WrongCode",
    "known_zone",
    "link_identity",
    "same_account",
]
