"""Forged or stale callback data for every action code ends in one polite answer.

Every code meets every kind of tail (`CLASSES`) from every kind of owner, but not every tail:
the tail of each (kind, owner) turns with the code, so across the codes every tail is sent
by every owner. `FORGED_BUTTONS=all` in the environment sends the whole product instead
(4,400 presses rather than 900).
"""

from __future__ import annotations

import logging
import os

import pytest

from bot.kit.codes import Action
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness

BIG = str(10**12 + 1)
# Tails after `1|<code>|<owner>`, by kind.
CLASSES = {
    "scalars": ["", "|", "|x", "|0", f"|{BIG}"],
    "media": ["|e|5", "|m|0", f"|m|{BIG}", "|s|x", "|m|1|2|3|4|5"],
    "verbs": [
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
    ],
    "pages": ["|a|week|0", "|a|week|99999", "|m|r|1", "|:9|1", "|:9|:9|1|1"],
    "words": ["|me|x|1|1", "|1|zz", "|0|vote", "|en", "|zz"],
}
OWNERS = ("*", "rt", "zzzzzz")  # anyone, Ann herself (1001 in base 36), someone else
CODES = [a.value for a in Action]
# On an inline message (a card someone chose from inline results).
INLINE_CLASSES = {
    "media": ["|m|1", "|s|1388", "|1", "|102156"],
    "verbs": ["|wl|m|102156", "|rate|m|102156", "|wl|e|5"],
    "words": ["|a|week|1", "|m|r|1", "", "|en"],
}
INLINE_OWNERS = ("*", "rt")
EVERYTHING = os.environ.get("FORGED_BUTTONS") == "all"


def _tails(code: str, classes: dict[str, list[str]], owners: tuple[str, ...]) -> list[str]:
    """`<owner><tail>` to send with `code`: one tail of each kind from each owner, turning
    with the code (every tail of the product, with `FORGED_BUTTONS=all`)."""
    turn = CODES.index(code)
    return [
        owner + tail
        for kind in classes.values()
        for o, owner in enumerate(owners)
        for t, tail in enumerate(kind)
        if EVERYTHING or t == (turn + o * 3) % len(kind)
    ]


@pytest.mark.parametrize(
    ("classes", "owners"), [(CLASSES, OWNERS), (INLINE_CLASSES, INLINE_OWNERS)]
)
def test_the_codes_together_send_every_tail_from_every_owner(
    classes: dict[str, list[str]], owners: tuple[str, ...]
) -> None:
    sent = [_tails(code, classes, owners) for code in CODES]
    everything = {owner + tail for kind in classes.values() for owner in owners for tail in kind}
    assert {tail for tails in sent for tail in tails} == everything
    each = len(everything) if EVERYTHING else len(classes) * len(owners)
    assert all(len(tails) == each for tails in sent)


@pytest.mark.parametrize("code", CODES)
async def test_forged_every_code(
    bot: Harness, ann: ChatDriver, code: str, caplog: pytest.LogCaptureFixture
) -> None:
    await ann.say("/search interstellar")
    await ann.press("1")
    card = ann.last_reply.message_id
    problems = []
    for tail in _tails(code, CLASSES, OWNERS):
        data = f"1|{code}|{tail}"
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


@pytest.mark.parametrize("code", CODES)
async def test_forged_on_an_inline_message(
    bot: Harness, ann: ChatDriver, code: str, caplog: pytest.LogCaptureFixture
) -> None:
    tg = bot.telegram
    results = await ann.inline("interstellar")
    chosen = tg.chosen_inline_result_update(ann.user, results[0]["id"])
    await bot.deliver(chosen)
    inline_id = chosen["chosen_inline_result"]["inline_message_id"]
    problems = []
    for tail in _tails(code, INLINE_CLASSES, INLINE_OWNERS):
        data = f"1|{code}|{tail}"
        caplog.clear()
        press = tg.inline_callback_update(ann.user, inline_id, data)
        with caplog.at_level(logging.INFO):
            await bot.deliver(press)
        answers = [a for a in tg.callback_answers if a.query_id == press["callback_query"]["id"]]
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
