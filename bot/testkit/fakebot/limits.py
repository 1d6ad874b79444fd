"""Telegram's send limits, enforced by the fake Bot API when asked (benchmarks, tests).

Telegram documents about 30 messages a second per bot overall and about one a second per
chat (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this);
a call over either gets 429 with `retry_after`. Off by default: most tests want a fake
that never refuses. Counted over a sliding second; only accepted sends count.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field

from bot.testkit.fakebot.models import ApiError

# The methods that post a message into a chat.
SENDING = frozenset(
    m.lower()
    for m in (
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendPoll",
        "sendMediaGroup",
        "copyMessage",
        "forwardMessage",
    )
)


@dataclass
class SendLimits:
    """`per_bot` sends a second overall, `per_chat` a second into one chat."""

    per_bot: int = 30
    per_chat: int = 1
    window: float = 1.0
    refused: int = 0
    _all: deque[float] = field(default_factory=deque)
    _chats: dict[str, deque[float]] = field(default_factory=dict)

    def check(self, method: str, chat_id: object, now: float) -> None:
        """Raise 429 when this send would pass a limit; else count it."""
        if method.lower() not in SENDING:
            return
        key = str(chat_id)
        chat = self._chats.setdefault(key, deque())
        for sent in (self._all, chat):
            while sent and now - sent[0] >= self.window:
                sent.popleft()
        for sent, limit in ((self._all, self.per_bot), (chat, self.per_chat)):
            if len(sent) >= limit:
                self.refused += 1
                wait = max(math.ceil(sent[0] + self.window - now), 1)
                raise ApiError(429, f"Too Many Requests: retry after {wait}", retry_after=wait)
        self._all.append(now)
        chat.append(now)
