"""Re-extract schemas.json from Trakt's OpenAPI contract (a dev tool, not a test).

    python tests/trakt-contract/extract_schemas.py ../shared/trakt-contract/openapi.json

Keeps only the response schemas tests/test_demo_contract.py checks, with every $ref inlined
(contract-extras.json, beside openapi.json, supplies the full routes the generator shadows).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

# (method, path template, status) -> checked by tests/test_demo_contract.py: every endpoint the
# bot calls (bot/trakt/api.py, bot/trakt/api_tracking.py) whose answer has a body. A path with a
# trailing "[full]" is the full route the generator shadows (contract-extras.json, `shadowed`).
WANTED = [
    # OAuth (auth.trakt.tv)
    ("post", "/oauth/device/code", "200"),
    ("post", "/oauth/device/token", "200"),
    ("post", "/oauth/token", "200"),
    ("post", "/oauth/token", "400"),
    # the account and its lists
    ("get", "/users/settings", "200"),
    ("get", "/users/{id}/lists", "200"),
    ("get", "/users/{id}/lists/{list_id}/items/{type}/{sort_by}/{sort_how}", "200"),
    ("get", "/users/{id}/watched/movies [full]", "200"),
    ("get", "/users/{id}/watched/shows [full]", "200"),
    ("get", "/users/{id}/stats", "200"),
    # the catalogue
    ("get", "/search/{type}", "200"),
    ("get", "/search/{id_type}/{id}", "200"),
    ("get", "/movies/trending", "200"),
    ("get", "/shows/trending", "200"),
    ("get", "/movies/popular", "200"),
    ("get", "/shows/popular", "200"),
    ("get", "/movies/watched/{period}", "200"),
    ("get", "/shows/watched/{period}", "200"),
    ("get", "/movies/{id}", "200"),
    ("get", "/shows/{id}", "200"),
    ("get", "/movies/{id}/related", "200"),
    ("get", "/shows/{id}/related", "200"),
    ("get", "/movies/{id}/translations/{language}", "200"),
    ("get", "/shows/{id}/translations/{language}", "200"),
    ("get", "/shows/{id}/seasons/{season}/episodes/{episode}/translations/{language}", "200"),
    ("get", "/movies/{id}/people", "200"),
    ("get", "/shows/{id}/people", "200"),
    ("get", "/people/{id}/", "200"),
    ("get", "/people/{id}/movies", "200"),
    ("get", "/people/{id}/shows", "200"),
    ("get", "/shows/{id}/next_episode", "200"),
    ("get", "/shows/{id}/last_episode", "200"),
    ("get", "/shows/{id}/seasons", "200"),
    ("get", "/shows/{id}/seasons/{season}/episodes/{episode}", "200"),
    # the user's marks
    ("get", "/sync/history/{type}/{id}", "200"),
    ("post", "/sync/history", "200"),
    ("post", "/sync/history/remove", "200"),
    ("get", "/sync/watchlist/{type}/{sort_by}/{sort_how}", "200"),
    ("post", "/sync/watchlist", "201"),
    ("post", "/sync/watchlist/remove", "200"),
    ("get", "/sync/ratings/{type}/{rating}", "200"),
    ("post", "/sync/ratings", "201"),
    ("post", "/sync/ratings/remove", "200"),
    ("get", "/recommendations/movies/", "200"),
    ("get", "/recommendations/shows/", "200"),
    ("post", "/users/hidden/{section}/remove", "200"),
    # progress, check-in, calendar
    ("get", "/sync/progress/up_next", "200"),
    ("get", "/shows/{id}/progress/watched", "200"),
    ("post", "/checkin", "200"),
    ("post", "/checkin", "409"),
    ("get", "/users/{id}/watching", "200"),
    ("get", "/calendars/{target}/shows/{start_date}/{days}", "200"),
    ("get", "/calendars/{target}/movies/{start_date}/{days}", "200"),
]
FULL = " [full]"


def _inline(node: Any, root: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        if "$ref" in node:
            target: Any = root
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            return _inline(target, root)
        return {key: _inline(value, root) for key, value in node.items() if key != "description"}
    if isinstance(node, list):
        return [_inline(value, root) for value in node]
    return node


def _responses(root: dict[str, Any], extras: dict[str, Any], method: str, path: str) -> Any:
    if path.endswith(FULL):
        template = path.removesuffix(FULL)
        (route,) = extras["shadowed"][f"{method.upper()} {template}"]
        return route["responses"]
    return root["paths"][path][method]["responses"]


def main(source: str) -> None:
    root = json.loads(Path(source).read_text("utf-8"))
    extras = json.loads(Path(source).with_name("contract-extras.json").read_text("utf-8"))
    schemas = {
        f"{method.upper()} {path} {status}": _inline(
            _responses(root, extras, method, path)[status]["content"]["application/json"]["schema"],
            root,
        )
        for method, path, status in WANTED
    }
    out = Path(__file__).with_name("schemas.json")
    out.write_text(json.dumps(schemas, indent=1, sort_keys=True) + "\n", "utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
