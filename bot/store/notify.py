"""Notifications in SQLite: a mixin for `Store` (schema in migration 6).

Three tables: `notify_settings` (one row per person; a person without one has the
defaults, notifications off), `notify_muted` (shows a person muted) and `notify_due`,
the due list: one row per (person, episode or movie), unique, with its air time and
the time it is due (epoch seconds, UTC).

A row's life: `pending` -> `claimed` (by the sender, one UPDATE that only a pending row
passes, so of two senders exactly one gets it) -> `sent` (with the Telegram message id),
or `skipped` (watched, hidden, muted) / `dropped` (too late, blocked, or left claimed by
a crash). The sender checks a row first, then claims it, then sends: a crash between the
claim and Telegram's answer loses the messages being sent at that moment, never one sent
twice (`drop_claimed` at start-up). A pending row is the only kind a calendar sync, a
change of settings or an unlink may change or delete; every other row stays until it
is purged, so an episode once claimed is never planned again.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from bot.store.models import dict_rows

PENDING, CLAIMED, SENT, SKIPPED, DROPPED = "pending", "claimed", "sent", "skipped", "dropped"


@dataclass(frozen=True, slots=True)
class NotifySettings:
    """One person's notification settings (the defaults: off)."""

    user_id: int
    mode: str = "off"  # off | each | digest
    offset: int = 0  # minutes after the air time (negative: before)
    digest_hour: int = 8  # local hour of the daily digest
    scope: str = "followed"  # followed | premieres | finales | all
    quiet_start: int | None = None  # minutes after local midnight; None: no quiet hours
    quiet_end: int | None = None
    timezone: str | None = None  # chosen here; None: the Trakt account's
    last_mode: str | None = None  # the mode before notifications were turned off
    language: str | None = None  # Telegram's language when last set here (messages' language)
    movies: bool = False
    offered: bool = False  # the offer after linking was made
    sync_after: int = 0  # epoch seconds: the next calendar sync
    trakt: Mapping[str, Any] = field(default_factory=dict)  # last_activities seen, hidden ids

    @property
    def on(self) -> bool:
        """Whether anything is sent."""
        return self.mode != "off"

    def with_(self, **changes: Any) -> NotifySettings:
        """A copy with `changes`."""
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class DueDraft:
    """What a calendar sync wants due: a row before it is stored."""

    kind: str  # episode | movie
    trakt_id: int
    show_id: int | None
    air_at: int
    due_at: int
    payload: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Due:
    """One stored row of the due list."""

    id: int
    user_id: int
    kind: str
    trakt_id: int
    show_id: int | None
    air_at: int
    due_at: int
    state: str
    batch: int | None
    message_id: int | None
    payload: Mapping[str, Any]


_SETTINGS = tuple(f.name for f in fields(NotifySettings))
_DUE = "id, user_id, kind, trakt_id, show_id, air_at, due_at, state, batch, message_id, payload"


def _settings(row: Mapping[str, Any]) -> NotifySettings:
    values = {name: row[name] for name in _SETTINGS if name in row}
    values["movies"] = bool(values.get("movies"))
    values["offered"] = bool(values.get("offered"))
    values["trakt"] = json.loads(values.get("trakt") or "{}")
    return NotifySettings(**values)


def _due(row: Sequence[Any]) -> Due:
    row_id, user_id, kind, trakt_id, show_id, air_at, due_at, state, batch, message_id = row[:10]
    return Due(
        row_id, user_id, kind, trakt_id, show_id, air_at, due_at, state, batch, message_id,
        json.loads(row[10] or "{}"),
    )  # fmt: skip


class NotifyStore:
    """Notification rows; mixed into `Store`, whose connection, lock and clock it uses."""

    if TYPE_CHECKING:
        _db: Database
        _lock: threading.RLock

        def _now(self) -> int: ...

        def _transaction(self) -> AbstractContextManager[Database]: ...

    # -- settings -------------------------------------------------------------------------

    def notify_settings(self, user_id: int) -> NotifySettings:
        """The person's settings; the defaults (off) when they never set any."""
        with self._lock:
            rows = dict_rows(
                self._db.execute("SELECT * FROM notify_settings WHERE user_id = ?", [user_id])
            )
        return _settings(rows[0]) if rows else NotifySettings(user_id)

    def save_notify_settings(self, settings: NotifySettings) -> None:
        """Insert or replace the person's settings."""
        row = {name: getattr(settings, name) for name in _SETTINGS}
        row["movies"], row["offered"] = int(settings.movies), int(settings.offered)
        row["trakt"] = json.dumps(dict(settings.trakt))
        row["updated_at"] = self._now()
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        with self._transaction() as db:
            db.execute(
                f"INSERT OR REPLACE INTO notify_settings ({columns}) VALUES ({marks})",
                list(row.values()),
            )

    def take_notify_offer(self, user_id: int) -> bool:
        """Note that notifications were offered to the person; True only the first time."""
        with self._transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO notify_settings (user_id, updated_at) VALUES (?, ?)",
                [user_id, self._now()],
            )
            sql = "UPDATE notify_settings SET offered = 1 WHERE user_id = ? AND offered = 0"
            return db.execute(sql, [user_id]).rowcount > 0

    def notify_people(self) -> list[NotifySettings]:
        """Everyone whose notifications are on."""
        with self._lock:
            rows = dict_rows(self._db.execute("SELECT * FROM notify_settings WHERE mode != 'off'"))
        return [_settings(row) for row in rows]

    def notify_sync_due(self, now: int, limit: int = 100) -> list[int]:
        """People with notifications on whose calendar sync is due, the longest waiting first."""
        sql = (
            "SELECT user_id FROM notify_settings WHERE mode != 'off' AND sync_after <= ?"
            " ORDER BY sync_after LIMIT ?"
        )
        with self._lock:
            return [row[0] for row in self._db.execute(sql, [now, limit])]

    def next_notify_sync(self) -> int | None:
        """When the next calendar sync is due, or None."""
        sql = "SELECT MIN(sync_after) FROM notify_settings WHERE mode != 'off'"
        with self._lock:
            found = self._db.execute(sql).fetchone()[0]
        return None if found is None else int(found)

    def set_notify_sync(
        self, user_id: int, when: int, trakt: Mapping[str, Any] | None = None
    ) -> None:
        """Schedule the person's next calendar sync (and keep what Trakt said, if given)."""
        with self._transaction() as db:
            if trakt is None:
                sql = "UPDATE notify_settings SET sync_after = ? WHERE user_id = ?"
                db.execute(sql, [when, user_id])
            else:
                sql = "UPDATE notify_settings SET sync_after = ?, trakt = ? WHERE user_id = ?"
                db.execute(sql, [when, json.dumps(dict(trakt)), user_id])

    def merge_notify_trakt(self, user_id: int, changes: Mapping[str, Any]) -> None:
        """Merge `changes` into what Trakt said last (the sender's check), leaving the
        next sync as it is (a sync or a change of settings may have moved it meanwhile)."""
        with self._transaction() as db:
            sql = "SELECT trakt FROM notify_settings WHERE user_id = ?"
            row = db.execute(sql, [user_id]).fetchone()
            if row is None:
                return
            trakt = {**json.loads(row[0] or "{}"), **changes}
            sql = "UPDATE notify_settings SET trakt = ? WHERE user_id = ?"
            db.execute(sql, [json.dumps(trakt), user_id])

    # -- muted shows ----------------------------------------------------------------------

    def mute_show(
        self, user_id: int, show_id: int, muted: bool = True, *, title: str | None = None
    ) -> None:
        """Mute (or unmute) a show (`title`: its name, for the list of muted shows);
        muting drops what is pending for it."""
        with self._transaction() as db:
            if not muted:
                db.execute(
                    "DELETE FROM notify_muted WHERE user_id = ? AND show_id = ?", [user_id, show_id]
                )
                return
            db.execute(
                "INSERT OR IGNORE INTO notify_muted (user_id, show_id, muted_at, title)"
                " VALUES (?, ?, ?, ?)",
                [user_id, show_id, self._now(), title],
            )
            db.execute(
                "DELETE FROM notify_due WHERE user_id = ? AND show_id = ? AND state = ?",
                [user_id, show_id, PENDING],
            )

    def muted_shows(self, user_id: int) -> frozenset[int]:
        """The shows the person muted."""
        sql = "SELECT show_id FROM notify_muted WHERE user_id = ?"
        with self._lock:
            return frozenset(row[0] for row in self._db.execute(sql, [user_id]))

    def muted_list(self, user_id: int) -> list[tuple[int, str | None]]:
        """The shows the person muted, by name (then id): (show id, name when known)."""
        sql = (
            "SELECT show_id, title FROM notify_muted WHERE user_id = ?"
            " ORDER BY title IS NULL, title COLLATE NOCASE, show_id"
        )
        with self._lock:
            return [(row[0], row[1]) for row in self._db.execute(sql, [user_id])]

    # -- the due list ---------------------------------------------------------------------

    def plan_due(
        self, user_id: int, drafts: Iterable[DueDraft], start: int, end: int, *, late: int
    ) -> int:
        """Make the person's pending rows with an air time in [start, end) what `drafts` say:
        new ones inserted (those due before `late` as skipped: they were over before the
        person asked), pending ones moved, pending ones no longer wanted deleted. Rows in
        any other state stay as they are. Returns how many rows are pending now."""
        now = self._now()
        wanted: set[tuple[str, int]] = set()
        with self._transaction() as db:
            for draft in drafts:
                wanted.add((draft.kind, draft.trakt_id))
                payload = json.dumps(dict(draft.payload))
                state = PENDING if draft.due_at >= late else SKIPPED
                db.execute(
                    "INSERT INTO notify_due (user_id, kind, trakt_id, show_id, air_at, due_at,"
                    " state, payload, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (user_id, kind, trakt_id) DO UPDATE SET air_at = excluded.air_at,"
                    " due_at = excluded.due_at, payload = excluded.payload,"
                    " updated_at = excluded.updated_at WHERE notify_due.state = 'pending'",
                    [user_id, draft.kind, draft.trakt_id, draft.show_id, draft.air_at,
                     draft.due_at, state, payload, now],
                )  # fmt: skip
            rows = db.execute(
                "SELECT id, kind, trakt_id FROM notify_due WHERE user_id = ? AND state = ?"
                " AND air_at >= ? AND air_at < ?",
                [user_id, PENDING, start, end],
            ).fetchall()
            gone = [row[0] for row in rows if (row[1], row[2]) not in wanted]
            db.conn.executemany("DELETE FROM notify_due WHERE id = ?", [[i] for i in gone])
            count = db.execute(
                "SELECT COUNT(*) FROM notify_due WHERE user_id = ? AND state = ?",
                [user_id, PENDING],
            ).fetchone()[0]
        return int(count)

    def settled_due(self, user_id: int) -> set[tuple[str, int]]:
        """(kind, Trakt id) of the person's rows past pending: sent, skipped, dropped or
        being sent (never planned again)."""
        sql = "SELECT kind, trakt_id FROM notify_due WHERE user_id = ? AND state != ?"
        with self._lock:
            return {(row[0], row[1]) for row in self._db.execute(sql, [user_id, PENDING])}

    def reschedule_due(self, user_id: int, changes: Mapping[int, int]) -> None:
        """Move pending rows (id -> new due time)."""
        with self._transaction() as db:
            db.conn.executemany(
                "UPDATE notify_due SET due_at = ? WHERE id = ? AND user_id = ? AND state = ?",
                [[due_at, row_id, user_id, PENDING] for row_id, due_at in changes.items()],
            )

    def due_rows(self, user_id: int, states: tuple[str, ...] = (PENDING,)) -> list[Due]:
        """The person's rows in these states, soonest first."""
        marks = ", ".join("?" for _ in states)
        sql = (
            f"SELECT {_DUE} FROM notify_due WHERE user_id = ? AND state IN ({marks})"
            " ORDER BY due_at, air_at, id"
        )
        with self._lock:
            return [_due(row) for row in self._db.execute(sql, [user_id, *states])]

    def due_by(self, moment: int, limit: int = 1000) -> list[Due]:
        """Pending rows due at or before `moment`, the earliest first."""
        sql = (
            f"SELECT {_DUE} FROM notify_due WHERE state = ? AND due_at <= ?"
            " ORDER BY due_at, user_id, air_at, id LIMIT ?"
        )
        with self._lock:
            return [_due(row) for row in self._db.execute(sql, [PENDING, moment, limit])]

    def next_due(self) -> int | None:
        """When the next pending row is due, or None."""
        sql = "SELECT MIN(due_at) FROM notify_due WHERE state = ?"
        with self._lock:
            found = self._db.execute(sql, [PENDING]).fetchone()[0]
        return None if found is None else int(found)

    def batch_rows(self, batch: int) -> list[Due]:
        """The rows one message was sent for (claimed or sent: never one the check left
        out), in air order (then as planned)."""
        sql = (
            f"SELECT {_DUE} FROM notify_due WHERE batch = ? AND state IN (?, ?) ORDER BY air_at, id"
        )
        with self._lock:
            return [_due(row) for row in self._db.execute(sql, [batch, CLAIMED, SENT])]

    def due_by_ids(self, ids: Sequence[int]) -> list[Due]:
        """These rows as stored now (after a claim: with their batch)."""
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        sql = f"SELECT {_DUE} FROM notify_due WHERE id IN ({marks}) ORDER BY id"
        with self._lock:
            return [_due(row) for row in self._db.execute(sql, list(ids))]

    def claim_due(self, ids: Sequence[int], by: int | None = None) -> list[int]:
        """Claim pending rows for one message; the ids claimed (the batch is the first).
        A row another sender claimed first, that was deleted, or (with `by`) that a sync
        moved to after `by`, is left out."""
        if not ids:
            return []
        batch = min(ids)
        marks = ", ".join("?" for _ in ids)
        due = "" if by is None else " AND due_at <= ?"
        with self._transaction() as db:
            db.execute(
                f"UPDATE notify_due SET state = ?, batch = ?, updated_at = ?"
                f" WHERE id IN ({marks}) AND state = ?{due}",
                [CLAIMED, batch, self._now(), *ids, PENDING, *(() if by is None else (by,))],
            )
            rows = db.execute(
                f"SELECT id FROM notify_due WHERE id IN ({marks}) AND state = ? AND batch = ?",
                [*ids, CLAIMED, batch],
            ).fetchall()
        return sorted(row[0] for row in rows)

    def finish_due(self, ids: Sequence[int], state: str, message_id: int | None = None) -> None:
        """Close claimed rows: `sent` (with the message), `skipped` or `dropped`; or give
        them back (`pending`: known not to have been sent)."""
        if not ids:
            return
        marks = ", ".join("?" for _ in ids)
        with self._transaction() as db:
            db.execute(
                f"UPDATE notify_due SET state = ?, message_id = COALESCE(?, message_id),"
                f" updated_at = ? WHERE id IN ({marks}) AND state = ?",
                [state, message_id, self._now(), *ids, CLAIMED],
            )

    def set_due_state(self, ids: Sequence[int], state: str) -> None:
        """Close pending rows without sending them (`skipped`, `dropped`)."""
        if not ids:
            return
        marks = ", ".join("?" for _ in ids)
        with self._transaction() as db:
            db.execute(
                f"UPDATE notify_due SET state = ?, updated_at = ? WHERE id IN ({marks})"
                " AND state = ?",
                [state, self._now(), *ids, PENDING],
            )

    def drop_claimed(self) -> int:
        """Drop rows a crash left claimed (maybe sent, maybe not: never sent again)."""
        with self._transaction() as db:
            sql = "UPDATE notify_due SET state = ?, updated_at = ? WHERE state = ?"
            return db.execute(sql, [DROPPED, self._now(), CLAIMED]).rowcount

    def clear_due(self, user_id: int) -> int:
        """Delete what is pending for the person (unlinked, or notifications off). A row
        being sent (claimed) or closed stays until it is purged: its unique key keeps a
        new link or turning notifications on again from planning that episode twice."""
        with self._transaction() as db:
            sql = "DELETE FROM notify_due WHERE user_id = ? AND state = ?"
            return db.execute(sql, [user_id, PENDING]).rowcount

    def purge_due(self, before: int) -> int:
        """Forget closed rows of episodes that aired before `before`."""
        with self._transaction() as db:
            sql = "DELETE FROM notify_due WHERE air_at < ? AND state NOT IN (?, ?)"
            return db.execute(sql, [before, PENDING, CLAIMED]).rowcount
