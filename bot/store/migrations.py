"""Forward-only schema migrations.

The schema version lives in SQLite's own header field, `PRAGMA user_version`
(0 for a brand-new file): it needs no bookkeeping table and it is written inside
the same transaction as the migration, so a migration and its version number
commit or roll back together. Migration N runs once, after N-1, in a
`BEGIN IMMEDIATE` transaction that re-reads the version first, so two processes
opening the same file cannot both apply it.

Add a migration by appending a function below, never by editing an old one::

    @migration(2)
    def _add_timezone(db: Database) -> None:
        db.table("preferences").add_column("timezone", str)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import Table

from bot.store.errors import SchemaTooNew

logger = logging.getLogger(__name__)

MigrationFn = Callable[[Database], None]


@dataclass(frozen=True)
class Migration:
    """One forward step: `apply` takes the schema from `version - 1` to `version`."""

    version: int
    name: str
    apply: MigrationFn


class Migrations:
    """An ordered registry of migrations; versions are registered 1, 2, 3 ... without gaps."""

    def __init__(self, items: tuple[Migration, ...] = ()) -> None:
        """Start empty, or from already ordered `items` (see `copy`)."""
        self._items: list[Migration] = list(items)

    @property
    def latest(self) -> int:
        """The version the schema has once every migration is applied."""
        return self._items[-1].version if self._items else 0

    def register(self, version: int) -> Callable[[MigrationFn], MigrationFn]:
        """Decorator: register a function as migration `version` (the next free number)."""

        def decorator(fn: MigrationFn) -> MigrationFn:
            if version != self.latest + 1:
                raise ValueError(f"migration {version} should be numbered {self.latest + 1}")
            self._items.append(Migration(version, fn.__name__.strip("_"), fn))
            return fn

        return decorator

    def copy(self) -> Migrations:
        """A separate registry with the same migrations, to extend without touching this one."""
        return Migrations(tuple(self._items))

    def pending(self, current: int) -> list[Migration]:
        """Migrations still to apply to a schema at version `current`, in order."""
        return [m for m in self._items if m.version > current]


def schema_version(db: Database) -> int:
    """The version recorded in the database file (0 when nothing was applied)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database, migrations: Migrations, *, label: str) -> int:
    """Apply every pending migration, each in its own transaction; returns how many ran."""
    _check_not_newer(db, migrations, label)
    applied = 0
    for step in migrations.pending(schema_version(db)):
        if _apply(db, step):
            applied += 1
            logger.info("Store %s: applied migration %d (%s)", label, step.version, step.name)
    return applied


def _check_not_newer(db: Database, migrations: Migrations, label: str) -> None:
    current = schema_version(db)
    if current > migrations.latest:
        raise SchemaTooNew(
            f"database {label} has schema version {current}, but this bot knows only up to "
            f"{migrations.latest}; run a newer version of the bot or restore a backup"
        )


def _apply(db: Database, step: Migration) -> bool:
    db.execute("BEGIN IMMEDIATE")
    try:
        if schema_version(db) >= step.version:  # another process got there first
            db.rollback()
            return False
        step.apply(db)
        db.execute(f"PRAGMA user_version = {int(step.version)}")
        db.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise
    return True


MIGRATIONS = Migrations()
migration = MIGRATIONS.register


@migration(1)
def _initial_schema(db: Database) -> None:
    """Accounts, preferences, group settings, pending device logins, image and value caches."""
    accounts = {
        "chat_id": int,
        "username": str,
        "slug": str,
        "name": str,
        "vip": int,
        "access_token": str,  # encrypted
        "refresh_token": str,  # encrypted
        "expires_at": int,
        "linked_at": int,
        "updated_at": int,
    }
    _create(db, "accounts", accounts, pk="chat_id", nullable=("name",))
    for name, key in (("preferences", "user_id"), ("chat_settings", "chat_id")):
        languages = {key: int, "language": str, "updated_at": int}
        _create(db, name, languages, pk=key, nullable=("language",))
    pending_links = {
        "chat_id": int,
        "device_code": str,  # encrypted
        "user_code": str,
        "verification_url": str,
        "interval": int,
        "expires_at": int,
        "message_id": int,
        "language": str,
        "created_at": int,
    }
    _create(db, "pending_links", pending_links, pk="chat_id", nullable=("message_id", "language"))
    images = {"url": str, "file_id": str, "failed": int, "updated_at": int}
    _create(db, "images", images, pk="url", nullable=("file_id",), defaults={"failed": 0})
    kv_cache = {"key": str, "value": str, "expires_at": int}
    _create(db, "kv_cache", kv_cache, pk="key").create_index(["expires_at"])


@migration(2)
def _token_issued_at(db: Database) -> None:
    """When the current access token was issued, so refreshes can use a margin relative
    to its lifetime (Trakt's lifetimes changed from 90 days to 7 days to 24 hours)."""
    db.execute("ALTER TABLE accounts ADD COLUMN issued_at INTEGER NOT NULL DEFAULT 0")


@migration(3)
def _watch_parties(db: Database) -> None:
    """Group watch parties, so a party (members, poll, shortlist) survives a restart.
    `members`, `candidates` and `votes` are JSON; `poll_id` finds a party from a vote."""
    parties = {
        "id": int,
        "chat_id": int,
        "message_id": int,
        "starter_id": int,
        "starter_name": str,
        "kind": str,
        "language": str,
        "state": str,
        "members": str,
        "poll_id": str,
        "poll_message_id": int,
        "candidates": str,
        "votes": str,
        "created_at": int,
        "updated_at": int,
    }
    nullable = ("message_id", "poll_id", "poll_message_id")
    table = _create(db, "parties", parties, pk="id", nullable=nullable)
    table.create_index(["chat_id", "state"])
    table.create_index(["poll_id"], unique=True)
    table.create_index(["updated_at"])


@migration(4)
def _account_timezone(db: Database) -> None:
    """The Trakt account's time zone, so /history groups plays by the person's own days.
    NULL for accounts linked before: the bot asks Trakt once, on first use."""
    db.execute("ALTER TABLE accounts ADD COLUMN timezone TEXT")


def _create(
    db: Database,
    name: str,
    columns: dict[str, type],
    *,
    pk: str,
    nullable: tuple[str, ...] = (),
    defaults: dict[str, Any] | None = None,
) -> Table:
    """A STRICT table whose columns are NOT NULL unless listed in `nullable`."""
    not_null = set(columns) - {pk, *nullable}
    return db.table(name).create(
        columns, pk=pk, not_null=not_null, defaults=defaults or {}, strict=True
    )


@migration(5)
def _undo(db: Database) -> None:
    """Changes a person may undo for a few minutes (↩ Undo on the message), so a restart
    keeps the offer. `payload` is JSON: what the undo needs (history ids of the plays just
    added, the rating before). `done` is set by the one press that claims it."""
    undo = {
        "id": int,
        "user_id": int,
        "verb": str,
        "ref": str,
        "payload": str,
        "created_at": int,
        "expires_at": int,
        "done": int,
    }
    table = _create(db, "undo", undo, pk="id", defaults={"done": 0, "payload": "{}"})
    table.create_index(["expires_at"])


@migration(6)
def _notifications(db: Database) -> None:
    """Notifications: each person's settings, muted shows, and the due list.

    `notify_due` holds one row per (person, episode or movie), unique, so nothing is ever
    inserted or sent twice: a row goes pending -> claimed -> sent (or skipped/dropped),
    and a row left claimed by a crash is dropped at start-up, never sent again.
    `trakt` is JSON: the last_activities values seen at the last sync, hidden show ids.
    """
    settings = {
        "user_id": int,
        "mode": str,
        "offset": int,
        "digest_hour": int,
        "scope": str,
        "quiet_start": int,
        "quiet_end": int,
        "timezone": str,
        "language": str,
        "movies": int,
        "offered": int,
        "sync_after": int,
        "trakt": str,
        "updated_at": int,
    }
    defaults = {
        "mode": "off",
        "offset": 0,
        "digest_hour": 8,
        "scope": "followed",
        "movies": 0,
        "offered": 0,
        "sync_after": 0,
        "trakt": "{}",
        "updated_at": 0,
    }
    nullable = ("quiet_start", "quiet_end", "timezone", "language")
    table = _create(
        db, "notify_settings", settings, pk="user_id", nullable=nullable, defaults=defaults
    )
    table.create_index(["mode", "sync_after"])
    db.execute(
        "CREATE TABLE notify_muted (user_id INTEGER NOT NULL, show_id INTEGER NOT NULL,"
        " muted_at INTEGER NOT NULL, PRIMARY KEY (user_id, show_id)) STRICT"
    )
    due = {
        "id": int,
        "user_id": int,
        "kind": str,
        "trakt_id": int,
        "show_id": int,
        "air_at": int,
        "due_at": int,
        "state": str,
        "batch": int,
        "message_id": int,
        "payload": str,
        "updated_at": int,
    }
    optional = ("show_id", "batch", "message_id")
    table = _create(
        db, "notify_due", due, pk="id", nullable=optional, defaults={"state": "pending"}
    )
    table.create_index(["user_id", "kind", "trakt_id"], unique=True)
    table.create_index(["state", "due_at"])
    table.create_index(["batch"])


@migration(7)
def _notify_memory(db: Database) -> None:
    """What notifications remember for the person: the mode before they were turned off
    (`/notify on` brings it back) and the name of a muted show (listed in /notify)."""
    db.execute("ALTER TABLE notify_settings ADD COLUMN last_mode TEXT")
    db.execute("ALTER TABLE notify_muted ADD COLUMN title TEXT")


@migration(8)
def _queued_presses(db: Database) -> None:
    """Button presses that write at Trakt, queued while Trakt asks to wait (`bot.kit.later`),
    so a restart runs them instead of losing them. One row per press, run per person in
    `id` order; `payload` is the update as Telegram sent it (JSON), `handler` names the
    code that runs it again, `pressed_at` is when it was pressed (a play is logged then)
    and `due_at` (epoch seconds, fractional) when it may run."""
    presses = {
        "id": int,
        "user_id": int,
        "data": str,
        "handler": str,
        "payload": str,
        "pressed_at": int,
        "due_at": float,
        "waits": int,
    }
    table = _create(db, "queued_presses", presses, pk="id", defaults={"waits": 0})
    table.create_index(["user_id", "id"])


@migration(9)
def _queued_press_account(db: Database) -> None:
    """Which Trakt account a queued press was made on (`bot.accounts.link_identity`): it
    is saved there or nowhere. Rows from before have none (`bot.kit.later` then asks
    whether the link of today was made before the press)."""
    db.execute("ALTER TABLE queued_presses ADD COLUMN account TEXT")
