"""The one sender of every notification: Telegram's limits, its refusals in the engine's terms.

All background messages (notifications, a lost link) leave through `TelegramOutbox.send`:
at most `RATE` a second overall (under the Application's AIORateLimiter, which also
retries a 429 itself; the rest of the bot's own replies keep the headroom) and one a
second per chat. A 403 (the person blocked the bot) becomes `Blocked`; a 429 that
outlived the limiter's retries becomes `RetryLater` (nothing was sent), and until its
`retry_after` is over every other send here is refused the same way without asking
Telegram (its wait applies to the bot, not to one chat).
"""

from __future__ import annotations

import asyncio
import logging
import time
import weakref
from collections import OrderedDict
from zoneinfo import ZoneInfo

from aiolimiter import AsyncLimiter
from telegram import InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import Forbidden, RetryAfter

from bot.features.notify import message
from bot.i18n import Html, Translator
from bot.kit.buttons import link_button
from bot.kit.chat import NO_PREVIEW, App
from bot.kit.context import Context
from bot.kit.views import directed, remember
from bot.notify import Blocked, Notification, RetryLater

logger = logging.getLogger(__name__)

RATE = 25.0  # messages a second, overall
PER_CHAT = 1.0  # seconds between two messages to one chat
CHATS = 4096  # chats whose last send time is kept
# The overall rate is paced: at most BURST at once, then one every 1/RATE seconds. A
# bucket the size of RATE lets RATE go at once and RATE more within the same second, up
# to twice Telegram's limit in a fan-out's first second (the notification benchmark: 66
# answers 429 in 1,000 messages, 23.6/s instead of 25). With BURST 2: at most RATE + 2
# in any second, and a wake-up the event loop was late for is made up once.
BURST = 2


class TelegramOutbox:
    """Sends notifications through the Application's bot (see the module docstring)."""

    def __init__(self, app: App, rate: float = RATE) -> None:
        self.app = app
        self.limiter = AsyncLimiter(BURST, BURST / rate) if rate > 0 else None
        self._last: OrderedDict[int, float] = OrderedDict()
        self._hold_until = 0.0  # monotonic: Telegram said to wait until then
        self._chat_locks: weakref.WeakValueDictionary[int, asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )

    def translator(self, user_id: int) -> Translator:
        """The person's language: their /language choice, else the one they used /notify in."""
        svc = self.app.bot_data.services
        assert svc is not None
        saved = svc.store.get_language(user_id)
        return svc.i18n.translator(
            svc.i18n.resolve(saved, svc.store.notify_settings(user_id).language)
        )

    async def send(self, notification: Notification) -> int:
        """Render and send one notification; its message id."""
        tr = self.translator(notification.user_id)
        context = Context(self.app, chat_id=notification.user_id, user_id=notification.user_id)
        shown = message.build(
            context, tr, notification.user_id, notification.rows, notification.digest,
            ZoneInfo(notification.zone),
        )  # fmt: skip
        shown = directed(tr, shown)
        sent = await self._send(notification.user_id, shown.text, shown.keyboard)
        batch = message.batch_of(notification.rows)
        data = message.data(notification.user_id, batch, notification.digest)
        remember(context, sent, data)  # its buttons redraw it (after a restart: re-rendered)
        return sent

    async def link_lost(self, user_id: int) -> None:
        """Tell the person their Trakt link is gone, with the button to link again."""
        tr = self.translator(user_id)
        button = link_button(tr, private=True, owner=user_id, bot_username=self.app.bot.username)
        await self._send(user_id, tr.html("notify-link-lost"), InlineKeyboardMarkup([[button]]))

    async def _send(self, chat_id: int, text: Html, keyboard: InlineKeyboardMarkup | None) -> int:
        lock = self._chat_locks.get(chat_id)
        if lock is None:
            lock = self._chat_locks[chat_id] = asyncio.Lock()
        async with lock:
            wait = self._last.get(chat_id, 0.0) + PER_CHAT - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            if self.limiter is not None:
                await self.limiter.acquire()
            held = self._hold_until - time.monotonic()
            if held > 0:
                raise RetryLater(held)
            try:
                sent = await self.app.bot.send_message(
                    chat_id, text, parse_mode=ParseMode.HTML, reply_markup=keyboard,
                    link_preview_options=NO_PREVIEW,
                )  # fmt: skip
            except Forbidden as exc:
                raise Blocked(str(exc)) from exc
            except RetryAfter as exc:
                after = exc.retry_after
                seconds = after if isinstance(after, int | float) else after.total_seconds()
                self._hold_until = max(self._hold_until, time.monotonic() + seconds)
                raise RetryLater(seconds) from exc
            finally:
                self._last[chat_id] = time.monotonic()
                self._last.move_to_end(chat_id)
                while len(self._last) > CHATS:
                    self._last.popitem(last=False)
        return sent.message_id
