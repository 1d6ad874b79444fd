"""Text search over the demo catalogue, scored roughly like Trakt's search.

Matching is case-, accent- and width-insensitive ("shogun" finds "Shōgun", "AMELIE" finds
"Amélie"), works on any script (Japanese, Korean, Persian, Hebrew ...) and understands
Trakt's backslash escapes (`\\:` `\\&` ...).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bot.demo.catalogue import Catalogue

SEARCH_TYPES = ("movie", "show", "episode", "person", "list")
_ESCAPED = re.compile(r"\\(.)")
_NON_WORD = re.compile(r"[\W_]+")


@dataclass
class Hit:
    """One search result before shaping: type, score and the matched objects."""

    type: str
    score: float
    obj: dict[str, Any]
    show: dict[str, Any] | None = None  # the show of an episode hit


def unescape(query: str) -> str:
    """Undo Trakt's backslash escaping of special characters."""
    return _ESCAPED.sub(r"\1", query)


def normalize(text: str) -> str:
    """Casefolded, accent-free, punctuation-free words joined by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", stripped.casefold()).split())


def text_score(query: str, candidate: str | None) -> float:
    """How well a normalised query matches one field (0 = no match)."""
    if not candidate or not query:
        return 0.0
    text = normalize(candidate)
    if not text:
        return 0.0
    if text == query:
        return 1000.0
    if text.startswith(query):
        return 500.0
    words = text.split()
    if all(word in words for word in query.split()):
        return 250.0
    if query in text or query.replace(" ", "") in text.replace(" ", ""):
        return 100.0
    return 0.0


def _fields(
    kind: str, obj: dict[str, Any], catalogue: Catalogue, wanted: set[str]
) -> Iterable[tuple[float, str | None]]:
    if kind == "person":
        yield 1.0, obj["name"]
        yield 0.7, obj["ids"]["slug"].replace("-", " ")
        return
    if kind == "episode" or not wanted or "title" in wanted:
        yield 1.0, obj["title"]
    if kind == "episode":
        return
    if not wanted or wanted & {"title", "aliases", "original_title"}:
        yield 0.9, obj.get("original_title")
        yield 0.7, obj["ids"]["slug"].replace("-", " ")
    if not wanted or "translations" in wanted:
        for title in catalogue.translated_titles(kind, obj["ids"]["slug"]):
            yield 0.8, title
    if "overview" in wanted:
        yield 0.2, obj.get("overview")
    if "tagline" in wanted:
        yield 0.3, obj.get("tagline")


def _best(
    query: str, kind: str, obj: dict[str, Any], catalogue: Catalogue, wanted: set[str]
) -> float:
    return max(
        (
            weight * text_score(query, text)
            for weight, text in _fields(kind, obj, catalogue, wanted)
        ),
        default=0.0,
    )


def search_catalogue(
    catalogue: Catalogue, query: str, types: Iterable[str], fields: set[str] | None = None
) -> list[Hit]:
    """Scored hits for movies, shows, episodes and people, best first."""
    wanted = fields or set()
    needle = normalize(unescape(query))
    hits: list[Hit] = []
    if not needle:
        return hits
    for kind in types:
        if kind in ("movie", "show", "person"):
            for obj in catalogue.all_objects(kind):
                score = _best(needle, kind, obj, catalogue, wanted)
                if score:
                    hits.append(Hit(kind, _score(score, obj), obj))
        elif kind == "episode":
            hits.extend(_episode_hits(catalogue, needle))
    hits.sort(key=lambda h: (-h.score, h.type, h.obj["ids"]["trakt"]))
    return hits


def _episode_hits(catalogue: Catalogue, needle: str) -> list[Hit]:
    hits = []
    for show_id, episode in catalogue.episodes.values():
        score = text_score(needle, episode["title"])
        # Generated titles repeat across shows; only exact or prefix matches count for them.
        if score >= 500.0 or (score and "Season " not in (episode["overview"] or "")):
            show = catalogue.shows[show_id].full
            hits.append(Hit("episode", _score(score * 0.8, episode), episode, show))
    return hits


def _score(base: float, obj: dict[str, Any]) -> float:
    # Popularity breaks ties between equally good text matches, as on trakt.tv.
    return round(base + min(int(obj.get("votes") or 0), 200_000) / 1000.0, 6)


def list_score(query: str, name: str, description: str | None) -> float:
    """Score of a custom list by name (and description)."""
    needle = normalize(unescape(query))
    return max(text_score(needle, name), 0.2 * text_score(needle, description))
