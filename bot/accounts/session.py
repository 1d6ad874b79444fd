"""A linked account's access to Trakt (`TraktSession`), and what the two halves of the
accounts service share: its errors, Trakt refusing the bot itself, known time zones, and
which Trakt account a link is (`link_identity`, `same_account`)."""

from __future__ import annotations

import functools
import logging
import zoneinfo
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from bot.store import Account
from bot.trakt import BadRequest, Forbidden, TraktAPI, Unauthorized

if TYPE_CHECKING:
    from bot.accounts.service import Accounts

logger = logging.getLogger(__name__)

T = TypeVar("T")


class NotLinked(Exception):
    """This chat has no linked Trakt account."""

    def __init__(self, chat_id: int) -> None:
        super().__init__(f"chat {chat_id} has no linked Trakt account")
        self.chat_id = chat_id


class LinkLost(NotLinked):
    """Trakt refused the stored refresh token (`invalid_grant`); the account was unlinked."""


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


def link_identity(account: Account) -> str:
    """Which Trakt account a link is, kept with what must act on that account only (an
    undo offer, a queued press): `<slug>|link:<linked_at>`, the slug empty until Trakt
    said who it is."""
    slug = account.slug if account.profile_known else ""
    return f"{slug}|link:{account.linked_at}"


def same_account(account: Account | None, identity: object) -> bool:
    """Whether `account` (the link a person has now; None: unlinked) is still the Trakt
    account `identity` (a `link_identity` kept earlier) names: the one test before acting
    on what was decided on an account, so nothing lands on one linked since. The same
    slug when both are known (across a relink too), else the very same link (Trakt may
    have said whose it is only since). One kept before it held both is a bare slug or
    `link:<linked_at>`."""
    if account is None or not isinstance(identity, str):
        return False
    if "|" in identity:
        kept_slug, _, kept_link = identity.partition("|")
    elif identity.startswith("link:"):
        kept_slug, kept_link = "", identity
    else:
        kept_slug, kept_link = identity, ""
    slug = account.slug if account.profile_known else ""
    if kept_slug and slug:
        return kept_slug == slug
    return kept_link == f"link:{account.linked_at}"


def raise_if_app_refused(exc: BadRequest | Unauthorized) -> None:
    """`invalid_client` means Trakt refuses this bot's credentials, not the person's link."""
    if exc.error == "invalid_client":
        raise app_refused(exc) from None


def app_refused(exc: BadRequest | Unauthorized) -> Forbidden:
    """Trakt refusing the app itself: told as "Trakt is refusing this bot", not "link again"."""
    return Forbidden(f"{exc} (client refused)", status=exc.status)


# In the zone database's folder but no place's zone: the server's own zone (`localtime`),
# tzdata's placeholder (`Factory`), and the copies under other rules (`posix/`, `right/`:
# leap seconds, which Trakt's UTC times do not count).
NOT_ZONES = frozenset({"localtime", "factory", "posixrules"})
NOT_ZONE_FOLDERS = ("posix/", "right/")


@functools.cache
def _zones() -> dict[str, str]:
    """Every IANA zone name this machine knows, by its lower-case form (read once)."""
    return {
        name.lower(): name
        for name in zoneinfo.available_timezones()
        if name.lower() not in NOT_ZONES and not name.lower().startswith(NOT_ZONE_FOLDERS)
    }


def known_zone(name: str | None) -> str | None:
    """`name` as the IANA zone database spells it (``europe/berlin`` -> ``Europe/Berlin``)
    when it is a real zone this machine knows, else None: never a region (``Europe``),
    the server's own zone, a file name that is too long, or a path."""
    if not name:
        return None
    return _zones().get(name.strip().lower())
