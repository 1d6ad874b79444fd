"""/recommend end to end: personal picks, paging from one fetch, actions updating in place."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.demo import DemoTrakt
from bot.demo.trakt_state import ListedItem, UserState
from bot.features import recommend
from bot.kit.callback import MAX_BYTES
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from bot.trakt.cache import TTLCache
from tests.helpers import link_account


@pytest.fixture
async def ru_linked(bot: Harness, ru_chat: ChatDriver) -> ChatDriver:
    """Boris (Russian Telegram), linked to the demo user."""
    await link_account(bot, ru_chat.user.id)
    return ru_chat


def _user(bot: Harness, name: str = "demo") -> UserState:
    assert bot.demo is not None
    return bot.demo.users[name]


def _fetches(demo: DemoTrakt, kind: str = "shows") -> int:
    return sum(
        1 for r in demo.requests if r.method == "GET" and r.path == f"/recommendations/{kind}"
    )


def _labels(chat: ChatDriver) -> list[str]:
    return [b.label for row in chat.buttons() for b in row]


def _row(chat: ChatDriver, number: int) -> list[str]:
    """The labels of one title's row: `N. Title`, then its actions."""
    for row in chat.buttons():
        if row[0].label.startswith(f"{number}. "):
            return [b.label for b in row]
    raise LookupError(f"no row for title {number}")


async def _press_in_row(chat: ChatDriver, number: int, label: str) -> None:
    row = next(r for r in chat.buttons() if r[0].label.startswith(f"{number}. "))
    await chat.press(next(b.index for b in row if b.label == label))


async def test_unlinked_gets_the_link_prompt(chat: ChatDriver, demo: DemoTrakt) -> None:
    await chat.say("/recommend")
    assert "This needs your Trakt account" in chat.text()
    assert _labels(chat) == ["🔗 Link my Trakt"]
    assert not [r for r in demo.requests if r.path.startswith("/recommendations")]


async def test_unlinked_in_russian(ru_chat: ChatDriver) -> None:
    await ru_chat.say("/recommend")
    assert "нужен ваш аккаунт Trakt" in ru_chat.text()


async def test_shows_for_you_with_actions_per_title(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/recommend")
    text = ann.text()
    assert "Shows for you · 14 picks from Trakt" in text
    assert "1. Better Call Saul (2015)" in text and "5. Mr. Robot (2015)" in text
    assert "6." not in text
    assert "➕ add to watchlist" in text  # the legend of the icons
    assert _row(ann, 1) == ["1. Better Call Saul", "➕", "👁", "🙈"]
    assert "1 / 3" in _labels(ann) and "✓ 📺 Shows" in _labels(ann)
    request = next(r for r in demo.requests if r.path == "/recommendations/shows")
    assert request.username == "demo"
    assert request.query["ignore_watchlisted"] == "false"
    assert request.query["limit"] == str(recommend.FETCH)


async def test_russian_with_plural_forms(ru_linked: ChatDriver) -> None:
    await ru_linked.say("/recommend")
    assert "Сериалы для вас · 14 рекомендаций от Trakt" in ru_linked.text()
    assert "➕ в «Буду смотреть»" in ru_linked.text()
    await ru_linked.press("Фильмы")
    assert "Фильмы для вас" in ru_linked.text()


@pytest.mark.parametrize(
    ("count", "english", "russian"),
    [
        (1, "1 pick", "1 рекомендация"),
        (3, "3 picks", "3 рекомендации"),
        (5, "5 picks", "5 рекомендаций"),
        (21, "21 picks", "21 рекомендация"),
    ],
)
async def test_header_plurals(bot: Harness, count: int, english: str, russian: str) -> None:
    i18n = bot.services.i18n
    assert english in i18n.translator("en").plain("recommend-header-shows", count=count)
    assert russian in i18n.translator("ru").plain("recommend-header-movies", count=count)


async def test_movies_argument_starts_on_movies(ann: ChatDriver) -> None:
    await ann.say("/recommend movies")
    assert "Movies for you" in ann.text() and "Interstellar" in ann.text()
    assert "✓ 🎬 Movies" in _labels(ann)


async def test_paging_and_toggling_fetch_each_kind_once(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/recommend")
    message = ann.last_reply.message_id
    await ann.press("▶")
    assert "6. Shōgun (2024)" in ann.text() and "1. Better Call Saul" not in ann.text()
    assert "2 / 3" in _labels(ann)
    await ann.press("▶")
    assert "11." in ann.text() and "▶" not in _labels(ann)
    await ann.press("◀")
    await ann.press("🎬 Movies")
    assert "Movies for you" in ann.text()
    await ann.press("📺 Shows")
    assert "1. Better Call Saul" in ann.text()
    assert ann.last_reply.message_id == message  # everything edited one message
    assert _fetches(demo, "shows") == 1
    assert _fetches(demo, "movies") == 1


async def test_the_list_is_kept_for_a_short_while(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    now = [1000.0]
    bot.app.bot_data.recommendations = TTLCache(clock=lambda: now[0])
    await ann.say("/recommend")
    now[0] += recommend.TTL - 1
    await ann.press("▶")
    assert _fetches(demo) == 1
    now[0] += 2
    await ann.press("◀")
    assert _fetches(demo) == 2 and "1. Better Call Saul" in ann.text()


async def test_a_new_command_fetches_afresh(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/recommend")
    await ann.say("/recommend")
    assert _fetches(demo) == 2


async def test_watchlist_add_then_remove_updates_in_place(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/recommend")
    message = ann.last_reply.message_id
    await _press_in_row(ann, 1, "➕")
    assert ann.last_alert == "Added to your watchlist"
    assert ann.last_reply.message_id == message
    assert "✅ In your watchlist" in ann.text()
    assert _row(ann, 1)[1] == "➖"
    better_call_saul = bot.demo.catalogue.resolve("show", "better-call-saul")  # type: ignore[union-attr]
    assert _user(bot).on_watchlist("show", better_call_saul)

    await _press_in_row(ann, 1, "➖")
    assert ann.last_alert == "Removed from your watchlist"
    assert "In your watchlist" not in ann.text()
    assert not _user(bot).on_watchlist("show", better_call_saul)


async def test_titles_already_on_the_trakt_watchlist_show_it(bot: Harness, ann: ChatDriver) -> None:
    better_call_saul = bot.demo.catalogue.resolve("show", "better-call-saul")  # type: ignore[union-attr]
    _user(bot).watchlist.append(
        ListedItem(999_002, "show", better_call_saul, datetime.now(UTC))  # from another app
    )
    await ann.say("/recommend")
    assert "Better Call Saul" in ann.text().split("\n\n")[1]
    assert "✅ In your watchlist" in ann.text()
    assert _row(ann, 1)[1] == "➖"
    await _press_in_row(ann, 1, "➖")
    assert ann.last_alert == "Removed from your watchlist"
    assert "In your watchlist" not in ann.text()  # our removal wins over the snapshot
    assert _row(ann, 1)[1] == "➕"


async def test_mark_watched_updates_in_place(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/recommend movies")
    await _press_in_row(ann, 1, "👁")
    assert ann.last_alert == "Marked as watched"
    assert "👁 Watched" in ann.text()
    assert _row(ann, 1)[2] == "✅"
    interstellar = bot.demo.catalogue.resolve("movie", "interstellar-2014")  # type: ignore[union-attr]
    assert _user(bot).watched("movie", interstellar, bot.demo.catalogue)  # type: ignore[union-attr]
    await _press_in_row(ann, 1, "✅")
    assert ann.last_alert == "You have watched it. Add another play?"


async def test_not_interested_hides_at_trakt_and_strikes_through(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    await ann.say("/recommend")
    await _press_in_row(ann, 2, "🙈")
    assert ann.last_alert == "Hidden: I won’t suggest it again"
    assert "<s><b>The Wire</b> (2002)</s>" in ann.last_reply.content
    assert "Not interested: Trakt won’t recommend it again." in ann.text()
    assert _row(ann, 2) == ["2. The Wire"]  # only the details remain
    the_wire = demo.catalogue.resolve("show", "the-wire")
    assert ("show", the_wire) in _user(bot).hidden
    assert any(
        r.method == "DELETE" and r.path.endswith(f"/shows/{the_wire}") for r in demo.requests
    )
    # The re-render came from the cache; a new /recommend asks Trakt, which drops it.
    assert _fetches(demo) == 1
    await ann.say("/recommend")
    assert "The Wire" not in ann.text()


async def test_details_button_opens_the_card(ann: ChatDriver) -> None:
    await ann.say("/recommend")
    before = len(ann.replies)
    await ann.press("1. Better Call Saul")
    assert len(ann.replies) == before + 1
    assert "Better Call Saul (2015)" in ann.text() and "Related" in ann.text()


async def test_in_a_group_it_goes_to_the_private_chat(bot: Harness, tg: FakeTelegram) -> None:
    private = bot.chat()
    ann = bot.chat(chat=tg.group_chat())
    await link_account(bot, ann.user.id)
    await ann.say("/recommend")
    assert ann.text() == "📬 Ann, I sent it to you in our private chat."
    assert "Shows for you" in private.text()


async def test_trakt_failure_is_a_localized_message(
    chat: ChatDriver, ru_chat: ChatDriver, bot: Harness, demo: DemoTrakt
) -> None:
    await link_account(bot, chat.user.id)
    await link_account(bot, ru_chat.user.id)
    demo.fail("GET", "/recommendations", 503, times=10)
    await chat.say("/recommend")
    assert "Trakt is not answering" in chat.text()
    await ru_chat.say("/recommend")
    assert "Trakt сейчас не отвечает" in ru_chat.text()


async def test_trakt_failure_on_a_button_is_an_alert(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/recommend")
    before = len(ann.replies)
    demo.fail("GET", "/recommendations/movies", 502, times=10)
    await ann.press("🎬 Movies")
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert "Trakt is not answering" in (ann.last_alert or "")
    assert len(ann.replies) == before and "Shows for you" in ann.text()


async def test_no_recommendations_says_so(bot: Harness, ann: ChatDriver) -> None:
    _user(bot).recommendations["shows"] = []
    await ann.say("/recommend")
    assert "no show recommendations for you yet" in ann.text()
    assert _labels(ann) == ["✓ 📺 Shows", "🎬 Movies", "☰ Menu"]


async def test_callback_data_fits_for_large_user_ids(bot: Harness) -> None:
    big = bot.chat(user_id=9_999_999_999, first_name="Big")
    await link_account(bot, big.user.id)
    await big.say("/recommend")
    await big.press("▶")
    sizes = [len((b.data or "").encode()) for row in big.buttons() for b in row]
    assert sizes and max(sizes) <= MAX_BYTES
