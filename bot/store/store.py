"""`Store`: the bot's SQLite database through sqlite-utils.

Every method is one short synchronous SQLite call, cheap enough to run on the
event loop. The connection is opened with `check_same_thread=False` and every
call holds a lock, so the same object also works if calls move to a thread.
SQLite waits at most `BUSY_TIMEOUT_MS` for another connection's write lock, so a
lock held elsewhere never stalls every chat: the write raises `StoreBusy` instead
(nothing written), and a write that must not be lost (a token pair Trakt issued)
is retried asynchronously by its caller (`bot/accounts.py`).
Secrets (access and refresh tokens, device codes) are encrypted with
`TokenCipher` before they reach SQL and decrypted on the way out.

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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlite_utils import Database

from bot.crypto import DecryptError, TokenCipher
from bot.store.errors import NotFound, StoreBusy, StoreError, UnreadableToken
from bot.store.files import prepare
from bot.store.migrations import MIGRATIONS, Migrations, migrate, schema_version
from bot.store.models import Account, PendingLink, dict_rows
from bot.store.notify import NotifyStore
from bot.store.parties import PartyStore
from bot.store.undo import UndoStore

logger = logging.getLogger(__name__)

MEMORY = ":memory:"
BUSY_TIMEOUT_MS = 50  # longer waits are async retries (StoreBusy), off the event loop
MEMORY_SIZE = 8192  # accounts and languages (or their absence) kept in memory
KEY_CHECK_SAMPLE = 20  # rows of each kind the start-up key check tries to open

# Every encrypted column, by table, with the table's key: what rotate_keys re-encrypts.
_ENCRYPTED: dict[str, tuple[str, tuple[str, ...]]] = {
    "accounts": ("chat_id", ("access_token", "refresh_token")),
    "pending_links": ("chat_id", ("device_code",)),
}


# The primary key of every table looked up by key.
_KEYS: dict[str, str] = {
    "accounts": "chat_id",
    "preferences": "user_id",
    "chat_settings": "chat_id",
    "pending_links": "chat_id",
    "images": "url",
    "kv_cache": "key",
}


class Store(PartyStore, UndoStore, NotifyStore):
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

    # -- accounts ---------------------------------------------------------

    def get_account(self, chat_id: int) -> Account:
        """The linked account of a private chat; `NotFound` when none is linked."""
        account = self._remembered_account(chat_id)
        if account is None:
            raise NotFound(f"accounts: no row for {chat_id}")
        return account

    def has_account(self, chat_id: int) -> bool:
        """Whether a Trakt account is linked to this chat (even one whose tokens can't
        be read any more: `get_account` says so)."""
        try:
            return self._remembered_account(chat_id) is not None
        except UnreadableToken:
            return True

    def fresh_account(self, chat_id: int) -> Account | None:
        """The account as the database holds it now (another process may have written it),
        past the memory, which it refreshes; None when none is linked."""
        row = self._lookup("accounts", chat_id)
        account = None if row is None else self._account(row)
        with self._lock:
            self._memory[("accounts", chat_id)] = account
            self._memory.move_to_end(("accounts", chat_id))
        return account

    def delete_account_if_refresh(self, chat_id: int, refresh_token: str) -> bool:
        """Forget the account only while it still holds this refresh token (compare and
        delete in one statement: a pair another process stored meanwhile survives)."""
        with self._changing("accounts", chat_id), self._transaction() as db:
            row = db.execute(
                "SELECT refresh_token FROM accounts WHERE chat_id = ?", [chat_id]
            ).fetchone()
            if row is None or self._reveal(row[0], chat_id, "refresh token") != refresh_token:
                return False
            sql = "DELETE FROM accounts WHERE chat_id = ? AND refresh_token = ?"
            return db.execute(sql, [chat_id, row[0]]).rowcount > 0

    def save_account(self, account: Account, *, end_login: bool = False) -> None:
        """Insert or replace an account; its tokens are encrypted before they are stored.

        `end_login` drops the chat's login in progress in the same transaction, so a
        crash leaves either the login (polled again) or the account, never neither.
        """
        row = {
            "chat_id": account.chat_id,
            "username": account.username,
            "slug": account.slug,
            "name": account.name,
            "vip": int(account.vip),
            "access_token": self._cipher.encrypt(account.access_token),
            "refresh_token": self._cipher.encrypt(account.refresh_token),
            "expires_at": account.expires_at,
            "linked_at": account.linked_at,
            "issued_at": account.issued_at,
            "timezone": account.timezone,
            "updated_at": self._now(),
        }
        with self._changing("accounts", account.chat_id), self._transaction() as db:
            db.table("accounts").upsert(row, pk="chat_id")
            if end_login:
                db.execute("DELETE FROM pending_links WHERE chat_id = ?", [account.chat_id])

    def set_profile(self, account: Account) -> None:
        """Record who a linked account is at Trakt: its names, VIP and time zone (no-op
        when none is linked; the tokens are left as they are)."""
        sql = (
            "UPDATE accounts SET username = ?, slug = ?, name = ?, vip = ?, timezone = ?,"
            " updated_at = ? WHERE chat_id = ?"
        )
        a = account
        values = [a.username, a.slug, a.name, int(a.vip), a.timezone, self._now(), a.chat_id]
        with self._changing("accounts", a.chat_id), self._transaction() as db:
            db.execute(sql, values)

    def set_timezone(self, chat_id: int, timezone: str) -> None:
        """Record the time zone of a linked account (no-op when none is linked)."""
        with self._changing("accounts", chat_id), self._transaction() as db:
            db.execute(
                "UPDATE accounts SET timezone = ?, updated_at = ? WHERE chat_id = ?",
                [timezone, self._now(), chat_id],
            )

    def update_tokens(
        self,
        chat_id: int,
        access_token: str,
        refresh_token: str,
        expires_at: int,
        issued_at: int | None = None,
    ) -> None:
        """Store refreshed tokens in one atomic UPDATE; `NotFound` when the account is gone."""
        sql = (
            "UPDATE accounts SET access_token = ?, refresh_token = ?, expires_at = ?,"
            " issued_at = ?, updated_at = ? WHERE chat_id = ?"
        )
        access, refresh = self._cipher.encrypt(access_token), self._cipher.encrypt(refresh_token)
        now = self._now()
        issued = now if issued_at is None else issued_at
        with self._changing("accounts", chat_id), self._transaction() as db:
            cursor = db.execute(sql, [access, refresh, expires_at, issued, now, chat_id])
            if cursor.rowcount == 0:
                raise NotFound(f"no account for chat {chat_id}")

    def swap_tokens(
        self,
        chat_id: int,
        previous_refresh_token: str,
        access_token: str,
        refresh_token: str,
        expires_at: int,
        issued_at: int,
    ) -> bool:
        """Store a refreshed pair only while the row still holds the refresh token it
        replaces (compare and write in one transaction); False when the account is gone,
        linked again meanwhile or unreadable: the pair belongs to nobody here."""
        sql = (
            "UPDATE accounts SET access_token = ?, refresh_token = ?, expires_at = ?,"
            " issued_at = ?, updated_at = ? WHERE chat_id = ? AND refresh_token = ?"
        )
        access, refresh = self._cipher.encrypt(access_token), self._cipher.encrypt(refresh_token)
        with self._changing("accounts", chat_id), self._transaction() as db:
            row = db.execute(
                "SELECT refresh_token FROM accounts WHERE chat_id = ?", [chat_id]
            ).fetchone()
            if row is None or not self._holds(row[0], previous_refresh_token):
                return False
            values = [access, refresh, expires_at, issued_at, self._now(), chat_id, row[0]]
            return db.execute(sql, values).rowcount > 0

    def delete_account(self, chat_id: int) -> bool:
        """Forget an account; True when there was one."""
        with self._changing("accounts", chat_id):
            return self._delete("accounts", chat_id)

    # -- languages --------------------------------------------------------

    def get_language(self, user_id: int) -> str | None:
        """The language a user picked, or None to follow Telegram's."""
        return self._remembered_column("preferences", user_id, "language")

    def set_language(self, user_id: int, language: str | None) -> None:
        """Remember a user's language; None goes back to Telegram's."""
        row = {"user_id": user_id, "language": language, "updated_at": self._now()}
        with self._changing("preferences", user_id):
            self._upsert("preferences", row, "user_id")

    def get_chat_language(self, chat_id: int) -> str | None:
        """The language an admin set for a group chat, or None."""
        return self._remembered_column("chat_settings", chat_id, "language")

    def set_chat_language(self, chat_id: int, language: str | None) -> None:
        """Set or clear (None) a group chat's language."""
        row = {"chat_id": chat_id, "language": language, "updated_at": self._now()}
        with self._changing("chat_settings", chat_id):
            self._upsert("chat_settings", row, "chat_id")

    # -- pending device-code links ----------------------------------------

    def save_pending_link(self, link: PendingLink) -> None:
        """Insert or replace a chat's login in progress; the device code is encrypted."""
        row = {
            "chat_id": link.chat_id,
            "device_code": self._cipher.encrypt(link.device_code),
            "user_code": link.user_code,
            "verification_url": link.verification_url,
            "interval": link.interval,
            "expires_at": link.expires_at,
            "message_id": link.message_id,
            "language": link.language,
            "created_at": link.created_at,
        }
        self._upsert("pending_links", row, "chat_id")

    def get_pending_link(self, chat_id: int) -> PendingLink:
        """A chat's login in progress; `NotFound` when there is none."""
        return self._pending_link(self._row("pending_links", chat_id))

    def delete_pending_link(self, chat_id: int) -> bool:
        """Drop a chat's login in progress; True when there was one."""
        return self._delete("pending_links", chat_id)

    def has_pending_link(self, chat_id: int) -> bool:
        """Whether a login is in progress in this chat (even one no key opens)."""
        return self._lookup("pending_links", chat_id) is not None

    def pending_link_chats(self) -> list[int]:
        """The chats with a login in progress, by chat id (nothing is decrypted: the
        logins are read one by one, so an unreadable one stops nobody else's)."""
        with self._lock, _busy_as_error(self._label):
            rows = self._db.execute("SELECT chat_id FROM pending_links ORDER BY chat_id")
            return [row[0] for row in rows.fetchall()]

    def keys_open(self, sample: int = KEY_CHECK_SAMPLE) -> tuple[int, int]:
        """At start-up: of the `sample` most recently written accounts and logins in
        progress, how many were checked and how many the configured keys open."""
        queries = (
            "SELECT access_token FROM accounts ORDER BY updated_at DESC LIMIT ?",
            "SELECT device_code FROM pending_links ORDER BY created_at DESC LIMIT ?",
        )
        with self._lock, _busy_as_error(self._label):
            secrets = [row[0] for q in queries for row in self._db.execute(q, [sample])]
        opened = sum(1 for secret in secrets if self._opens(secret))
        return len(secrets), opened

    def iter_pending_links(self) -> Iterator[PendingLink]:
        """Every login in progress (to resume polling after a restart), by chat id."""
        for row in self._rows("pending_links"):
            yield self._pending_link(row)

    # -- image file-id cache ----------------------------------------------

    def get_image(self, url: str) -> str | None:
        """The Telegram file id already uploaded for a poster URL, or None."""
        return self._column("images", url, "file_id")

    def set_image(self, url: str, file_id: str) -> None:
        """Remember the Telegram file id of a poster URL (clears a failure mark)."""
        row = {"url": url, "file_id": file_id, "failed": 0, "updated_at": self._now()}
        self._upsert("images", row, "url")

    def mark_image_failed(self, url: str) -> None:
        """Remember that Telegram could not fetch this poster URL."""
        row = {"url": url, "file_id": None, "failed": 1, "updated_at": self._now()}
        self._upsert("images", row, "url")

    def image_failed(self, url: str) -> bool:
        """Whether this poster URL was marked as failed."""
        return bool(self._column("images", url, "failed"))

    # -- small value cache ------------------------------------------------

    def cache_get(self, key: str, now: float) -> str | None:
        """A cached value that has not expired by `now` (unix seconds), or None."""
        row = self._lookup("kv_cache", key)
        if row is None or row["expires_at"] <= now:
            return None
        return str(row["value"])

    def cache_set(self, key: str, value: str, expires_at: int) -> None:
        """Cache a value until `expires_at` (unix seconds)."""
        self._upsert("kv_cache", {"key": key, "value": value, "expires_at": expires_at}, "key")

    def purge_cache(self, now: float) -> int:
        """Delete cached values expired by `now`; returns how many."""
        with self._transaction() as db:
            return db.execute("DELETE FROM kv_cache WHERE expires_at <= ?", [now]).rowcount

    # -- keys -------------------------------------------------------------

    def rotate_keys(self) -> int:
        """Re-encrypt every secret with the newest key, all or nothing; returns rows touched."""
        with self._transaction() as db:
            touched = sum(self._rotate_table(db, table) for table in _ENCRYPTED)
        logger.info("Store %s: re-encrypted %d row(s) with the newest key", self._label, touched)
        return touched

    # -- helpers ----------------------------------------------------------

    def _remembered_account(self, chat_id: int) -> Account | None:
        """The account (None: not linked), from memory or read and remembered."""

        def read() -> Account | None:
            row = self._lookup("accounts", chat_id)
            return None if row is None else self._account(row)

        found: Account | None = self._remembered("accounts", chat_id, read)
        return found

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
        with self._lock, _busy_as_error(self._label), self._db.atomic() as db:
            yield db

    def _lookup(self, table: str, key: int | str) -> dict[str, Any] | None:
        # Plain SQL on the hot path: sqlite-utils' Table.get() introspects the schema
        # (table names, columns) on every call, several queries per look-up.
        sql = f"SELECT * FROM [{table}] WHERE [{_KEYS[table]}] = ?"
        with self._lock, _busy_as_error(self._label):
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
        with self._lock, _busy_as_error(self._label):
            self._db.table(table).upsert(row, pk=pk)

    def _delete(self, table: str, key: int) -> bool:
        # Both tables this serves are keyed by chat_id.
        with self._transaction() as db:
            return db.execute(f'DELETE FROM "{table}" WHERE chat_id = ?', [key]).rowcount > 0

    def _reveal(self, ciphertext: str, chat_id: int, what: str) -> str:
        try:
            return self._cipher.decrypt(ciphertext)
        except DecryptError:
            raise UnreadableToken(_unreadable(what, chat_id)) from None

    def _opens(self, ciphertext: str) -> bool:
        try:
            self._cipher.decrypt(ciphertext)
        except DecryptError:
            return False
        return True

    def _holds(self, ciphertext: str, plaintext: str) -> bool:
        """Whether `ciphertext` opens to `plaintext` (False when no key opens it)."""
        try:
            return self._cipher.decrypt(ciphertext) == plaintext
        except DecryptError:
            return False

    def _account(self, row: dict[str, Any]) -> Account:
        chat_id = row["chat_id"]
        return Account(
            chat_id=chat_id,
            username=row["username"],
            slug=row["slug"],
            name=row["name"],
            vip=bool(row["vip"]),
            access_token=self._reveal(row["access_token"], chat_id, "access token"),
            refresh_token=self._reveal(row["refresh_token"], chat_id, "refresh token"),
            expires_at=row["expires_at"],
            linked_at=row["linked_at"],
            issued_at=row.get("issued_at") or 0,
            timezone=row.get("timezone"),
        )

    def _pending_link(self, row: dict[str, Any]) -> PendingLink:
        chat_id = row["chat_id"]
        return PendingLink(
            chat_id=chat_id,
            device_code=self._reveal(row["device_code"], chat_id, "device code"),
            user_code=row["user_code"],
            verification_url=row["verification_url"],
            interval=row["interval"],
            expires_at=row["expires_at"],
            message_id=row["message_id"],
            language=row["language"],
            created_at=row["created_at"],
        )

    def _rotate_table(self, db: Database, table: str) -> int:
        key, columns = _ENCRYPTED[table]
        names = ", ".join(f'"{c}"' for c in columns)
        sets = ", ".join(f'"{c}" = ?' for c in columns)
        rows = db.execute(f'SELECT "{key}", {names} FROM "{table}"').fetchall()
        for chat_id, *secrets in rows:
            fresh = [self._rotate(s, chat_id, c) for s, c in zip(secrets, columns, strict=True)]
            db.execute(f'UPDATE "{table}" SET {sets} WHERE "{key}" = ?', [*fresh, chat_id])
        return len(rows)

    def _rotate(self, ciphertext: str, chat_id: int, column: str) -> str:
        try:
            return self._cipher.rotate(ciphertext)
        except DecryptError:
            raise UnreadableToken(_unreadable(column.replace("_", " "), chat_id)) from None


@contextmanager
def _busy_as_error(label: str) -> Iterator[None]:
    """SQLite giving up on another connection's lock becomes `StoreBusy`."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorcode & 0xFF not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise
        raise StoreBusy(f"database {label} is locked by another connection") from exc


def _unreadable(what: str, chat_id: int) -> str:
    return (
        f"the stored {what} of chat {chat_id} cannot be decrypted with any configured key"
        " (was a key removed from BOT_ENCRYPTION_KEY? put it back, or unlink that chat)"
    )


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
