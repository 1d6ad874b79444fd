"""/stats in the chat: the numbers under a chart PNG, drawn once per person per day."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image

from bot.demo import DemoTrakt
from bot.demo.trakt_state import HistoryEntry
from bot.i18n import shared_i18n
from bot.render.cards import RLM
from bot.render.chart import TRAKT_RED
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import link_account

I18N = shared_i18n()
NOON = datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0).timestamp()


@pytest.fixture
def demo() -> DemoTrakt:
    """The demo Trakt on a clock frozen at noon UTC, so every play stays on its day."""
    return DemoTrakt(approve_after=None, device_interval=1, clock=lambda: NOON)


@pytest.fixture(autouse=True)
def bot_at_noon(bot: Harness) -> None:
    bot.services.accounts.clock = lambda: NOON


def _requests(demo: DemoTrakt, path: str) -> int:
    return sum(1 for r in demo.requests if r.method == "GET" and r.path == path)


def _png(tg: FakeTelegram, file_id: str) -> Image.Image:
    content = tg.files[file_id].content
    assert content.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(content) < 200_000
    return Image.open(io.BytesIO(content))


def _red_pixels(image: Image.Image) -> int:
    rgb = image.convert("RGB")
    return sum(count for count, colour in rgb.getcolors(1 << 16) or () if colour == TRAKT_RED)


async def test_stats_are_the_numbers_under_a_chart(
    ann: ChatDriver, tg: FakeTelegram, demo: DemoTrakt
) -> None:
    await ann.say("/stats")
    card = ann.last_reply
    assert card.photo is not None and len(ann.replies) == 1
    assert ann.text().splitlines() == [
        "📊 Your Trakt in numbers",
        "",
        "🎬 Movies: 6 watched · 6 plays · 13 h 23 min",
        "📺 Shows: 6 shows started",
        "🎞 Episodes: 22 watched · 22 plays · 16 h 2 min",
        "⏱ Time watched: 29 h 25 min, about 1 day",
        "⭐ Ratings: 6 given, 9.2 on average",
        "",
        "In the picture: hours watched per month over the last 12 months, and how you rate.",
    ]
    image = _png(tg, card.photo)
    assert image.format == "PNG" and image.width == 1080 and 800 < image.height < 1200
    assert _red_pixels(image) > 2000  # the months' bars are drawn
    # one request for the numbers, one page of history for the picture (28 plays)
    assert _requests(demo, "/users/me/stats") == 1
    assert _requests(demo, "/sync/history") == 1
    asked = next(r for r in demo.requests if r.path == "/sync/history")
    assert asked.query["extended"] == "full" and asked.query["limit"] == "250"
    assert "start_at" in asked.query


async def test_a_second_stats_the_same_day_sends_the_picture_again_by_id(
    bot: Harness, ann: ChatDriver, tg: FakeTelegram, demo: DemoTrakt
) -> None:
    await ann.say("/stats")
    first = ann.last_reply.photo
    await ann.say("/stats")
    again = ann.last_reply
    sent = tg.calls_to("sendPhoto")
    assert len(sent) == 2 and sent[-1].params["photo"] == first == again.photo
    assert len(tg.files) == 1  # uploaded once
    assert _requests(demo, "/sync/history") == 1  # no second look at the history
    assert _requests(demo, "/users/me/stats") == 2  # the numbers are always fresh
    assert "13 h 23 min" in ann.text()

    bot.services.accounts.clock = lambda: NOON + 24 * 3600  # tomorrow: a new picture
    await ann.say("/stats")
    assert ann.last_reply.photo != first and len(tg.files) == 2
    assert _requests(demo, "/sync/history") == 2


async def test_numbers_changed_since_draw_the_picture_again(
    ann: ChatDriver, tg: FakeTelegram, demo: DemoTrakt
) -> None:
    """A play or a rating added the same day (here or in another app) changes the numbers:
    the picture cached for the day would disagree with the caption, so it is drawn again."""
    await ann.say("/stats")
    first = ann.last_reply.photo
    await ann.say("/stats")
    assert ann.last_reply.photo == first  # nothing changed: the day's picture
    user = demo.users["demo"]
    episode = next(iter(demo.catalogue.episodes))
    when = datetime.fromtimestamp(NOON, UTC) - timedelta(hours=1)
    user.history.append(HistoryEntry(900_000, when, "watch", "episode", episode))
    await ann.say("/stats")
    assert ann.last_reply.photo != first and len(tg.files) == 2
    assert _requests(demo, "/sync/history") == 2


async def test_a_picture_telegram_forgot_is_drawn_again(
    ann: ChatDriver, tg: FakeTelegram, demo: DemoTrakt
) -> None:
    await ann.say("/stats")
    first = ann.last_reply.photo
    assert first is not None
    del tg.files[first]  # e.g. the bot's token changed: Telegram refuses the old id
    await ann.say("/stats")
    assert ann.last_reply.photo not in (None, first)
    assert [c.status for c in tg.calls_to("sendPhoto")] == [200, 400, 200]
    assert _requests(demo, "/sync/history") == 2


async def test_each_language_has_its_own_picture(
    bot: Harness, ann: ChatDriver, tg: FakeTelegram
) -> None:
    await ann.say("/stats")
    english = ann.last_reply.photo
    await ann.say("/language")
    await ann.press("Русский")
    await ann.say("/stats")
    assert ann.last_reply.photo != english
    assert ann.text().startswith("📊 Ваш Trakt в цифрах")


async def test_stats_needs_a_linked_account(chat: ChatDriver) -> None:
    await chat.say("/stats")
    assert chat.text().startswith("This needs your Trakt account.")
    assert chat.buttons()


async def test_words_after_stats_get_the_usage(ann: ChatDriver, tg: FakeTelegram) -> None:
    await ann.say("/stats 2025")
    assert ann.text().startswith("Send /stats on its own")
    assert not tg.calls_to("sendPhoto")


async def test_in_a_group_the_answer_goes_to_the_private_chat(
    bot: Harness, tg: FakeTelegram
) -> None:
    private = bot.chat()
    group = tg.group_chat()
    ann = bot.chat(chat=group)
    await link_account(bot, ann.user.id)
    await ann.say("/stats")
    assert ann.text() == "📬 Ann, I sent it to you in our private chat."
    assert not [m for m in tg.bot_messages(group.id) if m.photo]
    first = private.last_reply.photo
    assert first is not None
    assert private.text().startswith("📊 Your Trakt in numbers")
    await ann.say("/stats")  # the day's picture, by id, privately again
    assert private.last_reply.photo == first and len(tg.files) == 1


async def test_in_a_group_without_a_private_chat_it_says_how(
    bot: Harness, tg: FakeTelegram
) -> None:
    ann = bot.chat(chat=tg.group_chat())  # never opened a private chat with the bot
    await link_account(bot, ann.user.id)
    await ann.say("/stats")
    assert ann.text().startswith("Ann, I can’t write to you yet")
    assert ann.buttons()[0][0].raw.get("url", "").startswith("https://t.me/")


@pytest.mark.parametrize(
    ("path", "status"),
    [("/users/me/stats", 503), ("/sync/history", 503)],
)
async def test_a_trakt_failure_is_said_in_the_persons_language(
    boris: ChatDriver, tg: FakeTelegram, demo: DemoTrakt, path: str, status: int
) -> None:
    demo.fail("GET", path, status, times=3)  # every attempt of the client
    await boris.say("/stats")
    assert boris.text() == "Trakt сейчас не отвечает. Попробуйте через несколько минут."
    assert not tg.calls_to("sendPhoto")


async def test_persian_stats_read_right_to_left(bot: Harness, tg: FakeTelegram) -> None:
    sara = bot.chat(user_id=1003, first_name="Sara", language_code="fa")
    await link_account(bot, sara.user.id)
    await sara.say("/stats")
    card = sara.last_reply
    assert card.photo is not None
    lines = [line for line in sara.text().splitlines() if line]
    assert all(line.startswith(RLM) for line in lines)  # every line starts right-to-left
    assert "فیلم‌ها" in sara.text() and "{" not in sara.text()
    image = _png(tg, card.photo)
    assert image.width == 1080 and _red_pixels(image) > 2000


@pytest.mark.parametrize("language", I18N.languages)
async def test_every_locale_sends_stats(bot: Harness, tg: FakeTelegram, language: str) -> None:
    person = bot.chat(5001, "Ann", language_code=language.lower())
    await link_account(bot, person.user.id)
    await person.say("/stats")
    tr = I18N.translator(language)
    text = person.text().replace(RLM, "")
    assert text.startswith(tr.plain("stats-header").replace("<b>", "").replace("</b>", ""))
    assert "{" not in text and person.last_reply.photo is not None
    assert _red_pixels(_png(tg, person.last_reply.photo)) > 2000


# --- "vision time" on /history -------------------------------------------------------------


async def test_history_says_how_long_each_day_was(ann: ChatDriver) -> None:
    await ann.say("/history")
    days = [line for line in ann.text().splitlines()[2:] if line and not line[0].isdigit()]
    assert days[0] == "Yesterday · 50 min"  # Severance S01E04
    assert days[1].endswith("· 1 h 40 min")  # two episodes two days ago


async def test_a_day_cut_by_the_pager_counts_whole(
    ann: ChatDriver, demo: DemoTrakt, bot: Harness
) -> None:
    now = datetime.fromtimestamp(NOON, UTC)
    bad = demo.catalogue.resolve("show", "breaking-bad")
    episodes = [t for t, (show, _) in demo.catalogue.episodes.items() if show == bad][:12]
    user = demo.users["demo"]
    for n, trakt_id in enumerate(episodes):  # twelve plays this morning: more than a page
        when = now - timedelta(hours=1, minutes=n)
        user.history.append(HistoryEntry(900_000 + n, when, "watch", "episode", trakt_id))
    minutes = sum(
        int(demo.catalogue.episodes[t][1]["runtime"] or 0) for t in episodes
    )  # the whole morning
    hours, rest = divmod(minutes, 60)
    await ann.say("/history")
    assert ann.text().splitlines()[2] == f"Today · {hours} h {rest} min"
    await ann.press("▶")
    assert ann.text().splitlines()[2] == f"Today · {hours} h {rest} min"  # its other plays


async def test_vision_time_in_russian(boris: ChatDriver) -> None:
    await boris.say("/history")
    assert boris.text().splitlines()[2] == "Вчера · 50 мин"
