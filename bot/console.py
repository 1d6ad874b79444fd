"""`python -m bot console [--demo]`: a chat with the bot in this terminal.

The very same Application runs against a fake Bot API on 127.0.0.1 (and, with --demo,
the offline demo Trakt). Type what you would type in Telegram; type a number to press
the button shown with it; `/quit` or Ctrl-D ends the chat.

To play a group (a watch party), the console can switch the person typing and the
chat: `/as alice` (demo, alice, bob, carol: different Telegram users; in demo mode
each is linked to the demo Trakt user of that name on first use), `/group` (the group
chat "Movie night") and `/private` (your private chat with the bot), and `/vote 2`
votes for option 2 of the latest open poll in the current chat.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from bot import logs
from bot.config import Settings
from bot.demo import DemoTrakt
from bot.store import hold_database
from bot.testkit.fakebot import ChatDriver, Event, StoredMessage, render_message
from bot.testkit.harness import Harness, running
from bot.trakt.models_account import TokenSet

logger = logging.getLogger(__name__)

DEMO_APPROVE_AFTER = 4.0
PROMPT = "you> "
# Console name -> (Telegram user id, first name); the name is also the demo Trakt user.
PEOPLE: dict[str, tuple[int, str]] = {
    "demo": (1001, "You"),
    "alice": (1002, "Alice"),
    "bob": (1003, "Bob"),
    "carol": (1004, "Carol"),
}
GROUP_ID = -1001234567890
GROUP_TITLE = "Movie night"


async def run_console(
    settings: Settings, *, demo: bool, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout
) -> int:
    """Run the chat until /quit or end of input; returns the exit code."""
    level = "WARNING" if settings.log_level == "INFO" else settings.log_level
    logs.setup(level, secrets=(settings.trakt_client_secret, *settings.encryption_keys))
    ansi = stdout.isatty()
    with contextlib.ExitStack() as stack:
        tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="trakt-bot-console-"))
        if not demo:  # BOT_DATABASE, as the bot's: one process at a time (DatabaseInUse)
            stack.enter_context(hold_database(settings.database))
        backend = DemoTrakt(approve_after=DEMO_APPROVE_AFTER) if demo else None
        async with running(
            settings, data_dir=Path(tmp), demo=backend, use_demo=demo, fast=False
        ) as harness:
            console = Console(harness, stdout, demo=demo, ansi=ansi)
            _banner(stdout, demo)
            await console.run(stdin)
    return 0


class Console:
    """Who is typing, in which chat, and the console's own commands."""

    def __init__(self, harness: Harness, out: TextIO, *, demo: bool, ansi: bool = False) -> None:
        self.harness, self.out, self.demo = harness, out, demo
        self.person = "demo"
        self.in_group = False
        self.group = harness.telegram.group_chat(GROUP_ID, GROUP_TITLE)
        self._drivers: dict[tuple[str, bool], ChatDriver] = {}
        self.printer = _Printer(out, self.driver.chat.id, ansi)
        harness.telegram.subscribe(self.printer)

    @property
    def driver(self) -> ChatDriver:
        """The person typing, in the current chat."""
        key = (self.person, self.in_group)
        if key not in self._drivers:
            user_id, name = PEOPLE[self.person]
            chat = self.group if self.in_group else None
            self._drivers[key] = self.harness.chat(
                user_id=user_id, first_name=name, username=name.lower(), chat=chat
            )
        return self._drivers[key]

    async def run(self, stdin: TextIO) -> None:
        """Read lines until /quit or end of input."""
        loop = asyncio.get_running_loop()
        while True:
            self.out.write(PROMPT)
            self.out.flush()
            line = await loop.run_in_executor(None, stdin.readline)
            if not line:
                self.out.write("\n")
                return
            text = line.strip()
            if text in ("/quit", "/exit"):
                return
            if text:
                await self.handle(text)

    async def handle(self, text: str) -> None:
        """One line: a console command, a button number, or a message to the bot."""
        word, _, rest = text.partition(" ")
        if word == "/as":
            await self.switch_person(rest.strip().lower())
        elif word in ("/group", "/private"):
            self.switch_chat(word == "/group")
        elif word == "/vote":
            await self.vote(rest.strip())
        else:
            await _act(self.driver, text, self.out)

    async def switch_person(self, name: str) -> None:
        """`/as <name>`: type as another demo user (linked to their demo Trakt in demo mode)."""
        if name not in PEOPLE:
            self._note(f"who is that? try one of: {', '.join(PEOPLE)}")
            return
        self.person = name
        user_id, first_name = PEOPLE[name]
        services, demo = self.harness.services, self.harness.demo
        if self.demo and demo is not None and not services.accounts.is_linked(user_id):
            await services.accounts.link(user_id, TokenSet.from_json(demo.issue_token(name)))
            self._note(f"{first_name} is linked to the demo Trakt user {name!r}")
        self._show_where()

    def switch_chat(self, group: bool) -> None:
        """`/group` or `/private`: the chat the next lines go to."""
        self.in_group = group
        self._show_where()

    async def vote(self, arg: str) -> None:
        """`/vote <n>`: vote for option n of the latest open poll in this chat."""
        poll = _open_poll(self.driver)
        if poll is None or poll.poll is None:
            self._note("there is no open poll here")
            return
        options = poll.poll["options"]
        if not arg.isdigit() or not 1 <= int(arg) <= len(options):
            self._note(f"pick an option from 1 to {len(options)}")
            return
        user = self.driver.user
        self._note(f"{user.first_name} votes for {options[int(arg) - 1]['text']}")
        telegram = self.harness.telegram
        await self.harness.deliver(
            telegram.poll_answer_update(user, poll.poll["id"], [int(arg) - 1])
        )
        await asyncio.sleep(0.05)

    def _show_where(self) -> None:
        driver = self.driver
        self.printer.chat_id = driver.chat.id
        where = f"the group “{GROUP_TITLE}”" if self.in_group else "a private chat with the bot"
        self._note(f"you are {driver.user.first_name}, in {where}")

    def _note(self, text: str) -> None:
        self.out.write(f"  ({text})\n")
        self.out.flush()


async def _act(user: ChatDriver, text: str, stdout: TextIO) -> None:
    """A number, or a button's exact label, presses a button of the latest message."""
    try:
        if text.isdigit():
            await user.press(int(text))
        elif _is_label(user, text):
            await user.press(text)
        else:
            await user.say(text)
    except (LookupError, ValueError) as exc:
        stdout.write(f"  (no such button: {exc})\n")
    # Let background replies scheduled by this action print before the next prompt.
    await asyncio.sleep(0.05)


def _is_label(user: ChatDriver, text: str) -> bool:
    """Whether `text` is exactly the label of a button on the latest keyboard."""
    try:
        rows = user.buttons(user.latest_with_keyboard())
    except LookupError:
        return False
    return any(button.label == text for row in rows for button in row)


def _open_poll(driver: ChatDriver) -> StoredMessage | None:
    for message in reversed(driver.replies):
        if message.poll and not message.poll.get("is_closed"):
            return message
    return None


class _Printer:
    """Prints what the bot does in the current chat as it happens."""

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
    linked = " (linked to the demo Trakt user of that name)" if demo else ""
    out.write(
        f"Chatting with the bot against {where}. Try /start, /help, /trending.\n"
        "Type a button's number (or its exact label) to press it; /quit ends.\n"
        "Play a group: /as demo|alice|bob|carol switches who is typing"
        f"{linked}; /group and /private switch the chat; /vote <n> votes in the latest poll.\n"
        "For example: /as alice, /group, /party, /as bob, 1 (I'm in), 3 (Pick now),"
        " /vote 1, /as alice, /vote 1.\n"
        "Notifications: /link, then Set up notifications, then Each episode; a demo show"
        " airs three minutes after start and its message shows up here; /due lists what"
        " will be sent when.\n"
    )
