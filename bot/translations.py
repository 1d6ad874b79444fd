"""Titles and overviews in the reader's language, from Trakt's translations.

Trakt's own text is English. `/{shows|movies}/{id}/translations/{lang}` has the title
and overview in another language when someone wrote them; `Translations` asks it for
the titles a message shows and remembers the answer:

- never for English (nothing to ask), nor for a title whose `available_translations`
  (sent with `extended=full`) lacks the language;
- cached in SQLite (`kv_cache`) for `TTL` (7 days), across restarts; an empty answer is
  cached too, so a title without a translation costs one request a week; failures are
  not cached (the next message asks again);
- single-flight: concurrent readers of one title share one request;
- bounded: `many` asks for a page's titles concurrently (at most `CONCURRENCY` requests
  in flight for the whole bot, `PER_PERSON` of them for one person, so one person's
  pages never hold everyone's slots) and waits at most `timeout` seconds; whatever is
  not back by then shows in English this time, and lands in the cache for the next.

Requests ride on the answer that asked for them (`bot.trakt.fair.along`): they spend no
per-person share of the shared bucket one by one, and never wait for a bucket (a
person's spent token budget skips them at once). Any failure, such a refusal too, falls
back quietly to Trakt's English text (one log line, no traceback).
Language codes are ours (`pt-BR`, `fa`); Trakt takes the 2-letter language and answers
one entry per country, so `pt-BR` prefers Brazil's entry, `de` Germany's, `uk` Ukraine's.

Cost: per title and language, one GET the first time, then none for a week.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Hashable, Iterable, Sequence

from bot.store import Store
from bot.trakt import Episode, MediaKind, Movie, Show, TraktAPI, TraktError, Translation
from bot.trakt.api_params import token_key
from bot.trakt.fair import TooFast, along, current
from bot.trakt.ref import MediaRef

logger = logging.getLogger(__name__)

Media = Movie | Show
TTL = 7 * 24 * 3600
TIMEOUT = 2.0  # seconds a message waits for its titles' translations
CONCURRENCY = 16  # translation requests in flight, for the whole bot
PER_PERSON = 4  # of them for the titles one person reads (a page asks its own in turn)
NO_TRANSLATION = "en"
CACHE_PREFIX = "translation"
# The country whose entry a bare language prefers, where it is not the language's code.
HOME_COUNTRY = {"uk": "ua", "fa": "ir", "en": "us", "ja": "jp", "ko": "kr", "zh": "cn"}


def trakt_language(language: str) -> tuple[str, str] | None:
    """Trakt's language and our preferred country for a locale (`pt-BR` → `pt`, `br`);
    None for English, which is Trakt's own."""
    parts = language.replace("_", "-").lower().split("-")
    lang = parts[0]
    if not lang or lang == NO_TRANSLATION:
        return None
    country = parts[1] if len(parts) > 1 and parts[1] else HOME_COUNTRY.get(lang, lang)
    return lang, country


def best(found: Sequence[Translation], language: str, country: str) -> Translation | None:
    """The title and overview to show: the preferred country's entry first, then any
    other of the language (a title from one, the overview from another if need be)."""
    same = [t for t in found if (t.language or "").lower() == language]
    same.sort(key=lambda t: (t.country or "").lower() != country)
    title = next((t.title.strip() for t in same if t.title and t.title.strip()), None)
    overview = next((t.overview for t in same if t.overview and t.overview.strip()), None)
    if title is None and overview is None:
        return None
    return Translation(language=language, country=country, title=title, overview=overview)


class Localized(dict[str, Translation]):
    """Translations found for a message's titles, by `MediaRef.key`."""

    def of(self, media: Media | None) -> Translation | None:
        """The translation of one title, if found."""
        ref = MediaRef.of(media)
        key = ref.key if ref else None
        return self.get(key) if key else None


class Translations:
    """Translated titles and overviews, cached; see the module docstring."""

    def __init__(
        self,
        api: TraktAPI,
        store: Store,
        *,
        ttl: int = TTL,
        timeout: float = TIMEOUT,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.api = api
        self.store = store
        self.ttl = ttl
        self.timeout = timeout
        self.clock = clock
        self._inflight: dict[str, asyncio.Task[Translation | None]] = {}
        self._slots = _Slots(CONCURRENCY, PER_PERSON)

    @staticmethod
    def wanted(language: str) -> bool:
        """Whether titles are ever translated for this locale (not for English)."""
        return trakt_language(language) is not None

    async def get(
        self, media: Media, language: str, *, token: str | None = None
    ) -> Translation | None:
        """One title's translation, or None (none at Trakt, English, or a failure)."""
        return (await self.many([media], language, token=token)).of(media)

    async def many(
        self,
        items: Iterable[Media],
        language: str,
        *,
        token: str | None = None,
        ask: int | None = None,
        wait: float | None = None,
    ) -> Localized:
        """Translations of several titles by `MediaRef.key`; titles without one are absent.

        `ask`: at most this many titles not yet cached are asked of Trakt (the first
        ones); the rest only come from the cache. `wait`: seconds, if shorter than `timeout`.
        """
        target = trakt_language(language)
        found = Localized()
        if target is None:
            return found
        waiting: dict[str, asyncio.Task[Translation | None]] = {}
        for media in items:
            ref = MediaRef.of(media)
            key = ref.key if ref else None
            if key is None or key in found or key in waiting or not _offered(media, target[0]):
                continue
            cached = self._cached(key, language)
            if cached is not None:
                if cached.title or cached.overview:
                    found[key] = cached
                continue
            if ask is None or len(waiting) < ask:
                waiting[key] = self._fetch(media, key, language, target, token)
        if waiting:
            limit = self.timeout if wait is None else min(wait, self.timeout)
            await asyncio.wait(waiting.values(), timeout=limit)
        for key, task in waiting.items():
            result = task.result() if task.done() and not task.cancelled() else None
            if result is not None:
                found[key] = result
        return found

    async def episode(
        self, show_id: int, episode: Episode, language: str, *, token: str | None = None
    ) -> Translation | None:
        """An episode's title and overview in `language`, cached like titles; None when
        Trakt has none, for English, or on a failure."""
        target = trakt_language(language)
        ref = MediaRef.of(episode)
        if target is None or ref is None or episode.season is None or episode.number is None:
            return None
        cached = self._cached(ref.key, language)
        if cached is not None:
            return cached if cached.title or cached.overview else None
        season, number = episode.season, episode.number
        try:
            async with self._slots.hold(_reader(token)):
                with along():
                    found = await self.api.episode_translations(
                        show_id, season, number, target[0], token=token
                    )
        except (TraktError, TooFast) as exc:
            logger.info("no %s translation of %s for now: %r", language, ref.key, exc)
            return None
        chosen = best(found, *target)
        stored = {"title": chosen.title, "overview": chosen.overview} if chosen else {}
        expires = int(self.clock()) + self.ttl
        self.store.cache_set(_cache_key(ref.key, language), json.dumps(stored), expires)
        return chosen

    async def aclose(self) -> None:
        """Stop requests still running (at shutdown)."""
        tasks = list(self._inflight.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _cached(self, key: str, language: str) -> Translation | None:
        """The stored answer: a Translation (empty when Trakt has none), None if not asked."""
        raw = self.store.cache_get(_cache_key(key, language), self.clock())
        if raw is None:
            return None
        try:
            data = json.loads(raw)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        title, overview = data.get("title"), data.get("overview")
        return Translation(
            language=language,
            title=title if isinstance(title, str) else None,
            overview=overview if isinstance(overview, str) else None,
        )

    def _fetch(
        self,
        media: Media,
        key: str,
        language: str,
        target: tuple[str, str],
        token: str | None,
    ) -> asyncio.Task[Translation | None]:
        """The shared request for one title and language (started unless already running)."""
        flight = f"{key}/{language}"
        task = self._inflight.get(flight)
        if task is None:
            task = asyncio.ensure_future(self._ask(media, key, language, target, token))
            self._inflight[flight] = task
            task.add_done_callback(lambda _: self._inflight.pop(flight, None))
        return task

    async def _ask(
        self,
        media: Media,
        key: str,
        language: str,
        target: tuple[str, str],
        token: str | None,
    ) -> Translation | None:
        kind: MediaKind = "movies" if isinstance(media, Movie) else "shows"
        trakt_id = media.ids.trakt
        assert trakt_id is not None
        try:
            async with self._slots.hold(_reader(token)):
                with along():
                    found = await self.api.translations(kind, trakt_id, target[0], token=token)
        except (TraktError, TooFast) as exc:  # TooFast: the person's budget, English this time
            logger.info("no %s translation of %s for now: %r", language, key, exc)
            return None
        except Exception:  # a translation is never worth a failed message
            logger.warning("translation of %s failed", key, exc_info=True)
            return None
        chosen = best(found, *target)
        stored = {"title": chosen.title, "overview": chosen.overview} if chosen else {}
        expires = int(self.clock()) + self.ttl
        self.store.cache_set(_cache_key(key, language), json.dumps(stored), expires)
        return chosen


class _Slots:
    """`total` request slots for the bot, at most `each` of them for one reader at once."""

    def __init__(self, total: int, each: int) -> None:
        self._all = asyncio.Semaphore(total)
        self._each = each
        self._readers: dict[Hashable, tuple[asyncio.Semaphore, int]] = {}

    @contextlib.asynccontextmanager
    async def hold(self, reader: Hashable | None) -> AsyncIterator[None]:
        """One slot; a known reader first takes one of their own (waiting there holds
        none of the bot's). Readers are forgotten as soon as nothing of theirs waits."""
        if reader is None:  # background work of no one person
            async with self._all:
                yield
            return
        mine, users = self._readers.get(reader, (asyncio.Semaphore(self._each), 0))
        self._readers[reader] = (mine, users + 1)
        try:
            async with mine, self._all:
                yield
        finally:
            mine, users = self._readers[reader]
            if users == 1:
                del self._readers[reader]
            else:
                self._readers[reader] = (mine, users - 1)


def _reader(token: str | None) -> Hashable | None:
    """Whose titles these are: the person of the update being handled, else the token's."""
    ticket = current()
    if ticket is not None:
        return ticket.person
    return None if token is None else token_key(token)


def _offered(media: Media, language: str) -> bool:
    """False when Trakt says it has no translation in this language (empty: unknown)."""
    return not media.available_translations or language in media.available_translations


def _cache_key(key: str, language: str) -> str:
    return f"{CACHE_PREFIX}:{key}:{language}"
