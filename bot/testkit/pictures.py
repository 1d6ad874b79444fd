"""The pictures the bot sends (the /stats chart), saved as files a console user can open.

A terminal shows no pictures, so the console saves each one the first time it prints it,
in one folder per run (`new_folder`), as `001-message-16.png`, `002-…`: in the order
they came. The folder stays after the run, unless nothing was saved in it (`tidy`).
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Mapping
from pathlib import Path

from bot.testkit.fakebot.models import StoredFile

__all__ = ["Pictures"]

_KINDS = ((b"\x89PNG", ".png"), (b"\xff\xd8", ".jpg"), (b"GIF8", ".gif"), (b"RIFF", ".webp"))


class Pictures:
    """Saves each picture the bot sent once, numbered in order, in `folder`."""

    def __init__(self, folder: Path, files: Mapping[str, StoredFile]) -> None:
        """`files`: the fake Bot API's uploads by file id."""
        self.folder, self.files = folder, files
        self._saved: dict[str, str] = {}
        self._count = 0

    @classmethod
    def new_folder(cls, files: Mapping[str, StoredFile]) -> Pictures:
        """Pictures in a new folder of the temporary directory."""
        return cls(Path(tempfile.mkdtemp(prefix="trakt-bot-console-pictures-")), files)

    def where(self, file_id: str, message_id: int) -> str:
        """Where to open picture `file_id`: its file (saved now, the first time), or its
        address when the bot sent it as a link."""
        if file_id not in self._saved:
            self._saved[file_id] = self._save(file_id, message_id)
        return self._saved[file_id]

    def tidy(self) -> None:
        """Remove the folder if no picture was saved in it."""
        with contextlib.suppress(OSError):  # not empty (or gone already)
            self.folder.rmdir()

    def _save(self, file_id: str, message_id: int) -> str:
        stored = self.files.get(file_id)
        if stored is None:
            return "[photo]"
        if not stored.content:
            return stored.url or "[photo]"
        self._count += 1
        path = self.folder / f"{self._count:03d}-message-{message_id}{_suffix(stored.content)}"
        path.write_bytes(stored.content)
        return str(path)


def _suffix(content: bytes) -> str:
    return next((suffix for magic, suffix in _KINDS if content.startswith(magic)), ".bin")
