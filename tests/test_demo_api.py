"""The demo Trakt's API through httpx.MockTransport: validation, shapes, user data."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import httpx
import pytest

from bot.demo import DemoTrakt, mock_transport

HEADERS = {"User-Agent": "TestBot/1.0", "trakt-api-key": "demo-client-id", "trakt-api-version": "2"}
NOW = datetime(2025, 6, 15, 12, 0, tzinfo=UTC).timestamp()


@pytest.fixture
def demo() -> DemoTrakt:
    return DemoTrakt(clock=lambda: NOW)


@pytest.fixture
async def api(demo: DemoTrakt) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=mock_transport(demo), base_url="https://api.trakt.tv", headers=HEADERS
    ) as client:
        yield client


def bearer(demo: DemoTrakt, username: str = "demo") -> dict[str, str]:
    return {"Authorization": f"Bearer {demo.issue_token(username)['access_token']}"}


# ---- validation ---------------------------------------------------------------------------
async def test_missing_user_agent_is_a_cloudflare_html_403(api: httpx.AsyncClient) -> None:
    response = await api.get("/shows/trending", headers={"User-Agent": ""})
    assert response.status_code == 403
    assert response.headers["content-type"].startswith("text/html")
    assert "x-runtime" not in response.headers
    assert "Sorry, you have been blocked" in response.text


@pytest.mark.parametrize("key", [None, "wrong-client-id"])
async def test_bad_api_key_is_a_json_403(demo: DemoTrakt, key: str | None) -> None:
    headers = {"User-Agent": "t", "trakt-api-version": "2"}
    if key:
        headers["trakt-api-key"] = key
    async with httpx.AsyncClient(transport=mock_transport(demo), base_url="http://d") as client:
        response = await client.get("/shows/trending", headers=headers)
    assert response.status_code == 403
    assert response.json()["error"] == "forbidden"
    assert "x-runtime" in response.headers and "x-request-id" in response.headers


async def test_wrong_api_version_is_rejected(api: httpx.AsyncClient) -> None:
    assert (await api.get("/shows/trending", headers={"trakt-api-version": "1"})).status_code == 400


async def test_unknown_path_and_method(api: httpx.AsyncClient, demo: DemoTrakt) -> None:
    missing = await api.get("/no/such/thing")
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"
    assert (await api.get("/shows/no-such-show")).status_code == 404
    assert (await api.put("/shows/trending", json={})).status_code == 405
    assert (await api.post("/checkin", json={}, headers=bearer(demo))).status_code == 404


async def test_json_headers_on_every_answer(api: httpx.AsyncClient) -> None:
    response = await api.get("/movies/inception-2010", params={"extended": "full"})
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    assert float(response.headers["x-runtime"]) >= 0
    assert len(response.headers["x-request-id"]) == 36


async def test_post_needs_json_content_type(api: httpx.AsyncClient, demo: DemoTrakt) -> None:
    response = await api.post(
        "/sync/history",
        content=b"movies=1",
        headers={**bearer(demo), "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 412


async def test_invalid_json_body_is_400(api: httpx.AsyncClient, demo: DemoTrakt) -> None:
    response = await api.post(
        "/sync/history",
        content=b"{nope",
        headers={**bearer(demo), "Content-Type": "application/json"},
    )
    assert response.status_code == 400


# ---- media ----------------------------------------------------------------------------------
async def test_summary_minimal_and_full(api: httpx.AsyncClient) -> None:
    minimal = (await api.get("/shows/breaking-bad")).json()
    assert set(minimal) == {"title", "year", "ids"}
    full = (await api.get("/shows/1388", params={"extended": "full"})).json()
    assert full["network"] == "AMC" and full["status"] == "ended"
    assert full["images"]["poster"][0].startswith("walter-r2.trakt.tv/")


async def test_trending_popular_watched_shapes(api: httpx.AsyncClient) -> None:
    trending = (await api.get("/movies/trending", params={"extended": "full"})).json()
    assert set(trending[0]) == {"watchers", "movie"} and "overview" in trending[0]["movie"]
    assert [r["watchers"] for r in trending] == sorted(
        (r["watchers"] for r in trending), reverse=True
    )
    popular = (await api.get("/shows/popular")).json()
    assert set(popular[0]) == {"title", "year", "ids"}
    watched = (await api.get("/shows/watched/weekly")).json()
    assert set(watched[0]) == {
        "watcher_count",
        "play_count",
        "collected_count",
        "collector_count",
        "show",
    }
    again = (await api.get("/shows/watched/weekly")).json()
    assert watched == again
    assert (await api.get("/shows/watched/fortnightly")).status_code == 404


async def test_next_and_last_episode(api: httpx.AsyncClient) -> None:
    ended = await api.get("/shows/breaking-bad/next_episode")
    assert ended.status_code == 204 and ended.content == b""
    assert "content-type" not in ended.headers
    last = (await api.get("/shows/breaking-bad/last_episode", params={"extended": "full"})).json()
    assert (last["season"], last["number"]) == (5, 16)
    airing = await api.get("/shows/the-bear/next_episode", params={"extended": "full"})
    assert airing.status_code == 200 and airing.json()["first_aired"] > "2025-06-15"


async def test_seasons_and_episode(api: httpx.AsyncClient) -> None:
    seasons = (
        await api.get("/shows/severance/seasons", params={"extended": "full,episodes"})
    ).json()
    assert [s["number"] for s in seasons] == [1, 2]
    assert seasons[0]["episodes"][0]["title"] == "Good News About Hell"
    assert seasons[0]["episode_count"] == 9
    episode = (
        await api.get("/shows/severance/seasons/1/episodes/9", params={"extended": "full"})
    ).json()
    assert episode["title"] == "The We We Are" and episode["images"]["screenshot"]
    assert (await api.get("/shows/severance/seasons/9/episodes/1")).status_code == 404


async def test_related_and_translations(api: httpx.AsyncClient) -> None:
    related = (await api.get("/movies/inception-2010/related")).json()
    assert related and all(m["ids"]["slug"] != "inception-2010" for m in related)
    russian = (await api.get("/shows/breaking-bad/translations/ru")).json()
    assert russian[0]["title"] == "Во все тяжкие" and russian[0]["language"] == "ru"
    assert (await api.get("/shows/friends/translations/ru")).json() == []


# ---- search ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("types", "query", "expected"),
    [
        ("movie", "جدایی نادر", "a-separation-2011"),
        ("show", "פאודה", "fauda"),
        ("movie", "千と千尋", "spirited-away-2001"),
        ("show", "나의 아저씨", "my-mister"),
        ("movie", r"Dune\: Part Two", "dune-part-two-2024"),
        ("show", "tom & jerry <classic>", "tom-jerry-classic"),
        ("movie,show", "dark", "dark"),
        ("show", "SEVERANCE", "severance"),
    ],
)
async def test_search_finds(api: httpx.AsyncClient, types: str, query: str, expected: str) -> None:
    response = await api.get(f"/search/{types}", params={"query": query})
    assert response.status_code == 200
    first = response.json()[0]
    assert first[first["type"]]["ids"]["slug"] == expected
    assert isinstance(first["score"], float)


async def test_search_scores_best_first_and_mixed_types(api: httpx.AsyncClient) -> None:
    rows = (
        await api.get(
            "/search/movie,show,episode,person,list", params={"query": "mind", "limit": 50}
        )
    ).json()
    scores = [r["score"] for r in rows]
    assert scores == sorted(scores, reverse=True)
    assert "list" in {r["type"] for r in rows}
    people = (await api.get("/search/person", params={"query": "봉준호"})).json()
    assert people[0]["person"]["ids"]["slug"] == "bong-joon-ho"
    episodes = (await api.get("/search/episode", params={"query": "Good News About Hell"})).json()
    assert episodes[0]["episode"]["title"] == "Good News About Hell"
    assert episodes[0]["show"]["title"] == "Severance"


@pytest.mark.parametrize("query", ["", "   ", "\\", "*?~", "zzzz-no-match", "'; DROP TABLE"])
async def test_search_odd_queries_are_empty_not_errors(api: httpx.AsyncClient, query: str) -> None:
    response = await api.get("/search/movie,show", params={"query": query})
    assert response.status_code == 200 and response.json() == []
    assert response.headers["X-Pagination-Page-Count"] == "0"


async def test_search_bad_type_and_id_lookup(api: httpx.AsyncClient) -> None:
    assert (await api.get("/search/podcast", params={"query": "x"})).status_code == 400
    hit = (await api.get("/search/imdb/tt0903747")).json()
    assert hit[0]["type"] == "show" and hit[0]["show"]["ids"]["trakt"] == 1388


# ---- pagination -----------------------------------------------------------------------------
async def test_pagination_headers(api: httpx.AsyncClient) -> None:
    response = await api.get("/movies/popular", params={"page": 2, "limit": 5})
    headers = response.headers
    assert (headers["X-Pagination-Page"], headers["X-Pagination-Limit"]) == ("2", "5")
    total = int(headers["X-Pagination-Item-Count"])
    assert int(headers["X-Pagination-Page-Count"]) == (total + 4) // 5
    assert len(response.json()) == 5


@pytest.mark.parametrize(
    ("limit", "effective"), [("1000", "250"), ("0", "1"), ("-3", "1"), ("abc", "10"), (None, "10")]
)
async def test_limit_is_clamped_not_rejected(
    api: httpx.AsyncClient, limit: str | None, effective: str
) -> None:
    params = {"limit": limit} if limit is not None else {}
    response = await api.get("/shows/trending", params=params)
    assert response.status_code == 200
    assert response.headers["X-Pagination-Limit"] == effective


async def test_page_past_the_end_is_empty(api: httpx.AsyncClient) -> None:
    response = await api.get("/shows/trending", params={"page": 99})
    assert response.json() == [] and response.headers["X-Pagination-Page"] == "99"


async def test_empty_watchlist_has_zero_pages(api: httpx.AsyncClient, demo: DemoTrakt) -> None:
    response = await api.get("/sync/watchlist", headers=bearer(demo, "carol"))
    assert response.json() == []
    assert response.headers["X-Pagination-Page-Count"] == "0"
    assert response.headers["X-Pagination-Item-Count"] == "0"


# ---- history --------------------------------------------------------------------------------
async def test_history_newest_first_with_shapes(api: httpx.AsyncClient, demo: DemoTrakt) -> None:
    rows = (await api.get("/sync/history", params={"limit": 100}, headers=bearer(demo))).json()
    stamps = [r["watched_at"] for r in rows]
    assert stamps == sorted(stamps, reverse=True)
    assert rows[0]["type"] == "episode" and rows[0]["show"]["title"] == "Severance"
    assert set(rows[0]) == {"id", "watched_at", "action", "type", "episode", "show"}
    movies = (
        await api.get("/sync/history/movies", params={"limit": 100}, headers=bearer(demo))
    ).json()
    assert {r["type"] for r in movies} == {"movie"}
    assert movies[0]["movie"]["title"] == "Inception"


async def test_history_window_and_single_show(api: httpx.AsyncClient, demo: DemoTrakt) -> None:
    params = {
        "start_at": "2025-05-01T00:00:00.000Z",
        "end_at": "2025-06-01T00:00:00Z",
        "limit": 100,
    }
    rows = (await api.get("/sync/history", params=params, headers=bearer(demo))).json()
    assert rows and all("2025-05-01" <= r["watched_at"] <= "2025-06-01" for r in rows)
    bb = (
        await api.get(
            "/sync/history/shows/breaking-bad", params={"limit": 100}, headers=bearer(demo)
        )
    ).json()
    assert len(bb) == 7 and {r["show"]["ids"]["slug"] for r in bb} == {"breaking-bad"}


async def test_add_and_remove_history(api: httpx.AsyncClient, demo: DemoTrakt) -> None:
    auth = bearer(demo)
    body = {
        "movies": [
            {"ids": {"slug": "whiplash-2014"}, "watched_at": "2025-06-14T20:00:00Z"},
            {"ids": {"imdb": "tt0000111"}},
        ],
        "shows": [
            {
                "ids": {"trakt": 1388},
                "seasons": [{"number": 2, "episodes": [{"number": 1}, {"number": 2}]}],
            }
        ],
    }
    added = await api.post("/sync/history", json=body, headers=auth)
    assert added.status_code == 201
    assert added.json()["added"] == {"movies": 1, "episodes": 2}
    assert added.json()["not_found"]["movies"] == [{"ids": {"imdb": "tt0000111"}}]
    rows = (await api.get("/sync/history", headers=auth)).json()
    assert rows[0]["episode"]["season"] == 2  # no watched_at means now
    latest = next(r for r in rows if r["type"] == "movie")
    assert latest["movie"]["title"] == "Whiplash"
    recs = (await api.get("/recommendations/movies", params={"limit": 100}, headers=auth)).json()
    assert "whiplash-2014" not in {r["ids"]["slug"] for r in recs}
    removed = await api.post(
        "/sync/history/remove",
        json={"movies": [{"ids": {"slug": "whiplash-2014"}}], "ids": [latest["id"], 42]},
        headers=auth,
    )
    assert removed.json()["deleted"] == {"movies": 1, "episodes": 0}
    assert removed.json()["not_found"]["ids"] == [42]


async def test_whole_show_marks_only_aired_episodes(
    api: httpx.AsyncClient, demo: DemoTrakt
) -> None:
    added = await api.post(
        "/sync/history",
        json={"shows": [{"ids": {"slug": "the-bear"}}]},
        headers=bearer(demo, "carol"),
    )
    show = (await api.get("/shows/the-bear", params={"extended": "full"})).json()
    assert added.json()["added"]["episodes"] == show["aired_episodes"]


# ---- watchlist ------------------------------------------------------------------------------
async def test_watchlist_sorting_and_shape(api: httpx.AsyncClient, demo: DemoTrakt) -> None:
    auth = bearer(demo)
    ranked = await api.get("/sync/watchlist/movies", params={"limit": 50}, headers=auth)
    rows = ranked.json()
    assert (ranked.headers["X-Sort-By"], ranked.headers["X-Sort-How"]) == ("rank", "asc")
    assert rows[0]["movie"]["title"] == "Dune: Part Two" and rows[0]["notes"] is None
    assert set(rows[0]) == {"rank", "id", "listed_at", "notes", "type", "movie"}
    by_title = await api.get(
        "/sync/watchlist/movies/title/desc", params={"limit": 50}, headers=auth
    )
    titles = [r["movie"]["title"].casefold() for r in by_title.json()]
    assert titles == sorted(titles, reverse=True)
    assert by_title.headers["X-Sort-How"] == "desc"
    assert (await api.get("/sync/watchlist/movies/bogus", headers=auth)).status_code == 400


async def test_watchlist_add_existing_remove(api: httpx.AsyncClient, demo: DemoTrakt) -> None:
    auth = bearer(demo)
    body = {
        "movies": [
            {"ids": {"trakt": 481}},
            {"ids": {"slug": "dune-part-two-2024"}},
            {"ids": {"imdb": "tt0000111"}},
        ],
        "shows": [{"ids": {"slug": "chernobyl"}}],
    }
    added = (await api.post("/sync/watchlist", json=body, headers=auth)).json()
    assert added["added"] == {"movies": 1, "shows": 1, "seasons": 0, "episodes": 0}
    assert added["existing"]["movies"] == 1
    assert added["not_found"]["movies"] == [{"ids": {"imdb": "tt0000111"}}]
    assert added["list"]["item_count"] == 10
    removed = (await api.post("/sync/watchlist/remove", json=body, headers=auth)).json()
    assert removed["deleted"]["movies"] == 2 and removed["list"]["item_count"] == 7


async def test_watchlist_limit_gives_420_with_empty_body(
    api: httpx.AsyncClient, demo: DemoTrakt
) -> None:
    demo.users["demo"].limits["watchlist"]["item_count"] = 9
    auth = bearer(demo)
    one = {"movies": [{"ids": {"slug": "the-matrix-1999"}}]}
    assert (await api.post("/sync/watchlist", json=one, headers=auth)).status_code == 201
    full = await api.post(
        "/sync/watchlist", json={"movies": [{"ids": {"trakt": 554}}]}, headers=auth
    )
    assert full.status_code == 420 and full.content == b""
    existing = await api.post("/sync/watchlist", json=one, headers=auth)
    assert existing.status_code == 201


# ---- ratings and recommendations -----------------------------------------------------------------
async def test_ratings_roundtrip(api: httpx.AsyncClient, demo: DemoTrakt) -> None:
    auth = bearer(demo, "carol")
    body = {
        "movies": [
            {"ids": {"slug": "coco-2017"}, "rating": 9},
            {"ids": {"trakt": 481}, "rating": 11},
        ]
    }
    added = (await api.post("/sync/ratings", json=body, headers=auth)).json()
    assert added["added"]["movies"] == 1 and len(added["not_found"]["movies"]) == 1
    rows = (await api.get("/sync/ratings/movies", headers=auth)).json()
    assert [(r["rating"], r["movie"]["title"]) for r in rows] == [(9, "Coco")]
    removed = (await api.post("/sync/ratings/remove", json=body, headers=auth)).json()
    assert removed["deleted"]["movies"] == 1


async def test_recommendations_filters_and_hide(api: httpx.AsyncClient, demo: DemoTrakt) -> None:
    auth = bearer(demo)
    every = (await api.get("/recommendations/shows", params={"limit": 100}, headers=auth)).json()
    slugs = [r["ids"]["slug"] for r in every]
    assert "shogun" in slugs and "breaking-bad" not in slugs
    unlisted = (
        await api.get(
            "/recommendations/shows",
            params={"limit": 100, "ignore_watchlisted": "true"},
            headers=auth,
        )
    ).json()
    assert "shogun" not in {r["ids"]["slug"] for r in unlisted}
    hidden = await api.delete("/recommendations/shows/the-wire", headers=auth)
    assert hidden.status_code == 204 and hidden.content == b""
    after = (await api.get("/recommendations/shows", params={"limit": 100}, headers=auth)).json()
    assert "the-wire" not in {r["ids"]["slug"] for r in after}
    assert (await api.get("/recommendations/shows")).status_code == 401


# ---- users and lists ------------------------------------------------------------------------
async def test_private_lists_only_for_their_owner(api: httpx.AsyncClient, demo: DemoTrakt) -> None:
    public = (await api.get("/users/demo/lists")).json()
    assert [x["name"] for x in public] == ["Mind-benders", "Tom & Jerry's <favourites>"]
    own = (await api.get("/users/me/lists", headers=bearer(demo))).json()
    assert "Date night 💕" in {x["name"] for x in own}
    items_path = "/users/demo/lists/date-night/items"
    assert (await api.get(items_path)).status_code == 404
    assert (await api.get(items_path, headers=bearer(demo, "bob"))).status_code == 404
    mine = await api.get(items_path, headers=bearer(demo))
    assert [i["movie"]["title"] for i in mine.json()] == [
        "La La Land",
        "Le Fabuleux Destin d'Amélie Poulain",
        "Past Lives",
    ]


async def test_list_items_shape_and_type_filter(api: httpx.AsyncClient) -> None:
    rows = (await api.get("/users/demo/lists/mind-benders/items/movie")).json()
    assert {r["type"] for r in rows} == {"movie"}
    assert set(rows[0]) == {"rank", "id", "listed_at", "notes", "type", "movie"}
    assert (await api.get("/users/nobody/lists")).status_code == 404
    assert (await api.get("/users/me/lists")).status_code == 401


async def test_users_watched_for_parties(api: httpx.AsyncClient) -> None:
    alice = (await api.get("/users/alice/watched/movies", params={"limit": 100})).json()
    bob = (await api.get("/users/bob/watched/movies", params={"limit": 100})).json()
    alice_slugs = {r["movie"]["ids"]["slug"] for r in alice}
    bob_slugs = {r["movie"]["ids"]["slug"] for r in bob}
    assert "inception-2010" in alice_slugs - bob_slugs
    assert "oppenheimer-2023" in bob_slugs - alice_slugs
    shows = (await api.get("/users/alice/watched/shows")).json()
    severance = next(r for r in shows if r["show"]["ids"]["slug"] == "severance")
    assert severance["plays"] == 9 and severance["seasons"][0]["episodes"][0]["number"] == 1


async def test_nobody_in_the_group_watched_the_shared_wants(
    api: httpx.AsyncClient, demo: DemoTrakt
) -> None:
    wants = []
    for name in ("alice", "bob"):
        rows = (
            await api.get(
                "/sync/watchlist/movies", params={"limit": 100}, headers=bearer(demo, name)
            )
        ).json()
        wants.append({r["movie"]["ids"]["slug"] for r in rows})
    shared = wants[0] & wants[1]
    assert shared == {"dune-part-two-2024", "past-lives-2023", "arrival-2016"}
    for name in ("demo", "alice", "bob", "carol"):
        rows = (await api.get(f"/users/{name}/watched/movies", params={"limit": 100})).json()
        assert not shared & {r["movie"]["ids"]["slug"] for r in rows}


# ---- fault injection and the request log --------------------------------------------------------
async def test_fault_injection_then_recovery(api: httpx.AsyncClient, demo: DemoTrakt) -> None:
    demo.fail("GET", "/shows/trending", 429, headers={"Retry-After": "2"}, times=2)
    demo.fail(None, "/movies", 502, body="<html>Bad gateway</html>")
    first = await api.get("/shows/trending")
    assert first.status_code == 429 and first.headers["Retry-After"] == "2"
    assert (await api.get("/shows/trending")).status_code == 429
    assert (await api.get("/shows/trending")).status_code == 200
    bad = await api.get("/movies/popular")
    assert bad.status_code == 502 and bad.text == "<html>Bad gateway</html>"
    assert (await api.get("/movies/popular")).status_code == 200


async def test_requests_are_recorded(api: httpx.AsyncClient, demo: DemoTrakt) -> None:
    auth = bearer(demo, "alice")
    await api.get("/sync/history", params={"limit": 3}, headers=auth)
    await api.get("/shows/trending")
    first, second = demo.requests[-2:]
    assert (first.method, first.path, first.username, first.status) == (
        "GET",
        "/sync/history",
        "alice",
        200,
    )
    assert first.query == {"limit": "3"}
    assert (second.username, second.status) == (None, 200)


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/sync/history", {"movies": "x"}),
        ("POST", "/sync/history", {"movies": [{"ids": "abc"}], "episodes": [{"ids": None}]}),
        (
            "POST",
            "/sync/history",
            {"shows": [{"ids": {"trakt": 1388}, "seasons": [{"number": "x"}]}]},
        ),
        ("POST", "/sync/history", {"movies": [{"ids": {"trakt": 481}, "watched_at": "yesterday"}]}),
        ("POST", "/sync/history", [1, 2]),
        ("POST", "/sync/watchlist", {"seasons": [{"ids": {"trakt": 1}}], "episodes": [{}]}),
        ("POST", "/sync/ratings", {"shows": [{"ids": {"slug": "dark"}, "rating": "ten"}]}),
        ("GET", "/sync/history/episodes/not-a-number", None),
        ("GET", "/sync/history/planets", None),
        ("GET", "/sync/ratings/movies/11", None),
        ("GET", "/shows/severance/seasons/99999999999999999999/episodes/1", None),
        ("GET", "/users/demo/lists/999/items", None),
        ("DELETE", "/recommendations/movies/not-a-movie", None),
        ("GET", "/sync/history?start_at=not-a-date", None),
    ],
)
async def test_odd_requests_never_crash(
    api: httpx.AsyncClient, demo: DemoTrakt, method: str, path: str, body: object
) -> None:
    response = await api.request(method, path, json=body, headers=bearer(demo))
    assert response.status_code < 500
    assert response.status_code in (200, 201, 204, 400, 404)
