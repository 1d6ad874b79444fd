"""The per-user Trakt service: one linked account, tokens refreshed transparently.

Every personal command goes through `Accounts.session(chat_id)`; no feature touches
tokens. Refresh tokens are single-use, so refreshes are serialised per account (one
in flight; whoever waited reuses its result) and the new pair is stored atomically
before anyone uses it.

A link that still works is never destroyed: only Trakt's `invalid_grant` for the
refresh token the database holds unlinks (another process may have refreshed: the row
is read again past every cache, and deleted only while it holds the refused token);
any other failure keeps the link and the next request tries again. A pair Trakt issued
is never thrown away: its write is retried (asynchronously, `StoreBusy`) until it is
stored, kept in memory meanwhile, and survives the request that asked for it being
cancelled. Linking stores the tokens before it asks Trakt whose they are; a profile
Trakt does not give now is filled in on first use.

Linking happens here too: the device flow (`start_device`, `poll_device`, with the
login in progress kept in the store so it survives a restart) and a pasted
authorization code (`link_code`). The chat side lives in `bot/features/link*.py`.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.durable import DurableWrites
from bot.store import Account, NotFound, PendingLink, Store, StoreBusy, UnreadableToken
from bot.trakt import (
    BadRequest,
    Conflict,
    Denied,
    Expired,
    Forbidden,
    RateLimited,
    ServerError,
    TraktAPI,
    TraktError,
    TraktUnavailable,
    Unauthorized,
)
from bot.trakt import NotFound as TraktNotFound
from bot.trakt.models_account import TokenSet

logger = logging.getLogger(__name__)

T = TypeVar("T")

MIN_MARGIN = 60  # seconds
MAX_MARGIN = 24 * 3600
MARGIN_SHARE = 0.1  # refresh when less than 10% of the token's lifetime is left
UNKNOWN_LIFETIME_MARGIN = 3600
SLOW_DOWN_STEP = 5  # seconds added to the device poll interval after a 429


class NotLinked(Exception):
    """This chat has no linked Trakt account."""

    def __init__(self, chat_id: int) -> None:
        super().__init__(f"chat {chat_id} has no linked Trakt account")
        self.chat_id = chat_id


class LinkLost(NotLinked):
    """Trakt refused the stored refresh token (`invalid_grant`); the account was unlinked."""


class WrongCode(Exception):
    """Trakt did not accept a pasted authorization code (mistyped, expired or used)."""


class DeviceState(enum.Enum):
    """What one poll of `POST /oauth/device/token` meant."""

    LINKED = "linked"  # 200: tokens stored, the account is linked
    PENDING = "pending"  # 400 (not approved yet), or Trakt failed for now: keep polling
    SLOW_DOWN = "slow_down"  # 429: keep polling, less often (the interval was raised)
    DENIED = "denied"  # 418
    EXPIRED = "expired"  # 410
    INVALID = "invalid"  # 404
    USED = "used"  # 409

    @property
    def final(self) -> bool:
        """Whether polling stops here."""
        return self not in (DeviceState.PENDING, DeviceState.SLOW_DOWN)


@dataclass(frozen=True)
class DevicePoll:
    """The result of one poll; `link` carries the (possibly slowed-down) login in progress."""

    state: DeviceState
    link: PendingLink
    account: Account | None = None


_FINAL_DEVICE_ERRORS: tuple[tuple[type[TraktError], DeviceState], ...] = (
    (Denied, DeviceState.DENIED),
    (Expired, DeviceState.EXPIRED),
    (TraktNotFound, DeviceState.INVALID),
    (Conflict, DeviceState.USED),
)


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
        session = TraktSession(account, self.api, self)
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

    async def zone(self, session: TraktSession) -> ZoneInfo:
        """The account's time zone (Trakt's settings), for days as the person lives them.

        Asked of Trakt once for an account linked before the bot kept it; UTC when Trakt
        has none, names one this machine doesn't know, or can't be asked right now.
        """
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

    # -- linking ----------------------------------------------------------------------

    async def link(self, chat_id: int, tokens: TokenSet, *, end_login: bool = False) -> Account:
        """Store a fresh token pair, then ask Trakt whose it is.

        The tokens are stored first (retried until the database takes them; `end_login`
        drops the login in progress in the same write), so no grant Trakt issued is ever
        neither stored nor revoked. When Trakt will not say who it is now, the account
        stays linked and `session` asks again on first use. A token this chat had
        before is revoked.
        """
        previous = self.find(chat_id)
        account = Account(
            chat_id=chat_id,
            username="",  # not known yet: `profile_known` is False
            slug="me",  # what Trakt's paths accept for the token's owner
            name=None,
            vip=False,
            access_token=tokens.access_token,
            refresh_token=tokens.refresh_token,
            expires_at=int(tokens.expires_at.timestamp()),
            linked_at=int(self.clock()),
            issued_at=int(tokens.created_at.timestamp()),
        )
        await self.writes.run(
            chat_id, lambda: self.store.save_account(account, end_login=end_login)
        )
        self._unsaved.pop(chat_id, None)
        account = await self._fill_profile(TraktSession(account, self.api, self))
        logger.info("chat %s linked Trakt user %s", chat_id, account.slug)
        if previous is None or not account.profile_known or previous.slug != account.slug:
            self._changed(chat_id)
        if previous is not None and previous.access_token != account.access_token:
            await self._revoke_quietly(chat_id, previous.access_token)
        return account

    async def _fill_profile(self, session: TraktSession) -> Account:
        """Ask Trakt who the session's account is and store it; unchanged on failure."""
        chat_id = session.account.chat_id
        try:
            settings = await session.call(self.api.user_settings)
        except TraktError as exc:
            logger.warning(
                "no Trakt profile for chat %s yet (%r); asking on next use", chat_id, exc
            )
            return session.account
        account = replace(
            session.account,
            username=settings.username or settings.slug or "?",
            slug=settings.slug or settings.username or "me",
            name=settings.name,
            vip=bool(settings.vip),
            timezone=known_zone(settings.timezone) or "UTC",
        )
        try:
            self.store.set_profile(account)
        except StoreBusy:  # only names: asked again on next use
            logger.warning("the Trakt profile of chat %s waits for the database", chat_id)
        return account

    async def link_code(self, chat_id: int, code: str) -> Account:
        """Exchange a pasted authorization code and link; raises WrongCode if Trakt refuses it."""
        try:
            tokens = await self.api.exchange_code(code)
        except (BadRequest, Unauthorized) as exc:
            _raise_if_app_refused(exc)
            logger.info("chat %s pasted a code Trakt refused (%s)", chat_id, exc.status)
            raise WrongCode from None
        return await self.link(chat_id, tokens, end_login=True)

    # -- the device flow ----------------------------------------------------------------

    async def start_device(self, chat_id: int, language: str | None) -> PendingLink:
        """Ask Trakt for a device code and keep the login in progress (replacing any other)."""
        try:
            code = await self.api.device_code()
        except Unauthorized as exc:  # no user token involved: it is our client
            raise _app_refused(exc) from None
        now = int(self.clock())
        link = PendingLink(
            chat_id=chat_id,
            device_code=code.device_code,
            user_code=code.user_code,
            verification_url=code.verification_url,
            interval=code.interval,
            expires_at=now + code.expires_in,
            message_id=None,
            language=language,
            created_at=now,
        )
        self.store.save_pending_link(link)
        logger.info("chat %s started a device link (expires in %ss)", chat_id, code.expires_in)
        return link

    def pending(self, chat_id: int) -> PendingLink | None:
        """The chat's login in progress, or None; one no configured key opens counts as
        none (a new /link replaces it)."""
        try:
            return self.store.get_pending_link(chat_id)
        except NotFound:
            return None
        except UnreadableToken as exc:
            self._note_unreadable(chat_id, exc)
            return None

    def pending_chats(self) -> list[int]:
        """The chats with a login in progress (to resume after a restart, one by one)."""
        return self.store.pending_link_chats()

    def save_pending(self, link: PendingLink) -> None:
        """Store a changed login in progress (its message id, a slower interval)."""
        self.store.save_pending_link(link)

    def drop_pending(self, chat_id: int) -> bool:
        """Forget the chat's login in progress; True when there was one."""
        return self.store.delete_pending_link(chat_id)

    async def poll_device(self, link: PendingLink) -> DevicePoll:
        """Poll Trakt once for this login and act on the answer.

        Pending (400), Trakt failing (5xx, timeouts) and slow-down (429, which raises the
        stored interval) keep the login; 200 links the account and ends it; 404/409/410/418
        end it. Anything else (403 app refused, 423 locked, 426 VIP ...) ends it and is raised.
        """
        try:
            tokens = await self.api.device_token(link.device_code)
        except BadRequest:
            return DevicePoll(DeviceState.PENDING, link)
        except RateLimited:
            slower = replace(link, interval=link.interval + SLOW_DOWN_STEP)
            self.store.save_pending_link(slower)
            logger.info("chat %s: device poll slowed to %ss", link.chat_id, slower.interval)
            return DevicePoll(DeviceState.SLOW_DOWN, slower)
        except (ServerError, TraktUnavailable) as exc:
            logger.warning("device poll for chat %s failed for now: %r", link.chat_id, exc)
            return DevicePoll(DeviceState.PENDING, link)
        except Unauthorized as exc:  # the device flow has no user token: it is our client
            self.store.delete_pending_link(link.chat_id)
            raise _app_refused(exc) from None
        except TraktError as exc:
            self.store.delete_pending_link(link.chat_id)
            for kind, state in _FINAL_DEVICE_ERRORS:
                if isinstance(exc, kind):
                    logger.info("device link of chat %s ended: %s", link.chat_id, state.value)
                    return DevicePoll(state, link)
            raise
        account = await self.link(link.chat_id, tokens, end_login=True)
        return DevicePoll(DeviceState.LINKED, link, account)

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
                _raise_if_app_refused(exc)
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


def _raise_if_app_refused(exc: BadRequest | Unauthorized) -> None:
    """`invalid_client` means Trakt refuses this bot's credentials, not the person's link."""
    if exc.error == "invalid_client":
        raise _app_refused(exc) from None


def _app_refused(exc: BadRequest | Unauthorized) -> Forbidden:
    """Trakt refusing the app itself: told as "Trakt is refusing this bot", not "link again"."""
    return Forbidden(f"{exc} (client refused)", status=exc.status)


def known_zone(name: str | None) -> str | None:
    """`name` when it is an IANA time zone this machine knows, else None."""
    if not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name
