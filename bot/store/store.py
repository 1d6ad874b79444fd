"""`Store`: the bot's SQLite database through sqlite-utils.

Every method is one short synchronous SQLite call, cheap enough to run on the
event loop. The connection is opened with `check_same_thread=False` and every
call holds a lock, so the same object also works if calls move to a thread.
SQLite waits at most `BUSY_TIMEOUT_MS` for another connection's write lock, so a
lock held elsewhere never stalls every chat: the write raises `StoreBusy` instead
(nothing written), and a write that must not be lost (a token pair Trakt issued)
is retried asynchronously by its caller (`bot.accounts`).
Secrets (access and refresh tokens, device codes) are encrypted with
`TokenCipher` before they reach SQL and decrypted on the way out.

The tables' methods come in mixins, by concern: accounts and logins in progress with
their secrets (`bot.store.accounts`), languages and caches (`bot.store.preferences`),
watch parties (`bot.store.parties`), undo offers (`bot.store.undo`), notifications
(`bot.store.notify`), queued button presses (`bot.store.later`); this module opens
the file and holds what they share (connection, lock, memory, transactions).

Accounts and languages are read on nearly every update, so the `MEMORY_SIZE` most
recently read are also kept in memory (accounts decrypted; "none" too); every write
to one through this object drops its entry. Another process may write the same file
(an overlapping deploy, a console), so a decision that must see its writes (unlinking)
reads the row again with `fresh_account`, past the memory.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlite_utils import Database

from bot.crypto import TokenCipher
from bot.store.accounts import AccountStore
from bot.store.errors import NotFound, StoreError
from bot.store.files import prepare
from bot.store.later import LaterStore
from bot.store.migrations import MIGRATIONS, Migrations, migrate, schema_version
from bot.store.models import dict_rows
from bot.store.notify import NotifyStore
from bot.store.parties import PartyStore
from bot.store.preferences import PreferenceStore
from bot.store.sql import busy_as_error, upsert
from bot.store.undo import UndoStore

logger = logging.getLogger(__name__)

MEMORY = ":memory:"
BUSY_TIMEOUT_MS = 50  # longer waits are async retries (StoreBusy), off the event loop
MEMORY_SIZE = 8192  # accounts and languages (or their absence) kept in memory

# The primary key of every table looked up by key.
_KEYS: dict[str, str] = {
    "accounts": "chat_id",
    "preferences": "user_id",
    "chat_settings": "chat_id",
    "pending_links": "chat_id",
    "images": "url",
    "kv_cache": "key",
}


class Store(AccountStore, PreferenceStore, PartyStore, UndoStore, NotifyStore, LaterStore):
    """Accounts, preferences, pending links, watch parties and small caches in one SQLite file."""

    def __init__(
        self,
        path: str | Path,
        cipher: TokenCipher,
        *,
        migrations: Migrations = MIGRATIONS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """Open (creating folder and file if missing) and migrate; `":memory:"` for tests."""
        self._label = str(path)
        self._cipher = cipher
        self._clock = clock
        self._lock = threading.RLock()
        self._db = _open(self._label, migrations)
        self._memory: OrderedDict[tuple[str, int], Any] = OrderedDict()

    def __repr__(self) -> str:
        return f"<Store {self._label}>"

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """The schema version recorded in the database."""
        with self._lock:
            return schema_version(self._db)

    def close(self) -> None:
        """Close the connection (SQLite checkpoints the WAL when the last one closes)."""
        with self._lock:
            self._db.close()

    # -- helpers ----------------------------------------------------------

    def _remembered_column(self, table: str, key: int, column: str) -> Any:
        return self._remembered(table, key, lambda: self._column(table, key, column))

    def _remembered(self, table: str, key: int, read: Callable[[], Any]) -> Any:
        """A value from memory, else `read()` and remembered (the oldest go first)."""
        with self._lock:
            slot = (table, key)
            if slot in self._memory:
                self._memory.move_to_end(slot)
                return self._memory[slot]
            value = self._memory[slot] = read()
            while len(self._memory) > MEMORY_SIZE:
                self._memory.popitem(last=False)
            return value

    @contextmanager
    def _changing(self, table: str, key: int) -> Iterator[None]:
        """Around a write to one row: its remembered value is dropped once it is done
        (or failed)."""
        try:
            yield
        finally:
            with self._lock:
                self._memory.pop((table, key), None)

    def _now(self) -> int:
        return int(self._clock())

    @contextmanager
    def _transaction(self) -> Iterator[Database]:
        with self._lock, busy_as_error(self._label), self._db.atomic() as db:
            yield db

    def _lookup(self, table: str, key: int | str) -> dict[str, Any] | None:
        # Plain SQL on the hot path: sqlite-utils' Table.get() introspects the schema
        # (table names, columns) on every call, several queries per look-up.
        sql = f"SELECT * FROM [{table}] WHERE [{_KEYS[table]}] = ?"
        with self._lock, busy_as_error(self._label):
            rows = dict_rows(self._db.execute(sql, [key]))
        return rows[0] if rows else None

    def _row(self, table: str, key: int | str) -> dict[str, Any]:
        row = self._lookup(table, key)
        if row is None:
            raise NotFound(f"{table}: no row for {key}")
        return row

    def _column(self, table: str, key: int | str, column: str) -> Any:
        row = self._lookup(table, key)
        return None if row is None else row[column]

    def _rows(self, table: str) -> list[dict[str, Any]]:
        # Fetched whole, so callers may write while they iterate.
        with self._lock:
            return list(self._db.table(table).rows_where(order_by="rowid"))

    def _upsert(self, table: str, row: dict[str, Any], pk: str) -> None:
        with self._transaction() as db:
            upsert(db, table, row, pk)

    def _select(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """The rows of one read (whole, so callers may write while they go through them)."""
        with self._lock, busy_as_error(self._label):
            return self._db.execute(sql, list(params)).fetchall()

    def _delete(self, table: str, key: int) -> bool:
        # Both tables this serves are keyed by chat_id.
        with self._transaction() as db:
            return db.execute(f'DELETE FROM "{table}" WHERE chat_id = ?', [key]).rowcount > 0


def _open(path: str, migrations: Migrations) -> Database:
    """Connect and migrate; a file SQLite cannot use becomes one `StoreError` line."""
    if path != MEMORY:
        prepare(Path(path))  # owner-only when we create it (the WAL and SHM follow the file)
    try:
        conn = sqlite3.connect(path, check_same_thread=False)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"cannot open database {path}: {exc}") from exc
    try:
        db = Database(conn)
        _configure(db, wal=path != MEMORY)
        migrate(db, migrations, label=path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"cannot open database {path}: {exc}") from exc
    except BaseException:
        conn.close()
        raise
    logger.debug("Store %s: opened at schema version %d", path, migrations.latest)
    return db


def _configure(db: Database, *, wal: bool) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    # Deleted rows (old ciphertexts) are zeroed rather than left in free pages.
    db.execute("PRAGMA secure_delete = ON")
    if wal:
        db.enable_wal()
