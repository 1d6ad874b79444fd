"""Guards: forged callback data for the new codes with owner '*' (anyone)."""

from __future__ import annotations

import logging

import pytest

from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import episode_id

SEVERANCE = 154997


def _plays(bot: Harness) -> int:
    assert bot.demo is not None
    return len(bot.demo.users["demo"].history)


def _errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize(
    "data",
    [
        "1|ep|*|e|{ep}|-|w|n",
        "1|ep|*|e|{ep}|-|w|r",
        "1|seas|*|s|{show}|1|n|-|1|t|6",
        "1|seas|*|s|{show}|1|n|-|1|A",
        "1|seas|*|s|{show}|1|n|a|1",
    ],
)
async def test_anyone_owner_on_a_write(
    bot: Harness, ann: ChatDriver, caplog: pytest.LogCaptureFixture, data: str
) -> None:
    caplog.set_level(logging.INFO)
    ep = episode_id(bot.demo, SEVERANCE, 1, 6)
    await ann.say("/help")
    before = _plays(bot)
    await ann.press_data(data.format(ep=ep, show=SEVERANCE), ann.last_reply.message_id)
    assert _errors(caplog) == [], ann.last_alert
    assert ann.last_alert is not None
    assert _plays(bot) == before
