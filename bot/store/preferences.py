"""Languages (a person's, a group's) and the small caches (posters' Telegram file ids,
values such as translations) in SQLite: a mixin for `Store`.

A cache may always miss: a cache write that meets another connection's lock is skipped
(nothing written) rather than failing what it serves.
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from bot.store.errors import StoreBusy

logger = logging.getLogger(__name__)


class PreferenceStore:
    """Languages and caches; mixed into `Store`, whose connection, clock and memory it uses."""

    if TYPE_CHECKING:
        _label: str

        def _now(self) -> int: ...

        def _transaction(self) -> AbstractContextManager[Database]: ...

        def _changing(self, table: str, key: int) -> AbstractContextManager[None]: ...

        def _remembered_column(self, table: str, key: int, column: str) -> Any: ...

        def _lookup(self, table: str, key: int | str) -> dict[str, Any] | None: ...

        def _column(self, table: str, key: int | str, column: str) -> Any: ...

        def _upsert(self, table: str, row: dict[str, Any], pk: str) -> None: ...

    # -- languages --------------------------------------------------------

    def get_language(self, user_id: int) -> str | None:
        """The language a user picked, or None to follow Telegram's."""
        return self._remembered_column("preferences", user_id, "language")

    def set_language(self, user_id: int, language: str | None) -> None:
        """Remember a user's language; None goes back to Telegram's."""
        row = {"user_id": user_id, "language": language, "updated_at": self._now()}
        with self._changing("preferences", user_id):
            self._upsert("preferences", row, "user_id")

    def get_chat_language(self, chat_id: int) -> str | None:
        """The language an admin set for a group chat, or None."""
        return self._remembered_column("chat_settings", chat_id, "language")

    def set_chat_language(self, chat_id: int, language: str | None) -> None:
        """Set or clear (None) a group chat's language."""
        row = {"chat_id": chat_id, "language": language, "updated_at": self._now()}
        with self._changing("chat_settings", chat_id):
            self._upsert("chat_settings", row, "chat_id")

    # -- image file-id cache ----------------------------------------------

    def get_image(self, url: str) -> str | None:
        """The Telegram file id already uploaded for a poster URL, or None."""
        return self._column("images", url, "file_id")

    def set_image(self, url: str, file_id: str) -> None:
        """Remember the Telegram file id of a poster URL (clears a failure mark)."""
        row = {"url": url, "file_id": file_id, "failed": 0, "updated_at": self._now()}
        self._cache_write("images", row, "url")

    def mark_image_failed(self, url: str) -> None:
        """Remember that Telegram could not fetch this poster URL."""
        row = {"url": url, "file_id": None, "failed": 1, "updated_at": self._now()}
        self._cache_write("images", row, "url")

    def image_failed(self, url: str) -> bool:
        """Whether this poster URL was marked as failed."""
        return bool(self._column("images", url, "failed"))

    # -- small value cache ------------------------------------------------

    def cache_get(self, key: str, now: float) -> str | None:
        """A cached value that has not expired by `now` (unix seconds), or None."""
        row = self._lookup("kv_cache", key)
        if row is None or row["expires_at"] <= now:
            return None
        return str(row["value"])

    def cache_set(self, key: str, value: str, expires_at: int) -> None:
        """Cache a value until `expires_at` (unix seconds)."""
        self._cache_write("kv_cache", {"key": key, "value": value, "expires_at": expires_at}, "key")

    def _cache_write(self, table: str, row: dict[str, Any], pk: str) -> None:
        """A cache may always miss: a write that meets another connection's lock is
        skipped rather than failing what it serves."""
        try:
            self._upsert(table, row, pk)
        except StoreBusy:
            logger.info("Store %s: %s not cached (the database is busy)", self._label, table)

    def purge_cache(self, now: float) -> int:
        """Delete cached values expired by `now`; returns how many."""
        with self._transaction() as db:
            return db.execute("DELETE FROM kv_cache WHERE expires_at <= ?", [now]).rowcount
