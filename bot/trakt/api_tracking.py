"""Tracking endpoints of `TraktAPI`: up next, seasons and episodes, plays and their undo,
ratings, check-in, hidden items.

A mixin: `TraktAPI` inherits it and supplies `http`, `_cached` and `_bump` (`_Core`).
User data is never cached; every write goes through the per-token write limiter
(`TraktHTTP.post`/`delete`); writes that add or remove plays forget the person's cached
history pages.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import datetime
from typing import Any, Literal, Protocol, TypeVar

from bot.trakt.api_params import (
    check_kind,
    choice,
    flag,
    iso_utc,
    json_object,
    paging,
    segment,
    token_key,
)
from bot.trakt.errors import NotFound
from bot.trakt.http import TraktHTTP
from bot.trakt.models import Episode, Show
from bot.trakt.models_account import SyncItem, SyncResult, sync_body
from bot.trakt.models_lists import Checkin, HistoryItem, Page, ShowProgress, parse_list
from bot.trakt.models_notify import LastActivities, hidden_show_id
from bot.trakt.models_tracking import RatedItem, SeasonEpisodes, ShowEpisode, UpNextItem, Watching

T = TypeVar("T")

RatingKind = Literal["movies", "shows", "episodes"]
PlayKind = Literal["movies", "shows", "episodes"]
CheckinKind = Literal["movie", "episode"]

RATING_KINDS = ("movies", "shows", "episodes")
TTL_SEASONS = 600.0
UP_NEXT_MAX_PAGES = 10  # `up_next_all`: 10 pages of 100 shows is more than anyone follows
PLAYS_MAX_PAGES = 5
HIDDEN_LIMIT = 1000


class _Core(Protocol):
    """What the mixin needs from `TraktAPI`."""

    http: TraktHTTP

    async def _cached(
        self,
        path: str,
        params: Mapping[str, str | int],
        ttl: float,
        fetch: Callable[[], Awaitable[T]],
    ) -> T: ...

    def _bump(self, who: str) -> None: ...


class TrackingEndpoints:
    """Episode-level tracking (see the module docstring)."""

    # --- progress ------------------------------------------------------------------------

    async def up_next(
        self: _Core, token: str, *, page: int = 1, limit: int = 10
    ) -> Page[UpNextItem]:
        """One page of the person's shows in progress, most recent activity first.

        Trakt's X-Pagination-Item-Count is always 1337 here, so the counts are ignored:
        `has_next` is true exactly when the page came back full (a short page is the last).
        """
        return await _up_next_page(self, token, page, limit)

    async def up_next_all(
        self: _Core, token: str, *, limit: int = 100, max_pages: int = UP_NEXT_MAX_PAGES
    ) -> list[UpNextItem]:
        """Every show in progress: pages of `limit` until a short page, at most `max_pages`."""
        found: list[UpNextItem] = []
        for number in range(1, max(max_pages, 1) + 1):
            page = await _up_next_page(self, token, number, limit)
            found.extend(page.items)
            if not page.has_next:
                break
        return found

    async def show_progress(
        self: _Core,
        token: str,
        show_id: str | int,
        *,
        specials: bool = False,
        count_specials: bool = False,
        hidden: bool = False,
    ) -> ShowProgress:
        """The person's watched progress for one show (only aired episodes count).

        `specials` adds season 0; `count_specials` also counts it in the totals and the
        next episode; `hidden` includes seasons the person hid.
        """
        path = f"/shows/{segment(show_id)}/progress/watched"
        params: dict[str, str | int] = {
            "hidden": flag(hidden),
            "specials": flag(specials),
            "count_specials": flag(count_specials),
        }
        response = await self.http.get(path, params=params, token=token)
        return ShowProgress.from_json(json_object(response))

    # --- seasons and episodes (public, cached) ---------------------------------------------

    async def seasons(
        self: _Core, show_id: str | int, *, token: str | None = None
    ) -> list[SeasonEpisodes]:
        """A show's seasons with their episodes (season 0 = specials); [] when Trakt has none."""
        path = f"/shows/{segment(show_id)}/seasons"
        params = {"extended": "full,episodes"}

        async def fetch() -> list[SeasonEpisodes]:
            response = await self.http.get(path, params=params, token=token)
            return list(parse_list(response.data, SeasonEpisodes.from_json))

        return await self._cached(path, params, TTL_SEASONS, fetch)

    async def episode(
        self: _Core, show_id: str | int, season: int, number: int, *, token: str | None = None
    ) -> Episode:
        """One episode with `extended=full`."""
        path = (
            f"/shows/{segment(show_id)}/seasons/{segment(int(season))}"
            f"/episodes/{segment(int(number))}"
        )
        params = {"extended": "full"}

        async def fetch() -> Episode:
            response = await self.http.get(path, params=params, token=token)
            return Episode.from_json(json_object(response))

        return await self._cached(path, params, TTL_SEASONS, fetch)

    async def episode_by_id(self: _Core, trakt_id: int, *, token: str | None = None) -> ShowEpisode:
        """An episode and its show by the episode's Trakt id (`/search/trakt/{id}?type=episode`);
        NotFound when there is no such episode."""
        path = f"/search/trakt/{segment(int(trakt_id))}"
        params = {"type": "episode", "extended": "full"}

        async def fetch() -> ShowEpisode:
            response = await self.http.get(path, params=params, token=token)
            rows = response.data if isinstance(response.data, list) else []
            for row in rows:
                if not isinstance(row, Mapping):
                    continue
                episode, show = row.get("episode"), row.get("show")
                if isinstance(episode, Mapping) and isinstance(show, Mapping):
                    found = ShowEpisode(Show.from_json(show), Episode.from_json(episode))
                    if found.episode.ids.trakt == int(trakt_id):
                        return found
            raise NotFound(f"Trakt has no episode {int(trakt_id)}", status=404)

        return await self._cached(path, params, TTL_SEASONS, fetch)

    # --- plays -------------------------------------------------------------------------------

    async def plays(
        self: _Core,
        token: str,
        kind: PlayKind,
        trakt_id: int,
        *,
        start_at: datetime | None = None,
        end_at: datetime | None = None,
        limit: int = 100,
    ) -> list[HistoryItem]:
        """The person's plays of one movie, show or episode (`GET /sync/history/{type}/{id}`),
        newest first, optionally between two moments; never cached.

        To find the history ids of plays just added (to undo them), ask with `start_at` a
        little before the write; for plays logged at another time (`"released"`), compare
        the ids before and after the write.
        """
        path = _plays_path(kind, trakt_id)
        found: list[HistoryItem] = []
        _, limit = paging(1, limit)
        for number in range(1, PLAYS_MAX_PAGES + 1):
            params: dict[str, str | int] = {"page": number, "limit": limit}
            if start_at is not None:
                params["start_at"] = iso_utc(start_at)
            if end_at is not None:
                params["end_at"] = iso_utc(end_at)
            response = await self.http.get(path, params=params, token=token)
            found.extend(parse_list(response.data, HistoryItem.from_json))
            if not isinstance(response.data, list) or len(response.data) < limit:
                break
        return found

    async def has_played(self: _Core, token: str, kind: PlayKind, trakt_id: int) -> bool:
        """Whether the person has any play of a movie, show or episode: one page of one
        (`plays` with `limit=1` would page on through every play); never cached."""
        response = await self.http.get(
            _plays_path(kind, trakt_id), params={"page": 1, "limit": 1}, token=token
        )
        return bool(parse_list(response.data, HistoryItem.from_json))

    async def remove_history_ids(self: _Core, token: str, ids: Iterable[int]) -> SyncResult:
        """Remove exact plays by their history ids (`POST /sync/history/remove {ids}`)."""
        wanted = sorted({int(i) for i in ids})
        if not wanted:
            raise ValueError("no history ids to remove")
        who = token_key(token)
        self._bump(who)
        try:
            response = await self.http.post(
                "/sync/history/remove", json={"ids": wanted}, token=token
            )
        finally:
            self._bump(who)
        return SyncResult.from_json(response.data if isinstance(response.data, Mapping) else {})

    # --- ratings -----------------------------------------------------------------------------

    async def ratings(self: _Core, token: str, kind: RatingKind | None = None) -> list[RatedItem]:
        """Every rating the person gave to movies, shows or episodes (newest first); all of
        them in one request without `kind`."""
        path = "/sync/ratings"
        params: dict[str, str | int] = {}
        if kind is not None:
            path += f"/{choice(kind, RATING_KINDS, 'kind')}"
            params["extended"] = "full"
        response = await self.http.get(path, params=params, token=token)
        return list(parse_list(response.data, RatedItem.from_json))

    async def remove_ratings(self: _Core, token: str, items: Iterable[SyncItem]) -> SyncResult:
        """Remove the person's ratings of these items (`POST /sync/ratings/remove`)."""
        plain = [SyncItem(item.kind, item.trakt_id) for item in items]
        response = await self.http.post("/sync/ratings/remove", json=sync_body(plain), token=token)
        return SyncResult.from_json(response.data if isinstance(response.data, Mapping) else {})

    # --- check-in ------------------------------------------------------------------------------

    async def checkin(self: _Core, token: str, kind: CheckinKind, trakt_id: int) -> Checkin:
        """Check in to a movie or an episode now (any 2xx is success).

        Raises `CheckinRunning` (a `Conflict`, with `expires_at`) while another check-in
        runs. A check-in records a play, so the person's cached history is forgotten.
        """
        section = choice(kind, ("movie", "episode"), "kind")
        body: dict[str, Any] = {section: {"ids": {"trakt": int(trakt_id)}}}
        who = token_key(token)
        self._bump(who)
        try:
            response = await self.http.post("/checkin", json=body, token=token)
        finally:
            self._bump(who)
        return Checkin.from_json(json_object(response))

    async def cancel_checkin(self: _Core, token: str) -> None:
        """Cancel the running check-in, if any (`DELETE /checkin`, 204)."""
        who = token_key(token)
        try:
            await self.http.delete("/checkin", token=token)
        finally:
            self._bump(who)

    async def watching(self: _Core, token: str) -> Watching | None:
        """What the person is checked in to or scrobbling now; None (204) for nothing."""
        response = await self.http.get(
            "/users/me/watching", params={"extended": "full"}, token=token
        )
        if not isinstance(response.data, Mapping):
            return None
        return Watching.from_json(response.data)

    # --- notifications: what changed, shows hidden from progress ---------------------------------
    async def last_activities(self: _Core, token: str) -> LastActivities:
        """When the person last watched, hid or dropped something, or changed settings."""
        response = await self.http.get("/sync/last_activities", token=token)
        return LastActivities.from_json(json_object(response))

    async def hidden_show_ids(self: _Core, token: str) -> frozenset[int]:
        """Shows the person hid from progress or dropped (`/users/hidden/progress_watched`,
        first page of `HIDDEN_LIMIT`: enough for anyone's notifications)."""
        params: dict[str, str | int] = {"type": "show", "limit": HIDDEN_LIMIT}
        response = await self.http.get("/users/hidden/progress_watched", params=params, token=token)
        rows = response.data if isinstance(response.data, list) else []
        found = (hidden_show_id(row) for row in rows if isinstance(row, Mapping))
        return frozenset(show_id for show_id in found if show_id)

    # --- hidden items ----------------------------------------------------------------------------

    async def unhide_recommendation(
        self: _Core, token: str, kind: Literal["shows", "movies"], trakt_id: int
    ) -> SyncResult:
        """Recommend a hidden movie or show again (`POST /users/hidden/recommendations/remove`)."""
        body = {check_kind(kind): [{"ids": {"trakt": int(trakt_id)}}]}
        response = await self.http.post(
            "/users/hidden/recommendations/remove", json=body, token=token
        )
        return SyncResult.from_json(response.data if isinstance(response.data, Mapping) else {})


async def _up_next_page(core: _Core, token: str, page: int, limit: int) -> Page[UpNextItem]:
    page, limit = paging(page, limit)
    params: dict[str, str | int] = {"page": page, "limit": limit, "extended": "full"}
    response = await core.http.get("/sync/progress/up_next", params=params, token=token)
    raw = len(response.data) if isinstance(response.data, list) else 0
    full = raw >= limit
    return Page(
        items=parse_list(response.data, UpNextItem.from_json),
        page=page,
        limit=limit,
        page_count=page + 1 if full else page,
        item_count=(page - 1) * limit + raw,
    )


__all__ = ["CheckinKind", "PlayKind", "RatingKind", "TrackingEndpoints"]


def _plays_path(kind: PlayKind, trakt_id: int) -> str:
    return f"/sync/history/{choice(kind, RATING_KINDS, 'kind')}/{segment(int(trakt_id))}"
