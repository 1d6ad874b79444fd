"""The one sender of notifications keeps within Telegram's limits from its first message.

The fake Bot API enforces the limits here over half a second (the same rule as Telegram's
per second, twice as fast), with room for the pacer's one spare send and for jitter.
"""

from __future__ import annotations

import asyncio
import time

from bot.features.notify.outbox import TelegramOutbox
from bot.testkit.fakebot.limits import SendLimits
from bot.testkit.harness import Harness

RATE = 40.0  # a second
WINDOW = 0.5  # seconds the fake counts over
ALLOWED = int(RATE * WINDOW) + 4  # the pacer's spare send, and jitter on arrival
PEOPLE = 30


async def test_a_fan_out_is_paced_evenly_from_the_first_message(bot: Harness) -> None:
    # A bucket that lets RATE go at once would send all 30 in the first instant.
    people = [bot.chat(5000 + n, f"P{n}") for n in range(PEOPLE)]
    limits = bot.telegram.send_limits = SendLimits(per_bot=ALLOWED, window=WINDOW)
    outbox = TelegramOutbox(bot.app, rate=RATE)
    started = time.perf_counter()
    await asyncio.gather(*(outbox.link_lost(person.chat.id) for person in people))
    assert limits.refused == 0
    assert all(len(bot.telegram.bot_messages(person.chat.id)) == 1 for person in people)
    assert time.perf_counter() - started >= (len(people) - 2) / RATE * 0.9


async def test_rate_zero_lifts_the_overall_limit(bot: Harness) -> None:
    people = [bot.chat(6000 + n, f"Q{n}") for n in range(PEOPLE)]
    outbox = TelegramOutbox(bot.app, rate=0)
    assert outbox.limiter is None
    await asyncio.gather(*(outbox.link_lost(person.chat.id) for person in people))
    assert all(len(bot.telegram.bot_messages(person.chat.id)) == 1 for person in people)
