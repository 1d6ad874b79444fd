"""Forged or stale callback data for every action code ends in one polite answer."""

from __future__ import annotations

import logging

import pytest

from bot.kit.codes import Action
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness

BIG = str(10**12 + 1)
VARIANTS = [
    "",
    "|",
    "|x",
    "|0",
    f"|{BIG}",
    "|e|5",
    "|m|0",
    f"|m|{BIG}",
    "|s|x",
    "|m|1|2|3|4|5",
    "|wl|e|5",
    "|hide|e|5",
    "|rate|e|5",
    "|rate:5|e|5",
    "|wl|m|1|d",
    "|rate:5|m|1|d",
    "|rate:10|s|1388|d",
    "|seen|e|5|d",
    "|hide|m|1|d",
    "|unwl|e|5|d",
    "|a|week|0",
    "|a|week|99999",
    "|m|r|1",
    "|:9|1",
    "|:9|:9|1|1",
    "|me|x|1|1",
    "|1|zz",
    "|0|vote",
    "|en",
    "|zz",
]


@pytest.mark.parametrize("code", [a.value for a in Action])
async def test_forged_every_code(
    bot: Harness, ann: ChatDriver, code: str, caplog: pytest.LogCaptureFixture
) -> None:
    await ann.say("/search interstellar")
    await ann.press("1")
    card = ann.last_reply.message_id
    problems = []
    for owner in ("*", "rt", "zzzzzz"):
        for tail in VARIANTS:
            data = f"1|{code}|{owner}{tail}"
            if len(data.encode()) > 64:
                continue
            if bot.telegram.find(ann.chat.id, card) is None:
                await ann.say("/search interstellar")
                await ann.press("1")
                card = ann.last_reply.message_id
            caplog.clear()
            with caplog.at_level(logging.INFO):
                await ann.press_data(data, card)
            errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
            if errors:
                problems.append(
                    (
                        data,
                        [r.getMessage() for r in errors],
                        [repr(r.exc_info[1]) if r.exc_info else None for r in errors],
                    )
                )
            print("ALERT", data, "->", ann.last_alert)
            if ann.last_answer is None:
                problems.append((data, "no answer", None))
    assert not problems, "\n".join(map(str, problems))


INLINE_TAILS = [
    "|m|1",
    "|s|1388",
    "|wl|m|102156",
    "|rate|m|102156",
    "|a|week|1",
    "|1",
    "|102156",
    "|m|r|1",
    "",
    "|en",
    "|wl|e|5",
]


@pytest.mark.parametrize("code", [a.value for a in Action])
async def test_forged_on_an_inline_message(
    bot: Harness, ann: ChatDriver, code: str, caplog: pytest.LogCaptureFixture
) -> None:
    tg = bot.telegram
    results = await ann.inline("interstellar")
    chosen = tg.chosen_inline_result_update(ann.user, results[0]["id"])
    await bot.deliver(chosen)
    inline_id = chosen["chosen_inline_result"]["inline_message_id"]
    problems = []
    for owner in ("*", "rt"):
        for tail in INLINE_TAILS:
            data = f"1|{code}|{owner}{tail}"
            caplog.clear()
            press = tg.inline_callback_update(ann.user, inline_id, data)
            with caplog.at_level(logging.INFO):
                await bot.deliver(press)
            answers = [
                a for a in tg.callback_answers if a.query_id == press["callback_query"]["id"]
            ]
            errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
            if errors or len(answers) != 1:
                problems.append(
                    (
                        data,
                        len(answers),
                        [r.getMessage() for r in errors],
                        [repr(r.exc_info[1]) for r in errors if r.exc_info],
                    )
                )
    assert not problems, "\n".join(map(str, problems))
