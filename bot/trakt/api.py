"""Trakt endpoints as typed methods: public catalogue, the user's account, OAuth.

Public endpoints take an optional `token`: a linked user's token bills that user's
rate-limit bucket instead of the shared one. Their results are cached by path and
parameters (never by token: they don't depend on it). User endpoints are not cached,
except a page of history (also of a closed range of time) for `TTL_HISTORY` seconds
(paging back and forth, or /history sent twice, costs one request), keyed by a hash of the
token and forgotten as soon as this bot adds a play with that token; and a calendar for
`TTL_CALENDAR` seconds (it changes with Trakt's schedule, not with the person's plays).
Every list endpoint sends `extended=full` and always `page` and `limit` (Trakt's defaults
changed several times).
"""

from __future__ import annotations

import itertools
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any, Literal, TypeVar

from bot.trakt.api_params import (
    HISTORY_KINDS,
    MAX_LIMIT,
    OOB_REDIRECT_URI,
    PERIODS,
    SEARCH_TYPES,
    SORTS,
    check_kind,
    choice,
    escape_query,
    flag,
    iso_utc,
    json_object,
    media_parser,
    paging,
    parsed,
    segment,
    to_page,
    token_key,
)
from bot.trakt.api_tracking import TrackingEndpoints
from bot.trakt.cache import TTLCache
from bot.trakt.http import TraktHTTP
from bot.trakt.models import Episode, Ids, Movie, Person, Show, Translation
from bot.trakt.models_account import (
    DeviceCode,
    SyncItem,
    SyncResult,
    TokenSet,
    UserSettings,
    sync_body,
)
from bot.trakt.models_lists import (
    CalendarEntry,
    HistoryItem,
    ListEntry,
    MovieRelease,
    Page,
    SearchResult,
    TraktList,
    TrendingItem,
    WatchedItem,
    parse_list,
)
from bot.trakt.models_parse import as_mapping
from bot.trakt.models_people import Credits, TitlePeople
from bot.trakt.models_stats import UserStats

logger = logging.getLogger(__name__)

T = TypeVar("T")

MediaKind = Literal["shows", "movies"]
Period = Literal["daily", "weekly", "monthly", "yearly", "all"]
HistoryKind = Literal["shows", "movies", "episodes"]
WatchlistSort = Literal["rank", "added", "released", "title"]
SearchType = Literal["movie", "show", "episode", "person", "list"]

TTL_LISTS = 120.0
TTL_SUMMARY = 600.0
TTL_SEARCH = 300.0
TTL_HISTORY = 30.0  # a page of a user's history (forgotten when the bot adds a play)
TTL_CALENDAR = 120.0  # a person's calendar: paging weeks, /calendar typed twice
CALENDAR_MAX_DAYS = 33  # Trakt refuses longer periods
PERSONAL_ENTRIES = 2048
GENERATIONS = 65536  # users whose history generation is remembered (see `_bump`)


class TraktAPI(TrackingEndpoints):
    """Endpoint methods returning models; errors are the typed `TraktError` tree."""

    def __init__(
        self, http: TraktHTTP, cache: TTLCache | None = None, personal: TTLCache | None = None
    ) -> None:
        """`cache`: public results; `personal`: history pages (made along with `cache`)."""
        self.http = http
        self.cache = cache
        if personal is None and cache is not None:
            personal = TTLCache(PERSONAL_ENTRIES)
        self.personal = personal
        # token hash -> a number changed by every play added here (part of the cache key)
        self._plays: OrderedDict[str, int] = OrderedDict()
        self._bumps = itertools.count(1)

    # --- public catalogue ------------------------------------------------------------

    async def trending(
        self, kind: MediaKind, *, page: int = 1, limit: int = 10, token: str | None = None
    ) -> Page[TrendingItem]:
        """What people watch right now: `[{watchers, movie|show}]`."""
        path = f"/{check_kind(kind)}/trending"
        return await self._cached_page(path, page, limit, TrendingItem.from_json, token=token)

    async def popular(
        self, kind: MediaKind, *, page: int = 1, limit: int = 10, token: str | None = None
    ) -> Page[Movie | Show]:
        """The most popular movies or shows (a flat list)."""
        parser = media_parser(kind)
        return await self._cached_page(
            f"/{check_kind(kind)}/popular", page, limit, parser, token=token
        )

    async def watched(
        self,
        kind: MediaKind,
        period: Period = "weekly",
        *,
        page: int = 1,
        limit: int = 10,
        token: str | None = None,
    ) -> Page[WatchedItem]:
        """Most watched in a period: `[{watcher_count, play_count, ..., movie|show}]`."""
        path = f"/{check_kind(kind)}/watched/{choice(period, PERIODS, 'period')}"
        return await self._cached_page(path, page, limit, WatchedItem.from_json, token=token)

    async def search(
        self,
        query: str,
        *,
        types: Iterable[SearchType] = ("show", "movie"),
        page: int = 1,
        limit: int = 10,
        token: str | None = None,
    ) -> Page[SearchResult]:
        """Text search; the query is escaped and trimmed, an empty one finds nothing."""
        text = escape_query(query)
        page, limit = paging(page, limit)
        if not text:
            return Page(items=(), page=page, limit=limit)
        kinds = ",".join(choice(kind, SEARCH_TYPES, "search type") for kind in types)
        return await self._cached_page(
            f"/search/{kinds}",
            page,
            limit,
            SearchResult.from_json,
            token=token,
            ttl=TTL_SEARCH,
            extra={"query": text},
        )

    async def summary(
        self, kind: MediaKind, trakt_id_or_slug: str | int, *, token: str | None = None
    ) -> Movie | Show:
        """One movie or show with `extended=full`."""
        path = f"/{check_kind(kind)}/{segment(trakt_id_or_slug)}"
        parser = media_parser(kind)

        async def fetch() -> Movie | Show:
            response = await self.http.get(path, params={"extended": "full"}, token=token)
            return parser(json_object(response))

        return await self._cached(path, {"extended": "full"}, TTL_SUMMARY, fetch)

    async def related(
        self,
        kind: MediaKind,
        trakt_id_or_slug: str | int,
        *,
        limit: int = 10,
        token: str | None = None,
    ) -> list[Movie | Show]:
        """Movies or shows related to one."""
        path = f"/{check_kind(kind)}/{segment(trakt_id_or_slug)}/related"
        parser = media_parser(kind)
        page = await self._cached_page(path, 1, limit, parser, token=token, ttl=TTL_SUMMARY)
        return list(page.items)

    async def next_episode(self, show_id: str | int, *, token: str | None = None) -> Episode | None:
        """The show's next episode to air, or None (Trakt answers 204)."""
        path = f"/shows/{segment(show_id)}/next_episode"

        async def fetch() -> Episode | None:
            response = await self.http.get(path, params={"extended": "full"}, token=token)
            return Episode.from_json(response.data) if isinstance(response.data, Mapping) else None

        return await self._cached(path, {"extended": "full"}, TTL_SUMMARY, fetch)

    async def translations(
        self, kind: MediaKind, trakt_id_or_slug: str | int, lang: str, *, token: str | None = None
    ) -> list[Translation]:
        """Titles and overviews in one language (`lang` is a 2-letter code)."""
        path = f"/{check_kind(kind)}/{segment(trakt_id_or_slug)}/translations/{segment(lang)}"

        async def fetch() -> list[Translation]:
            response = await self.http.get(path, token=token)
            return list(parse_list(response.data, Translation.from_json))

        return await self._cached(path, {}, TTL_SUMMARY, fetch)

    async def episode_translations(
        self, show_id: int, season: int, number: int, lang: str, *, token: str | None = None
    ) -> list[Translation]:
        """An episode's title and overview in one language (`lang`: a 2-letter code)."""
        path = (
            f"/shows/{segment(show_id)}/seasons/{segment(season)}/episodes/{segment(number)}"
            f"/translations/{segment(lang)}"
        )

        async def fetch() -> list[Translation]:
            response = await self.http.get(path, token=token)
            return list(parse_list(response.data, Translation.from_json))

        return await self._cached(path, {}, TTL_SUMMARY, fetch)

    async def person(self, trakt_id_or_slug: str | int, *, token: str | None = None) -> Person:
        """One person with `extended=full` (biography, birthday, known-for department)."""
        path = f"/people/{segment(trakt_id_or_slug)}"

        async def fetch() -> Person:
            response = await self.http.get(path, params={"extended": "full"}, token=token)
            return Person.from_json(json_object(response))

        return await self._cached(path, {"extended": "full"}, TTL_SUMMARY, fetch)

    async def credits(
        self, trakt_id_or_slug: str | int, kind: MediaKind, *, token: str | None = None
    ) -> Credits:
        """A person's movies or shows, cast and crew, with `extended=full` (votes, to rank)."""
        path = f"/people/{segment(trakt_id_or_slug)}/{check_kind(kind)}"

        async def fetch() -> Credits:
            response = await self.http.get(path, params={"extended": "full"}, token=token)
            return Credits.from_json(json_object(response), kind)

        return await self._cached(path, {"extended": "full"}, TTL_SUMMARY, fetch)

    async def people(
        self, kind: MediaKind, trakt_id_or_slug: str | int, *, token: str | None = None
    ) -> TitlePeople:
        """A movie's or show's cast and crew (names and ids; `extended=full` not needed)."""
        path = f"/{check_kind(kind)}/{segment(trakt_id_or_slug)}/people"

        async def fetch() -> TitlePeople:
            return TitlePeople.from_json(json_object(await self.http.get(path, token=token)))

        return await self._cached(path, {}, TTL_SUMMARY, fetch)

    # --- the user's account (token required) --------------------------------------------

    async def user_settings(self, token: str) -> UserSettings:
        """Who the token belongs to, with their account limits."""
        return UserSettings.from_json(
            json_object(await self.http.get("/users/settings", token=token))
        )

    async def user_stats(self, token: str, user: str = "me") -> UserStats:
        """A person's numbers: plays, titles and minutes watched, ratings and their spread."""
        response = await self.http.get(f"/users/{segment(user)}/stats", token=token)
        return UserStats.from_json(json_object(response))

    async def history(
        self,
        token: str,
        *,
        kind: HistoryKind | None = None,
        start_at: datetime | None = None,
        end_at: datetime | None = None,
        page: int = 1,
        limit: int = 10,
    ) -> Page[HistoryItem]:
        """The user's plays, newest first."""
        path = "/sync/history"
        if kind is not None:
            path += f"/{choice(kind, HISTORY_KINDS, 'kind')}"
        extra = {"start_at": iso_utc(start_at)} if start_at else {}
        if end_at is not None:
            extra["end_at"] = iso_utc(end_at)

        async def fetch() -> Page[HistoryItem]:
            return await self._page(path, page, limit, HistoryItem.from_json, token, extra)

        if self.personal is None or (extra and end_at is None):
            return await fetch()  # "since a week ago" moves with the clock; a closed range not
        who = token_key(token)
        key = (who, self._plays.get(who, 0), path, page, limit, tuple(sorted(extra.items())))
        return await self.personal.get_or_fetch(key, fetch, TTL_HISTORY)

    async def recommendations(
        self,
        token: str,
        kind: MediaKind,
        *,
        limit: int = 10,
        ignore_collected: bool = False,
        ignore_watchlisted: bool = False,
    ) -> list[Movie | Show]:
        """Personal recommendations."""
        parser = media_parser(kind)
        extra = {
            "ignore_collected": flag(ignore_collected),
            "ignore_watchlisted": flag(ignore_watchlisted),
        }
        page = await self._page(
            f"/recommendations/{check_kind(kind)}", 1, limit, parser, token, extra
        )
        return list(page.items)

    async def hide_recommendation(self, token: str, kind: MediaKind, trakt_id: int | str) -> None:
        """Stop recommending one movie or show."""
        await self.http.delete(
            f"/recommendations/{check_kind(kind)}/{segment(trakt_id)}", token=token
        )

    async def watchlist(
        self,
        token: str,
        kind: MediaKind | None = None,
        *,
        sort: WatchlistSort = "rank",
        page: int = 1,
        limit: int = 10,
    ) -> Page[ListEntry]:
        """The user's watchlist (`kind` None = everything)."""
        section = check_kind(kind) if kind else "all"
        path = f"/sync/watchlist/{section}/{choice(sort, SORTS, 'sort')}"
        return await self._page(path, page, limit, ListEntry.from_json, token)

    async def add_to_watchlist(self, token: str, items: Iterable[SyncItem]) -> SyncResult:
        """Add movies/shows/episodes to the watchlist."""
        return await self._sync("/sync/watchlist", token, items)

    async def remove_from_watchlist(self, token: str, items: Iterable[SyncItem]) -> SyncResult:
        """Remove items from the watchlist."""
        return await self._sync("/sync/watchlist/remove", token, items)

    async def add_to_history(self, token: str, items: Iterable[SyncItem]) -> SyncResult:
        """Mark items watched (Trakt does not de-duplicate plays); the user's cached
        history pages are forgotten."""
        who = token_key(token)
        self._bump(who)  # before: a play must never hide behind a cached page
        try:
            return await self._sync("/sync/history", token, items)
        finally:
            self._bump(who)  # and after, for a page fetched meanwhile

    def _bump(self, who: str) -> None:
        """A new generation for this user's history pages; the least recently bumped users
        are forgotten past `GENERATIONS` (their pages expired long before, unless the bot
        adds over 2,000 plays a second)."""
        self._plays[who] = next(self._bumps)
        self._plays.move_to_end(who)
        while len(self._plays) > GENERATIONS:
            self._plays.popitem(last=False)

    async def rate(self, token: str, items_with_rating: Iterable[SyncItem]) -> SyncResult:
        """Rate items 1-10; every item needs a rating."""
        items = list(items_with_rating)
        if any(item.rating is None or not 1 <= item.rating <= 10 for item in items):
            raise ValueError("every rated item needs a rating from 1 to 10")
        return await self._sync("/sync/ratings", token, items)

    async def lists(self, user_slug_or_me: str, *, token: str | None = None) -> list[TraktList]:
        """A user's custom lists (`me` with a token includes private ones)."""
        response = await self.http.get(f"/users/{segment(user_slug_or_me)}/lists", token=token)
        return list(parse_list(response.data, TraktList.from_json))

    async def list_items(
        self,
        user: str,
        list_id: str | int,
        *,
        page: int = 1,
        limit: int = 10,
        token: str | None = None,
    ) -> Page[ListEntry]:
        """The items of one custom list."""
        path = f"/users/{segment(user)}/lists/{segment(list_id)}/items"
        return await self._page(path, page, limit, ListEntry.from_json, token)

    async def calendar(self, token: str, start: date, days: int = 7) -> list[CalendarEntry]:
        """Episodes of the user's shows airing from `start` (a UTC date) for `days` days
        (1–33), earliest first; one entry per episode (no `group=day`)."""
        path = f"/calendars/my/shows/{start.isoformat()}/{_calendar_days(days)}"
        return await self._calendar(token, path, CalendarEntry.from_json)

    async def calendar_movies(self, token: str, start: date, days: int = 7) -> list[MovieRelease]:
        """The user's movies (watched, collected, watchlisted) released from `start` for
        `days` days (1–33)."""
        path = f"/calendars/my/movies/{start.isoformat()}/{_calendar_days(days)}"
        return await self._calendar(token, path, MovieRelease.from_json)

    async def _calendar(
        self, token: str, path: str, parser: Callable[[Mapping[str, Any]], T]
    ) -> list[T]:
        """A calendar, cached `TTL_CALENDAR` seconds per person (by a hash of the token)."""

        async def fetch() -> tuple[T, ...]:
            response = await self.http.get(path, params={"extended": "full"}, token=token)
            return parse_list(response.data, parser)

        if self.personal is None:
            return list(await fetch())
        key = (token_key(token), path)
        return list(await self.personal.get_or_fetch(key, fetch, TTL_CALENDAR))

    # --- OAuth (device flow, code exchange, refresh, revoke) --------------------------

    async def device_code(self) -> DeviceCode:
        """Start the device flow."""
        response = await self.http.auth_post(
            "/oauth/device/code", {"client_id": self.http.client_id}, login=True
        )
        return parsed(DeviceCode.from_json, response)

    async def device_token(self, device_code: str) -> TokenSet:
        """Poll once. Raises BadRequest (== `Pending`: keep polling), NotFound, Conflict,
        Expired, Denied or RateLimited (poll slower); callers switch on the type."""
        body = {"code": device_code, **self._credentials()}
        return parsed(TokenSet.from_json, await self.http.auth_post("/oauth/device/token", body))

    async def exchange_code(self, code: str, *, redirect_uri: str = OOB_REDIRECT_URI) -> TokenSet:
        """Exchange an authorization code (or a PIN) for tokens."""
        body = {
            "code": code,
            "redirect_uri": redirect_uri,
            "grant_type": "authorization_code",
            **self._credentials(),
        }
        response = await self.http.auth_post("/oauth/token", body, login=True)
        return parsed(TokenSet.from_json, response)

    async def refresh(
        self, refresh_token: str, *, redirect_uri: str = OOB_REDIRECT_URI
    ) -> TokenSet:
        """Trade a (single-use) refresh token for a new pair; persist both at once.
        `invalid_grant` comes as BadRequest (2026) or Unauthorized (older API)."""
        body = {
            "refresh_token": refresh_token,
            "redirect_uri": redirect_uri,
            "grant_type": "refresh_token",
            **self._credentials(),
        }
        return parsed(TokenSet.from_json, await self.http.auth_post("/oauth/token", body))

    async def revoke(self, access_token: str) -> None:
        """Revoke an access token (unlinking the account)."""
        await self.http.auth_post("/oauth/revoke", {"token": access_token, **self._credentials()})

    # --- helpers -------------------------------------------------------------------------

    def _credentials(self) -> dict[str, str]:
        return {"client_id": self.http.client_id, "client_secret": self.http.client_secret}

    async def _cached(
        self,
        path: str,
        params: Mapping[str, str | int],
        ttl: float,
        fetch: Callable[[], Awaitable[T]],
    ) -> T:
        if self.cache is None:
            return await fetch()
        key = (path, tuple(sorted((name, str(value)) for name, value in params.items())))
        return await self.cache.get_or_fetch(key, fetch, ttl)

    async def _cached_page(
        self,
        path: str,
        page: int,
        limit: int,
        parser: Callable[[Mapping[str, Any]], T],
        *,
        token: str | None,
        ttl: float = TTL_LISTS,
        extra: Mapping[str, str] | None = None,
    ) -> Page[T]:
        page, limit = paging(page, limit)
        params: dict[str, str | int] = {"page": page, "limit": limit, "extended": "full"}
        params.update(extra or {})

        async def fetch() -> Page[T]:
            return to_page(await self.http.get(path, params=params, token=token), parser, params)

        return await self._cached(path, params, ttl, fetch)

    async def _page(
        self,
        path: str,
        page: int,
        limit: int,
        parser: Callable[[Mapping[str, Any]], T],
        token: str | None,
        extra: Mapping[str, str] | None = None,
    ) -> Page[T]:
        page, limit = paging(page, limit)
        params: dict[str, str | int] = {"page": page, "limit": limit, "extended": "full"}
        params.update(extra or {})
        return to_page(await self.http.get(path, params=params, token=token), parser, params)

    async def _sync(self, path: str, token: str, items: Iterable[SyncItem]) -> SyncResult:
        response = await self.http.post(path, json=sync_body(items), token=token)
        return SyncResult.from_json(response.data if isinstance(response.data, Mapping) else {})

    async def finished_show_ids(self, token: str) -> frozenset[int]:
        """Trakt ids of the shows whose every aired episode the user has watched (specials
        never count): one request, `/users/me/watched/shows` with seasons and full shows."""
        params: dict[str, str | int] = {"page": 1, "limit": MAX_LIMIT, "extended": "full"}
        response = await self.http.get("/users/me/watched/shows", params=params, token=token)
        rows = response.data if isinstance(response.data, list) else []
        return frozenset(found for found in map(_finished_show, rows) if found is not None)

    async def watched_ids(self, token: str, kind: MediaKind) -> frozenset[int]:
        """Trakt ids of every movie, or every show with a watched episode, the user has seen.

        One request: `/users/me/watched/{kind}` is not paginated on Trakt (it returns the
        whole library); `limit` is sent for servers that do page it. Shows come without
        their seasons (`extended=noseasons`), since only the ids matter here.
        """
        path = f"/users/me/watched/{check_kind(kind)}"
        params: dict[str, str | int] = {"page": 1, "limit": MAX_LIMIT}
        if kind == "shows":
            params["extended"] = "noseasons"
        response = await self.http.get(path, params=params, token=token)
        rows = response.data if isinstance(response.data, list) else []
        key = "movie" if kind == "movies" else "show"
        ids = (Ids.from_json(as_mapping(as_mapping(row).get(key)).get("ids", {})) for row in rows)
        return frozenset(found.trakt for found in ids if found.trakt is not None)


def _calendar_days(days: int) -> int:
    return max(1, min(days, CALENDAR_MAX_DAYS))


def _finished_show(row: object) -> int | None:
    """The show's Trakt id when a watched-shows row covers all its aired episodes."""
    data = as_mapping(row)
    show = as_mapping(data.get("show"))
    trakt_id = Ids.from_json(as_mapping(show.get("ids"))).trakt
    aired = show.get("aired_episodes")
    if trakt_id is None or not isinstance(aired, int) or aired <= 0:
        return None
    watched = {
        (season.get("number"), as_mapping(episode).get("number"))
        for season in map(as_mapping, data.get("seasons") or ())
        if isinstance(season.get("number"), int) and season.get("number") != 0
        for episode in season.get("episodes") or ()
    }
    return trakt_id if len(watched) >= aired else None
