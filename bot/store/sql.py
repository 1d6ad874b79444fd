"""Plain-SQL helpers the store's parts share."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlite_utils import Database

from bot.store.errors import StoreBusy


def upsert(db: Database, table: str, row: dict[str, Any], key: str) -> None:
    """Insert `row` or update the row with its key, in plain SQL.

    Not sqlite-utils' `upsert`: it first probes (once per connection, by creating a table)
    whether SQLite knows `ON CONFLICT`, and a probe that meets another connection's lock
    is taken for "no" for good; its fallback (`INSERT OR IGNORE` with the key alone, then
    `UPDATE`) writes nothing into our tables, whose columns are NOT NULL.
    """
    columns = ", ".join(f"[{c}]" for c in row)
    marks = ", ".join("?" for _ in row)
    updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in row if c != key)
    db.execute(
        f"INSERT INTO [{table}] ({columns}) VALUES ({marks})"
        f" ON CONFLICT([{key}]) DO UPDATE SET {updates}",
        list(row.values()),
    )


@contextmanager
def busy_as_error(label: str) -> Iterator[None]:
    """SQLite giving up on another connection's lock becomes `StoreBusy`."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorcode & 0xFF not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise
        raise StoreBusy(f"database {label} is locked by another connection") from exc
