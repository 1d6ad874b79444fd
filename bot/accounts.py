"""The per-user Trakt service: one linked account, tokens refreshed transparently.

Every personal command goes through `Accounts.session(chat_id)`; no feature touches
tokens. Refresh tokens are single-use, so refreshes are serialised per account (one
in flight; whoever waited reuses its result) and the new pair is stored atomically
before anyone uses it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from bot.store import Account, NotFound, Store
from bot.trakt import BadRequest, TraktAPI, TraktError, Unauthorized
from bot.trakt.models_account import TokenSet

logger = logging.getLogger(__name__)

T = TypeVar("T")

MIN_MARGIN = 60  # seconds
MAX_MARGIN = 24 * 3600
MARGIN_SHARE = 0.1  # refresh when less than 10% of the token's lifetime is left
UNKNOWN_LIFETIME_MARGIN = 3600


class NotLinked(Exception):
    """This chat has no linked Trakt account."""

    def __init__(self, chat_id: int) -> None:
        super().__init__(f"chat {chat_id} has no linked Trakt account")
        self.chat_id = chat_id


class LinkLost(NotLinked):
    """Trakt refused to refresh the tokens for good; the account was unlinked."""


@dataclass
class TraktSession:
    """One linked account's authenticated access to Trakt."""

    account: Account
    api: TraktAPI
    _accounts: Accounts

    @property
    def token(self) -> str:
        """The current access token (for calls that take `token=`)."""
        return self.account.access_token

    async def call(self, request: Callable[[str], Awaitable[T]]) -> T:
        """Run `request(token)`; on a 401, refresh once and try again."""
        try:
            return await request(self.account.access_token)
        except Unauthorized:
            logger.info("trakt said 401 for chat %s; refreshing once", self.account.chat_id)
            self.account = await self._accounts.refresh(self.account.chat_id, self.account)
            return await request(self.account.access_token)


class Accounts:
    """Linked accounts: look-up, linking, refresh and unlinking."""

    def __init__(self, store: Store, api: TraktAPI, clock: Callable[[], float] = time.time):
        self.store = store
        self.api = api
        self.clock = clock
        self._locks: dict[int, asyncio.Lock] = {}

    def is_linked(self, chat_id: int) -> bool:
        """Whether this chat has a linked account."""
        return self.store.has_account(chat_id)

    def get(self, chat_id: int) -> Account:
        """The stored account; raises NotLinked."""
        try:
            return self.store.get_account(chat_id)
        except NotFound:
            raise NotLinked(chat_id) from None

    async def session(self, chat_id: int) -> TraktSession:
        """An authenticated session, refreshed first when the token is due; raises NotLinked."""
        account = self.get(chat_id)
        if self.refresh_due(account):
            account = await self.refresh(chat_id, account)
        return TraktSession(account, self.api, self)

    async def token(self, chat_id: int | None) -> str | None:
        """A usable token for optional-OAuth GETs (bills the user's own bucket), or None."""
        if chat_id is None or not self.is_linked(chat_id):
            return None
        try:
            return (await self.session(chat_id)).token
        except NotLinked:
            return None

    def refresh_due(self, account: Account) -> bool:
        """Whether less than the margin is left before the access token expires."""
        return account.expires_at - self.clock() <= self.margin(account)

    def margin(self, account: Account) -> float:
        """Refresh margin relative to the token's lifetime, within [1 min, 1 day]."""
        if account.issued_at <= 0:
            return UNKNOWN_LIFETIME_MARGIN
        lifetime = max(account.expires_at - account.issued_at, 0)
        return min(max(lifetime * MARGIN_SHARE, MIN_MARGIN), MAX_MARGIN)

    async def link(self, chat_id: int, tokens: TokenSet) -> Account:
        """Store a fresh token pair with the Trakt profile it belongs to."""
        settings = await self.api.user_settings(tokens.access_token)
        now = int(self.clock())
        account = Account(
            chat_id=chat_id,
            username=settings.username or settings.slug or "?",
            slug=settings.slug or settings.username or "me",
            name=settings.name,
            vip=bool(settings.vip),
            access_token=tokens.access_token,
            refresh_token=tokens.refresh_token,
            expires_at=int(tokens.expires_at.timestamp()),
            linked_at=now,
            issued_at=int(tokens.created_at.timestamp()),
        )
        self.store.save_account(account)
        logger.info("chat %s linked Trakt user %s", chat_id, account.slug)
        return account

    async def refresh(self, chat_id: int, stale: Account) -> Account:
        """Exchange the refresh token once; concurrent callers share the result.

        Raises LinkLost (and deletes the account) when Trakt refuses for good.
        """
        async with self._locks.setdefault(chat_id, asyncio.Lock()):
            current = self.get(chat_id)
            if current.access_token != stale.access_token:
                return current  # someone refreshed while we waited
            try:
                tokens = await self.api.refresh(current.refresh_token)
            except (BadRequest, Unauthorized) as exc:
                logger.warning("refresh refused for chat %s (%s); unlinking", chat_id, exc.status)
                self.store.delete_account(chat_id)
                raise LinkLost(chat_id) from None
            return self._save_refreshed(current, tokens)

    def _save_refreshed(self, account: Account, tokens: TokenSet) -> Account:
        expires_at = int(tokens.expires_at.timestamp())
        issued_at = int(tokens.created_at.timestamp())
        self.store.update_tokens(
            account.chat_id, tokens.access_token, tokens.refresh_token, expires_at, issued_at
        )
        logger.info("refreshed the Trakt tokens of chat %s", account.chat_id)
        return replace(
            account,
            access_token=tokens.access_token,
            refresh_token=tokens.refresh_token,
            expires_at=expires_at,
            issued_at=issued_at,
        )

    async def unlink(self, chat_id: int) -> bool:
        """Revoke at Trakt (best effort) and delete locally; True when Trakt confirmed."""
        account = self.get(chat_id)
        self.store.delete_account(chat_id)
        try:
            await self.api.revoke(account.access_token)
        except TraktError as exc:  # the local unlink stands whatever Trakt says
            logger.warning("revoking the token of chat %s failed: %r", chat_id, exc)
            return False
        return True
