"""The console's terminal: one screen for the chat, the prompt, and (on request) the logs.

- `Screen` prints blocks of text. When one arrives while the person is typing (a linking
  approval, a notification), the prompt line is cleared, the block printed above it, and
  `you> ` drawn again with what was typed so far (readline's buffer, when there is one).
- `LineReader` reads a line at a time in a daemon thread, so the bot keeps running while
  the person types and neither Ctrl-C nor the end of the chat waits on the terminal.
- `ChatPrinter` prints what happens in the chat the console shows, as it happens.
- `logs_kept_out` sends the log lines to a file, or with --verbose to stderr above the
  prompt, so they never land in the middle of the chat.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import io
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from bot import logs
from bot.testkit.fakebot import Event, StoredMessage, render_message
from bot.testkit.pictures import Pictures

PROMPT = "you> "
_CLEAR_LINE = "\r\x1b[K"


class Screen:
    """Where the chat is printed; knows whether the prompt is showing and redraws it."""

    def __init__(
        self,
        out: TextIO,
        *,
        ansi: bool = False,
        echo: bool = False,
        typed: Callable[[], str] | None = None,
        err: TextIO | None = None,
    ) -> None:
        """`ansi`: a terminal (styles, clearing a line); `echo`: print what was read (the
        input is not a terminal, so nothing else shows it); `typed`: the text typed so far."""
        self.out, self.ansi, self.echo, self.typed = out, ansi, echo, typed
        self.err = err
        self._waiting = False  # the prompt is on screen and a line is being typed
        self._lock = threading.RLock()  # log lines may come from other threads

    def show(self, text: str, *, error: bool = False) -> None:
        """Print a block (a newline is added); above the prompt when it is showing."""
        with self._lock:
            if self._waiting:
                self.out.write(_CLEAR_LINE if self.ansi else "\n")
                self.out.flush()
            stream = (self.err or self.out) if error else self.out
            stream.write(text + "\n")
            stream.flush()
            if self._waiting:
                self._draw_prompt()

    def prompt(self, *, drawn: bool = False) -> None:
        """A line is being read; `drawn` when something else (readline) draws the prompt."""
        with self._lock:
            self._waiting = True
            if not drawn:
                self._draw_prompt(typed=False)

    def line_read(self, line: str) -> None:
        """The line was read ("" at the end of input)."""
        with self._lock:
            self._waiting = False
            if not line:
                self.out.write("\n")
            elif self.echo:
                self.out.write(line if line.endswith("\n") else line + "\n")
            self.out.flush()

    def _draw_prompt(self, *, typed: bool = True) -> None:
        so_far = self.typed() if typed and self.typed is not None else ""
        self.out.write(PROMPT + so_far)
        self.out.flush()


class ChatPrinter:
    """Prints what happens in the current chat as it happens, messages with their numbers."""

    def __init__(
        self, screen: Screen, chats: dict[int, Any], chat_id: int, pictures: Pictures | None
    ) -> None:
        self.screen, self.chats, self.chat_id = screen, chats, chat_id
        self.pictures = pictures

    def __call__(self, event: Event) -> None:
        message = event.message
        if event.chat_id not in (self.chat_id, None):
            if event.kind == "sent" and message is not None:
                self._elsewhere(event.chat_id, message)
            return
        if event.kind in ("sent", "edited", "via_bot") and message is not None:
            self.show(message, edited=event.kind == "edited")
        elif event.kind == "deleted" and message is not None:
            whose = "a" if message.from_bot else "your"
            self.screen.show(f"\n  ({whose} message #{message.message_id} was deleted)")
        elif event.kind == "alert" and event.text:
            self.screen.show(f"\n  [{event.text}]")

    def show(self, message: StoredMessage, *, edited: bool = False) -> None:
        """Print a message with its number: `bot #4>` (`bot #4 (updated)>` after an edit)."""
        if message.via_bot is not None:
            who = f"{message.sender.first_name} via @{message.via_bot.username}"
        else:
            who = "bot" if message.from_bot else message.sender.first_name
        number = f" #{message.message_id}" if message.message_id else ""
        label = f"{who}{number}{' (updated)' if edited else ''}"
        # The label says "(updated)": no "(edited)" line under the keyboard as well.
        shown = dataclasses.replace(message, edited=0)
        picture = "[photo]"
        if message.photo and self.pictures is not None:
            picture = self.pictures.where(
                message.photo, message.message_id, chat_id=message.chat_id
            )
        body = render_message(shown, ansi=self.screen.ansi, picture=picture)
        self.screen.show(f"\n{label}> {body}")

    def _elsewhere(self, chat_id: int | None, message: StoredMessage) -> None:
        """One line for a message in another of the console's chats."""
        chat = self.chats.get(chat_id or 0)
        if chat is None:
            return
        where = f"“{chat.title}”" if chat.title else f"the private chat of {chat.first_name}"
        first = render_message(message).split("\n", 1)[0][:60]
        self.screen.show(f"\n  (the bot wrote in {where}: {first})")


class LineReader:
    """Reads the person's lines without blocking the bot; "" at the end of input."""

    def __init__(self, stdin: TextIO, screen: Screen, *, use_readline: bool = False) -> None:
        self.stdin, self.screen, self.use_readline = stdin, screen, use_readline

    async def read(self) -> str:
        """Show the prompt and wait for one line."""
        self.screen.prompt(drawn=self.use_readline)
        line = await _in_thread(_input if self.use_readline else self.stdin.readline)
        self.screen.line_read(line)
        return line


def readline_buffer() -> Callable[[], str] | None:
    """Turns on line editing for `input()`; what is typed so far, where readline exists."""
    try:
        import readline
    except ImportError:  # Windows
        return None
    return readline.get_line_buffer


def _input() -> str:
    try:
        return input(PROMPT) + "\n"
    except EOFError:
        return ""


async def _in_thread(read: Callable[[], str]) -> str:
    """`read()` in a daemon thread: a thread blocked on the terminal never holds up exit."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[str] = loop.create_future()

    def work() -> None:
        try:
            line = read()
        except BaseException as exc:  # handed to the waiting coroutine
            loop.call_soon_threadsafe(_settle, future, None, exc)
        else:
            loop.call_soon_threadsafe(_settle, future, line, None)

    threading.Thread(target=work, name="console-input", daemon=True).start()
    return await future


def _settle(future: asyncio.Future[str], line: str | None, exc: BaseException | None) -> None:
    if future.done():
        return
    if exc is not None:
        future.set_exception(exc)
    else:
        future.set_result(line or "")


class _Above(io.TextIOBase):
    """A stream for the log handler: each record printed above the prompt, on stderr."""

    def __init__(self, screen: Screen) -> None:
        self.screen = screen

    def write(self, text: str) -> int:
        """Print one formatted record."""
        if text.strip():
            self.screen.show(text.rstrip("\n"), error=True)
        return len(text)


@contextlib.contextmanager
def logs_kept_out(
    level: str,
    secrets: Iterable[str],
    log_format: str,
    *,
    screen: Screen,
    verbose: bool = False,
    path: Path | None = None,
) -> Iterator[Path | None]:
    """Logging for the console, undone on exit: the bot's usual lines (redacted, `LOG_FORMAT`)
    go to a file, whose path is yielded; with `verbose`, to stderr above the prompt (None is
    yielded). Python's warnings go the same way.

    The file is `path`, else a new one in the temporary folder, which is removed at the end
    unless a warning or an error was logged (each console run would leave one behind)."""
    root = logging.getLogger()
    saved, chosen = (root.handlers[:], root.level), path is not None
    logs.setup(level, secrets, log_format)
    handler = root.handlers[0]
    assert isinstance(handler, logging.StreamHandler)
    worst = _Worst()
    handler.addFilter(worst)
    file: TextIO | None = None
    if verbose:
        handler.setStream(_Above(screen))
    else:
        path = path or _new_log_file()
        file = path.open("a", encoding="utf-8")
        handler.setStream(file)
    logging.captureWarnings(True)
    try:
        yield None if verbose else path
    finally:
        logging.captureWarnings(False)
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])
        if file is not None and path is not None:
            file.close()
            if not chosen and worst.level < logging.WARNING:
                path.unlink(missing_ok=True)


class _Worst(logging.Filter):
    """Remembers the highest level logged; keeps every record."""

    level = logging.NOTSET

    def filter(self, record: logging.LogRecord) -> bool:
        """Note the record's level."""
        self.level = max(self.level, record.levelno)
        return True


def _new_log_file() -> Path:
    fd, name = tempfile.mkstemp(prefix="trakt-bot-console-", suffix=".log")
    os.close(fd)
    return Path(name)
