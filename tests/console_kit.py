"""Driving the demo console (bot/console.py) from a test: type a script, read what it
printed after a given line. Used by tests/test_console_demo.py and tests/test_console_labels.py."""

from __future__ import annotations

import io

from bot.console import PROMPT, Console
from bot.testkit.harness import Harness


async def play(bot: Harness, script: str) -> str:
    """Type the script's lines into a console; everything it printed."""
    out = io.StringIO()
    await Console(bot, out, demo=True).run(io.StringIO(script), settle=0)
    return out.getvalue()


def after(text: str, line: str, time: int = 1) -> str:
    """What the console printed after the person typed `line` (the `time`-th time)."""
    parts = text.split(f"{PROMPT}{line}\n")
    assert len(parts) > time, f"{line!r} was not typed {time} time(s)"
    return parts[time].split(PROMPT, 1)[0]
