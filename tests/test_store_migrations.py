"""bot.store opening: folder, pragmas, migrations, restarts, newer schemas."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from bot.crypto import TokenCipher, generate_key
from bot.store import (
    MIGRATIONS,
    Account,
    Migrations,
    PendingLink,
    SchemaTooNew,
    Store,
    StoreError,
)
from bot.store.store import BUSY_TIMEOUT_MS

KEY = generate_key()
NOW = 1_700_000_000
TABLES = {"accounts", "preferences", "chat_settings", "pending_links", "images", "kv_cache"}

ACCOUNT = Account(
    chat_id=1,
    username="sean",
    slug="sean",
    name="Sean",
    vip=True,
    access_token="access",
    refresh_token="refresh",
    expires_at=NOW,
    linked_at=NOW,
)
LINK = PendingLink(
    chat_id=2,
    device_code="device",
    user_code="ABCD1234",
    verification_url="https://trakt.tv/activate",
    interval=5,
    expires_at=NOW + 600,
    message_id=9,
    language="fr",
    created_at=NOW,
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "bot.sqlite3"


@pytest.fixture
def fresh_db(db_path: Path) -> Iterator[Store]:
    """A migrated, empty store on a temporary file."""
    with Store(db_path, TokenCipher([KEY])) as store:
        yield store


def open_store(path: Path, migrations: Migrations = MIGRATIONS) -> Store:
    return Store(path, TokenCipher([KEY]), migrations=migrations)


def raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def set_user_version(path: Path, version: int) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA user_version = {version}")
    finally:
        conn.close()


# -- opening --------------------------------------------------------------


@pytest.mark.parametrize("parts", [("bot.sqlite3",), ("data", "bot.sqlite3"), ("a", "b", "c.db")])
def test_open_creates_missing_folders(tmp_path: Path, parts: tuple[str, ...]) -> None:
    path = tmp_path.joinpath(*parts)
    with open_store(path):
        assert path.is_file()


def test_wal_mode_on_for_files(fresh_db: Store, db_path: Path) -> None:
    assert raw(db_path, "PRAGMA journal_mode") == [("wal",)]


def test_connection_pragmas(fresh_db: Store) -> None:
    conn = fresh_db._db.conn  # white box: these pragmas are per connection
    assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
    # short: a longer wait is an async retry of the caller, never a stalled event loop
    assert conn.execute("PRAGMA busy_timeout").fetchone() == (BUSY_TIMEOUT_MS,) == (50,)


def test_memory_store_works() -> None:
    with Store(":memory:", TokenCipher([KEY])) as store:
        store.save_account(ACCOUNT)
        assert store.get_account(1) == ACCOUNT
        assert store.schema_version == MIGRATIONS.latest


def test_fresh_db_has_every_table_at_the_latest_version(fresh_db: Store, db_path: Path) -> None:
    assert fresh_db.schema_version == MIGRATIONS.latest >= 1
    names = {row[0] for row in raw(db_path, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert names >= TABLES


def test_restart_keeps_everything(db_path: Path) -> None:
    with open_store(db_path) as store:
        store.save_account(ACCOUNT)
        store.set_language(1, "de")
        store.set_chat_language(-100, "uk")
        store.save_pending_link(LINK)
        store.set_image("https://img/poster.jpg", "file-id")
        store.cache_set("k", "v", NOW + 60)
    with open_store(db_path) as store:
        assert store.get_account(1) == ACCOUNT
        assert store.get_language(1) == "de"
        assert store.get_chat_language(-100) == "uk"
        assert store.get_pending_link(2) == LINK
        assert store.get_image("https://img/poster.jpg") == "file-id"
        assert store.cache_get("k", NOW) == "v"


# -- migrations -----------------------------------------------------------


def counting(registry: Migrations, calls: list[int]) -> Migrations:
    """Add a migration to `registry` that records each run."""

    @registry.register(registry.latest + 1)
    def _count(db: Database) -> None:
        calls.append(1)
        db.table("counted").create({"id": int}, pk="id")

    return registry


def test_migrations_apply_once(db_path: Path) -> None:
    calls: list[int] = []
    registry = counting(MIGRATIONS.copy(), calls)
    for _ in range(3):
        with open_store(db_path, registry) as store:
            assert store.schema_version == MIGRATIONS.latest + 1
    assert calls == [1]


def test_a_later_migration_upgrades_without_losing_rows(db_path: Path) -> None:
    with open_store(db_path) as store:
        store.save_account(ACCOUNT)
        store.set_language(1, "de")
        store.save_pending_link(LINK)
    upgraded = MIGRATIONS.copy()

    @upgraded.register(MIGRATIONS.latest + 1)
    def _add_timezone(db: Database) -> None:
        db.table("preferences").add_column("timezone", str)
        db.execute("UPDATE preferences SET timezone = 'Europe/Berlin'")

    with open_store(db_path, upgraded) as store:
        assert store.schema_version == MIGRATIONS.latest + 1
        assert store.get_account(1) == ACCOUNT
        assert store.get_language(1) == "de"
        assert store.get_pending_link(2) == LINK
    assert raw(db_path, "SELECT user_id, language, timezone FROM preferences") == [
        (1, "de", "Europe/Berlin")
    ]
    assert MIGRATIONS.latest == upgraded.latest - 1  # the global registry is untouched


def test_a_failing_migration_rolls_back_entirely(db_path: Path) -> None:
    with open_store(db_path) as store:
        store.save_account(ACCOUNT)
    broken = MIGRATIONS.copy()

    @broken.register(MIGRATIONS.latest + 1)
    def _half_done(db: Database) -> None:
        db.table("half").create({"id": int}, pk="id")
        db.execute("DELETE FROM accounts")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        open_store(db_path, broken)
    with open_store(db_path) as store:
        assert store.schema_version == MIGRATIONS.latest
        assert store.get_account(1) == ACCOUNT
    assert raw(db_path, "SELECT name FROM sqlite_master WHERE name = 'half'") == []


@pytest.mark.parametrize("offset", [1, 7])
def test_a_newer_database_is_refused(db_path: Path, offset: int) -> None:
    with open_store(db_path):
        pass
    newer = MIGRATIONS.latest + offset
    set_user_version(db_path, newer)
    with pytest.raises(SchemaTooNew) as info:
        open_store(db_path)
    assert isinstance(info.value, StoreError)
    assert f"schema version {newer}" in str(info.value)
    assert str(db_path) in str(info.value)


def test_migrations_run_in_order_from_an_older_version(db_path: Path) -> None:
    order: list[int] = []
    registry = Migrations()
    for version in (1, 2, 3):

        @registry.register(version)
        def _step(db: Database, version: int = version) -> None:
            order.append(version)

    with open_store(db_path, registry) as store:
        assert store.schema_version == 3
    set_user_version(db_path, 1)
    order.clear()
    with open_store(db_path, registry):
        pass
    assert order == [2, 3]


@pytest.mark.parametrize("version", [-1, 0, 1, 3])
def test_register_refuses_gaps_and_repeats(version: int) -> None:
    registry = Migrations()
    registry.register(1)(lambda db: None)
    with pytest.raises(ValueError, match=f"migration {version}"):
        registry.register(version)(lambda db: None)


def test_pending_lists_what_is_left() -> None:
    registry = Migrations()
    for version in (1, 2, 3):
        registry.register(version)(lambda db: None)
    assert [m.version for m in registry.pending(0)] == [1, 2, 3]
    assert [m.version for m in registry.pending(2)] == [3]
    assert registry.pending(3) == []
    assert Migrations().latest == 0


# -- files SQLite cannot use ----------------------------------------------


def test_a_file_that_is_not_a_database(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not a database file, just text " * 100)
    with pytest.raises(StoreError, match=r"cannot open database .*bot\.sqlite3"):
        open_store(db_path)


def test_a_folder_where_the_file_should_be(db_path: Path) -> None:
    db_path.mkdir(parents=True)
    with pytest.raises(StoreError, match="cannot open database"):
        open_store(db_path)


def test_a_file_where_the_folder_should_be(db_path: Path) -> None:
    db_path.parent.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot open database"):
        open_store(db_path)


def test_migration_2_keeps_version_1_accounts_with_unknown_issue_time(tmp_path: Path) -> None:
    """A database written before migration 2 upgrades in place; its links keep working."""
    from bot.crypto import TokenCipher, generate_key
    from bot.store import Account, Store
    from bot.store.migrations import Migrations

    cipher = TokenCipher([generate_key()])
    path = tmp_path / "old.sqlite3"
    first_only = Migrations(tuple(MIGRATIONS._items[:1]))
    with Store(path, cipher, migrations=first_only) as old:
        old._db.execute(
            "INSERT INTO accounts (chat_id, username, slug, name, vip, access_token,"
            " refresh_token, expires_at, linked_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [7, "sean", "sean", None, 0, cipher.encrypt("a"), cipher.encrypt("r"), 10, 5, 5],
        )
        old._db.conn.commit()
        assert old.schema_version == 1
    with Store(path, cipher) as new:
        assert new.schema_version == MIGRATIONS.latest
        account = new.get_account(7)
    assert isinstance(account, Account)
    assert (account.username, account.access_token, account.issued_at) == ("sean", "a", 0)


def test_migration_4_keeps_version_3_accounts_with_unknown_time_zone(tmp_path: Path) -> None:
    """Accounts linked before the bot kept time zones upgrade with none (asked on use)."""
    cipher = TokenCipher([generate_key()])
    path = tmp_path / "v3.sqlite3"
    up_to_3 = Migrations(tuple(MIGRATIONS._items[:3]))
    with Store(path, cipher, migrations=up_to_3) as old:
        old._db.execute(  # as the version-3 code wrote it
            "INSERT INTO accounts (chat_id, username, slug, name, vip, access_token,"
            " refresh_token, expires_at, linked_at, issued_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                1,
                "sean",
                "sean",
                None,
                0,
                cipher.encrypt("access"),
                cipher.encrypt("r"),
                10,
                5,
                5,
                5,
            ],
        )
        old._db.conn.commit()
        assert old.schema_version == 3
    with Store(path, cipher) as new:
        assert new.schema_version == MIGRATIONS.latest
        account = new.get_account(ACCOUNT.chat_id)
        assert account.timezone is None and account.access_token == "access"
        new.set_timezone(ACCOUNT.chat_id, "Asia/Tokyo")
        assert new.get_account(ACCOUNT.chat_id).timezone == "Asia/Tokyo"
        new.set_timezone(999, "UTC")  # nobody linked there: nothing happens
        assert not new.has_account(999)
