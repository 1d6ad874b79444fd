"""Undo offers in SQLite: a mixin for `Store` (schema in migration 5).

An offer is one row: who may undo, what was done (`verb` on `ref`, a title key such as
`movie:123`) and what the undo needs (`payload`, a small JSON document the store keeps as
it gets it). `claim_undo` is a compare-and-set in one UPDATE, so of two presses at once
exactly one undoes; `release_undo` gives the offer back when the undo surely did not
reach Trakt, and `doubt_undo` when it may have (cut off mid-request: a restart, a
timeout): the next claim then finds out at Trakt before it writes (`in_doubt`).
`done` holds which: 0 open, 1 done, 2 in doubt.
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

_OPEN, _DONE, _IN_DOUBT = 0, 1, 2


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
    in_doubt: bool = False  # an undo was cut off: it may have reached Trakt, or not


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
            done=row[6] == _DONE,
            in_doubt=row[6] == _IN_DOUBT,
        )

    def claim_undo(self, undo_id: int, *, at: float | None = None) -> bool:
        """Take an offer that is open (or in doubt) and was not expired at `at` (now when
        None: a queued press gives the moment it was pressed); True for exactly one caller."""
        sql = "UPDATE undo SET done = ? WHERE id = ? AND done IN (?, ?) AND expires_at > ?"
        when = self._now() if at is None else int(at)
        with self._transaction() as db:
            return db.execute(sql, [_DONE, undo_id, _OPEN, _IN_DOUBT, when]).rowcount > 0

    def release_undo(self, undo_id: int) -> None:
        """Give a claimed offer back: the undo surely did not reach Trakt (refused, or never
        sent); it may be tried again."""
        self._set_undo(undo_id, _OPEN)

    def doubt_undo(self, undo_id: int) -> None:
        """Give a claimed offer back in doubt: the undo was cut off and may have reached
        Trakt; the next claim looks there before it writes."""
        self._set_undo(undo_id, _IN_DOUBT)

    def _set_undo(self, undo_id: int, state: int) -> None:
        with self._transaction() as db:
            db.execute("UPDATE undo SET done = ? WHERE id = ?", [state, undo_id])

    def purge_undo(self, now: float, *, keep: int = 86400) -> int:
        """Delete offers that expired more than `keep` seconds before `now`."""
        with self._transaction() as db:
            return db.execute("DELETE FROM undo WHERE expires_at < ?", [now - keep]).rowcount
