"""Episodes and cards after a new user drove the demo: "Another day" offers only days
from the air date to today and nothing is marked before an episode airs; a season that
has not aired says so (not "0/0"); a release to come reads "comes out", not "released".

The demo's Night Signal airs a few minutes after the demo's (frozen) clock; the bot's clock
is moved where a test needs the episode aired (and the demo Trakt's with it).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.demo import DemoTrakt
from bot.kit.callback import encode
from bot.kit.codes import Action
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import labels
from tests.notify_kit import NIGHT_SIGNAL, air_time, episode
from tests.test_episodes import _episode, _open, _plays, _seasons

DAY = 86400

pytestmark = pytest.mark.frozen_clock


def _at(bot: Harness, demo: DemoTrakt, moment: float) -> None:
    """The bot's clock and the demo Trakt's at `moment`."""
    bot.services.accounts.clock = lambda: moment
    demo.clock = lambda: moment


def _first(demo: DemoTrakt) -> int:
    return int(episode(demo, 1)["ids"]["trakt"])


async def _night_signal_card(chat: ChatDriver, demo: DemoTrakt) -> None:
    await _open(chat, Action.EPISODE_OPEN, "e", _first(demo))


# -- 7. "Another day" ------------------------------------------------------------------------


async def test_an_episode_aired_today_offers_no_earlier_day(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    air = air_time(demo)
    moment = datetime.fromtimestamp(air, UTC)
    _at(bot, demo, air + 60 if moment.hour < 23 else air + 30)  # the same day in London
    await _night_signal_card(ann, demo)
    assert "👁 Mark watched" in labels(ann) and "🗓 Another day" not in labels(ann)


async def test_another_day_offers_the_days_since_the_air_date(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    air = air_time(demo)
    _at(bot, demo, air + 2 * DAY + 60)
    await _night_signal_card(ann, demo)
    await ann.press("🗓 Another day")
    days = [label for label in labels(ann) if label == "Yesterday" or label[:3].isalpha()]
    assert "Yesterday" in labels(ann)
    shown = [label for label in days if label not in ("Yesterday",) and "," in label]
    assert len(shown) == 1, labels(ann)  # the air date itself, and no day before it


async def test_an_episode_not_aired_yet_offers_no_marking(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    _at(bot, demo, air_time(demo) - 3600)
    await _night_signal_card(ann, demo)
    assert "hasn’t aired yet" in ann.text()
    assert not {"👁 Mark watched", "🗓 Another day", "📅 At release"} & set(labels(ann))


async def test_a_play_before_the_air_date_is_refused(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    """An older card, or forged data: a play 5 days ago of an episode aired yesterday."""
    air = air_time(demo)
    _at(bot, demo, air + DAY + 60)
    await _night_signal_card(ann, demo)
    data = encode(Action.EPISODE, "e", _first(demo), "-", "w", "5", owner=ann.user.id)
    await ann.press_data(data, ann.last_reply.message_id)
    assert ann.last_alert == "It hadn’t aired yet on that day"
    assert _plays(bot, _first(demo)) == 0


async def test_a_tick_before_the_air_time_is_refused(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    _at(bot, demo, air_time(demo) - 3600)
    await _seasons(ann, NIGHT_SIGNAL)
    await ann.press("S1 · not aired yet")
    assert "👁" not in labels(ann)
    data = encode(Action.SEASONS, "s", NIGHT_SIGNAL, 1, "n", "-", 1, "t", 1, owner=ann.user.id)
    await ann.press_data(data, ann.last_reply.message_id)
    assert ann.last_alert == "It hasn’t aired yet"
    assert _plays(bot, _first(demo)) == 0


# -- 12. a season that has not aired ---------------------------------------------------------


async def test_a_season_not_aired_says_so(bot: Harness, ann: ChatDriver, demo: DemoTrakt) -> None:
    _at(bot, demo, air_time(demo) - 3600)
    await _seasons(ann, NIGHT_SIGNAL)
    assert "Season 1 · not aired yet" in ann.text() and "0/0" not in ann.text()
    assert "S1 · not aired yet" in labels(ann)
    await ann.press("S1 · not aired yet")
    assert "Not aired yet" in ann.text() and "0/0" not in ann.text()
    assert "logs a play" not in ann.text() and "🗓 Another day" not in labels(ann)


# -- 8. a release to come --------------------------------------------------------------------


async def test_a_movie_to_come_comes_out(bot: Harness, chat: ChatDriver) -> None:
    await chat.say("/search the odyssey")
    await chat.press("1")
    text = chat.text()
    assert "The Odyssey" in text and "comes out " in text and "released" not in text


async def test_a_movie_out_already_was_released(bot: Harness, chat: ChatDriver) -> None:
    await chat.say("/search inception")
    await chat.press("1")
    assert "released Jul 16, 2010" in chat.text()


async def test_a_movie_to_come_in_russian(bot: Harness, ru_chat: ChatDriver) -> None:
    await ru_chat.say("/search the odyssey")
    await ru_chat.press("1")
    assert "выходит " in ru_chat.text() and "вышел" not in ru_chat.text()


async def test_a_show_to_come_premieres(bot: Harness) -> None:
    from datetime import date

    from bot.i18n import shared_i18n
    from bot.render import details as card_render
    from bot.trakt import Show

    show = Show.from_json(
        {"title": "Soon", "year": 2027, "ids": {"trakt": 5}, "first_aired": "2027-03-01T02:00:00Z"}
    )
    tr = shared_i18n().translator("en")
    card = card_render.Card(show, "https://trakt.tv/shows/soon", today=date(2026, 12, 4))
    assert "premieres Mar 1, 2027" in card_render.render(tr, card)


async def test_an_episode_card_watched_now_after_the_air_time(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    _at(bot, demo, air_time(demo) + 60)
    await _night_signal_card(ann, demo)
    await ann.press("👁 Mark watched")
    assert ann.last_alert == "Marked as watched" and _plays(bot, _first(demo)) == 1
    assert _episode  # (the kit's helper opens cards by show, season and number)
