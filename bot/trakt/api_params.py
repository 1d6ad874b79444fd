"""Request parameters and response shaping for `TraktAPI`: validation, paging, escaping.

Values that end up in URL paths are checked against fixed choices or percent-encoded,
so an id or a kind can never change the path.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import quote

from bot.trakt.errors import TraktError
from bot.trakt.http import Pagination, TraktResponse
from bot.trakt.models import Movie, Show
from bot.trakt.models_lists import Page, parse_list
from bot.trakt.models_parse import ParseError

T = TypeVar("T")

MAX_LIMIT = 250
MAX_QUERY_LENGTH = 200
OOB_REDIRECT_URI = "urn:ietf:wg:oauth:2.0:oob"

KINDS = ("shows", "movies")
PERIODS = ("daily", "weekly", "monthly", "yearly", "all")
SORTS = ("rank", "added", "released", "title")
HISTORY_KINDS = ("shows", "movies", "episodes")
SEARCH_TYPES = ("movie", "show", "episode", "person", "list")
# Lucene operators Trakt's search understands; a backslash makes them literal.
_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:/\\])')


def escape_query(query: str) -> str:
    """Collapse whitespace, cut to MAX_QUERY_LENGTH and escape Trakt's special characters."""
    text = " ".join(query.split())[:MAX_QUERY_LENGTH].rstrip()
    return _SPECIAL.sub(r"\\\1", text)


def to_page(
    response: TraktResponse,
    parser: Callable[[Mapping[str, Any]], T],
    params: Mapping[str, str | int],
) -> Page[T]:
    """Build a Page from the body and the pagination headers (derived when absent)."""
    items = parse_list(response.data, parser)
    raw_count = len(response.data) if isinstance(response.data, list) else 0
    pagination = response.pagination or Pagination.derive(
        page=int(params["page"]), limit=int(params["limit"]), items_on_page=raw_count
    )
    return Page(
        items=items,
        page=pagination.page,
        limit=pagination.limit or int(params["limit"]),
        page_count=pagination.page_count,
        item_count=pagination.item_count,
    )


def json_object(response: TraktResponse) -> Mapping[str, Any]:
    """The body as a JSON object, or a TraktError for anything else."""
    if not isinstance(response.data, Mapping):
        raise TraktError("Trakt answered without a JSON object", status=response.status)
    return response.data


def parsed(parser: Callable[[Mapping[str, Any]], T], response: TraktResponse) -> T:
    """Parse a required object; a malformed OAuth answer becomes a TraktError."""
    try:
        return parser(json_object(response))
    except ParseError as exc:
        raise TraktError(f"malformed Trakt answer: {exc}", status=response.status) from None


def check_kind(kind: str) -> str:
    return choice(kind, KINDS, "kind")


def media_parser(kind: str) -> Callable[[Mapping[str, Any]], Movie | Show]:
    """`Movie.from_json` for "movies", `Show.from_json` for "shows"."""
    return Movie.from_json if check_kind(kind) == "movies" else Show.from_json


def choice(value: str, allowed: tuple[str, ...], what: str) -> str:
    """`value` if it is one of `allowed` (values go into URL paths, so check them)."""
    if value not in allowed:
        raise ValueError(f"unknown {what} {value!r}; expected one of {', '.join(allowed)}")
    return value


def segment(value: str | int) -> str:
    """One URL path segment, percent-encoded so an id can't change the path."""
    text = str(value).strip()
    if not text:
        raise ValueError("empty id")
    return quote(text, safe="")


def paging(page: int, limit: int) -> tuple[int, int]:
    return max(int(page), 1), min(max(int(limit), 1), MAX_LIMIT)


def flag(value: bool) -> str:
    return "true" if value else "false"


def iso_utc(value: datetime) -> str:
    """UTC ISO 8601 with `Z`, as Trakt's docs show."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def token_key(token: str) -> str:
    """A short hash of a token: caches keyed by user never hold the token itself."""
    return hashlib.sha256(token.encode()).hexdigest()[:24]
