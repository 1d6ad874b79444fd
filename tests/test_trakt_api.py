"""TraktAPI: paths, parameters, bodies, caching and OAuth, against a fake transport."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest

from bot.trakt import (
    BadRequest,
    Conflict,
    Denied,
    Episode,
    Expired,
    Movie,
    NotFound,
    Pending,
    RateLimited,
    RateLimits,
    RetryPolicy,
    Show,
    SyncItem,
    TraktAPI,
    TraktError,
    TraktHTTP,
    TTLCache,
    Unauthorized,
    escape_query,
)
from bot.trakt.api import TTL_CALENDAR, TTL_HISTORY
from tests.helpers import Clock

SHOW = {"title": "Dark", "year": 2017, "ids": {"trakt": 1, "slug": "dark"}}
MOVIE = {"title": "Heat", "year": 1995, "ids": {"trakt": 2, "slug": "heat-1995"}}
TOKEN_JSON = {
    "access_token": "new-access",
    "refresh_token": "new-refresh",
    "expires_in": 604800,
    "created_at": 1_700_000_000,
    "scope": "public",
    "token_type": "bearer",
}


class FakeTrakt:
    """Answers every request with `answer(request)`; records requests."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer or (lambda request: httpx.Response(200, json=[]))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def params(self, index: int = -1) -> dict[str, str]:
        return dict(self.requests[index].url.params)

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


def make_api(
    fake: FakeTrakt, cache: TTLCache | None = None, personal: TTLCache | None = None
) -> TraktAPI:
    async def no_sleep(_: float) -> None:
        return None

    http = TraktHTTP(
        api_url="https://api.test",
        auth_url="https://auth.test",
        client_id="cid",
        client_secret="csecret",
        transport=httpx.MockTransport(fake),
        retry=RetryPolicy(sleep=no_sleep),
        limits=RateLimits.unlimited(),
    )
    return TraktAPI(http, cache, personal)


def reply(status: int = 200, body: Any = None, **headers: str) -> Callable[..., httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        if body is None:
            return httpx.Response(status, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return answer


# --- public catalogue -----------------------------------------------------------------


async def test_trending_sends_paging_and_parses_page() -> None:
    headers = {
        "x-pagination-page": "2",
        "x-pagination-limit": "2",
        "x-pagination-page-count": "4",
        "x-pagination-item-count": "8",
    }
    body = [{"watchers": 5, "show": SHOW}, {"watchers": "3", "show": SHOW}]
    fake = FakeTrakt(lambda request: httpx.Response(200, json=body, headers=headers))
    page = await make_api(fake).trending("shows", page=2, limit=2)
    assert fake.last.url.path == "/shows/trending"
    assert fake.params() == {"page": "2", "limit": "2", "extended": "full"}
    assert [item.watchers for item in page.items] == [5, 3]
    assert (page.page, page.limit, page.page_count, page.item_count) == (2, 2, 4, 8)
    assert page.has_next and page.has_prev


async def test_page_without_headers_is_derived() -> None:
    fake = FakeTrakt(reply(body=[MOVIE] * 3))
    page = await make_api(fake).popular("movies", limit=3)
    assert all(isinstance(movie, Movie) for movie in page.items)
    assert (page.page, page.limit, page.page_count, page.item_count) == (1, 3, 1, 3)
    assert page.has_next  # a full page: maybe more


ListCall = Callable[[TraktAPI], Awaitable[Any]]
LIST_CALLS: dict[str, ListCall] = {
    "trending": lambda api: api.trending("movies"),
    "popular": lambda api: api.popular("shows"),
    "watched": lambda api: api.watched("shows", "monthly"),
    "search": lambda api: api.search("dark"),
    "related": lambda api: api.related("shows", "dark"),
    "history": lambda api: api.history("tok"),
    "recommendations": lambda api: api.recommendations("tok", "movies"),
    "watchlist": lambda api: api.watchlist("tok"),
    "list_items": lambda api: api.list_items("me", "favs", token="tok"),
}


@pytest.mark.parametrize("name", sorted(LIST_CALLS))
async def test_list_endpoints_always_send_limit_and_extended(name: str) -> None:
    fake = FakeTrakt()
    await LIST_CALLS[name](make_api(fake))
    params = fake.params()
    assert params["limit"] == "10" and params["extended"] == "full"


@pytest.mark.parametrize(("limit", "sent"), [(0, "1"), (-5, "1"), (10_000, "250")])
async def test_limit_is_clamped(limit: int, sent: str) -> None:
    fake = FakeTrakt()
    await make_api(fake).trending("movies", page=0, limit=limit)
    assert fake.params()["limit"] == sent and fake.params()["page"] == "1"


async def test_watched_path_and_bad_period() -> None:
    fake = FakeTrakt(reply(body=[{"watcher_count": 1, "play_count": 2, "show": SHOW}]))
    page = await make_api(fake).watched("shows", "yearly")
    assert fake.last.url.path == "/shows/watched/yearly" and page.items[0].play_count == 2
    with pytest.raises(ValueError):
        await make_api(fake).watched("shows", "hourly")  # type: ignore[arg-type]


async def test_unknown_kind_is_rejected_before_any_request() -> None:
    fake = FakeTrakt()
    with pytest.raises(ValueError):
        await make_api(fake).trending("people")  # type: ignore[arg-type]
    assert fake.requests == []


@pytest.mark.parametrize(
    ("query", "escaped"),
    [
        ("dark", "dark"),
        ("  the   office ", "the office"),
        ("a+b-c", r"a\+b\-c"),
        ("x && y || !z", r"x \&\& y \|\| \!z"),
        ('(1){2}[3]^"4"~5*6?7:8/9', r"\(1\)\{2\}\[3\]\^\"4\"\~5\*6\?7\:8\/9"),
        ("back\\slash", "back\\\\slash"),
    ],
)
def test_escape_query(query: str, escaped: str) -> None:
    assert escape_query(query) == escaped


def test_escape_query_trims_long_queries() -> None:
    assert len(escape_query("a" * 5000)) == 200
    assert escape_query("+" * 300) == "\\+" * 200


async def test_search_path_params_and_results() -> None:
    body = [{"type": "show", "score": 9.5, "show": SHOW}, {"type": "alien", "alien": {}}]
    fake = FakeTrakt(reply(body=body))
    page = await make_api(fake).search("Dark: (2017)", types=("show", "episode"), page=2, limit=5)
    assert fake.last.url.path == "/search/show,episode"
    assert fake.params()["query"] == r"Dark\: \(2017\)"
    assert (fake.params()["page"], fake.params()["limit"]) == ("2", "5")
    assert len(page.items) == 1 and isinstance(page.items[0].media, Show)


async def test_empty_search_sends_nothing() -> None:
    fake = FakeTrakt()
    page = await make_api(fake).search("   ")
    assert page.items == () and fake.requests == []


async def test_summary_is_cached_across_tokens() -> None:
    fake = FakeTrakt(reply(body=SHOW))
    api = make_api(fake, TTLCache())
    first = await api.summary("shows", "dark", token="alice")
    second = await api.summary("shows", "dark", token="bob")
    assert first == second and isinstance(first, Show) and len(fake.requests) == 1
    assert fake.params() == {"extended": "full"}
    assert fake.last.headers["authorization"] == "Bearer alice"


async def test_cached_pages_key_on_params() -> None:
    fake = FakeTrakt()
    api = make_api(fake, TTLCache())
    await api.trending("shows", page=1)
    await api.trending("shows", page=1, token="t")
    await api.trending("shows", page=2)
    assert len(fake.requests) == 2


async def test_user_endpoints_are_not_cached() -> None:
    fake = FakeTrakt()
    api = make_api(fake, TTLCache())
    await api.watchlist("tok")
    await api.watchlist("tok")
    assert len(fake.requests) == 2


async def test_id_is_one_encoded_path_segment() -> None:
    fake = FakeTrakt(reply(body=MOVIE))
    await make_api(fake).summary("movies", "../users/me")
    assert fake.last.url.raw_path.startswith(b"/movies/..%2Fusers%2Fme")
    with pytest.raises(ValueError):
        await make_api(fake).summary("movies", " ")


async def test_summary_without_object_is_an_error() -> None:
    fake = FakeTrakt(reply(body=[1, 2]))
    with pytest.raises(TraktError):
        await make_api(fake).summary("movies", 1)


async def test_related_returns_list() -> None:
    fake = FakeTrakt(reply(body=[SHOW, SHOW]))
    shows = await make_api(fake).related("shows", 1390, limit=2)
    assert fake.last.url.path == "/shows/1390/related" and fake.params()["limit"] == "2"
    assert len(shows) == 2 and all(isinstance(show, Show) for show in shows)


async def test_next_episode_204_is_none() -> None:
    fake = FakeTrakt(reply(204))
    assert await make_api(fake).next_episode("dark") is None
    assert fake.last.url.path == "/shows/dark/next_episode"


async def test_next_episode_parses() -> None:
    fake = FakeTrakt(reply(body={"season": 1, "number": 2, "title": "Lies"}))
    episode = await make_api(fake).next_episode(1)
    assert isinstance(episode, Episode) and episode.title == "Lies"


async def test_translations() -> None:
    body = [{"title": "Dunkel", "overview": "…", "language": "de", "country": "de"}]
    fake = FakeTrakt(reply(body=body))
    translations = await make_api(fake).translations("shows", "dark", "de")
    assert fake.last.url.path == "/shows/dark/translations/de"
    assert translations[0].title == "Dunkel" and translations[0].language == "de"


# --- user endpoints --------------------------------------------------------------------


async def test_user_settings_sends_token() -> None:
    fake = FakeTrakt(reply(body={"user": {"username": "sean", "ids": {"slug": "sean"}}}))
    settings = await make_api(fake).user_settings("tok")
    assert settings.slug == "sean" and fake.last.headers["authorization"] == "Bearer tok"


async def test_history_pages_are_kept_briefly_per_user() -> None:
    fake = FakeTrakt(reply(body=[]))
    clock = Clock(100.0)
    api = make_api(fake, TTLCache(), personal=TTLCache(clock=clock))
    await api.history("tok-a")
    await api.history("tok-a")
    assert len(fake.requests) == 1  # the same page within TTL_HISTORY
    await api.history("tok-b")
    await api.history("tok-a", page=2)
    await api.history("tok-a", kind="movies")
    assert len(fake.requests) == 4  # another user, page or kind is another entry
    assert all("tok-a" not in repr(key) for key in api.personal._entries)  # type: ignore[union-attr]
    clock.now += TTL_HISTORY
    await api.history("tok-a")
    assert len(fake.requests) == 5


async def test_a_play_added_here_forgets_that_users_history() -> None:
    fake = FakeTrakt(reply(body={"added": {"movies": 1}}))
    api = make_api(fake, TTLCache())
    await api.history("tok-a")
    await api.history("tok-b")
    await api.add_to_history("tok-a", [SyncItem("movie", 1)])
    await api.history("tok-a")
    await api.history("tok-b")
    paths = [r.url.path for r in fake.requests]
    assert paths == ["/sync/history"] * 4  # GET a, GET b, POST, GET a again; b is kept


async def test_history_with_a_period_is_not_kept() -> None:
    fake = FakeTrakt(reply(body=[]))
    api = make_api(fake, TTLCache())
    start = datetime(2026, 1, 1, tzinfo=UTC)
    await api.history("tok", start_at=start)
    await api.history("tok", start_at=start)
    assert len(fake.requests) == 2


async def test_history_path_and_dates() -> None:
    fake = FakeTrakt()
    start = datetime(2026, 1, 1, tzinfo=UTC)
    await make_api(fake).history("tok", kind="episodes", start_at=start, page=3, limit=25)
    assert fake.last.url.path == "/sync/history/episodes"
    params = fake.params()
    assert params["start_at"] == "2026-01-01T00:00:00.000Z" and "end_at" not in params
    assert (params["page"], params["limit"]) == ("3", "25")


async def test_recommendations_flags() -> None:
    fake = FakeTrakt(reply(body=[MOVIE]))
    movies = await make_api(fake).recommendations("tok", "movies", ignore_collected=True, limit=5)
    assert fake.last.url.path == "/recommendations/movies"
    params = fake.params()
    assert (params["ignore_collected"], params["ignore_watchlisted"]) == ("true", "false")
    assert params["limit"] == "5" and isinstance(movies[0], Movie)


async def test_hide_recommendation_deletes() -> None:
    fake = FakeTrakt(reply(204))
    await make_api(fake).hide_recommendation("tok", "shows", 42)
    assert (fake.last.method, fake.last.url.path) == ("DELETE", "/recommendations/shows/42")


@pytest.mark.parametrize(
    ("kind", "sort", "path"),
    [
        (None, "rank", "/sync/watchlist/all/rank"),
        ("movies", "added", "/sync/watchlist/movies/added"),
        ("shows", "title", "/sync/watchlist/shows/title"),
    ],
)
async def test_watchlist_path(kind: Any, sort: Any, path: str) -> None:
    fake = FakeTrakt()
    await make_api(fake).watchlist("tok", kind, sort=sort)
    assert fake.last.url.path == path


async def test_add_to_watchlist_body_and_result() -> None:
    result_body = {"added": {"movies": 1, "shows": 1}, "existing": {"movies": 0}}
    fake = FakeTrakt(reply(201, result_body))
    items = [SyncItem("movie", 2), SyncItem("show", 1)]
    result = await make_api(fake).add_to_watchlist("tok", items)
    assert (fake.last.method, fake.last.url.path) == ("POST", "/sync/watchlist")
    assert fake.body() == {"movies": [{"ids": {"trakt": 2}}], "shows": [{"ids": {"trakt": 1}}]}
    assert result.total_added == 2 and fake.last.headers["authorization"] == "Bearer tok"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("remove_from_watchlist", "/sync/watchlist/remove"),
        ("add_to_history", "/sync/history"),
    ],
)
async def test_sync_paths(method: str, path: str) -> None:
    fake = FakeTrakt(reply(201, {"added": {"episodes": 1}}))
    await getattr(make_api(fake), method)("tok", [SyncItem("episode", 9)])
    assert fake.last.url.path == path and fake.body() == {"episodes": [{"ids": {"trakt": 9}}]}


async def test_rate_needs_ratings() -> None:
    fake = FakeTrakt(reply(201, {"added": {"movies": 1}}))
    await make_api(fake).rate("tok", [SyncItem("movie", 2, rating=9)])
    assert fake.last.url.path == "/sync/ratings"
    assert fake.body() == {"movies": [{"ids": {"trakt": 2}, "rating": 9}]}
    for bad in (None, 0, 11):
        with pytest.raises(ValueError):
            await make_api(fake).rate("tok", [SyncItem("movie", 2, rating=bad)])


async def test_lists_and_list_items() -> None:
    fake = FakeTrakt(reply(body=[{"name": "Favs", "ids": {"trakt": 5, "slug": "favs"}}]))
    lists = await make_api(fake).lists("me", token="tok")
    assert fake.last.url.path == "/users/me/lists" and lists[0].name == "Favs"
    fake.answer = reply(body=[{"rank": 1, "type": "movie", "movie": MOVIE}])
    page = await make_api(fake).list_items("sean", 5, page=2, limit=20)
    assert fake.last.url.path == "/users/sean/lists/5/items"
    assert fake.params()["page"] == "2" and page.items[0].rank == 1


async def test_show_progress_and_calendar() -> None:
    fake = FakeTrakt(reply(body={"aired": 3, "completed": 1}))
    progress = await make_api(fake).show_progress("tok", "dark")
    assert fake.last.url.path == "/shows/dark/progress/watched" and progress.aired == 3
    fake.answer = reply(body=[{"first_aired": "2026-01-01T00:00:00Z", "episode": {}, "show": SHOW}])
    entries = await make_api(fake).calendar("tok", date(2026, 1, 1), days=7)
    assert fake.last.url.path == "/calendars/my/shows/2026-01-01/7"
    assert entries[0].show.title == "Dark"


async def test_movie_calendar_and_the_33_day_limit() -> None:
    rows = [
        {"released": "2026-01-03", "movie": MOVIE},
        {"released": None, "movie": {**MOVIE, "released": "2026-01-04"}},
        {"released": "2026-01-05"},  # no movie: skipped
    ]
    fake = FakeTrakt(reply(body=rows))
    api = make_api(fake)
    releases = await api.calendar_movies("tok", date(2026, 1, 1), days=40)
    assert fake.last.url.path == "/calendars/my/movies/2026-01-01/33"
    assert fake.params()["extended"] == "full"
    assert [(r.movie.title, r.released) for r in releases] == [
        ("Heat", date(2026, 1, 3)),
        ("Heat", date(2026, 1, 4)),  # the movie's own date when the entry has none
    ]
    await api.calendar("tok", date(2026, 1, 1), days=0)
    assert fake.last.url.path == "/calendars/my/shows/2026-01-01/1"


async def test_a_calendar_is_cached_briefly_per_person() -> None:
    clock = Clock()
    fake = FakeTrakt(reply(body=[]))
    api = make_api(fake, TTLCache(), personal=TTLCache(clock=clock))
    start = date(2026, 1, 1)
    await api.calendar("tok", start, 9)
    await api.calendar("tok", start, 9)
    await api.calendar_movies("tok", start, 7)
    await api.calendar_movies("tok", start, 7)
    assert len(fake.requests) == 2
    await api.calendar("other", start, 9)  # someone else's calendar
    assert len(fake.requests) == 3
    clock.now += TTL_CALENDAR
    await api.calendar("tok", start, 9)
    assert len(fake.requests) == 4


# --- OAuth -----------------------------------------------------------------------------


async def test_device_code() -> None:
    body = {
        "device_code": "dc",
        "user_code": "ABCD1234",
        "verification_url": "https://trakt.tv/activate",
        "expires_in": 600,
        "interval": 5,
    }
    fake = FakeTrakt(reply(body=body))
    code = await make_api(fake).device_code()
    assert str(fake.last.url) == "https://auth.test/oauth/device/code"
    assert fake.body() == {"client_id": "cid"}
    assert code.user_code == "ABCD1234" and code.device_code == "dc"


async def test_device_token_success() -> None:
    fake = FakeTrakt(reply(body=TOKEN_JSON))
    token = await make_api(fake).device_token("dc")
    assert str(fake.last.url) == "https://auth.test/oauth/device/token"
    assert fake.body() == {"code": "dc", "client_id": "cid", "client_secret": "csecret"}
    assert token.access_token == "new-access" and token.refresh_token == "new-refresh"


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, Pending),
        (404, NotFound),
        (409, Conflict),
        (410, Expired),
        (418, Denied),
        (429, RateLimited),
    ],
)
async def test_device_token_poll_statuses(status: int, error: type[TraktError]) -> None:
    fake = FakeTrakt(reply(status))
    with pytest.raises(error):
        await make_api(fake).device_token("dc")
    assert len(fake.requests) == 1  # never retried, even on 429


async def test_exchange_code() -> None:
    fake = FakeTrakt(reply(body=TOKEN_JSON))
    await make_api(fake).exchange_code("PIN123")
    assert str(fake.last.url) == "https://auth.test/oauth/token"
    assert fake.body() == {
        "code": "PIN123",
        "redirect_uri": "urn:ietf:wg:oauth:2.0:oob",
        "grant_type": "authorization_code",
        "client_id": "cid",
        "client_secret": "csecret",
    }


async def test_refresh() -> None:
    fake = FakeTrakt(reply(body=TOKEN_JSON))
    token = await make_api(fake).refresh("old-refresh")
    body = fake.body()
    assert body["grant_type"] == "refresh_token" and body["refresh_token"] == "old-refresh"
    assert token.expires_in == 604800


@pytest.mark.parametrize(("status", "error"), [(400, BadRequest), (401, Unauthorized)])
async def test_refresh_invalid_grant(status: int, error: type[TraktError]) -> None:
    body = {"error": "invalid_grant", "error_description": "session not found"}
    fake = FakeTrakt(reply(status, body))
    with pytest.raises(error) as info:
        await make_api(fake).refresh("old-refresh")
    assert getattr(info.value, "error", None) == "invalid_grant"
    assert "old-refresh" not in str(info.value)


async def test_malformed_token_answer_is_trakt_error() -> None:
    fake = FakeTrakt(reply(body={"access_token": "only"}))
    with pytest.raises(TraktError) as info:
        await make_api(fake).refresh("r")
    assert "only" not in str(info.value)


async def test_revoke() -> None:
    fake = FakeTrakt(reply(body={}))
    await make_api(fake).revoke("access")
    assert str(fake.last.url) == "https://auth.test/oauth/revoke"
    assert fake.body() == {"token": "access", "client_id": "cid", "client_secret": "csecret"}


async def test_play_generations_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bot.trakt.api.GENERATIONS", 2)
    fake = FakeTrakt(reply(body={"added": {"movies": 1}}))
    api = make_api(fake, TTLCache())
    for token in ("a", "b", "c"):
        await api.add_to_history(token, [SyncItem("movie", 1)])
    assert len(api._plays) == 2
