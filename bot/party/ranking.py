"""Ranking a watch party's candidates: titles somebody wants that nobody has watched.

Pure functions over plain data, no Telegram and no HTTP. Each member brings their
watchlist, Trakt's recommendations for them and the set of titles they have watched.
A candidate is any movie or show from someone's watchlist or recommendations that
*no* member has watched. Its score adds, per member, 2 when it is on their watchlist
(a wish they made) or else 1 when Trakt recommends it to them (a guess); ties go to
the higher Trakt rating, then the title, so the order is stable.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Self

from bot.trakt.models import Ids, Movie, Show
from bot.trakt.ref import MediaRef

WATCHLIST_WEIGHT = 2
RECOMMENDATION_WEIGHT = 1
POLL_MIN = 3  # fewer candidates than this and the party widens to trending titles
POLL_MAX = 5
OVERVIEW_LIMIT = 400

MediaKey = MediaRef  # one title, as everywhere else
Media = Movie | Show


@dataclass(frozen=True)
class Wishes:
    """What one member brings to the party."""

    user_id: int
    name: str
    watchlist: tuple[Media, ...] = ()
    recommendations: tuple[Media, ...] = ()
    watched: frozenset[MediaKey] = frozenset()


@dataclass(frozen=True)
class Candidate:
    """A title the party could watch, with who wants it (names only, never their lists)."""

    kind: str  # "movie" | "show"
    trakt_id: int
    title: str
    year: int | None = None
    rating: float | None = None
    genres: tuple[str, ...] = ()
    overview: str | None = None
    slug: str | None = None
    score: int = 0
    wanted_by: tuple[str, ...] = ()  # on these members' watchlists
    suggested_for: tuple[str, ...] = ()  # Trakt recommends it to these members
    trending: bool = False  # added from trending when the lists had too little

    @classmethod
    def of(cls, media: Media, **extra: Any) -> Self:
        """A candidate from a Trakt movie or show (which must have a trakt id)."""
        key = MediaRef.of(media)
        if key is None:
            raise ValueError("a candidate needs a trakt id")
        overview = (media.overview or "")[:OVERVIEW_LIMIT] or None
        return cls(
            kind=key.kind,
            trakt_id=key.trakt_id,
            title=media.title,
            year=media.year,
            rating=media.rating,
            genres=tuple(media.genres),
            overview=overview,
            slug=media.ids.slug,
            **extra,
        )

    @property
    def key(self) -> MediaKey:
        """The candidate's title reference."""
        return MediaRef.parse(f"{self.kind}:{self.trakt_id}")

    @property
    def ref(self) -> MediaRef:
        """The candidate's title reference (what its details button opens)."""
        return self.key

    def media(self) -> Media:
        """The candidate as a Trakt model, for the shared card renderers."""
        cls = Movie if self.kind == "movie" else Show
        return cls(
            title=self.title,
            year=self.year,
            ids=Ids(trakt=self.trakt_id, slug=self.slug),
            rating=self.rating,
            genres=self.genres,
            overview=self.overview,
        )

    def to_json(self) -> dict[str, Any]:
        """A JSON object for the store."""
        return {
            "kind": self.kind,
            "id": self.trakt_id,
            "title": self.title,
            "year": self.year,
            "rating": self.rating,
            "genres": list(self.genres),
            "overview": self.overview,
            "slug": self.slug,
            "score": self.score,
            "wanted_by": list(self.wanted_by),
            "suggested_for": list(self.suggested_for),
            "trending": self.trending,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """The inverse of `to_json`."""
        return cls(
            kind="show" if data.get("kind") == "show" else "movie",
            trakt_id=int(data["id"]),
            title=str(data.get("title") or ""),
            year=data.get("year"),
            rating=data.get("rating"),
            genres=tuple(data.get("genres") or ()),
            overview=data.get("overview"),
            slug=data.get("slug"),
            score=int(data.get("score") or 0),
            wanted_by=tuple(data.get("wanted_by") or ()),
            suggested_for=tuple(data.get("suggested_for") or ()),
            trending=bool(data.get("trending")),
        )


def watched_by_anyone(members: Iterable[Wishes]) -> frozenset[MediaKey]:
    """Every title at least one member has watched."""
    return frozenset().union(*(m.watched for m in members))


def rank(members: Sequence[Wishes]) -> list[Candidate]:
    """Every title somebody wants and nobody watched, best first."""
    seen = watched_by_anyone(members)
    media: dict[MediaKey, Media] = {}
    wanted: dict[MediaKey, dict[int, str]] = {}
    suggested: dict[MediaKey, dict[int, str]] = {}
    for member in members:
        for item in member.watchlist:
            _note(item, member, wanted, media, seen)
        for item in member.recommendations:
            key = MediaRef.of(item)
            if key is not None and member.user_id not in wanted.get(key, {}):
                _note(item, member, suggested, media, seen)
    found = []
    for key, item in media.items():
        on_lists = tuple(wanted.get(key, {}).values())
        guesses = tuple(suggested.get(key, {}).values())
        score = WATCHLIST_WEIGHT * len(on_lists) + RECOMMENDATION_WEIGHT * len(guesses)
        found.append(Candidate.of(item, score=score, wanted_by=on_lists, suggested_for=guesses))
    return sorted(found, key=_order)


def _note(
    item: Media,
    member: Wishes,
    into: dict[MediaKey, dict[int, str]],
    media: dict[MediaKey, Media],
    seen: frozenset[MediaKey],
) -> None:
    key = MediaRef.of(item)
    if key is None or key in seen:
        return
    into.setdefault(key, {}).setdefault(member.user_id, member.name)
    # Keep the richest copy (a minimal object may lack the rating or the genres).
    if key not in media or (item.rating and not media[key].rating):
        media[key] = item


def _order(candidate: Candidate) -> tuple[int, float, str, str, int]:
    return (
        -candidate.score,
        -(candidate.rating or 0.0),
        candidate.title.casefold(),
        candidate.kind,
        candidate.trakt_id,
    )


def widen(
    candidates: Sequence[Candidate],
    trending: Iterable[Media],
    watched: frozenset[MediaKey],
    *,
    wanted: int = POLL_MAX,
) -> list[Candidate]:
    """`candidates` topped up to `wanted` with trending titles nobody has watched."""
    out = list(candidates)
    have = {c.key for c in out}
    for item in trending:
        if len(out) >= wanted:
            break
        key = MediaRef.of(item)
        if key is None or key in have or key in watched:
            continue
        have.add(key)
        out.append(Candidate.of(item, trending=True))
    return out


def tally(votes: Mapping[int, Sequence[int]], options: int) -> list[int]:
    """Votes per option from `{user_id: [option, ...]}` (out-of-range options ignored)."""
    counts = [0] * options
    for chosen in votes.values():
        for index in chosen:
            if 0 <= index < options:
                counts[index] += 1
    return counts


def winner(counts: Sequence[int]) -> int:
    """The option with the most votes; a tie goes to the higher-ranked (earlier) option."""
    if not counts:
        raise ValueError("no options")
    best = max(counts)
    return next(index for index, count in enumerate(counts) if count == best)
