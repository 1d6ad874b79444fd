"""Queued button presses in SQLite: a mixin for `Store` (schema in migrations 8 and 9).

A press that writes at Trakt, made while Trakt asks to wait, is one row until it has run
(`bot.kit.later`): whose it is, the Trakt account it was made on, its callback data (the
same press twice is one), the name of the handler that runs it again, the update as
Telegram sent it (a JSON document the store keeps as it gets it), when it was pressed,
when it may run and how many times Trakt asked it to wait. A person's rows run in `id`
order, so their presses keep their order across a restart; forgetting one forgets those
before it too (they ran first), so a row the database was too busy to delete never
outlives a later one and runs again after it.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

_COLUMNS = "id, user_id, data, handler, payload, pressed_at, due_at, waits, account"


@dataclass(frozen=True, slots=True)
class QueuedPress:
    """One press waiting to run: `pressed_at` and `due_at` in epoch seconds; `account`
    names the Trakt account it was made on (None: none was linked, or a row from before
    migration 9)."""

    id: int
    user_id: int
    data: str
    handler: str
    pressed_at: int
    due_at: float
    waits: int = 0
    account: str | None = None
    update: Mapping[str, Any] = field(default_factory=dict, repr=False)


def _press(row: Sequence[Any]) -> QueuedPress:
    press_id, user_id, data, handler, payload, pressed_at, due_at, waits, account = row
    update = json.loads(payload or "{}")
    return QueuedPress(press_id, user_id, data, handler, pressed_at, due_at, waits, account, update)


class LaterStore:
    """Queued presses; mixed into `Store`, whose connection and lock it uses."""

    if TYPE_CHECKING:
        _db: Database
        _lock: threading.RLock

        def _transaction(self) -> AbstractContextManager[Database]: ...

    def queue_press(
        self,
        user_id: int,
        data: str,
        handler: str,
        update: Mapping[str, Any],
        *,
        pressed_at: int,
        due_at: float,
        waits: int,
        account: str | None = None,
    ) -> QueuedPress:
        """Keep a press until it has run; the stored row (with its id)."""
        payload = json.dumps(dict(update), ensure_ascii=False)
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO queued_presses (user_id, data, handler, payload, pressed_at,"
                " due_at, waits, account) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [user_id, data, handler, payload, pressed_at, due_at, waits, account],
            )
            press_id = int(cursor.lastrowid or 0)
        return QueuedPress(
            press_id, user_id, data, handler, pressed_at, due_at, waits, account, dict(update)
        )

    def queued_presses(self, user_id: int | None = None) -> list[QueuedPress]:
        """The presses still to run, oldest first: one person's, or everyone's."""
        sql = f"SELECT {_COLUMNS} FROM queued_presses"
        params: list[Any] = []
        if user_id is not None:
            sql, params = f"{sql} WHERE user_id = ?", [user_id]
        with self._lock:
            rows = self._db.execute(f"{sql} ORDER BY id", params).fetchall()
        return [_press(row) for row in rows]

    def queued_people(self) -> list[int]:
        """Everyone with a press still to run, in the order their oldest was pressed."""
        sql = "SELECT user_id FROM queued_presses GROUP BY user_id ORDER BY MIN(id)"
        with self._lock:
            return [int(row[0]) for row in self._db.execute(sql).fetchall()]

    def delay_press(self, press_id: int, due_at: float, waits: int) -> None:
        """Trakt asked a press to wait again: when it may run now, and how many waits."""
        with self._transaction() as db:
            db.execute(
                "UPDATE queued_presses SET due_at = ?, waits = ? WHERE id = ?",
                [due_at, waits, press_id],
            )

    def drop_press(self, press_id: int) -> bool:
        """Forget a press that has run (or failed, and the person was told), and every
        earlier press of the same person: they ran before it. False when none was left."""
        sql = (
            "DELETE FROM queued_presses WHERE id <= ?"
            " AND user_id = (SELECT user_id FROM queued_presses WHERE id = ?)"
        )
        with self._transaction() as db:
            return db.execute(sql, [press_id, press_id]).rowcount > 0
