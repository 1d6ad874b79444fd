"""`python -m bot console [--demo]`: a chat with the bot in this terminal.

The very same Application runs against a fake Bot API on 127.0.0.1 (and, with --demo,
the offline demo Trakt). Type what you would type in Telegram; type a number to press
the button shown with it; `/quit` or Ctrl-D ends the chat.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from bot import logs
from bot.config import Settings
from bot.demo import DemoTrakt
from bot.fakebot import ChatDriver, Event, render_message
from bot.harness import running

logger = logging.getLogger(__name__)

DEMO_APPROVE_AFTER = 4.0
PROMPT = "you> "


async def run_console(
    settings: Settings, *, demo: bool, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout
) -> int:
    """Run the chat until /quit or end of input; returns the exit code."""
    logs.setup("WARNING" if settings.log_level == "INFO" else settings.log_level)
    ansi = stdout.isatty()
    with tempfile.TemporaryDirectory(prefix="trakt-bot-console-") as tmp:
        backend = DemoTrakt(approve_after=DEMO_APPROVE_AFTER) if demo else None
        async with running(
            settings, data_dir=Path(tmp), demo=backend, use_demo=demo, fast=False
        ) as harness:
            user = harness.chat(user_id=1001, first_name="You", username="you")
            printer = _Printer(stdout, user.chat.id, ansi)
            harness.telegram.subscribe(printer)
            _banner(stdout, demo)
            await _loop(user, stdin, stdout)
    return 0


async def _loop(user: ChatDriver, stdin: TextIO, stdout: TextIO) -> None:
    loop = asyncio.get_running_loop()
    while True:
        stdout.write(PROMPT)
        stdout.flush()
        line = await loop.run_in_executor(None, stdin.readline)
        if not line:
            stdout.write("\n")
            return
        text = line.strip()
        if text in ("/quit", "/exit"):
            return
        if text:
            await _act(user, text, stdout)


async def _act(user: ChatDriver, text: str, stdout: TextIO) -> None:
    """A number presses a button of the latest message that has buttons."""
    try:
        if text.isdigit():
            await user.press(int(text))
        else:
            await user.say(text)
    except (LookupError, ValueError) as exc:
        stdout.write(f"  (no such button: {exc})\n")
    # Let background replies scheduled by this action print before the next prompt.
    await asyncio.sleep(0.05)


class _Printer:
    """Prints what the bot does in the person's chat as it happens."""

    def __init__(self, out: TextIO, chat_id: int, ansi: bool) -> None:
        self.out, self.chat_id, self.ansi = out, chat_id, ansi

    def __call__(self, event: Event) -> None:
        if event.chat_id not in (self.chat_id, None):
            return
        if event.kind in ("sent", "edited") and event.message is not None:
            label = "bot" if event.kind == "sent" else "bot (updated)"
            body = render_message(event.message, ansi=self.ansi)
            self.out.write(f"\n{label}> {body}\n")
        elif event.kind == "deleted":
            self.out.write("\n  (a message was deleted)\n")
        elif event.kind == "alert" and event.text:
            self.out.write(f"\n  [{event.text}]\n")
        self.out.flush()


def _banner(out: TextIO, demo: bool) -> None:
    where = "the offline demo Trakt" if demo else "Trakt"
    out.write(
        f"Chatting with the bot against {where}. Try /start, /help, /trending.\n"
        "Type a button's number to press it; /quit ends.\n"
    )
