"""`Accounts`: look-up, sessions, transparent refresh and unlinking (linking comes from
the `Linking` mixin, `bot.accounts.linking`)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import replace
from zoneinfo import ZoneInfo

from bot.accounts.linking import Linking
from bot.accounts.session import (
    LinkLost,
    NotLinked,
    TraktSession,
    known_zone,
    raise_if_app_refused,
)
from bot.durable import DurableWrites
from bot.store import Account, NotFound, Store, StoreBusy, UnreadableToken
from bot.trakt import BadRequest, TraktAPI, TraktError, TraktUnavailable, Unauthorized
from bot.trakt.models_account import TokenSet

logger = logging.getLogger(__name__)

MIN_MARGIN = 60  # seconds
MAX_MARGIN = 24 * 3600
MARGIN_SHARE = 0.1  # refresh when less than 10% of the token's lifetime is left
UNKNOWN_LIFETIME_MARGIN = 3600


class Accounts(Linking):
    """Linked accounts: look-up, linking, refresh and unlinking."""

    def __init__(self, store: Store, api: TraktAPI, clock: Callable[[], float] = time.time):
        self.store = store
        self.api = api
        self.clock = clock
        self._locks: dict[int, asyncio.Lock] = {}
        # Refreshed pairs whose write waits for the database, and the tasks writing them
        # (kept here, so neither a cancelled request nor the garbage collector drops one).
        self._unsaved: dict[int, Account] = {}
        self.writes = DurableWrites()
        # Called with the chat id when its account goes or becomes another Trakt user
        # (what was remembered for the old account must not show for the new one).
        self.on_change: list[Callable[[int], None]] = []
        self._unreadable: set[int] = set()  # chats whose unreadable row was logged

    def is_linked(self, chat_id: int) -> bool:
        """Whether this chat has a linked account (one whose tokens can be read)."""
        return self.find(chat_id) is not None

    def get(self, chat_id: int) -> Account:
        """The account (with a refreshed pair still on its way to the database); raises
        NotLinked."""
        found = self.find(chat_id)
        if found is None:
            raise NotLinked(chat_id)
        return found

    def find(self, chat_id: int) -> Account | None:
        """The account, or None; an account no configured key opens counts as none
        (linking replaces it, `forget_unreadable` clears it)."""
        if chat_id in self._unsaved:
            return self._unsaved[chat_id]
        try:
            return self.store.get_account(chat_id)
        except NotFound:
            return None
        except UnreadableToken as exc:
            self._note_unreadable(chat_id, exc)
            return None

    def unreadable(self, chat_id: int) -> bool:
        """Whether this chat has a stored account whose tokens no configured key opens."""
        return self.find(chat_id) is None and self.store.has_account(chat_id)

    async def forget_unreadable(self, chat_id: int) -> bool:
        """Delete an account no key opens (nothing to revoke: its tokens can't be read);
        True when one was deleted."""
        if not self.unreadable(chat_id):
            return False
        await self.writes.run(chat_id, lambda: self.store.delete_account(chat_id))
        self._unreadable.discard(chat_id)
        self._changed(chat_id)
        logger.warning("chat %s cleared its unreadable Trakt account", chat_id)
        return True

    def _note_unreadable(self, chat_id: int, exc: UnreadableToken) -> None:
        """Say once per chat (and process) that a stored row can't be read."""
        if chat_id not in self._unreadable:
            self._unreadable.add(chat_id)
            logger.warning("%s; it counts as not linked", exc)

    async def session(self, chat_id: int) -> TraktSession:
        """An authenticated session, refreshed first when the token is due; raises NotLinked."""
        account = self.get(chat_id)
        if self.refresh_due(account):
            account = await self.refresh(chat_id, account)
        session = self._session(account)
        if not account.profile_known:
            session.account = await self._fill_profile(session)
        return session

    async def optional_session(self, chat_id: int | None) -> TraktSession | None:
        """A session when this chat is linked, else None (for what works either way)."""
        if chat_id is None or not self.is_linked(chat_id):
            return None
        try:
            return await self.session(chat_id)
        except NotLinked:
            return None

    def chosen_zone(self, chat_id: int) -> str | None:
        """The time zone the person chose here (`/notify tz`), when they chose one."""
        return known_zone(self.store.notify_settings(chat_id).timezone)

    def known_zone_of(self, chat_id: int, chosen: str | None) -> ZoneInfo:
        """The person's zone without asking Trakt: `chosen` (their notification settings'
        zone, already read), else the Trakt account's as last kept, else UTC."""
        account = self.find(chat_id)
        name = known_zone(chosen) or known_zone(account.timezone if account else None)
        return ZoneInfo(name or "UTC")

    async def zone(self, session: TraktSession) -> ZoneInfo:
        """The person's time zone, for everything personal (days, air times, check-ins,
        notifications): the one they chose here (`/notify tz`), else their Trakt
        account's.

        The account's is asked of Trakt once for an account linked before the bot kept
        it; UTC when Trakt has none, names one this machine doesn't know, or can't be
        asked right now.
        """
        chosen = self.chosen_zone(session.account.chat_id)
        if chosen is not None:
            return ZoneInfo(chosen)
        name = session.account.timezone
        if name is None:
            try:
                settings = await session.call(self.api.user_settings)
            except TraktError as exc:
                logger.info("no time zone for chat %s yet: %r", session.account.chat_id, exc)
                return ZoneInfo("UTC")
            name = self.remember_zone(session.account.chat_id, settings.timezone)
        return ZoneInfo(known_zone(name) or "UTC")

    def remember_zone(self, chat_id: int, name: str | None) -> str:
        """Store the account's time zone as Trakt names it now (UTC if unknown); the name.
        With the database locked elsewhere it is not stored: asked of Trakt again later."""
        zone = known_zone(name) or "UTC"
        try:
            self.store.set_timezone(chat_id, zone)
        except StoreBusy:
            logger.warning("the time zone of chat %s waits for the database", chat_id)
        return zone

    async def token(self, chat_id: int | None) -> str | None:
        """A usable token for optional-OAuth GETs (bills the user's own bucket), or None."""
        session = await self.optional_session(chat_id)
        return session.token if session else None

    def refresh_due(self, account: Account) -> bool:
        """Whether less than the margin is left before the access token expires."""
        return account.expires_at - self.clock() <= self.margin(account)

    def margin(self, account: Account) -> float:
        """Refresh margin relative to the token's lifetime, within [1 min, 1 day]."""
        if account.issued_at <= 0:
            return UNKNOWN_LIFETIME_MARGIN
        lifetime = max(account.expires_at - account.issued_at, 0)
        return min(max(lifetime * MARGIN_SHARE, MIN_MARGIN), MAX_MARGIN)

    # -- refresh and unlink ---------------------------------------------------------------

    async def refresh(self, chat_id: int, stale: Account) -> Account:
        """Exchange the refresh token once; concurrent callers share the result.

        Raises LinkLost (and deletes the account) only on `invalid_grant` for the refresh
        token the database holds; any other refusal raises TraktUnavailable and keeps
        the link (the next request tries again).
        """
        async with self._locks.setdefault(chat_id, asyncio.Lock()):
            current = self.get(chat_id)
            if current.access_token != stale.access_token:
                return current  # someone refreshed while we waited
            try:
                tokens = await self.api.refresh(current.refresh_token)
            except (BadRequest, Unauthorized) as exc:
                raise_if_app_refused(exc)
                if exc.error != "invalid_grant":  # a proxy's page, a bare 401: not a verdict
                    logger.warning(
                        "refresh for chat %s failed (%s, not invalid_grant); keeping the link",
                        chat_id,
                        exc.status,
                    )
                    raise TraktUnavailable(
                        f"token refresh failed for now ({exc.status})", status=exc.status
                    ) from None
                return await self._refused(current)
            return await self._save_refreshed(current, tokens)

    async def _refused(self, refused: Account) -> Account:
        """Trakt said `invalid_grant`: use a pair another process stored meanwhile, else
        unlink (only the row that still holds the refused refresh token)."""
        chat_id = refused.chat_id
        stored = self.store.fresh_account(chat_id)
        if stored is None:
            raise NotLinked(chat_id)
        if stored.refresh_token != refused.refresh_token:
            logger.info("chat %s was refreshed elsewhere; using the stored tokens", chat_id)
            return stored
        refresh_token = refused.refresh_token

        def delete() -> bool:
            return self.store.delete_account_if_refresh(chat_id, refresh_token)

        if not await self.writes.run(chat_id, delete):
            stored = self.store.fresh_account(chat_id)  # stored elsewhere just now
            if stored is not None:
                return stored
            raise NotLinked(chat_id)
        logger.warning("refresh refused for chat %s (invalid_grant); unlinked", chat_id)
        self._changed(chat_id)
        raise LinkLost(chat_id)

    async def _save_refreshed(self, account: Account, tokens: TokenSet) -> Account:
        """Store the new pair, waiting (off the event loop) for as long as the database
        is locked; meanwhile the pair is kept in memory and used. When the account was
        unlinked (or linked again) while the refresh was in flight, the pair is revoked
        and whatever the chat holds now is the answer."""
        chat_id = account.chat_id
        fresh = replace(
            account,
            access_token=tokens.access_token,
            refresh_token=tokens.refresh_token,
            expires_at=int(tokens.expires_at.timestamp()),
            issued_at=int(tokens.created_at.timestamp()),
        )
        self._unsaved[chat_id] = fresh
        if not await self.writes.kept(self._store_pair(account.refresh_token, fresh)):
            return self.get(chat_id)  # NotLinked, or the link made meanwhile
        logger.info("refreshed the Trakt tokens of chat %s", chat_id)
        return fresh

    async def _store_pair(self, previous_refresh_token: str, fresh: Account) -> bool:
        """Store `fresh` over the pair it replaces; False (and `fresh` revoked) when the
        row holds that pair no more."""
        chat_id = fresh.chat_id
        try:
            stored = await self.writes.retried(
                chat_id,
                lambda: self.store.swap_tokens(
                    chat_id,
                    previous_refresh_token,
                    fresh.access_token,
                    fresh.refresh_token,
                    fresh.expires_at,
                    fresh.issued_at,
                ),
            )
        finally:
            if self._unsaved.get(chat_id) is fresh:
                del self._unsaved[chat_id]
        if not stored:  # unlinked or linked again meanwhile: leave no live grant at Trakt
            logger.info("chat %s changed its link during a refresh; revoking that pair", chat_id)
            await self._revoke_quietly(chat_id, fresh.access_token)
        return stored

    async def unlink(self, chat_id: int) -> bool:
        """Revoke at Trakt (best effort) and delete locally; True when Trakt confirmed."""
        account = self.get(chat_id)
        await self.writes.run(chat_id, lambda: self.store.delete_account(chat_id))
        self._changed(chat_id)
        logger.info("chat %s unlinked Trakt user %s", chat_id, account.slug)
        return await self._revoke_quietly(chat_id, account.access_token)

    def _session(self, account: Account) -> TraktSession:
        return TraktSession(account, self.api, self)

    def _changed(self, chat_id: int) -> None:
        for listener in self.on_change:
            listener(chat_id)

    async def _revoke_quietly(self, chat_id: int, access_token: str) -> bool:
        try:
            await self.api.revoke(access_token)
        except TraktError as exc:  # the local unlink stands whatever Trakt says
            logger.warning("revoking the token of chat %s failed: %r", chat_id, exc)
            return False
        return True
