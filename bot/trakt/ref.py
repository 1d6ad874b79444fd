"""One reference to a title: its kind and Trakt id, with one codec.

Everything that names a title outside a Trakt payload uses `MediaRef`: callback data
(`code` + id: ``m|123``), a person's marks, translations (`key`: ``movie:123``), party
candidates. The kind tables live here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final, Literal, get_args

from bot.trakt.api import MediaKind
from bot.trakt.models import Episode, Media, Movie, Show

RefKind = Literal["movie", "show", "episode"]
PluralKind = Literal["movies", "shows", "episodes"]
KINDS: Final[tuple[RefKind, ...]] = get_args(RefKind)
_CODES: Final[dict[str, str]] = {"movie": "m", "show": "s", "episode": "e"}
_BY_CODE: Final[dict[str, RefKind]] = {"m": "movie", "s": "show", "e": "episode"}
_PLURALS: Final[dict[str, PluralKind]] = {
    "movie": "movies",
    "show": "shows",
    "episode": "episodes",
}
_BY_PLURAL: Final[dict[str, RefKind]] = {"movies": "movie", "shows": "show", "episodes": "episode"}
MAX_ID: Final = 10**12
# A movie-or-show toggle's code (the same letters as `MediaRef.code`) -> Trakt's plural.
TITLE_KINDS: Final[dict[str, MediaKind]] = {"s": "shows", "m": "movies"}


class BadRef(ValueError):
    """Text that does not name a title (a forged button, an unknown kind)."""


@dataclass(frozen=True, slots=True)
class MediaRef:
    """A movie, show or episode by its Trakt id."""

    kind: RefKind
    trakt_id: int

    def __post_init__(self) -> None:
        if self.kind not in _CODES or not 0 < self.trakt_id <= MAX_ID:
            raise BadRef(f"no title {self.kind!r} {self.trakt_id!r}")

    @property
    def code(self) -> str:
        """One letter for callback data: m, s or e."""
        return _CODES[self.kind]

    @property
    def plural(self) -> PluralKind:
        """The kind as Trakt's paths and sync bodies name it: movies, shows, episodes."""
        return _PLURALS[self.kind]

    @property
    def title_kind(self) -> MediaKind:
        """`movies` or `shows` for Trakt's title paths; raises BadRef for an episode."""
        if not self.is_title:
            raise BadRef(f"{self} is not a movie or show")
        return TITLE_KINDS[self.code]

    @property
    def key(self) -> str:
        """`movie:123`: a stable text key (caches, translations)."""
        return f"{self.kind}:{self.trakt_id}"

    def __str__(self) -> str:
        return self.key

    @property
    def is_title(self) -> bool:
        """A movie or a show (what cards, watchlists and recommendations hold)."""
        return self.kind != "episode"

    @classmethod
    def of(cls, media: Media | None) -> MediaRef | None:
        """The reference of a movie, show or episode; None for anything else, or no id we
        could use (missing, zero, negative or absurd: Trakt items are not always whole)."""
        trakt_id = media.ids.trakt if media is not None else None
        if trakt_id is None or not 0 < trakt_id <= MAX_ID:
            return None
        if isinstance(media, Movie):
            return cls("movie", trakt_id)
        if isinstance(media, Show):
            return cls("show", trakt_id)
        if isinstance(media, Episode):
            return cls("episode", trakt_id)
        return None

    @classmethod
    def decode(cls, code: str, trakt_id: str | int) -> MediaRef:
        """From callback data (`code`, id); raises BadRef for anything we did not make."""
        kind = _BY_CODE.get(code)
        raw = str(trakt_id)
        if kind is None or not raw.isdigit():
            raise BadRef(f"no title {code!r} {raw!r}")
        return cls(kind, int(raw))

    @classmethod
    def parse(cls, key: str) -> MediaRef:
        """From `key` (`movie:123`)."""
        word, _, raw = key.partition(":")
        kind = _BY_PLURAL.get(f"{word}s")
        if kind is None or not raw.isdigit():
            raise BadRef(f"no title {key!r}")
        return cls(kind, int(raw))

    @classmethod
    def each(cls, plural: str, trakt_ids: Iterable[int]) -> Iterator[MediaRef]:
        """References of one kind (`movies`, `shows`, `episodes`) for ids Trakt listed,
        skipping any that cannot name a title (0, negative, absurdly large)."""
        kind = _BY_PLURAL[plural]
        for trakt_id in trakt_ids:
            if 0 < trakt_id <= MAX_ID:
                yield cls(kind, trakt_id)

    @classmethod
    def from_plural(cls, plural: str, trakt_id: int) -> MediaRef:
        """From Trakt's plural kind (`movies`, `shows`, `episodes`) and an id."""
        kind = _BY_PLURAL.get(plural)
        if kind is None:
            raise BadRef(f"no kind {plural!r}")
        return cls(kind, trakt_id)
