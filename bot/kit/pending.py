"""A command that needed a Trakt account runs by itself once its sender has linked.

When `/history` (or any personal command) meets "this needs your Trakt account"
(`bot.kit.errors.ask_to_link`), the update is kept in the sender's own `UserData`
(`remember`): the message as Telegram sent it, for `TTL` seconds. When that same person
links (the device flow or a pasted code, bot/features/link), `resume` puts the update
back into the application's queue, so it goes through every handler, budget and check
as if typed again, once. Nothing is kept for a button press, for /start, /link or
/unlink, or for a command that carried something that looks like a Trakt code. In
memory: a restart forgets it, which only means the person types the command again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from telegram import Update

from bot.accounts.codes import code_in
from bot.kit.context import App, Context, PendingCommand

logger = logging.getLogger(__name__)

TTL = 600.0  # seconds: as long as a device code lives
NEVER = frozenset({"start", "link", "unlink"})
clock: Callable[[], float] = time.monotonic


def remember(update: Update, context: Context) -> None:
    """Keep the command `update` carries, to run once its sender links."""
    message = update.message
    if message is None or context.user_data is None or update.effective_user is None:
        return
    words = (message.text or "").split()
    if not words or not words[0].startswith("/"):
        return
    command = words[0][1:].split("@", 1)[0].lower()
    if command in NEVER or code_in(" ".join(words[1:])) is not None:
        return
    context.user_data.pending = PendingCommand(update.to_dict(), clock() + TTL)


async def resume(app: App, user_id: int) -> bool:
    """Run the person's kept command now (once, if still fresh); whether there was one."""
    data = app.user_data.get(user_id)
    if data is None or data.pending is None:
        return False
    kept, data.pending = data.pending, None
    if clock() >= kept.until:
        return False
    update = Update.de_json(kept.update, app.bot)
    if update.effective_user is None or update.effective_user.id != user_id:
        return False  # never someone else's command
    logger.info("running the command user %s tried before linking", user_id)
    await app.update_queue.put(update)
    return True
