"""Watch parties in SQLite: a mixin for `Store` (schema in migration 3).

A party is one row. Members, the shortlist (`candidates`) and the votes are small
JSON documents: the store keeps them as it gets them and knows nothing of what a
candidate means. State changes that two people could race (two presses of "Pick
now", the last vote and "Done" at once) go through `move_party`, a compare-and-set
in one UPDATE, so exactly one of them wins; a pick's outcome goes through
`save_party_if`, so a party replaced while it ran stays ended.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from bot.store.errors import NotFound, StoreError
from bot.store.models import dict_rows

OPEN = "open"  # people join and leave
PICKING = "picking"  # reading everyone's Trakt
VOTING = "voting"  # the poll is up
DONE = "done"  # a winner was announced
ENDED = "ended"  # replaced by a newer party before it picked
ACTIVE = (OPEN, PICKING, VOTING)

_SAVE = (
    "UPDATE parties SET message_id = ?, state = ?, members = ?, poll_id = ?,"
    " poll_message_id = ?, candidates = ?, updated_at = ? WHERE id = ?"
)


@dataclass(frozen=True, slots=True)
class PartyMember:
    """Someone who joined: Telegram user id and first name (shown in the group)."""

    user_id: int
    name: str


@dataclass(frozen=True, slots=True)
class Party:
    """A watch party in a group chat."""

    id: int
    chat_id: int
    message_id: int | None  # the party message with the buttons
    starter_id: int
    starter_name: str
    kind: str  # "all" | "movies" | "shows"
    language: str  # what the party's group messages are written in
    state: str
    members: tuple[PartyMember, ...] = ()
    poll_id: str | None = None
    poll_message_id: int | None = None
    candidates: tuple[Mapping[str, Any], ...] = ()  # the shortlist, in poll order
    votes: Mapping[int, tuple[int, ...]] = field(default_factory=dict)  # user id -> options
    created_at: int = 0
    updated_at: int = 0

    def has(self, user_id: int) -> bool:
        """Whether this person joined."""
        return any(m.user_id == user_id for m in self.members)


class PartyStore:
    """Party rows; mixed into `Store`, whose connection, lock and clock it uses."""

    if TYPE_CHECKING:
        _db: Database
        _lock: threading.RLock

        def _now(self) -> int: ...

        def _transaction(self) -> AbstractContextManager[Database]: ...

    def create_party(
        self,
        chat_id: int,
        starter_id: int,
        starter_name: str,
        kind: str,
        language: str,
        members: Iterable[PartyMember] = (),
    ) -> Party:
        """A new open party (its message id is set once the message is sent)."""
        now = self._now()
        row = {
            "chat_id": chat_id,
            "message_id": None,
            "starter_id": starter_id,
            "starter_name": starter_name,
            "kind": kind,
            "language": language,
            "state": OPEN,
            "members": _members_json(members),
            "poll_id": None,
            "poll_message_id": None,
            "candidates": "[]",
            "votes": "{}",
            "created_at": now,
            "updated_at": now,
        }
        with self._transaction() as db:
            cursor = db.table("parties").insert(row)
            party_id = cursor.last_rowid
        if party_id is None:
            raise StoreError("SQLite gave the new party no id")
        return self.get_party(party_id)

    def get_party(self, party_id: int) -> Party:
        """One party; `NotFound` when there is none (purged, or another database)."""
        return _party(self._party_row("SELECT * FROM parties WHERE id = ?", [party_id]))

    def active_parties(self, chat_id: int) -> list[Party]:
        """A chat's parties that have not finished, oldest first."""
        marks = ", ".join("?" for _ in ACTIVE)
        sql = f"SELECT * FROM parties WHERE chat_id = ? AND state IN ({marks}) ORDER BY id"
        return [_party(row) for row in self._party_rows(sql, [chat_id, *ACTIVE])]

    def save_party(self, party: Party) -> Party:
        """Store a party's message, state, members, poll and shortlist (not its votes)."""
        with self._transaction() as db:
            if db.execute(_SAVE, self._saved(party)).rowcount == 0:
                raise NotFound(f"no party {party.id}")
        return self.get_party(party.id)

    def save_party_if(self, party: Party, was: Party) -> bool:
        """Store `party` as `save_party` does, only while its row is still as `was` left
        it (the same state, changed last at the same moment): a compare-and-set in one
        UPDATE, so a slow step (a pick) never writes over a party ended or replaced
        meanwhile. True when this call saved it."""
        sql = f"{_SAVE} AND state = ? AND updated_at = ?"
        with self._transaction() as db:
            cursor = db.execute(sql, [*self._saved(party), was.state, was.updated_at])
            return cursor.rowcount > 0

    def _saved(self, party: Party) -> list[Any]:
        """The values of `_SAVE` for `party`, ending with its id."""
        return [
            party.message_id,
            party.state,
            _members_json(party.members),
            party.poll_id,
            party.poll_message_id,
            json.dumps(list(party.candidates), ensure_ascii=False),
            self._now(),
            party.id,
        ]

    def move_party(self, party_id: int, from_states: Sequence[str], to_state: str) -> bool:
        """Set the state only if it is one of `from_states`; True when this call moved it."""
        marks = ", ".join("?" for _ in from_states)
        sql = f"UPDATE parties SET state = ?, updated_at = ? WHERE id = ? AND state IN ({marks})"
        with self._transaction() as db:
            cursor = db.execute(sql, [to_state, self._now(), party_id, *from_states])
            return cursor.rowcount > 0

    def record_vote(self, poll_id: str, user_id: int, options: Sequence[int]) -> Party:
        """Note (or, with no options, retract) a member's vote; the updated party. A vote by
        someone who is not in the party is not kept."""
        with self._transaction() as db:
            sql = "SELECT id, votes, members FROM parties WHERE poll_id = ?"
            row = db.execute(sql, [poll_id]).fetchone()
            if row is None:
                raise NotFound(f"no party for poll {poll_id}")
            votes: dict[str, list[int]] = json.loads(row[1] or "{}")
            member = any(int(m["id"]) == user_id for m in json.loads(row[2] or "[]"))
            if member and options:
                votes[str(user_id)] = [int(o) for o in options]
            else:  # a retraction, or an outsider's vote (never kept)
                votes.pop(str(user_id), None)
            db.execute(
                "UPDATE parties SET votes = ?, updated_at = ? WHERE id = ?",
                [json.dumps(votes), self._now(), row[0]],
            )
        return self.get_party(int(row[0]))

    def purge_parties(self, before: float) -> int:
        """Forget parties untouched since `before` (unix seconds); returns how many."""
        with self._transaction() as db:
            return db.execute("DELETE FROM parties WHERE updated_at < ?", [before]).rowcount

    def _party_row(self, sql: str, params: list[Any]) -> dict[str, Any]:
        rows = self._party_rows(sql, params)
        if not rows:
            raise NotFound(f"no party for {params[0]}")
        return rows[0]

    def _party_rows(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        with self._lock:
            return dict_rows(self._db.execute(sql, params))


def _members_json(members: Iterable[PartyMember]) -> str:
    return json.dumps([{"id": m.user_id, "name": m.name} for m in members], ensure_ascii=False)


def _party(row: Mapping[str, Any]) -> Party:
    members = tuple(PartyMember(int(m["id"]), str(m["name"])) for m in json.loads(row["members"]))
    votes = {int(k): tuple(int(o) for o in v) for k, v in json.loads(row["votes"]).items()}
    return Party(
        id=row["id"],
        chat_id=row["chat_id"],
        message_id=row["message_id"],
        starter_id=row["starter_id"],
        starter_name=row["starter_name"],
        kind=row["kind"],
        language=row["language"],
        state=row["state"],
        members=members,
        poll_id=row["poll_id"],
        poll_message_id=row["poll_message_id"],
        candidates=tuple(json.loads(row["candidates"])),
        votes=votes,
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )
