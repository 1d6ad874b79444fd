"""The notification phase's world: what it assumes of the demo, its seeding, its goals."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from benchmarks.notify import ENDED, SHOW, Run, air_time, make_people
from benchmarks.notify_bot import QUIET, Day, Person, first_sync, seeded_settings
from bot.demo import DemoTrakt
from bot.demo.catalogue import parse_iso
from bot.testkit.fakebot import FakeTelegram
from bot.trakt.models_notify import LastActivities


def _calendar(demo: DemoTrakt, person: Person, start: datetime) -> list[tuple[int, datetime]]:
    """The person's `GET /calendars/my/shows/{start}/4`: (show, air time) of each row."""
    headers = {
        "trakt-api-key": demo.client_id,
        "trakt-api-version": "2",
        "authorization": f"Bearer {person.token['access_token']}",
        "user-agent": "tests",
    }
    path = f"/calendars/my/shows/{start.date().isoformat()}/4"
    response = demo.handle("GET", path, {}, headers, b"")
    assert response.status == 200
    return [(row["show"]["ids"]["trakt"], parse_iso(row["first_aired"])) for row in response.json()]


def test_every_sync_of_the_day_finds_exactly_the_one_airing() -> None:
    demo = DemoTrakt(approve_after=None)
    telegram = FakeTelegram()
    air = datetime.fromtimestamp(air_time(demo), UTC)
    people = make_people(telegram, demo, 3, int(air.timestamp()) - 86400)
    assert demo.now() < air <= demo.now() + timedelta(days=1)
    assert len({p.user_id for p in people}) == len({p.username for p in people}) == 3
    assert all(telegram.chats[p.user_id].is_private for p in people)
    # A sync anywhere in the 24 hours up to the air time asks from the day before (UTC).
    for hours in (23.9, 12, 0):
        sync = air - timedelta(hours=hours)
        found = _calendar(demo, people[0], sync - timedelta(days=1))
        assert found == [(SHOW, air)]  # the show's other episodes are a week away
        assert not {show for show, _ in found} & set(ENDED)


def test_no_one_syncs_in_the_first_minutes_of_the_day() -> None:
    # The fan-out runs past the air time: the next day's syncs must not start meanwhile.
    day_start = 1_800_000_000
    people = make_people(FakeTelegram(), DemoTrakt(approve_after=None), 200, day_start)
    syncs = [first_sync(p.user_id, day_start) for p in people]
    assert all(day_start + QUIET < sync <= day_start + 86400 for sync in syncs)


def test_the_next_sync_is_the_persons_slot_within_the_day() -> None:
    person = Person(600_123, "notify00123", {}, "en", "UTC")
    day_start = 1_800_000_000
    seen = LastActivities(settings="s", episodes_watched="w")
    settings = seeded_settings(person, seen, day_start)
    assert day_start < settings.sync_after <= day_start + 86400
    assert settings.on and settings.mode == "each" and settings.offset == 0
    assert settings.trakt["settings_at"] == "s" and settings.trakt["watched_at"] == "w"
    assert settings.trakt["on_since"] < day_start


def _run(requests: dict[int, int], messages: dict[int, int]) -> Run:
    run = Run(2, True, Day(25.0, requests=requests), in_memory=False)
    run.names = {"a": 1, "b": 2}
    run.per_chat = Counter(messages)
    return run


def test_requests_over_two_a_day_plus_one_per_message_are_counted() -> None:
    assert _run({1: 3, 2: 3}, {1: 1, 2: 1}).over_budget() == 0
    assert _run({1: 3, 2: 2}, {1: 1}).over_budget() == 0  # no message: two
    assert _run({1: 3, 2: 3}, {1: 1}).over_budget() == 1  # no message: three
    run = _run({1: 3, 2: 3}, {1: 1, 2: 1})
    run.seen[2] = 4  # the demo saw more than the engine counted: the higher one counts
    assert run.over_budget() == 1
    assert (run.duplicates, run.missed) == (0, 0)
    assert (_run({}, {1: 2}).duplicates, _run({}, {1: 2}).missed) == (1, 1)
