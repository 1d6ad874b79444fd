"""Every real Trakt response sample in tests/trakt-samples parses into our models."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import httpx
import pytest

from bot.trakt import (
    BadRequest,
    CalendarEntry,
    Checkin,
    CheckinConflict,
    CheckinRunning,
    Conflict,
    DeviceCode,
    Episode,
    HistoryItem,
    ListEntry,
    Movie,
    Person,
    RateLimits,
    SearchResult,
    Season,
    Show,
    ShowProgress,
    SyncResult,
    TokenSet,
    TraktAPI,
    TraktHTTP,
    TraktList,
    TrendingItem,
    Unauthorized,
    UserSettings,
    WatchedItem,
    error_for,
    parse_list,
)
from tests.helpers import TRAKT_SAMPLES

SAMPLES = TRAKT_SAMPLES
SAMPLE_FILES = sorted(p.name for p in SAMPLES.glob("*.json"))

Check = Callable[[Any], Awaitable[None] | None]


def _error(status: int, data: Any) -> Any:
    request = httpx.Request("POST", "https://api.trakt.tv/oauth/token")
    return error_for(httpx.Response(status, json=data, request=request))


def check_calendar(data: Any) -> None:
    entries = parse_list(data, CalendarEntry.from_json)
    assert len(entries) == len(data) == 4
    assert all(e.show.title and e.episode.title and e.first_aired for e in entries)


def check_checkin_409(data: Any) -> None:
    error = _error(409, data)
    assert isinstance(error, CheckinRunning) and isinstance(error, Conflict)
    assert error.body is not None and error.expires_at is not None
    assert CheckinConflict.from_json(error.body).expires_at == error.expires_at


def check_checkin(data: Any) -> None:
    checkin = Checkin.from_json(data)
    assert isinstance(checkin.media, Episode) and checkin.media.title == "Pilot"
    assert checkin.show is not None and checkin.show.title == "Breaking Bad"
    assert checkin.id == 3373536620 and checkin.watched_at is not None


def check_episode_images(data: Any) -> None:
    episode = Episode.from_json(data)
    assert episode.title == "Trojan's Horse" and (episode.season, episode.number) == (2, 5)
    assert episode.images.screenshot is not None
    assert episode.images.screenshot.startswith("https://walter-r2.trakt.tv/")


def check_trending(kind: type[Movie] | type[Show]) -> Check:
    def check(data: Any) -> None:
        items = parse_list(data, TrendingItem.from_json)
        assert len(items) == len(data) > 0
        for item in items:
            assert isinstance(item.media, kind) and item.media.title and item.watchers > 0
            assert item.media.ids.trakt and item.media.genres and item.media.year

    return check


def check_device_code(data: Any) -> None:
    code = DeviceCode.from_json(data)
    assert code.user_code == "5055CC52" and code.interval == 5 and code.expires_in == 600
    assert code.device_code not in repr(code)


async def check_revoke(data: Any) -> None:
    http = TraktHTTP(
        api_url="https://api.test",
        auth_url="https://auth.test",
        client_id="cid",
        client_secret="secret",
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json=data)),
        limits=RateLimits.unlimited(),
    )
    async with http:
        await TraktAPI(http).revoke("access")  # 200 with {}: no error, nothing returned


def check_token(data: Any) -> None:
    token = TokenSet.from_json(data)
    assert token.expires_in == 7200 and token.scope == "public"
    assert token.expires_at.timestamp() == 1487889741 + 7200
    assert token.access_token not in repr(token) and token.refresh_token not in str(token)


def check_token_error_400(data: Any) -> None:
    error = _error(400, data)
    assert isinstance(error, BadRequest) and error.error == "invalid_grant"
    assert error.error_description == "session not found"


def check_token_error_401(data: Any) -> None:
    error = _error(401, data)
    assert isinstance(error, Unauthorized) and error.error == "invalid_grant"


def check_flat(kind: type[Movie] | type[Show]) -> Check:
    def check(data: Any) -> None:
        parser: Callable[[Mapping[str, Any]], Movie | Show] = kind.from_json
        items = parse_list(data, parser)
        assert len(items) == len(data) > 0
        assert all(item.title and item.ids.slug and item.year for item in items)

    return check


def check_search(data: Any) -> None:
    results = parse_list(data, SearchResult.from_json)
    assert len(results) == len(data) > 0
    for result in results:
        assert result.type in ("movie", "show", "episode", "person", "list")
        assert result.score > 0
        assert getattr(result.media, "title", None) or getattr(result.media, "name", None)
        assert (result.show is not None) == (result.type == "episode")


def check_mixed_search(data: Any) -> None:
    check_search(data)
    types = [result.type for result in parse_list(data, SearchResult.from_json)]
    assert types == ["movie", "show", "episode", "person", "list"]
    lst = parse_list(data, SearchResult.from_json)[-1].media
    assert isinstance(lst, TraktList) and lst.user_slug == "justin"


def check_show_images(data: Any) -> None:
    show = Show.from_json(data)
    assert show.title == "Severance" and show.ids.trakt == 154997
    for url in (show.images.poster, show.images.fanart, show.images.logo, show.images.thumb):
        assert url is not None and url.startswith("https://walter-r2.trakt.tv/images/")
    assert show.images.banner and show.images.clearart


def check_episode(data: Any) -> None:
    episode = Episode.from_json(data)
    assert episode.title and episode.number and episode.season is not None
    assert episode.ids.trakt and episode.first_aired is not None


def check_progress(data: Any) -> None:
    progress = ShowProgress.from_json(data)
    assert (progress.aired, progress.completed) == (10, 6)
    assert len(progress.seasons[0].episodes) == 10 and progress.seasons[0].episodes[0].completed
    assert progress.next_episode is not None and progress.next_episode.number == 7


def check_watched(data: Any) -> None:
    items = parse_list(data, WatchedItem.from_json)
    assert len(items) == len(data) > 0
    assert all(isinstance(i.media, Show) and i.media.title and i.play_count for i in items)
    first = items[0].media
    assert isinstance(first, Show) and first.airs.timezone == "America/New_York"


def check_history(data: Any) -> None:
    items = parse_list(data, HistoryItem.from_json)
    assert [item.action for item in items] == ["scrobble", "checkin", "watch"]
    assert all(item.show and item.show.title and item.watched_at for item in items)
    assert all(isinstance(item.media, Episode) and item.media.title for item in items)


def check_sync(added: str, count: int) -> Check:
    def check(data: Any) -> None:
        result = SyncResult.from_json(data)
        assert result.added[added] == count
        assert result.not_found["movies"] == 1

    return check


def check_watchlist(data: Any) -> None:
    entries = parse_list(data, ListEntry.from_json)
    assert [e.rank for e in entries] == [1, 2] and all(e.notes for e in entries)
    assert all(isinstance(e.media, Movie) and e.media.title for e in entries)


def check_list_items(data: Any) -> None:
    entries = parse_list(data, ListEntry.from_json)
    assert len(entries) == len(data)
    kinds = {e.type: type(e.media) for e in entries}
    expected = {"movie": Movie, "show": Show, "season": Season, "episode": Episode}
    assert all(kinds[name] is cls for name, cls in expected.items() if name in kinds)
    assert kinds.get("person", Person) is Person
    assert all(e.show is not None for e in entries if e.type in ("season", "episode"))


def check_lists(data: Any) -> None:
    lists = parse_list(data, TraktList.from_json)
    assert [lst.name for lst in lists] == ["Star Wars in machete order", "Vampires FTW"]
    assert lists[0].ids.slug == "star-wars-in-machete-order" and lists[0].item_count == 5


def check_settings(data: Any) -> None:
    settings = UserSettings.from_json(data)
    assert (settings.username, settings.slug, settings.vip) == ("justin", "justin", True)
    assert settings.timezone == "America/Los_Angeles" and settings.date_format == "mdy"
    assert settings.limit("watchlist") == 100 and settings.limit("list", "count") == 2


CHECKS: dict[str, Check] = {
    "calendars_my_shows.json": check_calendar,
    "checkin_409_already_checked_in.json": check_checkin_409,
    "checkin_episode.json": check_checkin,
    "episode_summary_extended_images.json": check_episode_images,
    "movies_trending.json": check_trending(Movie),
    "oauth_device_code.json": check_device_code,
    "oauth_revoke.json": check_revoke,
    "oauth_token.json": check_token,
    "oauth_token_error_400_session_not_found.json": check_token_error_400,
    "oauth_token_refresh_error_401_legacy.json": check_token_error_401,
    "recommendations_movies.json": check_flat(Movie),
    "recommendations_shows.json": check_flat(Show),
    "search_mixed_types.json": check_mixed_search,
    "search_movie.json": check_search,
    "search_show.json": check_search,
    "show_summary_extended_images.json": check_show_images,
    "shows_last_episode.json": check_episode,
    "shows_next_episode.json": check_episode,
    "shows_popular.json": check_flat(Show),
    "shows_progress_watched.json": check_progress,
    "shows_related.json": check_flat(Show),
    "shows_trending.json": check_trending(Show),
    "shows_watched_period.json": check_watched,
    "sync_history_episodes.json": check_history,
    "sync_history_post.json": check_sync("episodes", 72),
    "sync_ratings_post.json": check_sync("episodes", 2),
    "sync_watchlist_movies.json": check_watchlist,
    "sync_watchlist_post.json": check_sync("movies", 1),
    "users_list_items.json": check_list_items,
    "users_list_items_shows_2015.json": check_list_items,
    "users_lists.json": check_lists,
    "users_settings.json": check_settings,
}


def test_every_sample_has_a_check() -> None:
    assert SAMPLE_FILES, f"no Trakt samples at {SAMPLES}"
    unmapped = sorted(set(SAMPLE_FILES) - CHECKS.keys())
    assert not unmapped, f"samples without a parser check: {unmapped}"
    missing = sorted(CHECKS.keys() - set(SAMPLE_FILES))
    assert not missing, f"checks without a sample: {missing}"


def test_every_sample_names_its_source_in_the_readme() -> None:
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip() for line in readme.splitlines() if line.startswith("| ")}
    assert "Repository" in rows and "File" in rows  # the licence table and the file table
    unlisted = sorted(set(SAMPLE_FILES) - rows)
    assert not unlisted, f"samples the README does not credit: {unlisted}"


@pytest.mark.parametrize("name", SAMPLE_FILES)
async def test_sample_parses(name: str) -> None:
    data = json.loads((SAMPLES / name).read_text(encoding="utf-8"))
    check = CHECKS.get(name)
    assert check is not None, f"no check for {name}"
    result = check(data)
    if result is not None:
        await result
