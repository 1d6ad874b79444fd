"""The demo Trakt answers in the shapes of Trakt's official contract (tests/trakt-contract)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator

from bot.demo.trakt import DemoTrakt
from tests.helpers import TRAKT_SAMPLES


def _union(node: Any) -> Any:
    """zod's `z.union` (the contract's `oneOf`) takes the first alternative that fits: that is
    OpenAPI's `anyOf`. Its alternatives overlap (a check-in reply fits both the movie and the
    episode shape), so a strict `oneOf` would reject every valid answer."""
    if isinstance(node, dict):
        return {("anyOf" if k == "oneOf" else k): _union(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_union(v) for v in node]
    return node


SCHEMAS: dict[str, Any] = _union(
    json.loads((TRAKT_SAMPLES.parent / "trakt-contract" / "schemas.json").read_text("utf-8"))
)
SEVERANCE_S1E5 = 154997 * 1000 + 64 + 5


class Client:
    """Calls the demo in-process as the demo user."""

    def __init__(self) -> None:
        self.demo = DemoTrakt()
        token = self.demo.issue_token("demo")["access_token"]
        self.headers = {
            "authorization": f"Bearer {token}",
            "trakt-api-key": self.demo.client_id,
            "user-agent": "contract-test/1",
            "content-type": "application/json",
        }

    def call(
        self, method: str, path: str, query: dict[str, str] | None = None, body: Any = None
    ) -> tuple[int, Any]:
        raw = json.dumps(body).encode() if body is not None else b""
        response = self.demo.handle(method, path, query or {}, self.headers, raw)
        return response.status, response.json() if response.body else None


def check(key: str, data: Any) -> None:
    """Validate against the contract's schema for `key` ("METHOD /path status")."""
    errors = sorted(OAS30Validator(SCHEMAS[key]).iter_errors(data), key=str)
    assert not errors, f"{key}: {errors[0].message} at {list(errors[0].absolute_path)}"


@pytest.fixture
def client() -> Client:
    return Client()


FULL = {"extended": "full"}
PAGE = {"extended": "full", "page": "1", "limit": "10"}
EVERYTHING = "movie,show,episode,person,list"
GETS = [
    # the account and its lists
    ("/users/settings", {}, "GET /users/settings 200"),
    ("/users/me/lists", {}, "GET /users/{id}/lists 200"),
    ("/users/alice/lists", {}, "GET /users/{id}/lists 200"),
    ("/users/me/watched/shows", PAGE, "GET /users/{id}/watched/shows [full] 200"),
    (
        "/users/me/watched/shows",
        {"page": "1", "limit": "1000", "extended": "noseasons"},
        "GET /users/{id}/watched/shows [full] 200",
    ),
    ("/users/me/watched/movies", {"page": "1"}, "GET /users/{id}/watched/movies [full] 200"),
    ("/users/me/stats", {}, "GET /users/{id}/stats 200"),
    ("/users/alice/stats", {}, "GET /users/{id}/stats 200"),
    # the catalogue
    *[
        (f"/search/{kinds}", {**PAGE, "query": query}, "GET /search/{type} 200")
        for kinds, query in [
            ("show,movie", "the"),
            (EVERYTHING, "a"),
            ("movie", "inception"),
            ("show", "severance"),
            ("episode", "pilot"),
            ("person", "bryan"),
            ("list", "a"),
        ]
    ],
    ("/search/imdb/tt1375666", {"type": "movie"}, "GET /search/{id_type}/{id} 200"),
    ("/search/trakt/1390", {"type": "show"}, "GET /search/{id_type}/{id} 200"),
    *[
        (f"/{kind}/{chart}", PAGE, f"GET /{kind}/{template} 200")
        for kind in ("movies", "shows")
        for chart, template in [
            ("trending", "trending"),
            ("popular", "popular"),
            ("watched/weekly", "watched/{period}"),
            ("watched/all", "watched/{period}"),
        ]
    ],
    ("/movies/inception-2010", FULL, "GET /movies/{id} 200"),
    ("/shows/severance", FULL, "GET /shows/{id} 200"),
    ("/shows/m-a-s-h", FULL, "GET /shows/{id} 200"),
    ("/movies/inception-2010/related", PAGE, "GET /movies/{id}/related 200"),
    ("/shows/severance/related", PAGE, "GET /shows/{id}/related 200"),
    ("/movies/inception-2010/translations/ru", {}, "GET /movies/{id}/translations/{language} 200"),
    ("/shows/severance/translations/ru", {}, "GET /shows/{id}/translations/{language} 200"),
    (
        "/shows/severance/seasons/1/episodes/5/translations/ru",
        {},
        "GET /shows/{id}/seasons/{season}/episodes/{episode}/translations/{language} 200",
    ),
    ("/movies/inception-2010/people", {}, "GET /movies/{id}/people 200"),
    ("/shows/severance/people", {}, "GET /shows/{id}/people 200"),
    ("/people/bryan-cranston", FULL, "GET /people/{id}/ 200"),
    ("/people/bryan-cranston/movies", FULL, "GET /people/{id}/movies 200"),
    ("/people/bryan-cranston/shows", FULL, "GET /people/{id}/shows 200"),
    ("/shows/the-bear/next_episode", FULL, "GET /shows/{id}/next_episode 200"),
    ("/shows/severance/last_episode", FULL, "GET /shows/{id}/last_episode 200"),
    # the user's marks
    ("/sync/history", PAGE, "GET /sync/history/{type}/{id} 200"),
    ("/sync/history/episodes", PAGE, "GET /sync/history/{type}/{id} 200"),
    *[
        (
            f"/sync/watchlist/{kind}/{sort}",
            PAGE,
            "GET /sync/watchlist/{type}/{sort_by}/{sort_how} 200",
        )
        for kind, sort in [("all", "rank"), ("movies", "added"), ("shows", "title")]
    ],
    *[
        (
            f"/recommendations/{kind}",
            {**PAGE, "ignore_collected": "false", "ignore_watchlisted": "true"},
            f"GET /recommendations/{kind}/ 200",
        )
        for kind in ("movies", "shows")
    ],
    # progress
    ("/sync/progress/up_next", FULL, "GET /sync/progress/up_next 200"),
    ("/sync/progress/up_next", FULL, "GET /sync/progress/up_next 200"),
    ("/sync/progress/up_next", {}, "GET /sync/progress/up_next 200"),
    ("/shows/severance/progress/watched", FULL, "GET /shows/{id}/progress/watched 200"),
    (
        "/shows/sherlock/progress/watched",
        {"specials": "true", "count_specials": "false"},
        "GET /shows/{id}/progress/watched 200",
    ),
    ("/shows/sherlock/seasons", {"extended": "full,episodes"}, "GET /shows/{id}/seasons 200"),
    ("/shows/m-a-s-h/seasons", {"extended": "full,episodes"}, "GET /shows/{id}/seasons 200"),
    (
        "/shows/m-a-s-h/seasons/1/episodes/2",
        FULL,
        "GET /shows/{id}/seasons/{season}/episodes/{episode} 200",
    ),
    (
        "/shows/sherlock/seasons/0/episodes/1",
        FULL,
        "GET /shows/{id}/seasons/{season}/episodes/{episode} 200",
    ),
    (f"/search/trakt/{SEVERANCE_S1E5}", {"type": "episode"}, "GET /search/{id_type}/{id} 200"),
    ("/sync/history/shows/severance", FULL, "GET /sync/history/{type}/{id} 200"),
    ("/sync/history/movies", {}, "GET /sync/history/{type}/{id} 200"),
    ("/sync/ratings/episodes", FULL, "GET /sync/ratings/{type}/{rating} 200"),
    ("/sync/ratings/movies", {}, "GET /sync/ratings/{type}/{rating} 200"),
    ("/sync/ratings/shows", FULL, "GET /sync/ratings/{type}/{rating} 200"),
]


@pytest.mark.parametrize(("path", "query", "key"), GETS)
def test_reads_match_the_contract(
    client: Client, path: str, query: dict[str, str], key: str
) -> None:
    status, data = client.call("GET", path, query)
    assert status == 200 and data
    check(key, data)


def test_writes_match_the_contract(client: Client) -> None:
    season = {"shows": [{"ids": {"slug": "m-a-s-h"}, "seasons": [{"number": 11}]}]}
    status, added = client.call("POST", "/sync/history", body={**season, "watched_at": "released"})
    assert status == 201 and added["added"]["episodes"] == 15
    check("POST /sync/history 200", added)
    _, plays = client.call("GET", "/sync/history/shows/m-a-s-h", {"limit": "100"})
    ids = [play["id"] for play in plays]
    status, removed = client.call("POST", "/sync/history/remove", body={"ids": [*ids, 7]})
    assert removed["deleted"]["episodes"] == 15 and removed["not_found"]["ids"] == [7]
    check("POST /sync/history/remove 200", removed)
    body = {"movies": [{"ids": {"slug": "inception-2010"}}]}
    status, unrated = client.call("POST", "/sync/ratings/remove", body=body)
    assert status == 200 and unrated["deleted"]["movies"] == 1
    check("POST /sync/ratings/remove 200", unrated)


def test_checkin_and_watching_match_the_contract(client: Client) -> None:
    assert client.call("GET", "/users/me/watching")[0] == 204
    status, done = client.call(
        "POST", "/checkin", body={"episode": {"ids": {"trakt": SEVERANCE_S1E5}}}
    )
    assert status == 201
    check("POST /checkin 200", done)
    status, running = client.call("GET", "/users/me/watching", FULL)
    assert status == 200 and running["action"] == "checkin"
    check("GET /users/{id}/watching 200", running)
    status, conflict = client.call("POST", "/checkin", body={"movie": {"ids": {"trakt": 1}}})
    assert status == 409
    check("POST /checkin 409", conflict)


def test_unhide_matches_the_contract(client: Client) -> None:
    client.call("DELETE", "/recommendations/shows/the-wire")
    body = {"shows": [{"ids": {"slug": "the-wire"}}]}
    status, data = client.call("POST", "/users/hidden/recommendations/remove", body=body)
    assert status == 200 and data["deleted"]["shows"] == 1
    check("POST /users/hidden/{section}/remove 200", data)


CREDENTIALS = {"client_id": "demo-client-id", "client_secret": "demo-client-secret"}


def test_oauth_matches_the_contract(client: Client) -> None:
    client.demo.oauth.approve_after = None
    client.demo.oauth.interval = 0  # poll twice at once
    status, device = client.call("POST", "/oauth/device/code", body={"client_id": "demo-client-id"})
    assert status == 200
    check("POST /oauth/device/code 200", device)
    poll = {"code": device["device_code"], **CREDENTIALS}
    assert client.call("POST", "/oauth/device/token", body=poll)[0] == 400  # pending
    client.demo.approve(device["user_code"])
    status, tokens = client.call("POST", "/oauth/device/token", body=poll)
    assert status == 200
    check("POST /oauth/device/token 200", tokens)
    exchange = {"code": "DEMO-CODE", "grant_type": "authorization_code", **CREDENTIALS}
    status, exchanged = client.call("POST", "/oauth/token", body=exchange)
    assert status == 200
    check("POST /oauth/token 200", exchanged)
    refresh = {"refresh_token": tokens["refresh_token"], "grant_type": "refresh_token"}
    status, refreshed = client.call("POST", "/oauth/token", body={**refresh, **CREDENTIALS})
    assert status == 200
    check("POST /oauth/token 200", refreshed)
    status, refused = client.call("POST", "/oauth/token", body={**refresh, **CREDENTIALS})
    assert status == 400 and refused["error"] == "invalid_grant"
    check("POST /oauth/token 400", refused)
    revoke = {"token": refreshed["access_token"], **CREDENTIALS}
    assert client.call("POST", "/oauth/revoke", body=revoke) == (200, {})


def test_list_items_match_the_contract(client: Client) -> None:
    key = "GET /users/{id}/lists/{list_id}/items/{type}/{sort_by}/{sort_how} 200"
    for user in ("me", "alice"):
        _, lists = client.call("GET", f"/users/{user}/lists")
        assert lists
        for custom in lists:
            path = f"/users/{user}/lists/{custom['ids']['trakt']}/items"
            status, items = client.call("GET", path, PAGE)
            assert status == 200 and items
            check(key, items)


def test_watchlist_and_rating_writes_match_the_contract(client: Client) -> None:
    body = {"shows": [{"ids": {"slug": "the-bear"}}], "movies": [{"ids": {"trakt": 1}}]}
    status, added = client.call("POST", "/sync/watchlist", body=body)
    assert status == 201 and added["added"]["shows"] == 1
    check("POST /sync/watchlist 201", added)
    status, removed = client.call("POST", "/sync/watchlist/remove", body=body)
    assert status == 200 and removed["deleted"]["shows"] == 1
    check("POST /sync/watchlist/remove 200", removed)
    rated = {"shows": [{"ids": {"slug": "the-bear"}, "rating": 9}]}
    status, done = client.call("POST", "/sync/ratings", body=rated)
    assert status == 201 and done["added"]["shows"] == 1
    check("POST /sync/ratings 201", done)


def test_calendar_matches_the_contract(client: Client) -> None:
    client.call("POST", "/sync/watchlist", body={"shows": [{"ids": {"slug": "the-bear"}}]})
    start = client.demo.now().date().isoformat()
    for query in (FULL, {}):
        status, days = client.call("GET", f"/calendars/my/shows/{start}/7", query)
        assert status == 200 and "the-bear" in {day["show"]["ids"]["slug"] for day in days}
        check("GET /calendars/{target}/shows/{start_date}/{days} 200", days)


def test_movie_calendar_matches_the_contract(client: Client) -> None:
    """The demo user's collected movie comes out within the week, whatever the clock."""
    start = client.demo.now().date().isoformat()
    for query in (FULL, {}):
        status, days = client.call("GET", f"/calendars/my/movies/{start}/7", query)
        assert status == 200 and days[0]["movie"]["ids"]["slug"] == "the-odyssey-2026"
        check("GET /calendars/{target}/movies/{start_date}/{days} 200", days)


def test_bodiless_answers(client: Client) -> None:
    """Hiding a recommendation and cancelling a check-in answer 204 with no body."""
    assert client.call("DELETE", "/recommendations/shows/the-wire") == (204, None)
    client.call("POST", "/checkin", body={"episode": {"ids": {"trakt": SEVERANCE_S1E5}}})
    assert client.call("DELETE", "/checkin") == (204, None)
    assert client.call("GET", "/shows/severance/next_episode", FULL) == (204, None)
