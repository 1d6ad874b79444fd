"""Issue 13 item 3: one person's flood never stalls anyone else.

Each test turns the per-person budget (bot/trakt/fair.py) on over the fast test bot, with
a clock the test moves by hand, then floods from one chat.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness, use_limits
from bot.trakt import Rate, RateLimitConfig, RateLimits
from bot.trakt.fair import FairConfig, FairUse, Ticket, TooFast, spend, writing
from tests.helpers import Clock, link_account, wait_for

FAST = "You are going faster than I can ask Trakt"
UNLIMITED = Rate(10**6, 1.0)


def _fair(
    bot: Harness,
    clock: Clock,
    *,
    config: FairConfig | None = None,
    unauthed: Rate = UNLIMITED,
    read_wait: float = 5.0,
) -> tuple[FairUse, list[float]]:
    """Production-like limits on the test bot; the waits writes slept."""
    limits = RateLimits(
        RateLimitConfig(
            unauthed_get=unauthed,
            authed_get=UNLIMITED,
            authed_write=UNLIMITED,
            read_wait=read_wait,
            fair=config or FairConfig(),
        )
    )
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    limits.fair.clock, limits.fair.sleep = clock, sleep
    use_limits(bot.app, limits)
    return limits.fair, slept


def _requests(bot: Harness, path: str) -> int:
    assert bot.demo is not None
    return sum(1 for r in bot.demo.requests if r.path.startswith(path))


def _said(chat: ChatDriver, text: str) -> int:
    return sum(text in chat.text(m) for m in chat.telegram.bot_messages(chat.chat.id))


async def test_a_flood_of_commands_costs_ten_requests_and_one_message(
    bot: Harness, chat: ChatDriver
) -> None:
    clock = Clock()
    fair, _ = _fair(bot, clock)
    for n in range(40):
        await chat.say(f"/search flood{n}")
    assert _requests(bot, "/search") == 10  # the burst, then nothing until time passes
    assert _said(chat, FAST) == 1  # one polite message for the whole flood
    assert "Try again in 1 s." in chat.text(
        next(m for m in chat.telegram.bot_messages(chat.chat.id) if FAST in chat.text(m))
    )
    assert fair.refused == 30
    # Someone else is not slowed at all, with or without Trakt.
    other = bot.chat(user_id=2002, first_name="Bob")
    await other.say("/help")
    assert "/search" in other.text()
    await other.say("/search breaking")
    assert "Breaking Bad" in other.text()
    # One second later the flooder may ask one more; ten seconds later, a new message.
    clock.now += 1
    await chat.say("/search again")
    assert _requests(bot, "/search") == 12
    await chat.say("/search again2")
    assert _said(chat, FAST) == 1
    clock.now += 10  # the budget is back to a full burst, and the window is over
    for n in range(12):
        await chat.say(f"/search later{n}")
    assert _said(chat, FAST) == 2


async def test_commands_without_trakt_leave_the_trakt_budget_alone(
    bot: Harness, chat: ChatDriver
) -> None:
    _fair(bot, Clock())
    for _ in range(12):
        await chat.say("/help")
    for n in range(8):
        await chat.say(f"/search free{n}")
    assert _requests(bot, "/search") == 8  # twelve /help took none of the ten
    assert _said(chat, FAST) == 0


async def test_any_flood_passes_a_gate_of_twenty_then_one_a_second(
    bot: Harness, chat: ChatDriver
) -> None:
    clock = Clock()
    _fair(bot, clock)
    for _ in range(40):
        await chat.say("/help")
    answered = sum("/search" in chat.text(m) for m in chat.telegram.bot_messages(chat.chat.id))
    assert answered == 20
    assert _said(chat, FAST) == 1  # and one polite line, not twenty
    clock.now += 1
    await chat.say("/help")
    assert "/search" in chat.text()


async def test_a_button_over_the_budget_gets_its_alert(bot: Harness, ann: ChatDriver) -> None:
    _fair(bot, Clock())
    await ann.say("/search interstellar")
    for n in range(12):
        await ann.say(f"/search x{n}")
    await ann.press("1", message=next(m for m in ann.telegram.bot_messages(ann.chat.id)))
    assert ann.last_alert is not None and FAST in ann.last_alert


async def test_a_write_over_the_budget_waits_its_turn(bot: Harness, ann: ChatDriver) -> None:
    clock = Clock()
    _, slept = _fair(bot, clock)
    await ann.say("/search interstellar")
    await ann.press("1")  # the card
    card = ann.last_reply
    for n in range(15):
        await ann.say(f"/search y{n}")
    assert bot.demo is not None
    plays = len(bot.demo.users["demo"].history)
    await ann.press("👁 Mark watched", message=card)
    assert ann.last_alert == "Marked as watched"
    assert len(bot.demo.users["demo"].history) == plays + 1  # queued, not dropped
    assert slept and slept[0] > 0  # it waited for the budget


async def test_an_inline_flood_gets_empty_answers(bot: Harness, chat: ChatDriver) -> None:
    _fair(bot, Clock())
    for n in range(10):
        assert await chat.inline(f"q{n} breaking") is not None
    assert await chat.inline("breaking") == []
    answer = chat.last_inline
    assert answer is not None and answer.button is None  # not "Trakt is down"
    assert _requests(bot, "/search") == 10
    other = bot.chat(user_id=2002, first_name="Bob")
    assert await other.inline("dark")  # someone else's inline search still works


async def test_logins_have_their_own_budget(bot: Harness, chat: ChatDriver) -> None:
    clock = Clock()
    _fair(bot, clock)
    for _ in range(6):
        await chat.say("/link")
    assert _requests(bot, "/oauth/device/code") == 3
    assert _said(chat, "Too many sign-in attempts in a row") == 1
    clock.now += 20
    await chat.say("/link")
    assert _requests(bot, "/oauth/device/code") == 4


async def test_pasted_codes_count_as_logins(bot: Harness, chat: ChatDriver) -> None:
    _fair(bot, Clock())
    for n in range(6):
        await chat.say(f"/link ABCD{n:04d}")
    assert _requests(bot, "/oauth/token") == 3
    # Every message holding a code is deleted, refused or not.
    texts = [m for m in chat.telegram.messages(chat.chat.id) if not m.from_bot]
    assert all(m.deleted for m in texts)


async def test_slow_trakt_holds_four_updates_of_one_person_at_most(
    bot: Harness, chat: ChatDriver
) -> None:
    _fair(bot, Clock())
    assert bot.demo is not None
    release = asyncio.Event()
    held = 0

    async def hold(method: str, path: str) -> None:
        nonlocal held
        if path.startswith("/search"):
            held += 1
            await release.wait()

    bot.demo.hold = hold
    try:
        floods = [asyncio.ensure_future(chat.say(f"/search slow{n}")) for n in range(8)]
        await wait_for(lambda: held >= 4, what="four searches at Trakt")
        for _ in range(20):
            await asyncio.sleep(0)
        assert held == 4  # the other four were refused at once
        other = bot.chat(user_id=2002, first_name="Bob")
        await asyncio.wait_for(other.say("/help"), 2)  # no wait behind the slow ones
        assert "/search" in other.text()
    finally:
        release.set()
        bot.demo.hold = None
    await asyncio.gather(*floods)
    assert _said(chat, FAST) == 1


async def test_a_full_shared_bucket_answers_busy_after_a_bounded_wait(
    bot: Harness, chat: ChatDriver
) -> None:
    _fair(bot, Clock(), unauthed=Rate(1, 300.0), read_wait=0.05)
    await chat.say("/search breaking")
    assert "Breaking Bad" in chat.text()
    other = bot.chat(user_id=2002, first_name="Bob")
    await other.say("/search dark")
    assert "Many people are asking Trakt at once" in other.text()
    assert "300 s" in other.text()
    assert _requests(bot, "/search") == 1  # no retries of a request never sent


async def test_a_linked_person_is_limited_the_same_way(bot: Harness, ann: ChatDriver) -> None:
    await link_account(bot, 2002)
    _fair(bot, Clock())
    for _ in range(14):
        await ann.say("/next")  # never cached: each one asks Trakt
    assert _said(ann, FAST) == 1
    assert _requests(bot, "/sync/progress/up_next") == 10


# --- the budget itself ------------------------------------------------------------------


def _ticket(fair: FairUse, person: int = 1) -> Ticket:
    return Ticket(fair, person)


async def test_the_budget_refills_one_update_a_second() -> None:
    clock = Clock()
    fair = FairUse(FairConfig(burst=3, per_second=1.0, in_flight=100), clock=clock)
    for _ in range(3):
        with fair.update(1):
            await spend()
    with fair.update(1), pytest.raises(TooFast) as refused:
        await spend()
    assert refused.value.retry_after == pytest.approx(1.0)
    assert refused.value.tell
    clock.now += 0.5
    with fair.update(1), pytest.raises(TooFast) as again:
        await spend()
    assert again.value.retry_after == pytest.approx(0.5)
    assert not again.value.tell  # told once per window
    clock.now += 0.5
    with fair.update(1):
        await spend()
    with fair.update(2):  # someone else has their own budget
        await spend()


async def test_one_update_pays_once_for_many_requests() -> None:
    fair = FairUse(FairConfig(burst=1), clock=Clock())
    with fair.update(1):
        await asyncio.gather(spend(), spend(), spend())
        await spend()
    with fair.update(1), pytest.raises(TooFast):
        await spend()


async def test_writes_wait_instead_of_being_refused() -> None:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    fair = FairUse(FairConfig(burst=1), clock=Clock(), sleep=sleep)
    with fair.update(1):
        await spend()
    with fair.update(1):
        writing()
        await spend()
    with fair.update(1):
        await spend(write=True)  # a POST without writing() waits too
    assert slept == [pytest.approx(1.0), pytest.approx(2.0)]


async def test_no_ticket_no_charge_and_disabled_lifts_everything() -> None:
    await spend()  # a background job: nobody's update
    fair = FairUse(FairConfig(burst=1, enabled=False), clock=Clock())
    for _ in range(5):
        with fair.update(1) as ticket:
            assert ticket is None
            await spend()
    with FairUse(FairConfig(burst=1)).update(None) as ticket:
        assert ticket is None


async def test_people_are_forgotten_least_recent_first() -> None:
    fair = FairUse(FairConfig(burst=1, max_people=3), clock=Clock())
    for person in range(5):
        with fair.update(person):
            await spend()
    with fair.update(0):  # forgotten, so a fresh budget
        await spend()
    with fair.update(4), pytest.raises(TooFast):
        await spend()
