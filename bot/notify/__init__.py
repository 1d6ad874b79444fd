"""Notifications: when a person's episodes air, tell them (no Telegram in here).

`Notifier` (engine.py) runs the loop: calendar syncs (sync.py) and the due list sent
(send.py) through an `Outbox` the notify feature attaches; schedule.py computes due times
(zones, DST, quiet hours, digests); check.py is the cheap already-watched check before
sending.
"""

from __future__ import annotations

from bot.notify.engine import Notifier
from bot.notify.send import Blocked, Notification, Outbox, RetryLater

__all__ = ["Blocked", "Notification", "Notifier", "Outbox", "RetryLater"]
