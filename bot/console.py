"""`python -m bot console [--demo] [--verbose]`: a chat with the bot in this terminal.

The very same Application runs against a fake Bot API on 127.0.0.1 (and, with --demo,
the offline demo Trakt). Type what you would type in Telegram. Every message is printed
with its number (`bot #4>`), every button with its place (`[8] 1`); a number, `[8]`, a
label or `#4 …` presses one (`bot.testkit.pointing` has the whole syntax), `\\text` sends
text as it is. `@bot query` (or `@trakt_demo_bot query`) is inline mode: the results are
listed, `/pick 2` sends the second one into the chat via the bot, `/more` lists more.
`/quit` or Ctrl-D ends the chat. The logs go to a file the banner names, or with
`--verbose` to stderr; messages that arrive by themselves print above the prompt. A
picture the bot sends (the /stats chart) is saved as a file, its path printed in its
place. `python -m bot.console …` is `python -m bot console …`.

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
import re
import sys
import tempfile
from pathlib import Path
from typing import Any, TextIO

from bot.config import Settings
from bot.demo import DemoTrakt
from bot.store import hold_database
from bot.testkit.fakebot import ChatDriver, StoredMessage
from bot.testkit.harness import Harness, running
from bot.testkit.pictures import Pictures
from bot.testkit.pointing import NoSuchButton, NoSuchLabel, Press, Show, point
from bot.testkit.terminal import (
    PROMPT,
    ChatPrinter,
    LineReader,
    Screen,
    logs_kept_out,
    readline_buffer,
)
from bot.trakt.models_account import TokenSet

logger = logging.getLogger(__name__)

__all__ = ["GROUP_ID", "PEOPLE", "PROMPT", "Console", "run_console"]

DEMO_APPROVE_AFTER = 4.0
SETTLE = 0.05  # seconds after each line for what it set going (tests that wait on nothing: 0)
# Console name -> (Telegram user id, first name); the name is also the demo Trakt user.
PEOPLE: dict[str, tuple[int, str]] = {
    "demo": (1001, "You"),
    "alice": (1002, "Alice"),
    "bob": (1003, "Bob"),
    "carol": (1004, "Carol"),
}
GROUP_ID = -1001234567890
GROUP_TITLE = "Movie night"
INLINE_SHORTHAND = "@bot"
DESCRIPTION_WIDTH = 90


async def run_console(
    settings: Settings,
    *,
    demo: bool,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    verbose: bool = False,
    log_file: Path | None = None,
) -> int:
    """Run the chat until /quit or end of input; returns the exit code."""
    interactive = stdin is sys.stdin and stdin.isatty() and stdout.isatty()
    screen = Screen(
        stdout,
        ansi=stdout.isatty(),
        echo=not stdin.isatty(),
        typed=readline_buffer() if interactive else None,
        err=sys.stderr,
    )
    secrets = (settings.trakt_client_secret, *settings.encryption_keys)
    kept = logs_kept_out(
        settings.log_level,
        secrets,
        settings.log_format,
        screen=screen,
        verbose=verbose,
        path=log_file,
    )
    with kept as log_path, contextlib.ExitStack() as stack:
        tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="trakt-bot-console-"))
        if not demo:  # BOT_DATABASE, as the bot's: one process at a time (DatabaseInUse)
            stack.enter_context(hold_database(settings.database))
        backend = DemoTrakt(approve_after=DEMO_APPROVE_AFTER) if demo else None
        async with running(
            settings, data_dir=Path(tmp), demo=backend, use_demo=demo, fast=False
        ) as harness:
            pictures = Pictures.new_folder(harness.telegram.files)
            stack.callback(pictures.tidy)
            console = Console(harness, stdout, demo=demo, screen=screen, pictures=pictures)
            username = harness.telegram.bot.username or "bot"
            screen.show(banner(demo, username, log_path, pictures.folder))
            await console.run(stdin, use_readline=interactive)
    return 0


class Console:
    """Who is typing, in which chat, the inline results on offer, and the console's own
    commands."""

    def __init__(
        self,
        harness: Harness,
        out: TextIO,
        *,
        demo: bool,
        ansi: bool = False,
        screen: Screen | None = None,
        pictures: Pictures | None = None,
    ) -> None:
        """`pictures`: where the pictures the bot sends are saved (else `[photo]` shows)."""
        self.harness, self.demo = harness, demo
        self.telegram = harness.telegram
        self.screen = screen or Screen(out, ansi=ansi, echo=True)
        self.person = "demo"
        self.in_group = False
        self.group = self.telegram.group_chat(GROUP_ID, GROUP_TITLE)
        self._drivers: dict[tuple[str, bool], ChatDriver] = {}
        self.printer = ChatPrinter(self.screen, self.telegram.chats, self.driver.chat.id, pictures)
        self.telegram.subscribe(self.printer)
        self.offered: list[dict[str, Any]] = []  # inline results, numbered from 1
        self._inline_query = ""

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

    async def run(
        self, stdin: TextIO, *, use_readline: bool = False, settle: float = SETTLE
    ) -> None:
        """Read lines until /quit or end of input; `settle`: the pause after each line."""
        reader = LineReader(stdin, self.screen, use_readline=use_readline)
        while True:
            line = await reader.read()
            if not line:
                return
            text = line.strip()
            if text in ("/quit", "/exit"):
                return
            if text:
                await self.handle(text)
                # Let replies the action set going print before the next prompt.
                await asyncio.sleep(settle)

    async def handle(self, text: str) -> None:
        """One line: a console command, inline mode, a button, or a message to the bot."""
        word, _, rest = text.partition(" ")
        rest = rest.strip()
        if word == "/as":
            await self.switch_person(rest.lower())
        elif word in ("/group", "/private"):
            self.switch_chat(word == "/group")
        elif word == "/vote":
            await self.vote(rest)
        elif word == "/pick":
            await self.pick(rest)
        elif word == "/more":
            await self.inline(self._inline_query, more=True)
        elif text.startswith("\\") and text[1:].strip():
            await self.driver.say(text[1:])
        elif word.lower() in (INLINE_SHORTHAND, f"@{self.telegram.bot.username}".lower()):
            await self.inline(rest)
        else:
            await self.act(text)

    async def act(self, text: str) -> None:
        """Press the button the line points at, show the message it names, or say it."""
        try:
            target = point(self.telegram, self.driver.chat.id, text)
            if target is None:
                await self.driver.say(text)
            elif isinstance(target, Show):
                self.printer.show(target.message)
            else:
                await self.press(target)
        except NoSuchLabel as exc:
            self._note(f"{exc}; \\{text} sends it as a message")
        except NoSuchButton as exc:
            hint = f"; \\{text} sends it as a message" if text.isdigit() else ""
            self._note(f"no such button: {exc}{hint}")
        except (LookupError, ValueError) as exc:  # the message went away meanwhile
            self._note(f"no such button: {exc}")

    async def press(self, target: Press) -> None:
        """What Telegram does when the button is tapped."""
        button = target.button
        start = _start_parameter(button.url or "", self.telegram.bot.username or "")
        if start is not None:  # t.me/<bot>?start=…: Telegram opens the private chat
            if self.in_group:
                self.switch_chat(False)
            await self.driver.say(f"/start {start}")
        elif button.url:
            self._note(f"a link: {button.url}")
        elif button.switch_inline_query is not None:  # Telegram types `@bot query` for you
            await self.inline(button.switch_inline_query)
        elif button.data is None:
            self._note(f"the console cannot press {button.label!r}")
        else:
            await self.driver.press(button.index, message=target.message)

    async def inline(self, query: str, *, more: bool = False) -> None:
        """`@bot query`: the results the bot offers, numbered for /pick."""
        answer = self.driver.last_inline
        offset = answer.next_offset if more and answer is not None else ""
        if more and not offset:
            self._note("no more inline results")
            return
        results = await self.driver.inline(query, offset)
        if not more:
            self.offered, self._inline_query = [], query
        first = len(self.offered) + 1
        self.offered.extend(results)
        self.screen.show(_inline_list(self.driver, query, results, first))

    async def pick(self, arg: str) -> None:
        """`/pick <n>`: send inline result n into this chat via the bot."""
        if not self.offered:
            self._note("no inline results yet: type @bot and a title first")
            return
        if not arg.isdigit() or not 1 <= int(arg) <= len(self.offered):
            self._note(f"pick a result from 1 to {len(self.offered)}")
            return
        await self.driver.choose(self.offered[int(arg) - 1])

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
        await self.harness.deliver(
            self.telegram.poll_answer_update(user, poll.poll["id"], [int(arg) - 1])
        )

    def _show_where(self) -> None:
        driver = self.driver
        self.printer.chat_id = driver.chat.id
        where = f"the group “{GROUP_TITLE}”" if self.in_group else "a private chat with the bot"
        self._note(f"you are {driver.user.first_name}, in {where}")

    def _note(self, text: str) -> None:
        self.screen.show(f"  ({text})")


def _start_parameter(url: str, username: str) -> str | None:
    """The `start` of a deep link to the bot (`https://t.me/<bot>?start=link`), else None."""
    found = re.fullmatch(rf"https://t\.me/{re.escape(username)}\?start=([\w-]+)", url)
    return found.group(1) if found else None


def _open_poll(driver: ChatDriver) -> StoredMessage | None:
    for message in reversed(driver.replies):
        if message.poll and not message.poll.get("is_closed"):
            return message
    return None


def _inline_list(driver: ChatDriver, query: str, results: list[dict[str, Any]], first: int) -> str:
    """The inline results as Telegram lists them above the keyboard, numbered for /pick."""
    shown = f"“{query}”" if query else "nothing typed (trending)"
    lines = [f"\n  inline results for {shown}; /pick <n> sends one here:"]
    for number, result in enumerate(results, start=first):
        lines.append(f"  {number}. {result.get('title') or result.get('id')}")
        for line in str(result.get("description") or "").splitlines()[:2]:
            cut = line[:DESCRIPTION_WIDTH] + ("…" if len(line) > DESCRIPTION_WIDTH else "")
            lines.append(f"     {cut}")
    answer = driver.last_inline
    if not results:
        lines.append("  (none)")
    if answer is not None and answer.next_offset:
        lines.append("  (/more lists more)")
    if answer is not None and answer.button:
        start, text = answer.button.get("start_parameter"), answer.button.get("text")
        sends = f"; it sends /start {start}" if start else ""
        lines.append(f"  (Telegram shows a button above them: “{text}”{sends})")
    return "\n".join(lines)


def banner(demo: bool, username: str, log_path: Path | None, pictures: Path | None = None) -> str:
    """What the console says first: how to type, press, go inline, play a group, where
    the logs and the pictures go."""
    where = "the offline demo Trakt" if demo else "Trakt"
    linked = " (each linked to that demo Trakt user)" if demo else ""
    lines = [
        f"Chatting with the bot against {where}; /quit or Ctrl-D ends.",
        "New here? docs/DEMO.md has a five-minute tour.",
        "Type what you would type in Telegram. Messages show their number (bot #4>), buttons",
        "their place ([8] 1). To press a button, type:",
        "  3        a list's item 3 (its button 3, ✅ 3 or 3. Title), else the 3rd button",
        "           (not one that changes your Trakt: [3] presses that)",
        "  [8]      button [8], whatever its label",
        "  ✅ 1     a label as the bot writes it: the latest button that has it (▶ also",
        "           presses the calendar's “Dec 12 ▶”, in any language)",
        "  ◀ Back   the bot's back button, ☰ Menu its menu, in any language (◀ or ☰ alone too)",
        "  #4 3     the same on message #4, however old (#4 [8], #4 Watched); #4 shows it again",
        "  \\1917    sends “1917” as text, not a button",
        f"Inline mode: @{username} dune (or {INLINE_SHORTHAND} dune) lists results;"
        " /pick 2 sends one; /more.",
        f"Groups: /as demo|alice|bob|carol switches who types{linked};",
        "  /group and /private switch the chat; /vote 2 votes in the latest poll.",
    ]
    if demo:
        lines += [
            "Notifications: /link, then 🔔 Set up notifications, then Each episode: the demo's",
            "  Night Signal airs three minutes after start; its message shows up here (/due).",
        ]
    if pictures is not None:
        lines.append(
            f"Pictures: {pictures} (each the bot sends, as the /stats chart, is saved there)."
        )
    if log_path is not None:
        lines.append(f"Logs: {log_path} (kept if a warning is logged; --verbose: here).")
    else:
        lines.append("Logs: printed here, on stderr (--verbose).")
    return "\n".join(lines)


if __name__ == "__main__":  # `python -m bot.console …`: the same as `python -m bot console …`
    from bot.__main__ import main

    sys.exit(main(["console", *sys.argv[1:]]))
