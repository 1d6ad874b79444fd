"""Notifications: when a person's episodes air, tell them (no Telegram in here).

`Notifier` (engine.py) syncs calendars and sends the due list through an `Outbox` the
notify feature attaches; schedule.py computes due times (zones, DST, quiet hours,
digests); check.py is the cheap already-watched check before sending.
"""

from __future__ import annotations

from bot.notify.engine import Blocked, Notification, Notifier, Outbox, RetryLater

__all__ = ["Blocked", "Notification", "Notifier", "Outbox", "RetryLater"]
