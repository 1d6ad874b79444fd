"""Errors raised by the store.

::

    StoreError
     ├─ NotFound          no row for that key (also a LookupError)
     ├─ SchemaTooNew      the database was written by a newer version of the bot
     ├─ StoreBusy         another connection held the write lock past the (short) busy
     │                    timeout; nothing was written: try again later
     ├─ UnreadableToken   a stored token opens with none of the configured keys
     └─ DatabaseInUse     another bot process holds the database's lock

Messages name the chat id or the file, never a token or a ciphertext.
"""

from __future__ import annotations


class StoreError(Exception):
    """Base of every error raised by the store."""


class NotFound(StoreError, LookupError):
    """No row for the requested key."""


class SchemaTooNew(StoreError):
    """The database's schema version is newer than this code knows."""


class StoreBusy(StoreError):
    """Another connection holds SQLite's write lock; nothing was written, try again."""


class UnreadableToken(StoreError):
    """A stored secret cannot be decrypted by any configured key."""


class DatabaseInUse(StoreError):
    """Another process (a running bot, `rotate-keys`, the console) holds the database's lock."""
