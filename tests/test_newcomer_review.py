"""A newcomer's review of the console demo: each bug as the chat showed it, then fixed.

1. Nothing is checked in to or rated before it is out: an unaired episode's card and an
   unreleased movie's card offer neither, and old or forged buttons get a short alert.
2. A card always knows the person's rating, however many lists spent the snapshot budget.
3. Translations of a view the person was allowed to ask for are not refused separately by
   the per-person share of the shared bucket; an expected refusal is one log line.
4. Old /notify buttons after /unlink only alert, as every other old button does (a
   notification's 🔕 too: tests/test_notify_chat.py).
5. A show card's next-episode button reads as an action, in every language.
6. Persian: item numbers, number buttons and the UTC offset in Persian digits; an empty
   argument leaves no empty isolate pair.

The demo's clock (and the bot's) is fixed at Friday 2026-12-04 12:00 UTC: Shōgun's second
season airs one episode a day from today, The Odyssey comes out on Sunday.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import cast

import pytest

from bot.crypto import TokenCipher, generate_key
from bot.demo import DemoTrakt
from bot.i18n import FSI, PDI, shared_i18n
from bot.kit.callback import encode
from bot.kit.codes import Action
from bot.snapshots import Part, SnapshotCache
from bot.store import Store
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness, use_limits
from bot.trakt import Busy, Episode, Ids, Rate, RateLimitConfig, RateLimits, Show, TraktAPI
from bot.trakt.fair import FairConfig, TooFast, along
from bot.translations import Translations
from tests.helpers import Clock, labels, link_account

I18N = shared_i18n()
NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
SHOGUN, ODYSSEY, INCEPTION, PARASITE, BREAKING_BAD = 157138, 1093511, 16662, 310010, 1388
SEVERANCE = 154997
UNLIMITED = Rate(10**6, 1.0)
DARK = Show(title="Dark", year=2017, ids=Ids(trakt=70523))


@pytest.fixture
def demo() -> DemoTrakt:
    """The demo Trakt on a fixed clock."""
    return DemoTrakt(clock=NOW.timestamp, approve_after=None, device_interval=1)


@pytest.fixture(autouse=True)
def _bot_clock(bot: Harness) -> None:
    bot.services.accounts.clock = NOW.timestamp


def _requests(demo: DemoTrakt, method: str, path: str) -> int:
    return sum(1 for r in demo.requests if r.method == method and r.path == path)


def _episode(demo: DemoTrakt, show: int, season: int, number: int) -> int:
    return int(demo.catalogue.season(show, season).episodes[number - 1]["ids"]["trakt"])


async def _open(chat: ChatDriver, action: str, code: str, trakt_id: int) -> None:
    """Open a card as its button in a list would (below a message of the bot's)."""
    if not chat.replies:
        await chat.say("/help")
    await chat.press_data(
        encode(action, code, trakt_id, owner=chat.user.id), chat.last_reply.message_id
    )


# --- 1. nothing checked in to or rated before it is out -----------------------------------


async def test_an_unaired_episode_from_the_calendar_offers_no_check_in_nor_rating(
    ann: ChatDriver, demo: DemoTrakt
) -> None:
    await ann.say("/calendar")
    line = next(x for x in ann.text().splitlines() if "S02E02" in x)  # tomorrow's
    await ann.press(line.split(".")[0])
    assert "It hasn’t aired yet" in ann.text()
    shown = labels(ann)
    assert "🎬 Check in" not in shown and "⭐ Rate" not in shown
    assert "📺 Show" in shown


async def test_an_aired_episode_still_offers_both(ann: ChatDriver, demo: DemoTrakt) -> None:
    await _open(ann, Action.EPISODE_OPEN, "e", _episode(demo, SHOGUN, 2, 1))  # aired at 2 AM
    assert {"🎬 Check in", "⭐ Rate", "👁 Mark watched"} <= set(labels(ann))


async def test_an_unreleased_movie_offers_no_check_in_nor_rating(
    ann: ChatDriver, demo: DemoTrakt
) -> None:
    await _open(ann, Action.DETAILS_OPEN, "m", ODYSSEY)
    assert ann.text().startswith("🎬 The Odyssey (2026)")
    shown = labels(ann)
    assert "🎬 Check in" not in shown and "⭐ Rate" not in shown
    assert "➕ Watchlist" in shown


@pytest.mark.parametrize(
    ("code", "which", "said"),
    [("e", "episode", "It hasn’t aired yet"), ("m", "movie", "It isn’t out yet")],
)
@pytest.mark.parametrize("verb", ["checkin", "rate", "rate:7"])
async def test_old_or_forged_buttons_for_what_is_not_out_only_alert(
    ann: ChatDriver, demo: DemoTrakt, code: str, which: str, said: str, verb: str
) -> None:
    trakt_id = _episode(demo, SHOGUN, 2, 2) if which == "episode" else ODYSSEY
    await ann.say("/help")
    if verb == "checkin":
        data = encode(Action.CHECKIN, code, trakt_id, owner=ann.user.id)
    else:
        data = encode(Action.MARK, verb, code, trakt_id, owner=ann.user.id)
    before = len(ann.replies)
    await ann.press_data(data, ann.last_reply.message_id)
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert ann.last_alert == said
    assert len(ann.replies) == before
    assert _requests(demo, "POST", "/checkin") == 0
    assert _requests(demo, "POST", "/sync/ratings") == 0
    history = demo.users["demo"].history
    assert not any(h.trakt == trakt_id for h in history)


def test_the_not_out_alert_in_every_language() -> None:
    for language in I18N.languages:
        tr = I18N.translator(language)
        assert tr.plain("details-not-out-toast") != "details-not-out-toast"
        assert len(tr.plain("details-not-out-toast")) <= 60


# --- 2. a card always knows the rating -----------------------------------------------------


async def test_cards_know_the_rating_after_lists_spent_the_snapshot_budget(
    ann: ChatDriver, demo: DemoTrakt
) -> None:
    for command in ("/trending", "/watchlist", "/history", "/recommend"):
        await ann.say(command)
    await _open(ann, Action.DETAILS_OPEN, "m", INCEPTION)
    assert "✅ Rated 9/10" in labels(ann)
    await ann.press("✅ Rated 9/10")
    assert "✅ 9" in labels(ann)  # the picker ticks it
    await _open(ann, Action.DETAILS_OPEN, "m", PARASITE)
    assert "✅ Rated 10/10" in labels(ann)
    await _open(ann, Action.DETAILS_OPEN, "s", BREAKING_BAD)
    assert "✅ Rated 10/10" in labels(ann)


async def test_an_episode_card_shows_a_rating_given_elsewhere(
    ann: ChatDriver, demo: DemoTrakt
) -> None:
    await _open(ann, Action.EPISODE_OPEN, "e", _episode(demo, SEVERANCE, 1, 1))  # rated 9
    assert "✅ Rated 9/10" in labels(ann)
    assert "9/10" in ann.text()


async def test_a_needed_part_never_asked_is_asked_beyond_the_budget_once() -> None:
    calls: list[str] = []

    def fetch(part: Part) -> Callable[[], Awaitable[frozenset[str]]]:
        async def go() -> frozenset[str]:
            calls.append(part)
            return frozenset({"movie:1=9"} if part == "ratings" else {"movie:1"})

        return go

    clock = Clock()
    cache = SnapshotCache(clock=clock)
    parts: tuple[Part, ...] = ("watchlist", "movies", "shows", "ratings")
    fetches = {part: fetch(part) for part in parts}
    await cache.get(7, fetches, ("watchlist", "shows"))  # a list spends the budget
    found = await cache.get(
        7, fetches, ("watchlist", "movies", "ratings"), extra=1, needed=("ratings",)
    )
    assert calls == ["watchlist", "shows", "movies", "ratings"]
    assert found.ratings == {"movie:1": 9}
    clock.now += 1
    await cache.get(7, fetches, ("ratings",), extra=1, needed=("ratings",))
    assert len(calls) == 4  # asked once: kept from then on, refreshed within the budget


# --- 3. translations under the per-person budget --------------------------------------------


async def test_translations_ride_on_the_view_the_person_was_allowed(
    bot: Harness, ru_chat: ChatDriver, caplog: pytest.LogCaptureFixture
) -> None:
    """Boris, Russian, not linked, browses at a person's pace (a view every 5 s): every
    view is answered, in Russian, and no translation is refused."""
    clock = Clock()
    limits = RateLimits(
        RateLimitConfig(
            unauthed_get=UNLIMITED, authed_get=UNLIMITED, authed_write=UNLIMITED, fair=FairConfig()
        )
    )
    limits.fair.clock = clock
    use_limits(bot.app, limits)
    caplog.set_level(logging.INFO)
    for step in ("/trending movies", "▶", "▶", "/popular movies", "▶", "/trending"):
        if step.startswith("/"):
            await ru_chat.say(step)
        else:
            await ru_chat.press(step)
        assert "⏳" not in ru_chat.text(), step
        clock.now += 5
    assert "Во все тяжкие" in ru_chat.text()
    assert "Уолтер Уайт" in ru_chat.text()  # the overview too
    noisy = [r for r in caplog.records if r.exc_info or r.levelno >= logging.WARNING]
    assert noisy == []


class _Refusing:
    """A Trakt client whose translation requests are refused before leaving."""

    async def translations(self, *args: object, **kwargs: object) -> list[object]:
        raise TooFast(3.0, tell=False)

    async def episode_translations(self, *args: object, **kwargs: object) -> list[object]:
        raise TooFast(3.0, tell=False)


async def test_a_refused_translation_is_one_quiet_line(caplog: pytest.LogCaptureFixture) -> None:
    with Store(":memory:", TokenCipher([generate_key()])) as store:
        translations = Translations(cast(TraktAPI, _Refusing()), store)
        caplog.set_level(logging.DEBUG, logger="bot.translations")
        assert await translations.many([DARK], "ru") == {}
        episode = Episode(season=1, number=1, title="Secrets", ids=Ids(trakt=77))
        assert await translations.episode(70523, episode, "ru") is None
    lines = [r for r in caplog.records if r.name == "bot.translations"]
    assert len(lines) == 2
    assert all(r.levelno == logging.INFO and not r.exc_info for r in lines)


async def test_an_extra_takes_the_shared_bucket_only_while_half_is_free() -> None:
    limits = RateLimits(RateLimitConfig(unauthed_get=Rate(10, 300.0)))
    with along():
        for _ in range(6):  # at once: never a wait
            await asyncio.wait_for(limits.acquire("get", None), 0.5)
        with pytest.raises(Busy):
            await limits.acquire("get", None)
    await asyncio.wait_for(limits.acquire("get", None), 0.5)  # answers still find room


async def test_an_extra_never_waits_for_a_persons_spent_bucket() -> None:
    """A translation made with a token whose bucket is spent is skipped at once: it would
    otherwise wait `read_wait` holding one of the bot's translation slots."""
    limits = RateLimits(RateLimitConfig(authed_get=Rate(1, 3600.0), read_wait=3600.0))
    await asyncio.wait_for(limits.acquire("get", "token"), 0.5)
    with along(), pytest.raises(Busy):
        await asyncio.wait_for(limits.acquire("get", "token"), 0.5)


# --- 4. old /notify buttons after /unlink ---------------------------------------------------


@pytest.mark.parametrize("press", ["Off", "🌍 Time zone"])
async def test_old_notify_buttons_after_unlink_only_alert(
    bot: Harness, ann: ChatDriver, press: str
) -> None:
    await ann.say("/notify episodes")
    settings = ann.last_reply
    text = ann.text(settings)
    before = bot.services.store.notify_settings(ann.user.id)
    await ann.say("/unlink")
    await ann.press("Yes, unlink")
    replies = len(ann.replies)
    await ann.press(press, message=settings)
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert ann.last_alert == "Link your Trakt account first: send /link."
    assert ann.text(settings) == text and len(ann.replies) == replies
    assert bot.services.store.notify_settings(ann.user.id).mode == before.mode == "each"


# --- 5. the next-episode button reads as an action ------------------------------------------


async def test_the_next_episode_button_says_what_it_does(ann: ChatDriver, demo: DemoTrakt) -> None:
    await _open(ann, Action.DETAILS_OPEN, "s", BREAKING_BAD)
    assert "👁 Mark S02E01 watched" in labels(ann)
    assert not any(label.startswith("✅ Next") for label in labels(ann))


@pytest.mark.parametrize("language", I18N.languages)
def test_the_next_episode_label_fits_a_phone_button(language: str) -> None:
    label = I18N.translator(language).plain("action-next-episode", episode="S02E01")
    plain = label.replace(FSI, "").replace(PDI, "")
    assert "S02E01" in plain and len(plain) <= 24 and not plain.startswith("✅")


# --- 6. Persian digits and empty arguments ---------------------------------------------------


def _plain(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "").replace("\u200f", "")


@pytest.fixture
async def sara(bot: Harness) -> ChatDriver:
    chat = bot.chat(user_id=1003, first_name="Sara", language_code="fa")
    await link_account(bot, chat.user.id)
    return chat


async def test_persian_item_numbers_and_their_buttons(sara: ChatDriver) -> None:
    await sara.say("/trending")
    text = _plain(sara.text())
    assert "\n۱. Game of Thrones (۲۰۱۱)" in text and "\n1. " not in text
    numbers = [_plain(label) for label in labels(sara) if _plain(label).isdigit()]
    assert numbers[:3] == ["۱", "۲", "۳"] and len(numbers) == text.count("\n\n") - 1
    await sara.press("۱")  # the data stays ASCII: the card opens
    assert "Game of Thrones" in sara.text()
    await sara.say("/next")
    assert _plain(sara.buttons()[0][0].label) == "✅ ۱"


async def test_persian_utc_offset_and_rating_buttons(sara: ChatDriver) -> None:
    await sara.say("/notify episodes")
    assert "UTC+۰۰:۰۰" in _plain(sara.text()) and "UTC+00" not in sara.text()
    await _open(sara, Action.DETAILS_OPEN, "m", INCEPTION)
    rated = next(label for label in labels(sara) if "۹/۱۰" in _plain(label))
    await sara.press(rated)
    shown = [_plain(label) for label in labels(sara)]
    assert "✅ ۹" in shown and "۱۰" in shown and "10" not in shown


async def test_an_empty_argument_leaves_no_empty_isolates(sara: ChatDriver) -> None:
    await sara.say("/history")
    assert f"{FSI}{PDI}" not in sara.text()
    assert sara.text().split("\n")[0].endswith("تاریخچهٔ شما")
