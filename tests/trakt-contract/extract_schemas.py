"""Re-extract schemas.json from Trakt's OpenAPI contract (a dev tool, not a test).

    python tests/trakt-contract/extract_schemas.py ../shared/trakt-contract/openapi.json

Keeps only the response schemas tests/test_demo_contract.py checks, with every $ref inlined.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

# (method, path template, status) -> checked by tests/test_demo_contract.py
WANTED = [
    ("get", "/sync/progress/up_next", "200"),
    ("get", "/shows/{id}/progress/watched", "200"),
    ("get", "/shows/{id}/seasons", "200"),
    ("get", "/shows/{id}/seasons/{season}/episodes/{episode}", "200"),
    ("get", "/search/{id_type}/{id}", "200"),
    ("get", "/sync/history/{type}/{id}", "200"),
    ("post", "/sync/history", "200"),
    ("post", "/sync/history/remove", "200"),
    ("get", "/sync/ratings/{type}/{rating}", "200"),
    ("post", "/sync/ratings/remove", "200"),
    ("post", "/checkin", "200"),
    ("post", "/checkin", "409"),
    ("get", "/users/{id}/watching", "200"),
    ("post", "/users/hidden/{section}/remove", "200"),
]


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


def main(source: str) -> None:
    root = json.loads(Path(source).read_text("utf-8"))
    schemas = {
        f"{method.upper()} {path} {status}": _inline(
            root["paths"][path][method]["responses"][status]["content"]["application/json"][
                "schema"
            ],
            root,
        )
        for method, path, status in WANTED
    }
    out = Path(__file__).with_name("schemas.json")
    out.write_text(json.dumps(schemas, indent=1, sort_keys=True) + "\n", "utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
