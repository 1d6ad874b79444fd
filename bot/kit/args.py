"""The words people type after a command (`/history movies week`), in every language.

Each locale lists its aliases in `locales/<lang>/args.ftl`, one message per canonical word:
`arg-movies = filme, film*`. Aliases are comma-separated; the first one is the word the
usage texts show. An alias ending in `*` is a stem: it matches every word that starts
with it (`film*` takes `film`, `films`, `filmes`, `filmler`).

Anyone may type any language's word: `match` looks a word up in the union of all locales,
so English always works and a German speaker in a Russian chat is understood too.
Matching ignores case, accents, surrounding punctuation (`/`, quotes, commas) and
invisible marks such as the zero-width non-joiner of Persian plurals.
"""

from __future__ import annotations

import functools
import logging
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.i18n import I18n, shared_i18n

logger = logging.getLogger(__name__)

# Canonical words: every locale's args.ftl has `arg-<word>` for each.
SHOWS, MOVIES = "shows", "movies"
WEEK, MONTH, YEAR, ALL = "week", "month", "year", "all"
RANK, ADDED, RELEASED, TITLE = "rank", "added", "released", "title"
# /notify's words
DIGEST, ON, OFF, QUIET, ZONE, PREMIERES, FINALES = (
    "digest", "on", "off", "quiet", "tz", "premieres", "finales"
)  # fmt: skip
CANONICAL = (
    SHOWS, MOVIES, WEEK, MONTH, YEAR, ALL, RANK, ADDED, RELEASED, TITLE,
    DIGEST, ON, OFF, QUIET, ZONE, PREMIERES, FINALES,
)  # fmt: skip
PREFIX = "arg-"
STEM = "*"
# Letters people type interchangeably: Turkish dotless i, Arabic forms of Persian letters,
# typographic apostrophes (Ukrainian).
_FOLD = str.maketrans({"ı": "i", "ي": "ی", "ك": "ک", "’": "'", "ʼ": "'", "`": "'"})


def normalize(token: str) -> str:
    """Lower case, without accents, invisible marks or punctuation around the word."""
    decomposed = unicodedata.normalize("NFKD", token)
    kept = "".join(c for c in decomposed if unicodedata.category(c) not in ("Mn", "Cf"))
    text = kept.casefold().translate(_FOLD)
    start, end = 0, len(text)
    while start < end and _is_edge(text[start]):
        start += 1
    while end > start and _is_edge(text[end - 1]):
        end -= 1
    return text[start:end]


def _is_edge(char: str) -> bool:
    return char.isspace() or unicodedata.category(char)[0] in "PS"


def aliases(i18n: I18n, language: str) -> dict[str, tuple[str, ...]]:
    """Canonical word → that locale's aliases as written (first one first)."""
    bundle = i18n.bundle(language)
    found: dict[str, tuple[str, ...]] = {}
    for word in CANONICAL:
        key = PREFIX + word
        if not bundle.has_message(key):
            continue
        pattern = bundle.get_message(key).value
        if pattern is None:
            continue
        text, _ = bundle.format_pattern(pattern, {})
        found[word] = tuple(a.strip() for a in str(text).split(",") if a.strip())
    return found


@dataclass(frozen=True)
class Words:
    """Aliases of the canonical words: whole words and stems, both normalized."""

    exact: Mapping[str, str]
    stems: tuple[tuple[str, str], ...]  # (stem, canonical), longest stem first

    @classmethod
    def build(cls, tables: list[dict[str, tuple[str, ...]]]) -> Words:
        """Merge alias tables; a word claimed by two canonical words keeps the first claim."""
        exact: dict[str, str] = {}
        stems: dict[str, str] = {}
        for table in tables:
            for word, names in table.items():
                for name in names:
                    is_stem = name.endswith(STEM)
                    key = normalize(name.removesuffix(STEM))
                    if not key:
                        continue
                    target = stems if is_stem else exact
                    claimed = target.setdefault(key, word)
                    if claimed != word:
                        logger.warning("argument word %r means %s and %s", name, claimed, word)
        ordered = sorted(stems.items(), key=lambda item: -len(item[0]))
        return cls(exact, tuple(ordered))

    def match(self, token: str) -> str | None:
        """The canonical word `token` stands for, if any."""
        word = normalize(token)
        if not word:
            return None
        found = self.exact.get(word)
        if found is not None:
            return found
        return next((canon for stem, canon in self.stems if word.startswith(stem)), None)


@functools.cache
def words() -> Words:
    """Every locale's aliases, English first, loaded once per process."""
    i18n = shared_i18n()
    return Words.build([aliases(i18n, language) for language in i18n.languages])


def match(token: str) -> str | None:
    """The canonical word (`movies`, `week`, ...) for a word typed in any language."""
    return words().match(token)


def matches(tokens: Iterable[str]) -> list[str | None]:
    """`match` of every token, in order."""
    return [match(token) for token in tokens]


def pick(tokens: Iterable[str], *slots: Mapping[str, str]) -> list[str | None] | None:
    """Fill one slot per table from the typed words, e.g. (kind, period) for /history.

    Each word must fit a table whose slot is still empty; a word that fits none (or a
    second word for a filled slot) makes the whole input invalid: None.
    """
    found: list[str | None] = [None] * len(slots)
    for word in matches(tokens):
        for index, table in enumerate(slots):
            value = table.get(word) if word else None
            if value is not None and found[index] is None:
                found[index] = value
                break
        else:
            return None
    return found


# What /history and /watchlist take for the kind of title (a, s, m in callback data).
KIND_WORDS = {ALL: "a", SHOWS: "s", MOVIES: "m"}
