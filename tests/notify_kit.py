"""What the notification tests share: the demo's Night Signal, an outbox that records what
would be sent, passes of the engine at chosen moments, and turning notifications on.

The demo's "Night Signal" (collected by the demo user) drops S01E01 to S01E03 together
three minutes (rounded down to the minute) after the demo's clock; Shōgun's new season
airs daily at 02:00 UTC. A module that uses them marks its tests `frozen_clock`
(tests/conftest.py): on the real clock a test run near 02:00 UTC finds Shōgun airing with
Night Signal. The engine's background loop is stopped; a test calls `tick` at the moments
it wants.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.demo import DemoTrakt
from bot.demo.catalogue_build import parse_iso
from bot.notify import Notification, Notifier
from bot.store import NotifySettings
from bot.testkit.harness import Harness

NIGHT_SIGNAL = 990001
ANN, BORIS = 1001, 1002


class Outbox:
    """Records what would be sent; `fail` makes the next sends raise."""

    def __init__(self) -> None:
        self.sent: list[Notification] = []
        self.lost: list[int] = []
        self.fail: Callable[[Notification], Exception | None] = lambda _: None

    async def send(self, notification: Notification) -> int:
        error = self.fail(notification)
        if error is not None:
            raise error
        self.sent.append(notification)
        return 500 + len(self.sent)

    async def link_lost(self, user_id: int) -> None:
        self.lost.append(user_id)


def episode(demo: DemoTrakt, number: int) -> dict[str, Any]:
    """Night Signal's S01E`number` as the demo's catalogue has it."""
    return demo.catalogue.shows[NIGHT_SIGNAL].seasons[0].episodes[number - 1]


def air_time(demo: DemoTrakt) -> float:
    """When Night Signal's episodes air (epoch seconds)."""
    return parse_iso(episode(demo, 1)["first_aired"]).timestamp()


def plays(demo: DemoTrakt, number: int) -> int:
    """How often the demo user has watched Night Signal's S01E`number`."""
    trakt_id = episode(demo, number)["ids"]["trakt"]
    return sum(1 for h in demo.users["demo"].history if h.trakt == trakt_id)


def night_signal(sent: list[Notification]) -> list[Notification]:
    """What was sent about Night Signal."""
    return [n for n in sent if any(r.show_id == NIGHT_SIGNAL for r in n.rows)]


async def attach(bot: Harness) -> tuple[Notifier, Outbox]:
    """The bot's notifier with its loop stopped, sending to a recording outbox."""
    notifier = bot.services.notify
    await notifier.stop()
    outbox = Outbox()
    notifier.outbox = outbox
    return notifier, outbox


async def tick(notifier: Notifier, at: float) -> None:
    """One pass at `at`, and the syncs it started, and what they made due (the loop's
    wake-up after a sync)."""
    notifier.clock = lambda: at
    await notifier.tick()
    await notifier.settle()


async def tick_bot(bot: Harness, at: float) -> Notifier:
    """`tick` with the bot's own Telegram outbox: its loop stopped, the clock moved to `at`."""
    notifier = bot.services.notify
    await notifier.stop()
    await tick(notifier, at)
    return notifier


async def told(bot: Harness, demo: DemoTrakt) -> float:
    """Passes of the bot's notifier a minute before Night Signal airs (its sync plans the
    episodes) and when it airs (the notification goes out); the air time."""
    air = air_time(demo)
    await tick_bot(bot, air - 60)
    await tick_bot(bot, air)
    return air


def turn_on(bot: Harness, user_id: int, **changes: object) -> None:
    """Notifications of each episode for `user_id` (with `changes`), as /notify saves them."""
    settings = NotifySettings(user_id, mode="each", **changes)  # type: ignore[arg-type]
    bot.services.store.save_notify_settings(settings)
    bot.services.notify.changed(user_id)


async def ann_on(
    bot: Harness, demo: DemoTrakt, **changes: object
) -> tuple[Notifier, Outbox, float]:
    """`attach`, then Ann's notifications on (`turn_on` with `changes`); and when Night
    Signal airs."""
    notifier, outbox = await attach(bot)
    turn_on(bot, ANN, **changes)
    return notifier, outbox, air_time(demo)
