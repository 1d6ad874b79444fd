"""BOT_ALLOWED_USERS: only listed people get answers; others get one polite line."""

from __future__ import annotations

import logging

import pytest

from bot.testkit.harness import Harness


@pytest.fixture
def env() -> dict[str, str]:
    return {"BOT_ALLOWED_USERS": "1001, @friend"}


async def test_listed_id_is_answered(bot: Harness) -> None:
    ann = bot.chat(user_id=1001, first_name="Ann")
    await ann.say("/help")
    assert "What I can do" in ann.text()


async def test_listed_username_is_answered(bot: Harness) -> None:
    pal = bot.chat(user_id=5555, first_name="Pal", username="Friend")
    await pal.say("/help")
    assert "What I can do" in pal.text()


async def test_stranger_gets_one_polite_line(bot: Harness) -> None:
    eve = bot.chat(user_id=6666, first_name="Eve", username="eve")
    await eve.say("/trending")
    assert eve.text() == "Sorry, this bot is private. Ask its owner to add you."
    assert len(eve.replies) == 1
    assert not [r for r in bot.demo.requests if r.path.startswith("/shows")]  # type: ignore[union-attr]


async def test_stranger_in_russian(bot: Harness) -> None:
    eve = bot.chat(user_id=6667, first_name="Ева", language_code="ru")
    await eve.say("/start")
    assert "частный бот" in eve.text()


async def test_stranger_pressing_a_button_gets_an_alert(bot: Harness) -> None:
    ann = bot.chat(user_id=1001, first_name="Ann")
    await ann.say("/trending")
    eve = ann.as_user(6666, "Eve")
    await eve.press("▶", message=ann.last_reply)
    assert eve.last_answer is not None and "private" in (eve.last_answer.text or "")


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    records = caplog.get_records("setup") + caplog.get_records("call")
    return [r.getMessage() for r in records if r.levelno == logging.WARNING]


async def test_usernames_in_the_list_warn_at_start_up(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    warned = [line for line in _warnings(caplog) if "BOT_ALLOWED_USERS" in line]
    assert len(warned) == 1
    assert "@friend" in warned[0] and "ids are safer" in warned[0]


@pytest.mark.parametrize("env", [{"BOT_ALLOWED_USERS": "1001, 1002"}])
async def test_ids_only_give_no_warning(bot: Harness, caplog: pytest.LogCaptureFixture) -> None:
    assert not [line for line in _warnings(caplog) if "BOT_ALLOWED_USERS" in line]


async def test_a_strangers_code_is_deleted_then_refused(bot: Harness) -> None:
    """The code guard runs before the allowlist: the code goes, the refusal stays the same."""
    eve = bot.chat(user_id=6666, first_name="Eve", username="eve")
    await eve.say("my code is 5055CC52")
    mine = [m for m in bot.telegram.messages(eve.chat.id) if not m.from_bot]
    assert mine[-1].deleted
    assert eve.text() == "Sorry, this bot is private. Ask its owner to add you."
    assert len(eve.replies) == 1
