"""A write that meets another connection's lock raises `StoreBusy` and writes nothing; the
same write, once the lock is gone, lands (whatever was tried while it was held)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from bot.crypto import TokenCipher, generate_key
from bot.store import Store, StoreBusy
from tests.test_store import make_account, make_link
from tests.test_store_busy_answers import locked


def test_a_busy_first_write_does_not_spoil_the_later_ones(tmp_path: Path) -> None:
    """Each write kind, first tried while the file is locked elsewhere, then once it is
    free: it lands (a locked first upsert once made every later one write nothing)."""
    path = tmp_path / "bot.sqlite3"
    writes = [
        lambda s: s.set_language(1, "de"),
        lambda s: s.set_chat_language(-5, "ru"),
        lambda s: s.save_pending_link(make_link(2)),
        lambda s: s.save_account(make_account(3)),
        lambda s: s.set_image("https://img/x.webp", "file-1"),
        lambda s: s.cache_set("k", "v", 2**40),
    ]
    with Store(path, TokenCipher([generate_key()])) as store:
        for write in writes:
            with locked(path), contextlib.suppress(StoreBusy):  # caches skip, others raise
                write(store)
            write(store)
        assert store.get_language(1) == "de" and store.get_chat_language(-5) == "ru"
        assert store.get_pending_link(2).device_code == "device-2"
        assert store.get_account(3).access_token == "access-3"
        assert store.get_image("https://img/x.webp") == "file-1"
        assert store.cache_get("k", 0) == "v"


def test_cache_writes_meeting_the_lock_are_skipped(tmp_path: Path) -> None:
    """A cache may always miss: its writes never fail what they serve."""
    path = tmp_path / "bot.sqlite3"
    with Store(path, TokenCipher([generate_key()])) as store:
        with locked(path):
            store.cache_set("k", "v", 2**40)
            store.set_image("https://img/x.webp", "file-1")
            store.mark_image_failed("https://img/y.webp")
        assert store.cache_get("k", 0) is None
        assert store.get_image("https://img/x.webp") is None
        assert not store.image_failed("https://img/y.webp")
