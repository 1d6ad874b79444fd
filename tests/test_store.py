"""bot.store: CRUD of every table, named errors, and the dataclasses' reprs."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.crypto import TokenCipher, generate_key
from bot.store import Account, NotFound, PendingLink, Store, StoreError

KEY = generate_key()
NOW = 1_700_000_000


@pytest.fixture(params=["file", "memory"])
def fresh_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A migrated, empty store on a temporary file (and once more in memory)."""
    path = tmp_path / "bot.sqlite3" if request.param == "file" else ":memory:"
    with Store(path, TokenCipher([KEY]), clock=lambda: NOW) as store:
        yield store


def make_account(chat_id: int = 42, **changes: object) -> Account:
    fields: dict[str, object] = {
        "chat_id": chat_id,
        "username": f"user{chat_id}",
        "slug": f"user-{chat_id}",
        "name": "Sean Rider",
        "vip": False,
        "access_token": f"access-{chat_id}",
        "refresh_token": f"refresh-{chat_id}",
        "expires_at": NOW + 86400,
        "linked_at": NOW,
    }
    fields.update(changes)
    return Account(**fields)  # type: ignore[arg-type]


def make_link(chat_id: int = 42, **changes: object) -> PendingLink:
    fields: dict[str, object] = {
        "chat_id": chat_id,
        "device_code": f"device-{chat_id}",
        "user_code": "ABCD1234",
        "verification_url": "https://trakt.tv/activate",
        "interval": 5,
        "expires_at": NOW + 600,
        "message_id": 7,
        "language": "de",
        "created_at": NOW,
    }
    fields.update(changes)
    return PendingLink(**fields)  # type: ignore[arg-type]


# -- accounts -------------------------------------------------------------


def test_missing_account_raises_not_found(fresh_db: Store) -> None:
    with pytest.raises(NotFound, match="42"):
        fresh_db.get_account(42)
    assert issubclass(NotFound, StoreError) and issubclass(NotFound, LookupError)
    assert fresh_db.has_account(42) is False


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"name": None},
        {"vip": True},
        {"username": "Ünïcødé_名前", "slug": "unicode-slug", "name": "Ünï Cødé 🎬"},
        {"chat_id": 2**40},
        {"expires_at": 0, "linked_at": 0},
    ],
)
def test_save_and_get_account_round_trip(fresh_db: Store, changes: dict[str, Any]) -> None:
    account = make_account(**changes)
    fresh_db.save_account(account)
    assert fresh_db.get_account(account.chat_id) == account
    assert fresh_db.has_account(account.chat_id)


def test_save_account_replaces_the_row(fresh_db: Store) -> None:
    fresh_db.save_account(make_account())
    relinked = make_account(username="renamed", vip=True, access_token="new", refresh_token="nw")
    fresh_db.save_account(relinked)
    assert fresh_db.get_account(42) == relinked
    assert not fresh_db.has_account(43)


def test_update_tokens_changes_only_tokens_and_expiry(fresh_db: Store) -> None:
    fresh_db.save_account(make_account())
    fresh_db.update_tokens(42, "access-2", "refresh-2", NOW + 999, issued_at=NOW + 5)
    expected = make_account(
        access_token="access-2",
        refresh_token="refresh-2",
        expires_at=NOW + 999,
        issued_at=NOW + 5,
    )
    assert fresh_db.get_account(42) == expected


def test_update_tokens_of_a_missing_account(fresh_db: Store) -> None:
    with pytest.raises(NotFound, match="chat 42"):
        fresh_db.update_tokens(42, "a", "r", NOW)
    assert not fresh_db.has_account(42)
    fresh_db.save_account(make_account())  # no transaction was left open
    assert fresh_db.has_account(42)


def test_update_tokens_is_atomic_across_threads(fresh_db: Store) -> None:
    fresh_db.save_account(make_account())

    def refresh(n: int) -> None:
        for round_ in range(20):
            fresh_db.update_tokens(42, f"a{n}.{round_}", f"r{n}.{round_}", n * 100 + round_)

    threads = [threading.Thread(target=refresh, args=(n,)) for n in range(1, 7)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    account = fresh_db.get_account(42)
    n, round_ = divmod(account.expires_at, 100)
    assert (account.access_token, account.refresh_token) == (f"a{n}.{round_}", f"r{n}.{round_}")


def test_delete_account(fresh_db: Store) -> None:
    fresh_db.save_account(make_account())
    assert fresh_db.delete_account(42) is True
    assert fresh_db.delete_account(42) is False
    assert not fresh_db.has_account(42)


# -- languages ------------------------------------------------------------


@pytest.mark.parametrize(
    ("getter", "setter"),
    [("get_language", "set_language"), ("get_chat_language", "set_chat_language")],
)
@pytest.mark.parametrize(
    "steps", [["de"], ["de", "pt-BR"], ["de", None], [None], ["uk", None, "en"]]
)
def test_languages(fresh_db: Store, getter: str, setter: str, steps: list[str | None]) -> None:
    assert getattr(fresh_db, getter)(-100123) is None
    for language in steps:
        getattr(fresh_db, setter)(-100123, language)
        assert getattr(fresh_db, getter)(-100123) == language


def test_user_and_chat_languages_are_separate(fresh_db: Store) -> None:
    fresh_db.set_language(5, "de")
    fresh_db.set_chat_language(5, "fr")
    assert (fresh_db.get_language(5), fresh_db.get_chat_language(5)) == ("de", "fr")


# -- pending links --------------------------------------------------------


@pytest.mark.parametrize("changes", [{}, {"message_id": None, "language": None}])
def test_pending_link_round_trip(fresh_db: Store, changes: dict[str, Any]) -> None:
    link = make_link(**changes)
    fresh_db.save_pending_link(link)
    assert fresh_db.get_pending_link(42) == link


def test_pending_link_not_found_and_delete(fresh_db: Store) -> None:
    with pytest.raises(NotFound):
        fresh_db.get_pending_link(42)
    assert fresh_db.delete_pending_link(42) is False
    fresh_db.save_pending_link(make_link())
    assert fresh_db.delete_pending_link(42) is True
    with pytest.raises(NotFound):
        fresh_db.get_pending_link(42)


def test_pending_link_replaced_and_listed(fresh_db: Store) -> None:
    fresh_db.save_pending_link(make_link(2))
    fresh_db.save_pending_link(make_link(1))
    fresh_db.save_pending_link(make_link(1, user_code="NEWCODE1", device_code="device-new"))
    links = list(fresh_db.iter_pending_links())
    assert [(p.chat_id, p.user_code) for p in links] == [(1, "NEWCODE1"), (2, "ABCD1234")]
    assert links[0].device_code == "device-new"


def test_pending_link_and_account_are_independent(fresh_db: Store) -> None:
    fresh_db.save_account(make_account())
    fresh_db.save_pending_link(make_link())
    fresh_db.delete_account(42)
    assert fresh_db.get_pending_link(42) == make_link()


# -- images ---------------------------------------------------------------

URL = "https://walter-r2.trakt.tv/images/movies/000/001/poster.jpg"


def test_image_cache(fresh_db: Store) -> None:
    assert fresh_db.get_image(URL) is None
    assert fresh_db.image_failed(URL) is False
    fresh_db.set_image(URL, "AgACAgIAAxkBAAI")
    assert fresh_db.get_image(URL) == "AgACAgIAAxkBAAI"
    assert fresh_db.image_failed(URL) is False


def test_image_failure_and_recovery(fresh_db: Store) -> None:
    fresh_db.set_image(URL, "old-file-id")
    fresh_db.mark_image_failed(URL)
    assert fresh_db.image_failed(URL) is True
    assert fresh_db.get_image(URL) is None
    fresh_db.set_image(URL, "new-file-id")
    assert fresh_db.image_failed(URL) is False
    assert fresh_db.get_image(URL) == "new-file-id"


# -- kv cache -------------------------------------------------------------


@pytest.mark.parametrize(("now", "hit"), [(NOW - 1000, True), (NOW - 1, True), (NOW, False)])
def test_cache_expiry(fresh_db: Store, now: int, hit: bool) -> None:
    fresh_db.cache_set("tr:de:overview:1", "Übersetzung", NOW)
    assert fresh_db.cache_get("tr:de:overview:1", now) == ("Übersetzung" if hit else None)


def test_cache_miss_and_overwrite(fresh_db: Store) -> None:
    assert fresh_db.cache_get("k", NOW) is None
    fresh_db.cache_set("k", "one", NOW + 10)
    fresh_db.cache_set("k", "two", NOW + 20)
    assert fresh_db.cache_get("k", NOW + 15) == "two"


def test_purge_cache(fresh_db: Store) -> None:
    for n in range(5):
        fresh_db.cache_set(f"k{n}", "v", NOW + n)
    assert fresh_db.purge_cache(NOW + 2) == 3
    assert [fresh_db.cache_get(f"k{n}", NOW) for n in range(5)] == [None, None, None, "v", "v"]


# -- reprs and lifecycle --------------------------------------------------


@pytest.mark.parametrize(
    ("value", "secrets"),
    [
        (make_account(), ["access-42", "refresh-42"]),
        (make_link(), ["device-42"]),
    ],
)
def test_repr_shows_no_secret(value: object, secrets: list[str]) -> None:
    text = repr(value)
    assert "42" in text
    assert not any(secret in text for secret in secrets)


def test_store_repr_shows_no_key(fresh_db: Store) -> None:
    assert KEY not in repr(fresh_db)


def test_closed_store_refuses_calls(tmp_path: Path) -> None:
    with Store(tmp_path / "bot.sqlite3", TokenCipher([KEY])) as store:
        store.save_account(make_account())
    with pytest.raises(sqlite3.ProgrammingError):
        store.has_account(42)


def test_updated_at_comes_from_the_clock(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    with Store(path, TokenCipher([KEY]), clock=lambda: 1234.9) as store:
        store.save_account(make_account())
        store.set_language(1, "de")
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT updated_at FROM accounts UNION ALL SELECT updated_at FROM preferences"
        )
        assert [r[0] for r in rows] == [1234, 1234]
    finally:
        conn.close()


# -- accounts kept in memory ------------------------------------------------------------


def _queries(store: Store) -> list[str]:
    """Every SQL statement the store runs from now on."""
    seen: list[str] = []
    store._db.conn.set_trace_callback(seen.append)
    return seen


def test_an_account_read_twice_is_one_query(fresh_db: Store) -> None:
    fresh_db.save_account(make_account())
    seen = _queries(fresh_db)
    first = fresh_db.get_account(42)
    assert fresh_db.get_account(42) == first and fresh_db.has_account(42)
    assert len([q for q in seen if "accounts" in q]) == 1
    assert not fresh_db.has_account(7) and not fresh_db.has_account(7)  # absence too
    assert len([q for q in seen if "accounts" in q]) == 2


def test_every_write_shows_in_the_next_read(fresh_db: Store) -> None:
    assert not fresh_db.has_account(42)
    fresh_db.save_account(make_account(access_token="one"))
    assert fresh_db.get_account(42).access_token == "one"
    fresh_db.update_tokens(42, "two", "r2", 999)
    assert fresh_db.get_account(42).access_token == "two"
    fresh_db.set_timezone(42, "Asia/Tokyo")
    assert fresh_db.get_account(42).timezone == "Asia/Tokyo"
    fresh_db.save_account(make_account(access_token="three"))
    assert fresh_db.get_account(42).access_token == "three"
    assert fresh_db.delete_account(42)
    assert not fresh_db.has_account(42)
    with pytest.raises(NotFound):
        fresh_db.get_account(42)
    with pytest.raises(NotFound):
        fresh_db.update_tokens(42, "x", "y", 1)
    assert not fresh_db.has_account(42)


def test_the_memory_is_bounded(fresh_db: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bot.store.store.MEMORY_SIZE", 3)
    for chat_id in range(1, 6):
        fresh_db.save_account(make_account(chat_id))
        fresh_db.get_account(chat_id)
    assert [key for _, key in fresh_db._memory] == [3, 4, 5]
    assert fresh_db.get_account(1).chat_id == 1  # read again from SQLite


def test_languages_are_read_once_and_writes_show(fresh_db: Store) -> None:
    seen = _queries(fresh_db)
    assert fresh_db.get_language(5) is None and fresh_db.get_language(5) is None
    assert fresh_db.get_chat_language(-9) is None and fresh_db.get_chat_language(-9) is None
    assert len([q for q in seen if q.startswith("SELECT")]) == 2
    fresh_db.set_language(5, "ru")
    fresh_db.set_chat_language(-9, "de")
    assert fresh_db.get_language(5) == "ru" and fresh_db.get_chat_language(-9) == "de"
    fresh_db.set_language(5, None)
    assert fresh_db.get_language(5) is None
