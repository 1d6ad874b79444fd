"""bot.translations: Trakt's titles in the reader's language, cached, with a quiet fallback;
and the lists and cards that show them (translated title first, the original beside it)."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from typing import Any, cast

import pytest

from bot.crypto import TokenCipher, generate_key
from bot.store import Store
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from bot.trakt import Ids, Movie, ServerError, Show, TraktAPI, Translation
from bot.translations import PER_PERSON, TTL, Translations, best, trakt_language
from tests.helpers import link_account

NOW = 1_700_000_000.0
DARK = Show(title="Dark", year=2017, ids=Ids(trakt=70523))
BARE = Show(title="Obscure", year=2001, ids=Ids(trakt=5), available_translations=("en",))


class FakeAPI:
    """Answers `translations` from a table; counts calls; can fail or stall."""

    def __init__(self, table: dict[tuple[str, int, str], list[Translation]]) -> None:
        self.table = table
        self.calls: Counter[tuple[str, int, str]] = Counter()
        self.fail = False
        self.gate: asyncio.Event | None = None

    async def translations(
        self, kind: str, trakt_id: int, lang: str, *, token: str | None = None
    ) -> list[Translation]:
        self.calls[(kind, trakt_id, lang)] += 1
        if self.gate is not None:
            await self.gate.wait()
        if self.fail:
            raise ServerError("down", status=503)
        return self.table.get((kind, trakt_id, lang), [])


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(":memory:", TokenCipher([generate_key()])) as opened:
        yield opened


def _service(api: FakeAPI, store: Store, clock: list[float], **kwargs: Any) -> Translations:
    return Translations(cast(TraktAPI, api), store, clock=lambda: clock[0], **kwargs)


RU_DARK = Translation(language="ru", country="ru", title="Тьма", overview="Исчезновение…")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", None),
        ("ru", ("ru", "ru")),
        ("pt-BR", ("pt", "br")),
        ("pt", ("pt", "pt")),
        ("fa", ("fa", "ir")),
        ("uk", ("uk", "ua")),
        ("de", ("de", "de")),
    ],
)
def test_trakt_language(language: str, expected: tuple[str, str] | None) -> None:
    assert trakt_language(language) == expected


def test_best_prefers_the_country_and_fills_gaps_from_the_others() -> None:
    found = [
        Translation(language="pt", country="pt", title="Ruptura (PT)", overview="Visão PT"),
        Translation(language="pt", country="br", title="Ruptura", overview=None),
        Translation(language="es", country="es", title="Separación", overview="ES"),
    ]
    chosen = best(found, "pt", "br")
    assert chosen is not None
    assert (chosen.title, chosen.overview) == ("Ruptura", "Visão PT")
    assert best(found, "fr", "fr") is None
    assert best([Translation(language="de", title=" ", overview="")], "de", "de") is None


async def test_cached_for_a_week_in_the_store(store: Store) -> None:
    api, clock = FakeAPI({("shows", 70523, "ru"): [RU_DARK]}), [NOW]
    service = _service(api, store, clock)
    assert (await service.get(DARK, "ru")) == Translation(
        language="ru", country="ru", title="Тьма", overview="Исчезновение…"
    )
    again = _service(api, store, clock)  # a restart: only the store remembers
    found = await again.get(DARK, "ru")
    assert found is not None and found.title == "Тьма"
    assert api.calls[("shows", 70523, "ru")] == 1
    clock[0] += TTL + 1
    await again.get(DARK, "ru")
    assert api.calls[("shows", 70523, "ru")] == 2


async def test_no_translation_is_cached_too(store: Store) -> None:
    api, clock = FakeAPI({}), [NOW]
    service = _service(api, store, clock)
    assert await service.get(DARK, "de") is None
    assert await service.get(DARK, "de") is None
    assert api.calls[("shows", 70523, "de")] == 1


async def test_never_asked_for_english_or_a_language_trakt_lacks(store: Store) -> None:
    api, clock = FakeAPI({}), [NOW]
    service = _service(api, store, clock)
    assert await service.get(DARK, "en") is None
    assert await service.get(BARE, "ru") is None  # available_translations has only "en"
    assert await service.many([Movie(title="No id")], "ru") == {}
    assert not api.calls


async def test_a_failure_falls_back_quietly_and_is_not_cached(store: Store) -> None:
    api, clock = FakeAPI({("shows", 70523, "ru"): [RU_DARK]}), [NOW]
    service = _service(api, store, clock)
    api.fail = True
    assert await service.get(DARK, "ru") is None
    api.fail = False
    found = await service.get(DARK, "ru")
    assert found is not None and found.title == "Тьма"


async def test_single_flight_and_a_short_wait(store: Store) -> None:
    api, clock = FakeAPI({("shows", 70523, "ru"): [RU_DARK]}), [NOW]
    service = _service(api, store, clock, timeout=0.05)
    api.gate = asyncio.Event()
    first, second = await asyncio.gather(service.get(DARK, "ru"), service.get(DARK, "ru"))
    assert first is None and second is None  # too slow: shown in English this time
    assert api.calls[("shows", 70523, "ru")] == 1
    api.gate.set()
    for _ in range(20):  # the request goes on and fills the cache for next time
        await asyncio.sleep(0)
    found = await service.get(DARK, "ru")
    assert found is not None and found.title == "Тьма"
    assert api.calls[("shows", 70523, "ru")] == 1


async def test_ask_and_wait_bound_what_one_answer_costs(store: Store) -> None:
    api, clock = FakeAPI({("shows", 70523, "ru"): [RU_DARK]}), [NOW]
    service = _service(api, store, clock, timeout=60.0)
    titles = [Show(title=f"S{n}", ids=Ids(trakt=n)) for n in range(1, 6)]
    api.gate = asyncio.Event()
    loop = asyncio.get_running_loop()
    started = loop.time()
    found = await service.many([DARK, *titles], "ru", ask=2, wait=0.05)
    assert loop.time() - started < 5  # `wait`, not the service's 60 s timeout
    assert len(found) == 0 and sum(api.calls.values()) == 2  # only the first two asked
    api.gate.set()
    for _ in range(20):
        await asyncio.sleep(0)
    assert (await service.many([DARK], "ru", ask=0)).of(DARK) is not None  # cached since
    assert sum(api.calls.values()) == 2


class _Stalled(FakeAPI):
    """Stalls every request made with the token "spent" (a person waiting on their own
    budget, or a slow answer for them); answers the others at once."""

    async def translations(
        self, kind: str, trakt_id: int, lang: str, *, token: str | None = None
    ) -> list[Translation]:
        if token == "spent":
            self.calls[(kind, trakt_id, lang)] += 1
            await asyncio.Event().wait()
        return await super().translations(kind, trakt_id, lang, token=token)


async def test_one_readers_stalled_requests_hold_only_their_own_slots(store: Store) -> None:
    api, clock = _Stalled({("shows", 70523, "ru"): [RU_DARK]}), [NOW]
    service = _service(api, store, clock, timeout=0.05)
    pages = [Show(title=f"S{n}", ids=Ids(trakt=n)) for n in range(1, 41)]
    assert await service.many(pages, "ru", token="spent") == {}
    assert sum(api.calls.values()) == PER_PERSON  # the rest wait for their own turn
    found = await service.many([DARK], "ru", token="someone else")
    assert found.of(DARK) is not None  # at once, not after the timeout
    await service.aclose()


async def test_a_page_is_asked_once_per_title(store: Store) -> None:
    api, clock = FakeAPI({("shows", 70523, "ru"): [RU_DARK]}), [NOW]
    service = _service(api, store, clock)
    movie = Movie(title="Inception", year=2010, ids=Ids(trakt=16662))
    found = await service.many([DARK, movie, DARK], "ru")
    assert found.of(DARK) is not None and found.of(movie) is None
    assert sum(api.calls.values()) == 2


# --- in the chat (demo Trakt: Russian translations for a few titles) -----------------------


def _translation_requests(bot: Harness) -> list[str]:
    assert bot.demo is not None
    return [r.path for r in bot.demo.requests if "/translations/" in r.path]


async def test_search_list_translated_with_the_original_beside(
    bot: Harness, ru_chat: ChatDriver
) -> None:
    await ru_chat.say("/search breaking")
    text = ru_chat.text()
    assert "1. Во все тяжкие (2008) · Breaking Bad" in text
    assert "Школьный учитель химии" in text  # the overview is Trakt's Russian one
    first = len(_translation_requests(bot))
    assert 1 <= first <= 8
    await ru_chat.say("/search breaking")
    assert len(_translation_requests(bot)) == first  # cached
    await bot.restart()
    await ru_chat.say("/search breaking")
    assert len(_translation_requests(bot)) == first  # cached across restarts (SQLite)


async def test_a_title_without_translation_stays_as_it_is(ru_chat: ChatDriver) -> None:
    await ru_chat.say("/search the bear")
    assert "1. The Bear (2022)\n" in ru_chat.text()


async def test_english_never_asks_for_translations(bot: Harness, chat: ChatDriver) -> None:
    await chat.say("/trending")
    await chat.say("/search breaking")
    await chat.press("1")
    assert chat.text().startswith("📺 Breaking Bad (2008)\n")
    assert not _translation_requests(bot)


async def test_trakt_failing_on_translations_is_quiet(bot: Harness, ru_chat: ChatDriver) -> None:
    assert bot.demo is not None
    attempts = 3  # per message: the client retries a 5xx twice (RetryPolicy.max_attempts)
    bot.demo.fail("GET", "/shows/1388/translations", 503, times=2 * attempts)
    await ru_chat.say("/search breaking")
    assert "1. Breaking Bad (2008)\n" in ru_chat.text()
    await ru_chat.press("1")
    card = ru_chat.text()
    assert card.startswith("📺 Breaking Bad (2008)\n") and "Похожие:" in card
    failed = [p for p in _translation_requests(bot) if p.startswith("/shows/1388/")]
    assert len(failed) == 2 * attempts
    await ru_chat.say("/search breaking")  # a failure is not cached: asked again
    assert "1. Во все тяжкие (2008) · Breaking Bad" in ru_chat.text()


async def test_card_shows_the_original_beside_the_translation(ru_chat: ChatDriver) -> None:
    await ru_chat.say("/search inception")
    await ru_chat.press("1")
    assert ru_chat.text().startswith("🎬 Начало (2010) · Inception\n")


async def test_trending_in_russian_is_translated_where_trakt_can(ru_chat: ChatDriver) -> None:
    await ru_chat.say("/trending")
    text = ru_chat.text()
    assert "· Breaking Bad" in text or "· Severance" in text or "· The Office" in text
    assert "{" not in text


async def test_history_translates_show_titles(bot: Harness, ru_chat: ChatDriver) -> None:
    await link_account(bot, ru_chat.user.id)
    await ru_chat.say("/history сериалы")
    assert "Во все тяжкие · Breaking Bad · S01E" in ru_chat.text()


async def test_watchlist_uses_the_translated_title(bot: Harness, ru_chat: ChatDriver) -> None:
    await link_account(bot, ru_chat.user.id)
    await ru_chat.say("/search inception")
    await ru_chat.press("1")
    await ru_chat.press("Буду смотреть")
    await ru_chat.say("/watchlist фильмы добавлено")
    assert "1. 🎬 Начало (2010) · Inception" in ru_chat.text()
    assert ru_chat.buttons()[0][0].label == "1. Начало"
