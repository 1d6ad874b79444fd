"""Fetching what each party member brings, from their own Trakt account.

Per member, concurrently and through that member's own session (so each request
bills their own rate-limit bucket): the watchlist, Trakt's recommendations and the
watched titles. That is 3 requests per member for `/party movies` or `/party shows`
(watchlist, recommendations, watched) and 5 for both kinds (one watchlist call
covers both; recommendations and watched are per kind). A member whose Trakt fails
or who is no longer linked is left out and named; the rest still get their pick.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Literal

from bot.accounts import Accounts, NotLinked
from bot.party.ranking import Media, MediaKey, Wishes
from bot.trakt import MediaKind, TraktAPI, TraktError
from bot.trakt.models import Movie, Show
from bot.trakt.ref import MediaRef

logger = logging.getLogger(__name__)

PartyKind = Literal["all", "movies", "shows"]
KINDS: dict[str, tuple[MediaKind, ...]] = {
    "all": ("movies", "shows"),
    "movies": ("movies",),
    "shows": ("shows",),
}
WATCHLIST_LIMIT = 100
RECOMMENDATIONS_LIMIT = 40
TRENDING_LIMIT = 30


@dataclass(frozen=True)
class Member:
    """A party member: Telegram user id and first name."""

    user_id: int
    name: str


@dataclass(frozen=True)
class Gathered:
    """The members we could read, and those we could not (and why)."""

    wishes: tuple[Wishes, ...]
    unreachable: tuple[Member, ...] = ()  # Trakt failed for them
    unlinked: tuple[Member, ...] = ()  # their link is gone


def requests_per_member(kind: str) -> int:
    """How many Trakt requests one member costs (token refreshes aside)."""
    return 1 + 2 * len(KINDS[kind])


async def gather(
    accounts: Accounts, api: TraktAPI, members: Sequence[Member], kind: str
) -> Gathered:
    """Everyone's wishes, concurrently; failures are sorted out, not raised."""
    kinds = KINDS[kind]
    results = await asyncio.gather(
        *(_wishes(accounts, api, member, kinds) for member in members), return_exceptions=True
    )
    wishes: list[Wishes] = []
    unreachable: list[Member] = []
    unlinked: list[Member] = []
    for member, result in zip(members, results, strict=True):
        if isinstance(result, Wishes):
            wishes.append(result)
            continue
        error = _first(result)
        if isinstance(error, NotLinked):
            unlinked.append(member)
        elif isinstance(error, TraktError):
            logger.warning("party: Trakt failed for user %s: %r", member.user_id, error)
            unreachable.append(member)
        elif isinstance(error, Exception):
            logger.error("party: reading user %s failed", member.user_id, exc_info=error)
            unreachable.append(member)
        else:
            raise error  # cancellation and the like
    return Gathered(tuple(wishes), tuple(unreachable), tuple(unlinked))


async def trending(
    api: TraktAPI, kind: str, token: str | None, limit: int = TRENDING_LIMIT
) -> list[Media]:
    """Trending titles of the party's kinds, interleaved (public, cached, one call per kind)."""
    pages = await asyncio.gather(*(api.trending(k, limit=limit, token=token) for k in KINDS[kind]))
    columns = [[item.media for item in page.items] for page in pages]
    mixed: list[Media] = []
    for row in range(max((len(c) for c in columns), default=0)):
        mixed.extend(column[row] for column in columns if row < len(column))
    return mixed


async def _wishes(
    accounts: Accounts, api: TraktAPI, member: Member, kinds: tuple[MediaKind, ...]
) -> Wishes:
    session = await accounts.session(member.user_id)
    section: MediaKind | None = kinds[0] if len(kinds) == 1 else None
    async with asyncio.TaskGroup() as group:
        listed = group.create_task(
            session.call(lambda token: api.watchlist(token, section, limit=WATCHLIST_LIMIT))
        )
        suggested = [
            group.create_task(
                session.call(partial(api.recommendations, kind=k, limit=RECOMMENDATIONS_LIMIT))
            )
            for k in kinds
        ]
        seen = [group.create_task(session.call(partial(api.watched_ids, kind=k))) for k in kinds]
    watched: set[MediaKey] = set()
    for k, task in zip(kinds, seen, strict=True):
        watched.update(MediaRef.each(k, task.result()))
    entries = listed.result().items
    return Wishes(
        user_id=member.user_id,
        name=member.name,
        watchlist=tuple(e.media for e in entries if isinstance(e.media, Movie | Show)),
        recommendations=tuple(item for task in suggested for item in task.result()),
        watched=frozenset(watched),
    )


def _first(error: BaseException) -> BaseException:
    """The first real error inside (possibly nested) exception groups."""
    while isinstance(error, BaseExceptionGroup) and error.exceptions:
        error = error.exceptions[0]
    return error
