"""The console shows everything: list numbers open items, `[n]` and `#m n` press any button of
any message, inline mode lists results and sends one via the bot, logs stay out of the chat,
and a message that arrives by itself is printed above a redrawn prompt."""

from __future__ import annotations

import asyncio
import io
import logging
import queue
import re
import runpy
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.config import Mode, load_settings
from bot.console import GROUP_ID, PEOPLE, PROMPT, Console, banner, run_console
from bot.demo import DemoTrakt
from bot.testkit.fakebot.models import StoredFile
from bot.testkit.harness import Harness
from bot.testkit.pictures import Pictures
from bot.testkit.terminal import Screen, logs_kept_out
from tests.console_kit import after, play
from tests.helpers import link_account, wait_for
from tests.notify_kit import air_time, tick

YOU = PEOPLE["demo"][0]
INTERSTELLAR = 102156


async def test_a_number_opens_the_list_item_with_that_number(bot: Harness) -> None:
    text = await play(bot, "/trending\n1\n#2 ▶\n1\n9\n")
    assert "[8] 1  [9] 2" in after(text, "/trending")  # item 1 is the 8th button
    assert "https://trakt.tv/shows/game-of-thrones" in after(text, "1")  # its card
    assert "page 2 of" in after(text, "#2 ▶")
    # The list was printed last: numbers go to it, and its page holds items 9 to 16.
    assert "(no such button: message #2 has items 9 to 16" in after(text, "1", 2)
    opened = after(text, "9")
    assert "https://trakt.tv/shows/" in opened and "no such button" not in opened


async def test_a_number_lists_an_items_buttons_when_it_has_several(bot: Harness) -> None:
    await link_account(bot, YOU)
    text = await play(bot, "/next\n2\n🎞 2\n")
    assert "[5] ✅ 2  [6] 🎞 2" in after(text, "/next")
    several = "item 2 of message #2 has several buttons: [5] ✅ 2, [6] 🎞 2, [7] 🎬 2, [8] 📺 2"
    assert several in after(text, "2")
    card = after(text, "🎞 2")  # the exact label: item 2's episode card
    assert "bot #3> " in card and "S01E02 · The Other Side" in card


async def test_a_number_on_a_keyboard_without_items_counts_places(bot: Harness) -> None:
    text = await play(bot, "/language\n2\n1917\n")
    assert "[2] ✓ Deutsch" in after(text, "2")  # the 2nd button: no button says 2
    assert "sends it as a message" in after(text, "1917")  # nothing numbered 1917 here
    assert "\\1917" in after(text, "1917")


async def test_brackets_press_the_button_at_that_place(bot: Harness) -> None:
    text = await play(bot, "/trending\n[2]\n[99]\n")
    assert re.search(r"bot #2 \(updated\)> 🔥 Trending movies", after(text, "[2]"))
    assert "message #2 has buttons [1] to [" in after(text, "[99]")


async def test_a_button_of_an_older_message(bot: Harness) -> None:
    text = await play(bot, "/trending\n/popular\n#2 [2]\n#4 ▶\n#2\n#9 1\n")
    assert "bot #4> ⭐ Popular shows" in after(text, "/popular")
    assert "bot #2 (updated)> 🔥 Trending movies" in after(text, "#2 [2]")
    assert "bot #4 (updated)> ⭐ Popular shows · page 2 of" in after(text, "#4 ▶")
    assert "bot #2> 🔥 Trending movies" in after(text, "#2")  # shown again, as it is now
    assert "(no such button: there is no message #9 here)" in after(text, "#9 1")


async def test_a_deep_link_to_the_bot_opens_the_private_chat(bot: Harness) -> None:
    text = await play(bot, "/group\n/party\n🔗 Link Trakt privately\n[1]\n")
    assert "(https://t.me/trakt_demo_bot?start=link)" in after(text, "/party")
    opened = after(text, "🔗 Link Trakt privately")  # Telegram sends /start link there
    assert "(you are You, in a private chat with the bot)" in opened
    assert "🔗 Link your Trakt account" in opened
    assert "(a link: https://trakt.tv/activate/" in after(text, "[1]")  # Open Trakt


async def test_inline_mode_lists_results_and_sends_one_via_the_bot(
    bot: Harness, demo: DemoTrakt, monkeypatch: pytest.MonkeyPatch
) -> None:
    await link_account(bot, YOU)
    delivered: list[dict[str, Any]] = []
    deliver = bot.deliver

    async def recording(update: dict[str, Any]) -> None:
        delivered.append(dict(update))
        await deliver(update)

    monkeypatch.setattr(bot, "deliver", recording)
    text = await play(bot, "@trakt_demo_bot interstellar\n/pick 1\n1\n#1 ➕\n/pick 7\n")
    listed = after(text, "@trakt_demo_bot interstellar")
    assert "inline results for “interstellar”" in listed
    assert "1. Interstellar (2014) · Movie" in listed
    sent = after(text, "/pick 1")
    assert "You via @trakt_demo_bot #1> 🎬 Interstellar (2014)" in sent
    assert "[1] ➕ Add to my watchlist" in sent
    assert "may change your Trakt: type [1] to press it" in after(text, "1")  # not by a number
    assert "[Added to your watchlist]" in after(text, "#1 ➕")  # the toast
    assert any(item.trakt == INTERSTELLAR for item in demo.users["demo"].watchlist)
    assert "(pick a result from 1 to 1)" in after(text, "/pick 7")

    message = bot.telegram.find(YOU, 1)
    assert message is not None and message.via_bot == bot.telegram.bot
    chosen = [u["chosen_inline_result"] for u in delivered if "chosen_inline_result" in u]
    assert chosen and chosen[0]["inline_message_id"] == message.inline_message_id
    via = [u["message"] for u in delivered if "message" in u and "via_bot" in u["message"]]
    assert via and via[0]["via_bot"]["username"] == "trakt_demo_bot"
    presses = [u["callback_query"] for u in delivered if "callback_query" in u]
    assert presses[0]["inline_message_id"] == message.inline_message_id
    assert "message" not in presses[0]  # as Telegram sends presses on inline messages


async def test_inline_shorthand_with_nothing_typed_pages_on(bot: Harness) -> None:
    text = await play(bot, "/pick 1\n@bot\n/more\n/more\n")
    assert "no inline results yet" in after(text, "/pick 1")
    first = after(text, "@bot")
    assert "nothing typed (trending)" in first and "(/more lists more)" in first
    assert "Link Trakt" in first and "it sends /start link" in first  # not linked
    assert "\n  51. " in text


class Typist(io.TextIOBase):
    """Stdin a test types into: `readline` waits for the next line ("" ends the input)."""

    def __init__(self) -> None:
        self.lines: queue.Queue[str] = queue.Queue()

    def type(self, line: str) -> None:
        self.lines.put(line + "\n")

    def end(self) -> None:
        self.lines.put("")

    def readline(self, size: int | None = -1) -> str:
        return self.lines.get()


async def _until(out: io.StringIO, check: Callable[[str], bool], what: str) -> str:
    return await wait_for(lambda: check(out.getvalue()) and out.getvalue(), what=what)


@pytest.mark.frozen_clock
async def test_a_notification_prints_above_a_redrawn_prompt(bot: Harness, demo: DemoTrakt) -> None:
    await link_account(bot, YOU)
    out, typist = io.StringIO(), Typist()
    console = Console(bot, out, demo=True)
    task = asyncio.create_task(console.run(typist))
    try:
        typist.type("/notify episodes")
        await _until(out, lambda t: "Each episode" in t and t.endswith(PROMPT), "the settings")
        air = air_time(demo)
        notifier = bot.services.notify
        await notifier.stop()  # the test moves the notifier's clock to the air time
        for at in (air - 60, air):
            await tick(notifier, at)  # and waits for the sync it started (in the background)
        text = await _until(out, lambda t: "Night Signal" in t, "the notification")
        # The waiting prompt is left, the message printed, and the prompt drawn again.
        assert re.search(rf"{PROMPT}\n\nbot #\d+> [^\n]*Night Signal.*\n{PROMPT}$", text, re.S)
        typist.type("✅ Watched all")
        await _until(out, lambda t: "✅ Yes, all 3" in t, "the confirmation")
    finally:
        typist.end()
        await asyncio.wait_for(task, 5)


def test_the_prompt_comes_back_with_what_was_typed() -> None:
    out = io.StringIO()
    screen = Screen(out, ansi=True, typed=lambda: "/cal")
    screen.prompt(drawn=True)  # readline drew `you> ` and holds "/cal"
    screen.show("\nbot #9> 📺 Night Signal")
    assert out.getvalue() == f"\r\x1b[K\nbot #9> 📺 Night Signal\n{PROMPT}/cal"
    screen.line_read("/calendar\n")
    screen.show("\nbot #11> week")  # not waiting: printed as it comes
    assert out.getvalue().endswith(f"{PROMPT}/cal\nbot #11> week\n")


@pytest.mark.parametrize("verbose", [False, True])
async def test_logs_stay_out_of_the_chat(
    verbose: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = load_settings(Mode.DEMO, {"LOG_LEVEL": "DEBUG"}, env_file=None)
    out, log = io.StringIO(), tmp_path / "console.log"
    stdin = io.StringIO("/start\n/quit\n")
    code = await run_console(
        settings, demo=True, stdin=stdin, stdout=out, verbose=verbose, log_file=log
    )
    text, err = out.getvalue(), capsys.readouterr().err
    assert code == 0 and "Hi, You!" in text
    assert " DEBUG " not in text and " INFO " not in text
    if verbose:
        assert " DEBUG " in err and not log.exists()
        assert "Logs: printed here, on stderr (--verbose)." in text
    else:
        assert err == ""
        assert f"Logs: {log} (kept if a warning is logged; --verbose: here)." in text
        assert " DEBUG " in log.read_text()


@pytest.mark.parametrize(("level", "kept"), [(logging.INFO, False), (logging.WARNING, True)])
def test_the_log_file_is_kept_when_something_went_wrong(
    level: int, kept: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    screen = Screen(io.StringIO())
    with logs_kept_out("INFO", (), "text", screen=screen) as path:
        assert path is not None and path.parent == tmp_path
        logging.getLogger("bot.test").log(level, "something")
    assert path.exists() is kept


def test_pictures_are_saved_and_an_expected_404_keeps_no_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    settings = load_settings(Mode.DEMO, {}, env_file=None)
    script = "/as demo\n/stats\n/stats\n/lists sean\n/quit\n"
    out, stdin = io.StringIO(), io.StringIO(script)
    assert asyncio.run(run_console(settings, demo=True, stdin=stdin, stdout=out)) == 0
    text = out.getvalue()
    folder = re.search(r"Pictures: (\S+) ", text)
    assert folder, "the banner names the pictures' folder"
    saved = []
    for time in (1, 2):  # the second chart is sent again by its file id (Telegram's cache)
        photo = re.search(
            r"bot #(\d+)> 🖼 (\S+)\n📊 Your Trakt in numbers", after(text, "/stats", time)
        )
        assert photo, "the chart's file, then its caption"
        path = Path(photo.group(2))
        assert path.parent == Path(folder.group(1))
        assert path.name == f"{time:03d}-message-{photo.group(1)}.png"  # its own message
        assert path.read_bytes().startswith(b"\x89PNG")  # still there after the run
        saved.append(path)
    assert saved[0].read_bytes() == saved[1].read_bytes()
    assert "I can’t see sean’s lists" in after(text, "/lists sean")  # the demo's 404
    assert not list(tmp_path.glob("*.log"))  # nothing went wrong: the log file is gone


def test_each_message_gets_its_own_picture_file(tmp_path: Path) -> None:
    files = {"chart": StoredFile("chart", "u1", "photos/1.png", b"\x89PNG chart")}
    pictures = Pictures(tmp_path, files)
    first = pictures.where("chart", 8)
    assert first == str(tmp_path / "001-message-8.png")
    assert pictures.where("chart", 8) == first  # the same message printed again (an edit)
    again = pictures.where("chart", 19)  # the same file id, sent again as message #19
    assert again == str(tmp_path / "002-message-19.png")
    assert Path(again).read_bytes() == b"\x89PNG chart"
    elsewhere = pictures.where("chart", 19, chat_id=GROUP_ID)  # #19 of another chat
    assert elsewhere == str(tmp_path / "003-message-19.png")


async def test_the_inline_search_button_says_how_to_use_it(bot: Harness) -> None:
    await link_account(bot, YOU)
    text = await play(bot, "/start\n8\n/language\nفارسی\n/start\n8\n")
    hint = "(search as you type: type @bot words)"
    assert f"[1] 🔎 Search as you type {hint}" in after(text, "8")
    assert hint in after(text, "8", 2) and "(inline: )" not in text


def test_the_banner_says_back_and_menu_work_in_any_language() -> None:
    text = banner(True, "trakt_demo_bot", None)
    assert re.search(r"◀ Back.*any language", text) and "☰ Menu" in text


def test_the_console_module_runs_as_the_console_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["bot/console.py", "--help"])
    monkeypatch.delitem(sys.modules, "bot.console")  # `python -m bot.console --help`
    with pytest.raises(SystemExit) as exited:
        runpy.run_module("bot.console", run_name="__main__", alter_sys=True)
    assert exited.value.code == 0
    assert "usage: python -m bot console [-h] [--demo] [--verbose]" in capsys.readouterr().out
