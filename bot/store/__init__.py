"""SQLite persistence: accounts, preferences, pending links, watch parties, caches, queued
presses; migrations.

Knows nothing of Telegram or HTTP. Import from here::

    from bot.store import Store, Account, PendingLink, NotFound, StoreError
"""

from __future__ import annotations

from bot.store.errors import (
    DatabaseInUse,
    NotFound,
    SchemaTooNew,
    StoreBusy,
    StoreError,
    UnreadableToken,
)
from bot.store.files import hold_database
from bot.store.later import QueuedPress
from bot.store.migrations import MIGRATIONS, Migration, Migrations, migration
from bot.store.models import Account, PendingLink
from bot.store.notify import Due, DueDraft, NotifySettings
from bot.store.parties import Party, PartyMember
from bot.store.store import Store
from bot.store.undo import UndoOffer

__all__ = [
    "MIGRATIONS",
    "Account",
    "DatabaseInUse",
    "Due",
    "DueDraft",
    "Migration",
    "Migrations",
    "NotFound",
    "NotifySettings",
    "Party",
    "PartyMember",
    "PendingLink",
    "QueuedPress",
    "SchemaTooNew",
    "Store",
    "StoreBusy",
    "StoreError",
    "UndoOffer",
    "UnreadableToken",
    "hold_database",
    "migration",
]
