"""Linking a Trakt account: the device flow (`start_device`, `poll_device`, with the login
in progress kept in the store so it survives a restart) and a pasted authorization code
(`link_code`); both store the tokens before they ask Trakt whose they are. A mixin of
`Accounts`, whose store, client and writes it uses. The chat side lives in
`bot/features/link/`.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot.accounts.session import TraktSession, app_refused, known_zone, raise_if_app_refused
from bot.durable import DurableWrites
from bot.store import Account, NotFound, PendingLink, Store, StoreBusy, UnreadableToken
from bot.trakt import (
    BadRequest,
    Conflict,
    Denied,
    Expired,
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

SLOW_DOWN_STEP = 5  # seconds added to the device poll interval after a 429


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


class Linking:
    """Linking and logins in progress; mixed into `Accounts`."""

    if TYPE_CHECKING:
        store: Store
        api: TraktAPI
        clock: Callable[[], float]
        writes: DurableWrites
        _unsaved: dict[int, Account]

        def find(self, chat_id: int) -> Account | None: ...

        def _session(self, account: Account) -> TraktSession: ...

        def _note_unreadable(self, chat_id: int, exc: UnreadableToken) -> None: ...

        def _changed(self, chat_id: int) -> None: ...

        async def _revoke_quietly(self, chat_id: int, access_token: str) -> bool: ...

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
        account = await self._fill_profile(self._session(account))
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
            raise_if_app_refused(exc)
            logger.info("chat %s pasted a code Trakt refused (%s)", chat_id, exc.status)
            raise WrongCode from None
        return await self.link(chat_id, tokens, end_login=True)

    # -- the device flow ----------------------------------------------------------------

    async def start_device(self, chat_id: int, language: str | None) -> PendingLink:
        """Ask Trakt for a device code and keep the login in progress (replacing any other)."""
        try:
            code = await self.api.device_code()
        except Unauthorized as exc:  # no user token involved: it is our client
            raise app_refused(exc) from None
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
            raise app_refused(exc) from None
        except TraktError as exc:
            self.store.delete_pending_link(link.chat_id)
            for kind, state in _FINAL_DEVICE_ERRORS:
                if isinstance(exc, kind):
                    logger.info("device link of chat %s ended: %s", link.chat_id, state.value)
                    return DevicePoll(state, link)
            raise
        account = await self.link(link.chat_id, tokens, end_login=True)
        return DevicePoll(DeviceState.LINKED, link, account)
