"""Times after a new user drove the demo: the zone chosen in /notify is the zone of
everything personal (/calendar, cards' air times, check-ins, /history's days), and every
date with a time reads one way ("Fri, Dec 4, 1:51 AM", in the reader's language)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.demo.trakt_state import HistoryEntry
from bot.i18n import shared_i18n
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from bot.trakt.ref import MediaRef
from tests.helpers import demo_user, episode_id
from tests.notify_kit import air_time, tick_bot
from tests.test_checkin import CHECK_IN, INTERSTELLAR, _card
from tests.test_episodes import SEVERANCE, _episode

I18N = shared_i18n()
TOKYO = ZoneInfo("Asia/Tokyo")
SPACES = str.maketrans({"\u202f": " ", "\u2009": " ", "\u00a0": " "})


def _plain(text: str) -> str:
    return text.translate(SPACES)


# -- 3. the zone chosen in /notify is the zone of everything personal ------------------------


async def test_the_chosen_zone_times_the_calendar(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/calendar")
    assert "Times in Europe/London" in ann.text()
    await ann.say("/notify tz Asia/Tokyo")
    await ann.say("/calendar")
    assert "Times in Asia/Tokyo" in ann.text()


async def test_a_chosen_utc_is_no_missing_zone(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/notify tz utc")
    await ann.say("/calendar")
    assert "Times in UTC." in ann.text() and "Not your time zone?" not in ann.text()


async def test_the_chosen_zone_times_an_episode_card(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/notify tz Asia/Tokyo")
    await _episode(ann, bot, SEVERANCE, 1, 5)
    assert bot.demo is not None
    _, episode = bot.demo.catalogue.episodes[episode_id(bot.demo, SEVERANCE, 1, 5)]
    aired = datetime.fromisoformat(str(episode["first_aired"]).replace("Z", "+00:00"))
    now = datetime.fromtimestamp(bot.services.accounts.clock(), UTC)
    expected = I18N.translator("en").moment(aired, TOKYO, now=now)
    assert f"📅 Aired {expected}" in ann.text()


async def test_the_chosen_zone_times_a_checkin(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/notify tz Asia/Tokyo")
    await _card(bot, ann, MediaRef("movie", INTERSTELLAR))
    await ann.press(CHECK_IN)
    assert bot.demo is not None
    running = demo_user(bot).running_checkin(bot.demo.now())
    assert running is not None
    local = running.expires_at.astimezone(TOKYO)
    now = datetime.fromtimestamp(bot.services.accounts.clock(), UTC)
    tr = I18N.translator("en")
    expected = (
        tr.moment(local, TOKYO, now=now) if local.date() != now.astimezone(TOKYO).date() else None
    )
    assert ann.last_alert is not None
    shown = _plain(ann.last_alert)
    assert shown.startswith("Checked in to Interstellar until ")
    if expected is not None:
        assert shown.endswith(_plain(expected))
    assert f"{local.hour % 12 or 12}:{local.minute:02d}" in shown


@pytest.mark.frozen_clock
async def test_the_chosen_zone_draws_the_days_of_history(bot: Harness, ann: ChatDriver) -> None:
    """A play just after midnight in Tokyo is yesterday's in London (at noon UTC, when
    both are on the same date: from 15:00 UTC Tokyo's today began in London's)."""
    assert bot.demo is not None
    now = datetime.fromtimestamp(bot.services.accounts.clock(), UTC)
    midnight = datetime.combine(now.astimezone(TOKYO).date(), time(0, 1), tzinfo=TOKYO)
    play = HistoryEntry(
        bot.demo.next_id(), midnight.astimezone(UTC), "watch", "movie", INTERSTELLAR
    )
    demo_user(bot).history.insert(0, play)
    await ann.say("/history")
    first_day = ann.text().split("\n")[2]
    await ann.say("/notify tz Asia/Tokyo")
    await ann.say("/history")
    assert ann.text().split("\n")[2] != first_day
    assert "Interstellar" in ann.text()


async def test_the_zone_screen_says_it_is_used_everywhere(ann: ChatDriver) -> None:
    await ann.say("/notify")
    await ann.press("🌍 Time zone")
    assert "used everywhere" in ann.text() and "/calendar" in ann.text()


# -- 11. one way to write a date with a time ---------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Fri, Dec 4, 1:51 AM"),
        ("de", "Fr., 4. Dez., 01:51"),
        ("ru", "пт, 4 дек., 01:51"),
        ("pt-BR", "sex., 4 de dez. 01:51"),
    ],
)
def test_a_moment_reads_the_same_everywhere(language: str, expected: str) -> None:
    moment = datetime(2026, 12, 4, 1, 51, tzinfo=UTC)
    now = datetime(2026, 12, 1, tzinfo=UTC)
    shown = I18N.translator(language).moment(moment, ZoneInfo("Europe/London"), now=now)
    assert _plain(shown) == expected


def test_a_moment_of_another_year_says_the_year() -> None:
    moment = datetime(2030, 1, 1, 12, tzinfo=UTC)
    now = datetime(2026, 12, 4, tzinfo=UTC)
    shown = I18N.translator("en").moment(moment, UTC, now=now)
    assert _plain(shown) == "Tue, Jan 1, 2030, 12:00 PM"


@pytest.mark.frozen_clock
async def test_due_writes_its_times_readably(bot: Harness, ann: ChatDriver) -> None:
    assert bot.demo is not None
    await ann.say("/notify episodes")
    await tick_bot(bot, air_time(bot.demo) - 60)
    await ann.say("/due")
    lines = [line for line in _plain(ann.text()).splitlines() if line.startswith("•")]
    assert lines
    for line in lines:
        assert re.match(r"• \w{3}, \w{3} \d{1,2}, \d{1,2}:\d\d [AP]M — ", line), line
