"""Review of fair use (issue 13 item 3): floods a per-Trakt-update budget did not stop.

Each test was written by an adversarial review against the first version and failed
there: write presses holding every update slot, a /help flood spending everyone's
Telegram send budget, one person emptying the shared unauthenticated Trakt bucket within
their update budget, an edited /party re-running, a 400 told as "Telegram is busy", and an
unlinked member's flood of "link first" lines in a group.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

from bot.i18n import shared_i18n
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness, use_limits
from bot.trakt import Rate, RateLimitConfig, RateLimits
from bot.trakt.fair import FairConfig
from tests.helpers import Clock

UNLIMITED = Rate(10**6, 1.0)


def _fair(
    bot: Harness,
    *,
    clock: Clock | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    authed_write: Rate = UNLIMITED,
) -> None:
    limits = RateLimits(
        RateLimitConfig(
            unauthed_get=UNLIMITED,
            authed_get=UNLIMITED,
            authed_write=authed_write,
            fair=FairConfig(),
        )
    )
    if clock is not None:
        limits.fair.clock = clock
    if sleep is not None:
        limits.fair.sleep = sleep
    use_limits(bot.app, limits)


async def test_a_flood_of_writes_holds_every_update_slot(bot: Harness, ann: ChatDriver) -> None:
    """Writes are never refused: each one *sleeps inside its update slot* until its turn.
    One person tapping a write button ~260 times holds all 256 slots for minutes, and
    nobody else's /help is answered."""
    await ann.say("/search interstellar")
    await ann.press("1")
    card = ann.last_reply
    _fair(bot)  # real clock, real sleep: production numbers
    button = next(
        b for row in ann.buttons(card) for b in row if "Watchlist" in b.label or "➕" in b.label
    )
    assert button.data is not None
    unwl = button.data.replace("|wl|", "|unwl|")
    floods = [
        asyncio.ensure_future(ann.press_data(button.data if n % 2 else unwl, card.message_id))
        for n in range(270)
    ]
    for _ in range(200):
        await asyncio.sleep(0)
    other = bot.chat(user_id=2002, first_name="Bob")
    try:
        await asyncio.wait_for(other.say("/help"), 3)
        answered = True
    except TimeoutError:
        answered = False
    for f in floods:
        f.cancel()
    with contextlib.suppress(BaseException):
        await asyncio.gather(*floods, return_exceptions=True)
    assert answered, "Bob's /help waited behind Ann's queued writes (all update slots held)"


async def test_a_help_flood_spends_everyones_telegram_send_budget(
    bot: Harness, chat: ChatDriver
) -> None:
    """Updates without Trakt are never limited, but each one costs a sendMessage from the
    bot's one overall Telegram budget (AIORateLimiter, 30/s in production). 300 × /help in
    a second from one person: Bob's /help queues behind ~10 s of Ann's replies."""
    from telegram.ext import AIORateLimiter

    limiter = AIORateLimiter(max_retries=2)  # production numbers (bot/app.py)
    await limiter.initialize()
    bot.app.bot._rate_limiter = limiter
    _fair(bot)
    floods = [asyncio.ensure_future(chat.say("/help")) for _ in range(300)]
    for _ in range(50):
        await asyncio.sleep(0)
    other = bot.chat(user_id=2002, first_name="Bob")
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await asyncio.wait_for(other.say("/help"), 4)
        took = loop.time() - start
    except TimeoutError:
        took = 99.0
    for f in floods:
        f.cancel()
    await asyncio.gather(*floods, return_exceptions=True)
    assert took < 1.0, f"Bob waited {took:.1f} s behind Ann's /help flood"


async def test_one_person_within_budget_drains_the_shared_unauthed_bucket(
    bot: Harness, chat: ChatDriver
) -> None:
    """The update budget counts updates; the app-wide unauthenticated bucket counts
    requests, and a card costs two or more. With the update budgets out of the way, one
    person opening 70 cards takes at most their share of the shared bucket (20 at once),
    and someone else's search still finds room."""
    limits = RateLimits(
        RateLimitConfig(
            unauthed_get=Rate(30, 300.0),
            authed_get=UNLIMITED,
            authed_write=UNLIMITED,
            read_wait=0.05,
            fair=FairConfig(burst=1000, updates_burst=1000, in_flight=1000),
        )
    )
    limits.fair.clock = Clock()
    use_limits(bot.app, limits)
    assert bot.demo is not None
    ids = [
        ("m" if kind == "movie" else "s", o["ids"]["trakt"])
        for kind in ("movie", "show")
        for o in bot.demo.catalogue.all_objects(kind)
    ]
    await chat.say("/help")
    anchor = chat.last_reply.message_id
    for kind, trakt_id in ids[:70]:
        await chat.press_data(f"1|deto|*|{kind}|{trakt_id}", anchor)
    assert len(bot.demo.requests) <= 20
    other = bot.chat(user_id=2002, first_name="Bob")
    await other.say("/search breaking")
    assert "Breaking Bad" in other.text(), other.text()


async def test_editing_an_old_party_command_ends_the_running_party(
    bot: Harness, tg: FakeTelegram
) -> None:
    """CommandHandler takes edited messages too (PTB's default UpdateType.MESSAGES). Alice
    fixes a typo in the /party she sent an hour ago: the bot ends the open party that
    Bob and Carol joined and posts a new, empty one. Not a new intent, a new effect."""
    from tests.test_party import party_message, people

    p = await people(bot, tg, "alice", "bob", "carol")
    sent = tg.message_update(p["alice"].user, p["alice"].chat, "/party")
    await bot.deliver(sent)
    await p["bob"].press("I'm in", message=party_message(p["bob"]))
    await p["carol"].press("I'm in", message=party_message(p["carol"]))
    first = party_message(p["alice"])
    assert "Carol" in p["alice"].text(first)
    edited = dict(sent)
    message = dict(edited.pop("message"))
    message["text"] = "/party movies"
    message["edit_date"] = message["date"] + 60
    edited["edited_message"] = message
    edited["update_id"] = sent["update_id"] + 1000
    await bot.deliver(edited)
    parties = [m for m in p["alice"].replies if "Watch party" in p["alice"].text(m)]
    assert len(parties) == 1, [p["alice"].text(m)[:80] for m in parties]


def test_a_bad_request_is_told_as_telegram_busy() -> None:
    """PTB's BadRequest subclasses NetworkError, so `describe` answers every 400 (message
    too long, can't parse entities, ...) with "Telegram is busy right now. Please try
    again in a moment." — retrying can never help; the generic apology (or better, no
    400 at all) is the honest answer."""
    from telegram.error import BadRequest

    from bot.kit.errors import describe

    tr = shared_i18n().translator("en")
    told = describe(tr, BadRequest("Message is too long"))
    assert told != tr.html("error-telegram-busy")


async def test_an_unlinked_flood_in_a_group_posts_a_message_per_command(
    bot: Harness, tg: FakeTelegram
) -> None:
    """/next needs no Trakt when the person is unlinked, so it never pays: 30 × /next from
    one unlinked member puts 30 'link first' messages into the group (Telegram allows a
    bot ~20 a minute per group, so the group's own party and replies queue behind them)."""
    _fair(bot, clock=Clock())
    group = tg.group_chat()
    eve = bot.chat(3003, "Eve", chat=group)
    for _ in range(30):
        await eve.say("/next")
    posted = len(tg.bot_messages(group.id))
    assert posted <= 2, f"{posted} bot messages in the group"
