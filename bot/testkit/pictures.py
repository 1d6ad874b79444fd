"""The pictures the bot sends (the /stats chart), saved as files a console user can open.

A terminal shows no pictures, so the console saves each message's picture the first time
it prints that message, in one folder per run (`new_folder`), as `001-message-16.png`,
`002-message-19.png`: in the order they came, each named by its own message. A picture
sent again (Telegram's file id of one already sent: a second /stats) is saved again, for
its new message; the same message printed again (an edit, `#16`) keeps its file. The
folder stays after the run, unless nothing was saved in it (`tidy`).
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
    """Saves the picture of each message once, numbered in order, in `folder`."""

    def __init__(self, folder: Path, files: Mapping[str, StoredFile]) -> None:
        """`files`: the fake Bot API's uploads by file id."""
        self.folder, self.files = folder, files
        self._saved: dict[tuple[int, int, str], str] = {}  # (chat, message, file id)
        self._count = 0

    @classmethod
    def new_folder(cls, files: Mapping[str, StoredFile]) -> Pictures:
        """Pictures in a new folder of the temporary directory."""
        return cls(Path(tempfile.mkdtemp(prefix="trakt-bot-console-pictures-")), files)

    def where(self, file_id: str, message_id: int, *, chat_id: int = 0) -> str:
        """Where to open picture `file_id` of message `message_id` (in chat `chat_id`): its
        file (saved now, the first time this message shows it), or its address when the bot
        sent it as a link."""
        key = (chat_id, message_id, file_id)
        if key not in self._saved:
            self._saved[key] = self._save(file_id, message_id)
        return self._saved[key]

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
