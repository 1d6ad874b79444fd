"""The console plays a group: `/as`, `/group`, `/private` and `/vote` drive a watch party.

The same script through `python -m bot console --demo` as a process: tests/test_process.py."""

from __future__ import annotations

import io

from bot.console import PEOPLE, Console
from bot.testkit.harness import Harness

SCRIPT = """\
/as alice
/group
/party
/as bob
1
3
/vote 2
/as carol
/vote 9
/as alice
/vote 2
/private
/help
/quit
"""


async def test_console_group_play(bot: Harness) -> None:
    out = io.StringIO()
    console = Console(bot, out, demo=True)
    await console.run(io.StringIO(SCRIPT), settle=0)
    text = out.getvalue()
    assert "Alice is linked to the demo Trakt user 'alice'" in text
    assert "you are Bob, in the group “Movie night”" in text
    assert "2 people are in: Alice and Bob" in text
    assert "[You're in! 🎉]" in text
    assert "Tonight's shortlist for Alice and Bob" in text
    assert "📊 🍿 What do we watch?" in text
    assert "(there is no open poll here)" not in text
    assert "Bob votes for 2. " in text and "(pick an option from 1 to 5)" in text
    assert "🏆 Tonight: Dune: Part Two (2024)" in text  # both voted: the poll closed
    assert "2 votes" in text
    assert "/party — Pick something to watch together" in text  # back in the private chat
    assert all(bot.services.accounts.is_linked(PEOPLE[n][0]) for n in ("alice", "bob", "carol"))
    assert not bot.services.accounts.is_linked(PEOPLE["demo"][0])  # "You" never switched


async def test_console_commands_need_real_names_and_polls(bot: Harness) -> None:
    out = io.StringIO()
    console = Console(bot, out, demo=True)
    await console.run(io.StringIO("/as zed\n/vote 1\n/group\n3\n/quit\n"), settle=0)
    text = out.getvalue()
    assert "who is that? try one of: demo, alice, bob, carol" in text
    assert "there is no open poll here" in text
    assert "no such button" in text
