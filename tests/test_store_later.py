"""Queued presses in SQLite: kept across a restart, in the order pressed, per person."""

from __future__ import annotations

from pathlib import Path

from bot.crypto import TokenCipher, generate_key
from bot.store import Store

UPDATE = {"update_id": 1, "callback_query": {"id": "q", "data": "mk|1|seen|m|7"}}


def _store(path: Path, key: str) -> Store:
    return Store(path / "bot.sqlite3", TokenCipher((key,)))


def test_presses_survive_a_restart_in_order(tmp_path: Path) -> None:
    key = generate_key()
    with _store(tmp_path, key) as store:
        first = store.queue_press(7, "a", "h.one", UPDATE, pressed_at=100, due_at=145.5, waits=1)
        store.queue_press(8, "x", "h.two", {}, pressed_at=101, due_at=150.0, waits=1)
        store.queue_press(7, "b", "h.two", {}, pressed_at=102, due_at=145.5, waits=0)
    with _store(tmp_path, key) as store:
        assert store.queued_people() == [7, 8]
        mine = store.queued_presses(7)
        assert [p.data for p in mine] == ["a", "b"]
        assert mine[0] == first and mine[0].update == UPDATE
        assert [p.user_id for p in store.queued_presses()] == [7, 8, 7]


def test_a_press_waits_again_then_is_forgotten(tmp_path: Path) -> None:
    with _store(tmp_path, generate_key()) as store:
        press = store.queue_press(7, "a", "h", UPDATE, pressed_at=100, due_at=145.0, waits=1)
        store.delay_press(press.id, 200.25, 2)
        (again,) = store.queued_presses(7)
        assert (again.due_at, again.waits, again.pressed_at) == (200.25, 2, 100)
        assert store.drop_press(press.id) and not store.drop_press(press.id)
        assert store.queued_presses() == [] and store.queued_people() == []


def test_forgetting_a_press_forgets_that_persons_earlier_ones(tmp_path: Path) -> None:
    """A person's presses run in order: one done means those before it are done too (a
    row the database was too busy to delete then goes with the next one)."""
    with _store(tmp_path, generate_key()) as store:
        first = store.queue_press(7, "a", "h", {}, pressed_at=100, due_at=1.0, waits=0)
        other = store.queue_press(8, "x", "h", {}, pressed_at=101, due_at=1.0, waits=0)
        second = store.queue_press(7, "b", "h", {}, pressed_at=102, due_at=1.0, waits=0)
        third = store.queue_press(7, "c", "h", {}, pressed_at=103, due_at=1.0, waits=0)
        assert store.drop_press(second.id)
        assert store.queued_presses() == [other, third]
        assert not store.drop_press(first.id)


def test_a_press_names_the_account_it_was_made_on(tmp_path: Path) -> None:
    key = generate_key()
    with _store(tmp_path, key) as store:
        store.queue_press(7, "a", "h", {}, pressed_at=1, due_at=1.0, waits=0, account="ann")
        store.queue_press(7, "b", "h", {}, pressed_at=2, due_at=1.0, waits=0)
    with _store(tmp_path, key) as store:
        assert [p.account for p in store.queued_presses(7)] == ["ann", None]
