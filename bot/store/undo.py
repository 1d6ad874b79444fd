"""Undo offers in SQLite: a mixin for `Store` (schema in migration 5).

An offer is one row: who may undo, what was done (`verb` on `ref`, a title key such as
`movie:123`) and what the undo needs (`payload`, a small JSON document the store keeps as
it gets it). `claim_undo` is a compare-and-set in one UPDATE, so of two presses at once
exactly one undoes; `release_undo` gives the offer back when the undo failed.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from bot.store.errors import NotFound


@dataclass(frozen=True, slots=True)
class UndoOffer:
    """A change its maker may take back until `expires_at` (epoch seconds)."""

    id: int
    user_id: int
    verb: str
    ref: str
    expires_at: int
    done: bool = False
    payload: Mapping[str, Any] = field(default_factory=dict)


class UndoStore:
    """Undo rows; mixed into `Store`, whose connection, lock and clock it uses."""

    if TYPE_CHECKING:
        _db: Database
        _lock: threading.RLock

        def _now(self) -> int: ...

        def _transaction(self) -> AbstractContextManager[Database]: ...

    def offer_undo(
        self, user_id: int, verb: str, ref: str, payload: Mapping[str, Any], ttl: int
    ) -> int:
        """Keep an undo offer for `ttl` seconds; its id (for the button)."""
        now = self._now()
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO undo (user_id, verb, ref, payload, created_at, expires_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [user_id, verb, ref, json.dumps(dict(payload)), now, now + ttl],
            )
            return int(cursor.lastrowid or 0)

    def get_undo(self, undo_id: int) -> UndoOffer:
        """One offer; raises NotFound (never made, or purged)."""
        with self._lock:
            row = self._db.execute(
                "SELECT id, user_id, verb, ref, payload, expires_at, done FROM undo WHERE id = ?",
                [undo_id],
            ).fetchone()
        if row is None:
            raise NotFound(f"no undo offer {undo_id}")
        return UndoOffer(
            id=row[0],
            user_id=row[1],
            verb=row[2],
            ref=row[3],
            payload=json.loads(row[4] or "{}"),
            expires_at=row[5],
            done=bool(row[6]),
        )

    def claim_undo(self, undo_id: int) -> bool:
        """Take an offer that is still open and not expired; True for exactly one caller."""
        sql = "UPDATE undo SET done = 1 WHERE id = ? AND done = 0 AND expires_at > ?"
        with self._transaction() as db:
            return db.execute(sql, [undo_id, self._now()]).rowcount > 0

    def release_undo(self, undo_id: int) -> None:
        """Give a claimed offer back (the undo failed at Trakt: it may be tried again)."""
        with self._transaction() as db:
            db.execute("UPDATE undo SET done = 0 WHERE id = ?", [undo_id])

    def purge_undo(self, now: float, *, keep: int = 86400) -> int:
        """Delete offers that expired more than `keep` seconds before `now`."""
        with self._transaction() as db:
            return db.execute("DELETE FROM undo WHERE expires_at < ?", [now - keep]).rowcount
