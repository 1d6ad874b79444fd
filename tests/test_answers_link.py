"""After linking from "this needs your Trakt account", the command runs by itself (once,
for the same person, while fresh, never one that carried a code); after /unlink, old
buttons answer with a short alert instead of a new message each time."""

from __future__ import annotations

import pytest

from bot.demo import DemoTrakt
from bot.kit import pending
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import labels, link_account, wait_for
from tests.test_link_kit import manual, poll, shown_code  # noqa: F401 - fixtures

pytestmark = pytest.mark.usefixtures("manual")


def _histories(chat: ChatDriver) -> int:
    return sum(1 for m in chat.replies if chat.text(m).startswith("🕘 Your history"))


# -- the command tried before linking ------------------------------------------------------


async def test_a_pasted_code_then_runs_the_command(chat: ChatDriver) -> None:
    await chat.say("/history movies")
    assert "needs your Trakt account" in chat.text()
    await chat.say("/link DEMO-CODE")
    await chat.wait_for("Your history: movies")
    assert any("Linked as demo" in chat.text(m) for m in chat.replies)
    assert _histories(chat) == 1


async def test_the_link_button_then_runs_the_command(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await chat.say("/me")
    await chat.press("🔗 Link my Trakt")
    demo.approve(shown_code(chat), "alice")
    await poll(bot, chat)  # the background job's poll, now
    done = await chat.wait_for("Your Trakt account")
    assert "alice" in chat.text(done)


async def test_in_russian_the_command_answers_in_russian(ru_chat: ChatDriver) -> None:
    await ru_chat.say("/history")
    await ru_chat.say("/link DEMO-CODE")
    await ru_chat.wait_for("Ваша история")


async def test_it_runs_once(bot: Harness, chat: ChatDriver) -> None:
    await chat.say("/history")
    await chat.say("/link DEMO-CODE")
    await chat.wait_for("Your history")
    await bot.services.accounts.unlink(chat.chat.id)
    await chat.say("/link DEMO-CODE")  # a second link: nothing left to run
    assert "Linked as demo" in chat.text()
    assert _histories(chat) == 1


async def test_only_the_last_command_runs(chat: ChatDriver) -> None:
    await chat.say("/history")
    await chat.say("/watchlist")
    await chat.say("/link DEMO-CODE")
    await chat.wait_for("watchlist")
    assert _histories(chat) == 0


async def test_an_old_attempt_does_not_run(
    chat: ChatDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    await chat.say("/history")
    now = pending.clock()
    monkeypatch.setattr(pending, "clock", lambda: now + pending.TTL + 1)
    await chat.say("/link DEMO-CODE")
    assert "Linked as demo" in chat.text()
    assert _histories(chat) == 0


async def test_a_command_with_a_code_is_not_kept(bot: Harness, chat: ChatDriver) -> None:
    await chat.say("/history 5055CC52")  # deleted like any stray code, never run later
    assert "looks like a Trakt code" in chat.text()
    data = bot.app.user_data.get(chat.user.id)
    assert data is None or data.pending is None


async def test_someone_elses_link_runs_nothing(bot: Harness, tg: FakeTelegram) -> None:
    group = tg.group_chat()
    ann = bot.chat(chat=group)
    await ann.say("/history")
    assert "needs your Trakt account" in ann.text()
    bob = bot.chat(user_id=1002, first_name="Bob")
    await bob.say("/link DEMO-CODE")
    assert "Linked as demo" in bob.text()
    assert not any("Your history" in bob.text(m) for m in bob.replies)
    assert bot.app.user_data[ann.user.id].pending is not None  # still Ann's, for Ann


async def test_the_group_command_runs_after_linking_privately(
    bot: Harness, tg: FakeTelegram
) -> None:
    group = tg.group_chat()
    ann_private = bot.chat()
    ann = bot.chat(chat=group)
    await ann.say("/history")
    await ann_private.say("/link DEMO-CODE")
    await ann_private.wait_for("Your history")
    await ann.wait_for("I sent it to you in our private chat")


# -- old buttons after /unlink ---------------------------------------------------------------


async def test_after_unlink_old_buttons_only_alert(bot: Harness, chat: ChatDriver) -> None:
    await link_account(bot, chat.user.id)
    await chat.say("/search breaking")
    await chat.press("1")
    card = chat.last_reply
    await chat.say("/unlink")
    await chat.press("Yes, unlink")
    before = len(chat.replies)
    for _ in range(3):
        replies = await chat.press("➕ Watchlist", message=card)
        assert replies == []
        assert chat.last_answer is not None and chat.last_answer.show_alert
        assert chat.last_alert == "Link your Trakt account first: send /link."
    assert len(chat.replies) == before


async def test_never_linked_a_press_shows_the_prompt_once(chat: ChatDriver) -> None:
    await chat.say("/search breaking")
    await chat.press("1")
    card = chat.last_reply
    await chat.press("➕ Watchlist", message=card)
    assert "This needs your Trakt account" in chat.text()
    assert "🔗 Link my Trakt" in labels(chat)
    before = len(chat.replies)
    await chat.press("➕ Watchlist", message=card)
    await chat.press("👁 Mark watched", message=card)
    assert len(chat.replies) == before
    assert chat.last_alert == "Link your Trakt account first: send /link."


async def test_the_alert_in_ukrainian(bot: Harness) -> None:
    olena = bot.chat(user_id=1004, first_name="Olena", language_code="uk")
    await olena.say("/search breaking")
    await olena.press("1")
    await olena.press(1)
    assert olena.last_alert == "Спершу під’єднайте акаунт Trakt: надішліть /link."


async def test_a_command_still_gets_the_prompt_each_time(chat: ChatDriver) -> None:
    await chat.say("/history")
    await chat.say("/history")
    prompts = [m for m in chat.replies if "needs your Trakt account" in chat.text(m)]
    assert len(prompts) == 2


async def test_waits_for_nothing_when_nothing_is_kept(bot: Harness, chat: ChatDriver) -> None:
    await chat.say("/link DEMO-CODE")
    assert "Linked as demo" in chat.text()
    await wait_for(lambda: bot.app.update_queue.empty(), what="an empty queue")
