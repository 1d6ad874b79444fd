"""Rows the store hands out, with secrets decrypted and kept out of `repr`."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Account:
    """A linked Trakt account; `chat_id` is the private chat id (== Telegram user id)."""

    chat_id: int
    username: str
    slug: str
    name: str | None
    vip: bool
    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    expires_at: int  # unix seconds
    linked_at: int  # unix seconds
    issued_at: int = 0  # unix seconds; 0 when unknown (rows from before migration 2)
    # The IANA zone of the Trakt account ("Europe/London"), for days in /history;
    # None until known (rows from before migration 4 are filled in on first use).
    timezone: str | None = None

    @property
    def profile_known(self) -> bool:
        """Whether Trakt said who this is (linking stores the tokens before it asks)."""
        return bool(self.username)


@dataclass(frozen=True, slots=True)
class PendingLink:
    """A device-code login in progress; kept so it survives a restart."""

    chat_id: int
    device_code: str = field(repr=False)
    user_code: str
    verification_url: str
    interval: int  # seconds between polls
    expires_at: int  # unix seconds
    message_id: int | None  # the chat message that shows the code, to edit later
    language: str | None
    created_at: int  # unix seconds


def dict_rows(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    """Every remaining row of a query as a column → value dict."""
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
