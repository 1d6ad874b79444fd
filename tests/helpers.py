"""Shared test helpers: link a chat to a demo Trakt user without the device dance."""

from __future__ import annotations

from bot.harness import Harness
from bot.store import Account
from bot.trakt.models_account import TokenSet


async def link_account(bot: Harness, chat_id: int, username: str = "demo") -> Account:
    """Issue demo tokens for `username` and store them for `chat_id`, as /link would."""
    assert bot.demo is not None
    tokens = TokenSet.from_json(bot.demo.issue_token(username))
    return await bot.services.accounts.link(chat_id, tokens)


class Clock:
    """Monotonic seconds a test moves by hand (`clock.now += 60`)."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now
