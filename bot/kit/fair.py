"""Every update runs under its sender's Trakt budget (`bot.trakt.fair`).

python-telegram-bot hands each update to an update processor; ours opens the sender's
ticket around the update, so the first Trakt request made while handling it pays (or is
refused with `TooFast`, which `bot.kit.errors` turns into one polite message, a short
alert or an empty inline answer). Updates that need no Trakt never touch the budget, and
with the slots below they never wait behind Trakt calls either: a person can hold at
most `FairConfig.in_flight` of them.

The same processor shows "typing…" in the chat while an update takes longer than a
moment (`bot.kit.indicator`): one place for every command, text and button.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import ApplicationHandlerStop, SimpleUpdateProcessor, TypeHandler

from bot.kit.context import App, Context
from bot.kit.errors import too_fast
from bot.kit.indicator import Typing, typing_while
from bot.trakt.fair import FairUse, TooFast, current

# Updates handled at once. Handlers mostly wait (Trakt, Telegram), and each person holds
# at most 4 waiting on Trakt, so /help never queues behind a slow Trakt.
CONCURRENT_UPDATES = 256


class FairProcessor(SimpleUpdateProcessor):
    """Handles updates concurrently, each under its sender's budget, with "typing…" shown
    while one is slow (`typing`: when; tests replace it)."""

    def __init__(
        self,
        fair: FairUse,
        max_concurrent_updates: int = CONCURRENT_UPDATES,
        typing: Typing | None = None,
    ) -> None:
        super().__init__(max_concurrent_updates)
        self.fair = fair
        self.typing = typing or Typing()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run the handlers of `update` with its sender's ticket open."""
        with self.fair.update(_sender(update)):
            async with typing_while(update, self.typing):
                await coroutine


GROUP = -10  # before the allowlist (`bot.kit.access`); only the code guard runs earlier


async def gate(update: Update, context: Context) -> None:
    """Before anything else: an edited message is not a new request (re-running the
    command it held would repeat its effect), and a person over the update gate
    (`FairUse.admit`) gets the over-the-budget answer once, then silence."""
    if update.edited_message or update.edited_channel_post:
        raise ApplicationHandlerStop
    if not await admitted(update, context):
        raise ApplicationHandlerStop


async def admitted(update: Update, context: Context) -> bool:
    """Pass the sender through the update gate (`FairUse.admit`): False when refused, and
    then they have had the over-the-budget answer (once, then silence). For a handler
    that runs before `gate` (the link feature's code guard) and answers for itself."""
    ticket = current()
    if ticket is None or update.inline_query or update.chosen_inline_result:
        return True
    try:
        ticket.fair.admit(ticket)
    except TooFast as exc:
        await too_fast(update, context, exc)
        return False
    return True


def register(app: App) -> None:
    """The gate runs before every other handler (the allowlist's included) but the link
    feature's code guard, which deletes a Trakt code before any gate may stop its message."""
    app.add_handler(TypeHandler(Update, gate), group=GROUP)


def _sender(update: object) -> int | None:
    if isinstance(update, Update) and update.effective_user is not None:
        return update.effective_user.id
    return None
