"""The database on disk: owner-only files and folders, and one process per database.

When the bot creates the database (or its folders) they are readable by their owner
only: folders 0700, the file 0600; SQLite gives its WAL and SHM files the mode of the
database file. A file or folder that already exists keeps its mode (volumes and deploys
own their modes); when others may read it, one warning line says so at start-up.

`hold_database` takes an exclusive lock (`flock`) on `<database>.lock` beside the file,
for as long as a bot, `rotate-keys` or the non-demo console uses it: a second process on
the same file gets `DatabaseInUse` at once instead of racing the first one. The operating
system drops the lock when the process ends, however it ends.
"""

from __future__ import annotations

import fcntl
import logging
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.store.errors import DatabaseInUse, StoreError

logger = logging.getLogger(__name__)

FOLDER_MODE = 0o700
FILE_MODE = 0o600
_OTHERS = 0o077  # any permission for the group or everyone else


def prepare(path: Path) -> None:
    """Create missing folders (0700) and the file (0600); warn about existing shared ones."""
    try:
        _make_folders(path.parent)
        _create_file(path)
    except OSError as exc:
        raise StoreError(f"cannot open database {path}: {exc}") from exc
    for item, what in ((path.parent, "folder"), (path, "file")):
        _warn_if_shared(item, what)


def _make_folders(folder: Path) -> None:
    missing: list[Path] = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for item in reversed(missing):
        try:
            item.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            continue  # created meanwhile by someone else: theirs to keep
        item.chmod(FOLDER_MODE)  # mkdir's mode is masked by the umask; 0700 is what we mean


def _create_file(path: Path) -> None:
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    except FileExistsError:
        return
    os.close(fd)


def _warn_if_shared(path: Path, what: str) -> None:
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & _OTHERS:
        owner_only = oct(FOLDER_MODE if what == "folder" else FILE_MODE)[2:]
        logger.warning(
            "the database %s %s is open to others (mode %04o); it holds the bot's encrypted"
            " tokens, so consider `chmod %s %s`",
            what,
            path,
            mode,
            owner_only,
            path,
        )


@contextmanager
def hold_database(path: Path) -> Iterator[None]:
    """Hold the database's exclusive lock for the block; `DatabaseInUse` if another has it."""
    lock_path = Path(f"{path}.lock")
    try:
        _make_folders(lock_path.parent)
        fd = os.open(lock_path, os.O_CREAT | os.O_RDWR, FILE_MODE)
    except OSError as exc:
        raise StoreError(f"cannot lock database {path}: {exc}") from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise DatabaseInUse(
                f"another bot is running on {path} (it holds {lock_path});"
                " stop it first, or point BOT_DATABASE at another file"
            ) from None
        yield
    finally:
        os.close(fd)  # closing the last descriptor releases the lock
