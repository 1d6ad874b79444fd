"""The database file, its WAL/SHM and its folder are the owner's alone when the bot creates
them; an existing file or folder others can read is left as it is, with a warning."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.crypto import TokenCipher, generate_key
from bot.store import Account, Store


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The common default umask (022): files readable by everyone unless we say otherwise."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _store(path: Path) -> Store:
    return Store(path, TokenCipher([generate_key()]))


@pytest.mark.usefixtures("open_umask")
def test_a_new_database_its_wal_and_its_folders_are_owner_only(tmp_path: Path) -> None:
    db = tmp_path / "data" / "deeper" / "bot.sqlite3"
    with _store(db) as store:
        store.save_account(Account(7, "sean", "sean", None, False, "acc", "ref", 10, 5))
        files = [db, Path(f"{db}-wal"), Path(f"{db}-shm")]
        assert all(f.exists() for f in files)
        assert {f.name: oct(_mode(f)) for f in files} == {f.name: "0o600" for f in files}
    assert oct(_mode(db.parent)) == "0o700"
    assert oct(_mode(db.parent.parent)) == "0o700"


@pytest.mark.usefixtures("open_umask")
def test_an_existing_readable_database_is_warned_about_not_changed(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "volume"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    db = folder / "bot.sqlite3"
    _store(db).close()
    db.chmod(0o644)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="bot.store"), _store(db):
        pass
    assert _mode(db) == 0o644 and _mode(folder) == 0o755
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2, warnings
    assert all("\n" not in w for w in warnings)
    assert any(str(db) in w and "0644" in w for w in warnings), warnings
    assert any(str(folder) in w and "0755" in w for w in warnings), warnings


@pytest.mark.usefixtures("open_umask")
def test_an_owner_only_database_opens_without_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "fresh" / "bot.sqlite3"
    _store(db).close()
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="bot.store"), _store(db):
        pass
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
