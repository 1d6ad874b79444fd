"""bot.store secrets: nothing readable on disk, key rotation, unreadable rows."""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.crypto import TokenCipher, generate_key
from bot.store import Account, PendingLink, Store, StoreError, UnreadableToken

OLD = generate_key()
NEW = generate_key()
OTHER = generate_key()
NOW = 1_700_000_000


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "bot.sqlite3"


@pytest.fixture
def fresh_db(db_path: Path) -> Iterator[Store]:
    """A migrated, empty store on a temporary file, encrypting with OLD."""
    with Store(db_path, TokenCipher([OLD])) as store:
        yield store


def account(chat_id: int, access: str = "", refresh: str = "") -> Account:
    return Account(
        chat_id=chat_id,
        username=f"username{chat_id}",
        slug=f"slug{chat_id}",
        name=None,
        vip=False,
        access_token=access or f"access-{chat_id}",
        refresh_token=refresh or f"refresh-{chat_id}",
        expires_at=NOW,
        linked_at=NOW,
    )


def link(chat_id: int, device_code: str = "") -> PendingLink:
    return PendingLink(
        chat_id=chat_id,
        device_code=device_code or f"device-{chat_id}",
        user_code="ABCD1234",
        verification_url="https://trakt.tv/activate",
        interval=5,
        expires_at=NOW + 600,
        message_id=None,
        language=None,
        created_at=NOW,
    )


def raw_bytes(path: Path) -> bytes:
    """The database file plus its WAL and rollback journal, whatever exists."""
    files = [path, Path(f"{path}-wal"), Path(f"{path}-journal")]
    return b"".join(f.read_bytes() for f in files if f.exists())


def checkpoint(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def stored(path: Path, sql: str) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def _accounts(store: Store) -> list[Account]:
    """The accounts `fill_with_secrets` writes, read back."""
    return [store.get_account(chat_id) for chat_id in (1, 2, 3)]


def fill_with_secrets(store: Store) -> list[str]:
    """Write accounts, refreshed tokens and pending links; return every secret used."""
    used: list[str] = []
    for chat_id in (1, 2, 3):
        access, refresh, device = (f"{kind}{secrets.token_hex(16)}" for kind in "ard")
        store.save_account(account(chat_id, access, refresh))
        store.save_pending_link(link(chat_id, device))
        used += [access, refresh, device]
    for chat_id in (1, 2):
        access, refresh = f"A{secrets.token_hex(16)}", f"R{secrets.token_hex(16)}"
        store.update_tokens(chat_id, access, refresh, NOW + 1)
        used += [access, refresh]
    return used


# -- nothing readable on disk ---------------------------------------------


def test_no_secret_on_disk_before_checkpoint(fresh_db: Store, db_path: Path) -> None:
    used = fill_with_secrets(fresh_db)
    assert Path(f"{db_path}-wal").exists()
    blob = raw_bytes(db_path)
    assert b"username1" in blob  # the scan does see plain columns
    assert [s for s in used if s.encode() in blob] == []


def test_no_secret_on_disk_after_checkpoint(fresh_db: Store, db_path: Path) -> None:
    used = fill_with_secrets(fresh_db)
    checkpoint(db_path)
    blob = db_path.read_bytes()
    assert b"username1" in blob
    assert [s for s in used if s.encode() in raw_bytes(db_path)] == []


def test_no_secret_on_disk_after_close(db_path: Path) -> None:
    with Store(db_path, TokenCipher([OLD])) as store:
        used = fill_with_secrets(store)
        store.delete_account(3)
        store.delete_pending_link(3)
    blob = raw_bytes(db_path)
    assert b"username1" in blob
    assert [s for s in used if s.encode() in blob] == []


# -- key rotation ---------------------------------------------------------


def test_rotate_keys_then_only_the_new_key_reads_everything(db_path: Path) -> None:
    with Store(db_path, TokenCipher([OLD])) as store:
        fill_with_secrets(store)
        before = _accounts(store), list(store.iter_pending_links())
    with Store(db_path, TokenCipher([NEW, OLD])) as store:
        assert store.rotate_keys() == 6  # 3 accounts + 3 pending links
    with Store(db_path, TokenCipher([NEW])) as store:
        assert (_accounts(store), list(store.iter_pending_links())) == before


def test_rotate_keys_on_an_empty_store(fresh_db: Store) -> None:
    assert fresh_db.rotate_keys() == 0


def test_old_key_second_still_reads_before_rotation(db_path: Path) -> None:
    with Store(db_path, TokenCipher([OLD])) as store:
        store.save_account(account(1))
    with Store(db_path, TokenCipher([NEW, OLD])) as store:
        assert store.get_account(1) == account(1)
        store.save_account(account(2))  # written with NEW
    with Store(db_path, TokenCipher([NEW])) as store:
        assert store.get_account(2) == account(2)


def test_rotate_keys_is_all_or_nothing(db_path: Path) -> None:
    with Store(db_path, TokenCipher([OLD])) as store:
        store.save_account(account(1))
    with Store(db_path, TokenCipher([OTHER])) as store:
        store.save_account(account(2))
    stored_before = stored(db_path, "SELECT access_token FROM accounts WHERE chat_id = 1")
    with Store(db_path, TokenCipher([NEW, OLD])) as store, pytest.raises(UnreadableToken):
        store.rotate_keys()
    assert stored(db_path, "SELECT access_token FROM accounts WHERE chat_id = 1") == stored_before
    with Store(db_path, TokenCipher([OLD, OTHER])) as store:
        assert [store.get_account(n).chat_id for n in (1, 2)] == [1, 2]


# -- rows no key can open -------------------------------------------------

READS: dict[str, Callable[[Store], object]] = {
    "get_account": lambda s: s.get_account(77),
    "get_pending_link": lambda s: s.get_pending_link(77),
    "iter_pending_links": lambda s: list(s.iter_pending_links()),
    "rotate_keys": lambda s: s.rotate_keys(),
}


@pytest.mark.parametrize("read", READS.values(), ids=READS.keys())
def test_unreadable_row_names_the_chat_and_leaks_nothing(
    db_path: Path, read: Callable[[Store], object]
) -> None:
    with Store(db_path, TokenCipher([OLD])) as store:
        store.save_account(account(77, "access-secret", "refresh-secret"))
        store.save_pending_link(link(77, "device-secret"))
    ciphertexts = [
        stored(db_path, "SELECT access_token FROM accounts"),
        stored(db_path, "SELECT refresh_token FROM accounts"),
        stored(db_path, "SELECT device_code FROM pending_links"),
    ]
    with Store(db_path, TokenCipher([NEW])) as store, pytest.raises(UnreadableToken) as info:
        read(store)
    message = str(info.value)
    assert isinstance(info.value, StoreError)
    assert "chat 77" in message
    leaks = [*ciphertexts, "access-secret", "refresh-secret", "device-secret", OLD, NEW]
    assert [s for s in leaks if s in message] == []
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_an_unreadable_account_is_still_linked(db_path: Path) -> None:
    with Store(db_path, TokenCipher([OLD])) as store:
        store.save_account(account(77, "access-secret", "refresh-secret"))
    with Store(db_path, TokenCipher([NEW])) as store:
        assert store.has_account(77) and not store.has_account(78)
        with pytest.raises(UnreadableToken):
            store.get_account(77)


# -- the start-up key check, compare-and-swap of a refreshed pair ---------------------------


def test_keys_open_counts_what_the_keys_open(db_path: Path) -> None:
    with Store(db_path, TokenCipher([OLD])) as store:
        assert store.keys_open() == (0, 0)  # nothing stored: nothing to say
        store.save_account(account(1))
        store.save_pending_link(link(2))
    with Store(db_path, TokenCipher([OTHER])) as store:
        store.save_account(account(3))
    with Store(db_path, TokenCipher([OLD])) as store:
        assert store.keys_open() == (3, 2)
        assert store.pending_link_chats() == [2] and store.has_pending_link(2)
    with Store(db_path, TokenCipher([NEW])) as store:
        assert store.keys_open() == (3, 0)
        assert store.pending_link_chats() == [2]  # listed without being opened


def test_swap_tokens_only_over_the_pair_it_replaces(fresh_db: Store) -> None:
    fresh_db.save_account(account(1, "a1", "r1"))
    assert not fresh_db.swap_tokens(1, "r0", "a2", "r2", 10, 5)  # refreshed from another pair
    assert fresh_db.get_account(1).refresh_token == "r1"
    assert fresh_db.swap_tokens(1, "r1", "a2", "r2", 10, 5)
    stored = fresh_db.get_account(1)
    assert (stored.access_token, stored.refresh_token, stored.expires_at) == ("a2", "r2", 10)
    assert not fresh_db.swap_tokens(2, "r1", "a3", "r3", 10, 5)  # no account at all
