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
GETS = [
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
