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
