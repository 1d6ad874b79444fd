"""Notifications after the adversarial review (issue 14): what it broke, held fixed.

A link lost during the daily sync is told once; Telegram's retry_after pauses every send;
one person's slow Trakt delays nobody else; long notifications and /due fit Telegram's
limits; only real IANA zones are taken; nothing is sent twice when settings flip during a
send; a restart during the pre-send check loses nothing; the view memory stays capped;
quiet hours of no length are refused and a skipped end of quiet stays out of quiet.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from telegram.constants import MessageLimit

from bot.accounts import known_zone
from bot.demo import DemoTrakt
from bot.features.notify import message
from bot.features.notify import settings as notify_settings
from bot.features.notify.outbox import TelegramOutbox
from bot.i18n import shared_i18n
from bot.kit.callback import encode
from bot.kit.codes import Action
from bot.kit.views import MEMORY_SIZE
from bot.notify import Notification, RetryLater, engine, schedule, send
from bot.store import Due, DueDraft, NotifySettings
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import link_account, wait_for
from tests.notify_kit import (
    ANN,
    BORIS,
    NIGHT_SIGNAL,
    air_time,
    ann_on,
    attach,
    night_signal,
    tick,
    turn_on,
)

I18N = shared_i18n()
LANGUAGES = I18N.languages
RLM = "\u200f"
BERLIN = ZoneInfo("Europe/Berlin")

pytestmark = pytest.mark.frozen_clock


def _calls(demo: DemoTrakt, prefix: str) -> int:
    return sum(1 for r in demo.requests if r.path.startswith(prefix))


# -- 4. a link lost during the daily sync ------------------------------------------------


async def test_a_link_lost_during_the_sync_is_told_once_without_a_traceback(
    linked: Harness, demo: DemoTrakt, caplog: pytest.LogCaptureFixture
) -> None:
    notifier, outbox = await attach(linked)
    turn_on(linked, ANN)
    demo.fail("GET", "/sync/last_activities", 401, times=10)
    demo.fail("POST", "/oauth/token", 400, body='{"error":"invalid_grant"}')
    air = air_time(demo)
    with caplog.at_level(logging.INFO):
        await tick(notifier, air - 60)
        turn_on(linked, ANN)  # a change of settings later: another sync, no second message
        await tick(notifier, air - 30)
        await tick(notifier, air + 60)
    assert not linked.services.accounts.is_linked(ANN)
    assert outbox.lost == [ANN]
    assert linked.services.store.due_rows(ANN) == []
    assert not [r for r in caplog.records if r.exc_info], "a lost link is no crash"


# -- 5. Telegram's retry_after -----------------------------------------------------------


class _Sleeps:
    """`asyncio` as the engine sees it, noting how long each of its timeouts allows (the
    loop sleeps in one, waiting for a wake-up)."""

    def __init__(self) -> None:
        self.timeouts: list[float] = []

    def __getattr__(self, name: str) -> object:
        return getattr(asyncio, name)

    def timeout(self, delay: float) -> asyncio.Timeout:
        self.timeouts.append(delay)
        return asyncio.timeout(delay)


async def test_retry_after_makes_the_loop_sleep_until_the_wait_is_over(
    linked: Harness, demo: DemoTrakt, monkeypatch: pytest.MonkeyPatch
) -> None:
    notifier, outbox, air = await ann_on(linked, demo)
    await tick(notifier, air - 60)
    tries: list[Notification] = []

    def refuse(notification: Notification) -> Exception:
        tries.append(notification)
        return RetryLater(30.0)

    outbox.fail = refuse
    sleeps = _Sleeps()
    monkeypatch.setattr(engine, "asyncio", sleeps)
    notifier.clock = lambda: air
    notifier._task = asyncio.create_task(notifier._run())  # the real loop, clock fixed
    try:
        await wait_for(lambda: sleeps.timeouts, what="the loop to go to sleep")
        for _ in range(20):
            await asyncio.sleep(0)  # a loop that did not sleep would send again meanwhile
    finally:
        await notifier.stop()
    assert sleeps.timeouts == [30.0], "the loop sleeps until Telegram's wait is over"
    assert len(tries) == 1, f"{len(tries)} sends after 'retry after 30 s'"


async def test_after_retry_after_nobody_is_sent_to_until_the_wait_is_over(
    linked: Harness, demo: DemoTrakt
) -> None:
    await link_account(linked, BORIS)
    notifier, outbox, air = await ann_on(linked, demo)
    turn_on(linked, BORIS)
    await tick(notifier, air - 60)
    outbox.fail = lambda n: RetryLater(30.0) if n.user_id == ANN else None
    send.PEOPLE_AT_ONCE, before = 1, send.PEOPLE_AT_ONCE  # Ann first, then Boris
    try:
        await tick(notifier, air)
    finally:
        send.PEOPLE_AT_ONCE = before
    assert outbox.sent == [], "Telegram's wait is the bot's, not one chat's"
    assert await notifier.tick() == air + 30  # the loop sleeps until then
    checks = _calls(demo, "/sync/last_activities")
    outbox.fail = lambda _: None
    await tick(notifier, air + 29)
    assert outbox.sent == []
    await tick(notifier, air + 31)
    assert {n.user_id for n in night_signal(outbox.sent)} == {ANN, BORIS}
    assert _calls(demo, "/sync/last_activities") - checks == 1  # Boris's; Ann's was checked


@pytest.mark.usefixtures("telegram_retries_at_once")
async def test_the_telegram_outbox_holds_every_send_after_a_429(
    linked: Harness, tg: FakeTelegram
) -> None:
    outbox = TelegramOutbox(linked.app, rate=0)
    tg.fail_next("sendMessage", status=429, retry_after=1, times=3)  # past the limiter's 2
    with pytest.raises(RetryLater):
        await outbox.send(Notification(ANN, _rows(1), digest=False, zone="UTC"))
    sent = len(tg.calls_to("sendMessage"))
    with pytest.raises(RetryLater):
        await outbox.send(Notification(BORIS, _rows(1, user_id=BORIS), digest=False, zone="UTC"))
    assert len(tg.calls_to("sendMessage")) == sent, "asked Telegram during its wait"


# -- 6. one person's slow Trakt ----------------------------------------------------------


async def test_a_slow_sync_never_delays_anyone_elses_messages(
    linked: Harness, demo: DemoTrakt
) -> None:
    await link_account(linked, BORIS)
    notifier, outbox, air = await ann_on(linked, demo)
    await tick(notifier, air - 60)  # Ann's rows are planned
    turn_on(linked, BORIS)  # Boris's sync is due now, and Trakt hangs for it
    release = asyncio.Event()

    async def hold(method: str, path: str) -> None:
        if path.startswith("/calendars/my/shows"):
            await release.wait()

    demo.hold = hold
    notifier.clock = lambda: air
    try:
        await asyncio.wait_for(notifier.tick(), 5)  # the pass does not wait for the sync
        assert [n.user_id for n in night_signal(outbox.sent)] == [ANN]
        notifier.wake()
        await asyncio.wait_for(notifier.tick(), 5)  # nor does the next; no second sync
    finally:
        release.set()
        demo.hold = None
    await notifier.settle()
    assert _calls(demo, "/calendars/my/shows") == 2  # Ann's, and Boris's one
    assert {n.user_id for n in night_signal(outbox.sent)} == {ANN, BORIS}


async def test_a_sync_that_hangs_is_given_up_and_tried_again_later(
    linked: Harness, demo: DemoTrakt, monkeypatch: pytest.MonkeyPatch
) -> None:
    notifier, _ = await attach(linked)
    air = air_time(demo)
    monkeypatch.setattr(engine, "SYNC_TIMEOUT", 0.2)

    async def hang(method: str, path: str) -> None:
        if path.startswith("/calendars/my/shows"):
            await asyncio.Event().wait()

    demo.hold = hang
    turn_on(linked, ANN)
    await asyncio.wait_for(tick(notifier, air - 60), 5)
    demo.hold = None
    store = linked.services.store
    assert store.notify_settings(ANN).sync_after == int(air - 60) + engine.RETRY_SYNC
    await tick(notifier, air - 60 + engine.RETRY_SYNC)
    assert store.notify_settings(ANN).sync_after > air + 3600  # synced: the daily slot next


async def test_a_change_of_settings_during_a_sync_is_planned_with_the_new_settings(
    linked: Harness, demo: DemoTrakt
) -> None:
    notifier, _ = await attach(linked)
    air = air_time(demo)
    release, held = asyncio.Event(), asyncio.Event()

    async def hold(method: str, path: str) -> None:
        if path.startswith("/calendars/my/shows"):
            held.set()
            await release.wait()

    demo.hold = hold
    turn_on(linked, ANN)
    notifier.clock = lambda: air - 60
    await notifier.tick()
    await asyncio.wait_for(held.wait(), 5)
    turn_on(linked, ANN, offset=60)  # while the first sync waits for Trakt
    demo.hold = None
    release.set()
    await notifier.settle()
    rows = [r for r in linked.services.store.due_rows(ANN) if r.show_id == NIGHT_SIGNAL]
    assert rows and {r.due_at for r in rows} == {int(air) + 3600}


# -- 7. long notifications and /due ------------------------------------------------------


def _rows(
    count: int, *, user_id: int = ANN, title: str = "An Episode Title Of Ordinary Length"
) -> tuple[Due, ...]:
    return tuple(
        Due(
            id=100 + n, user_id=user_id, kind="episode", trakt_id=5000 + n, show_id=700 + n % 7,
            air_at=1_780_000_000 + n * 600, due_at=1_780_000_000, state="claimed", batch=100,
            message_id=None,
            payload={"show": f"A Show & Its Longer Name {n % 7} " * 8, "year": 2024,
                     "season": 1, "number": n + 1, "title": f"{title} {n}", "type": None},
        )
        for n in range(count)
    )  # fmt: skip


def _store(bot: Harness, rows: tuple[Due, ...]) -> None:
    """Keep `rows` as the due list holds a sent message (its buttons read them back)."""
    store = bot.services.store
    drafts = [DueDraft(r.kind, r.trakt_id, r.show_id, r.air_at, r.due_at, r.payload) for r in rows]
    store.plan_due(rows[0].user_id, drafts, 0, 2**40, late=0)
    ids = [r.id for r in store.due_rows(rows[0].user_id)]
    store.finish_due(store.claim_due(ids), "sent", 1)


def _more(language: str, count: int) -> str:
    """ "… and N more" as the reader sees it."""
    return I18N.translator(language).plain("notify-more", count=count)


def _button_count(chat: ChatDriver) -> int:
    return sum(len(row) for row in chat.buttons())


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_digest_of_sixty_long_episodes_fits_and_pages(
    linked: Harness, chat: ChatDriver, language: str
) -> None:
    linked.services.store.set_language(ANN, language)
    rows = _rows(60, title="A Very Long Episode Title & More " * 12)
    _store(linked, rows)
    stored = tuple(linked.services.store.due_rows(ANN, ("sent",)))
    await TelegramOutbox(linked.app, rate=0).send(Notification(ANN, stored, True, "Asia/Tehran"))
    text = chat.text()
    assert len(text) <= MessageLimit.MAX_TEXT_LENGTH
    assert _more(language, 52) in text
    assert _button_count(chat) <= message.PER_PAGE + 2  # its episodes, ◀ page ▶
    await chat.press("▶")
    numbers = [line.lstrip(RLM).split(".", 1)[0] for line in chat.text().split("\n")[1:]]
    tr = I18N.translator(language)
    assert numbers[: message.PER_PAGE] == [tr.numeral(n) for n in range(9, 17)]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_binge_drop_of_a_whole_season_fits_with_few_buttons(
    linked: Harness, chat: ChatDriver, language: str
) -> None:
    linked.services.store.set_language(ANN, language)
    rows = tuple(replace(r, show_id=700, air_at=1_780_000_000) for r in _rows(120, title="T" * 300))
    _store(linked, rows)
    stored = tuple(linked.services.store.due_rows(ANN, ("sent",)))
    await TelegramOutbox(linked.app, rate=0).send(Notification(ANN, stored, False, "UTC"))
    assert len(chat.text()) <= MessageLimit.MAX_TEXT_LENGTH
    assert _more(language, 112) in chat.text()
    episodes = [b for row in chat.buttons() for b in row if b.label.startswith("🎞")]
    assert len(episodes) == message.PER_PAGE
    assert _button_count(chat) <= message.PER_PAGE + 5  # + watched all, ◀ page ▶, mute
    await chat.press("▶")
    labels = [b.label for row in chat.buttons() for b in row]
    assert "🎞 S01E09" in labels and "🎞 S01E01" not in labels


@pytest.mark.parametrize("language", LANGUAGES)
async def test_due_with_thirty_long_titles_fits_one_message(
    linked: Harness, chat: ChatDriver, language: str
) -> None:
    store = linked.services.store
    store.set_language(ANN, language)
    turn_on(linked, ANN)
    drafts = [
        DueDraft("episode", 9000 + n, 800 + n, 1_900_000_000 + n * 60, 1_900_000_000 + n * 60,
                 {"show": "The Extraordinarily Long-Named Anthology & Series " * 6 + str(n),
                  "year": 2025, "season": 2, "number": n + 1,
                  "title": f"Part {n}: In Which Our Heroes & Friends Find the Way Home " * 4})
        for n in range(45)
    ]  # fmt: skip
    store.plan_due(ANN, drafts, 1_800_000_000, 2_000_000_000, late=0)
    await chat.say("/due")
    text = chat.text()
    assert "Part 0" in text and "Something went wrong" not in text
    assert len(text) <= MessageLimit.MAX_TEXT_LENGTH
    listed = sum(1 for line in text.split("\n") if line.lstrip(RLM).startswith("•"))
    assert 10 <= listed <= 30
    assert _more(language, 45 - listed) in text


# -- 8. time zones -----------------------------------------------------------------------

NOT_ZONES = [
    "Europe", "America", "Etc", "A" * 300, "localtime", "Factory", "posixrules",
    "right/UTC", "posix/Europe/Berlin", "Europe/../Europe/Berlin", "../../etc/passwd",
]  # fmt: skip


@pytest.mark.parametrize("zone", NOT_ZONES)
def test_only_real_iana_zones_are_known(zone: str) -> None:
    assert known_zone(zone) is None
    with pytest.raises(ValueError):
        notify_settings.apply(NotifySettings(ANN), "tz:" + zone.replace("/", "."))


def test_a_real_zone_is_known_in_its_own_spelling() -> None:
    assert known_zone("Europe/Berlin") == "Europe/Berlin"
    assert known_zone("america/new_york") == "America/New_York"
    assert known_zone("UTC") == "UTC"


@pytest.mark.parametrize("zone", NOT_ZONES)
async def test_a_name_that_is_no_zone_is_answered_not_apologised_for(
    linked: Harness, chat: ChatDriver, zone: str
) -> None:
    await chat.say(f"/notify tz {zone}")
    assert "Something went wrong" not in chat.text()
    assert "is not a time zone I know" in chat.text() and "/notify tz" in chat.text()
    assert linked.services.store.notify_settings(ANN).timezone is None


async def test_a_forged_region_button_changes_nothing(linked: Harness, chat: ChatDriver) -> None:
    await chat.say("/notify")
    forged = encode(Action.NOTIFY, "m", "tz:Europe", owner=ANN)
    await chat.press_data(forged, chat.last_reply.message_id)
    assert "Something went wrong" not in chat.text()
    assert linked.services.store.notify_settings(ANN).timezone is None


# -- 10. never twice, whatever flips during a send -----------------------------------------


async def _flip_during_the_send(bot: Harness, demo: DemoTrakt, flip: object) -> list[Notification]:
    notifier, outbox = await attach(bot)
    turn_on(bot, ANN)
    air = air_time(demo)
    await tick(notifier, air - 60)
    original = outbox.send

    async def send_and_flip(n: Notification) -> int:
        message_id = await original(n)
        if len(outbox.sent) == 1:
            await flip()  # type: ignore[operator]
        return message_id

    outbox.send = send_and_flip  # type: ignore[method-assign]
    await tick(notifier, air)
    await tick(notifier, air + 60)
    return night_signal(outbox.sent)


async def test_turning_notifications_off_and_on_during_a_send_sends_nothing_twice(
    linked: Harness, demo: DemoTrakt
) -> None:
    store, notifier = linked.services.store, linked.services.notify

    async def off_and_on() -> None:
        settings = store.notify_settings(ANN)
        store.save_notify_settings(settings.with_(mode="off"))
        notifier.changed(ANN)
        store.save_notify_settings(settings.with_(mode="each"))
        notifier.changed(ANN)

    assert len(await _flip_during_the_send(linked, demo, off_and_on)) == 1


async def test_unlinking_and_linking_again_during_a_send_sends_nothing_twice(
    linked: Harness, demo: DemoTrakt
) -> None:
    async def relink() -> None:
        await linked.services.accounts.unlink(ANN)
        await link_account(linked, ANN)

    assert len(await _flip_during_the_send(linked, demo, relink)) == 1


def test_clearing_the_due_list_keeps_what_is_being_sent(linked: Harness) -> None:
    store = linked.services.store
    drafts = [DueDraft("episode", 1, 7, 100, 100, {}), DueDraft("episode", 2, 7, 100, 100, {})]
    store.plan_due(ANN, drafts, 0, 1000, late=0)
    first = store.due_rows(ANN)[0].id
    store.claim_due([first])
    assert store.clear_due(ANN) == 1  # the pending one
    assert [r.id for r in store.due_rows(ANN, ("claimed",))] == [first]
    store.plan_due(ANN, drafts, 0, 1000, late=0)
    assert len(store.due_rows(ANN)) == 1  # only the cleared one is planned again


# -- 11. a restart during the pre-send check -----------------------------------------------


async def test_a_restart_during_the_trakt_check_loses_no_notification(
    linked: Harness, demo: DemoTrakt
) -> None:
    await link_account(linked, BORIS)
    notifier, _ = await attach(linked)
    air = air_time(demo)
    turn_on(linked, ANN)
    turn_on(linked, BORIS)
    await tick(notifier, air - 60)
    held = 0

    async def hold(method: str, path: str) -> None:
        nonlocal held
        if path.startswith("/sync/last_activities"):
            held += 1
            await asyncio.Event().wait()  # Trakt is slow; the deploy comes first

    demo.hold = hold
    notifier.clock = lambda: air
    notifier._task = asyncio.create_task(notifier.tick())
    await wait_for(lambda: held == 2, what="both checks to be under way")
    assert linked.services.store.due_rows(ANN, ("claimed",)) == []  # checked before claimed
    await notifier.stop()
    demo.hold = None
    await linked.restart()
    notifier, outbox = await attach(linked)
    await tick(notifier, air + 30)
    assert {n.user_id for n in night_signal(outbox.sent)} == {ANN, BORIS}


async def test_a_row_a_sync_moved_later_during_the_check_is_not_sent_early(
    linked: Harness, demo: DemoTrakt
) -> None:
    notifier, outbox, air = await ann_on(linked, demo)
    await tick(notifier, air - 60)
    store = linked.services.store

    async def move(method: str, path: str) -> None:
        if path.startswith("/sync/last_activities"):
            later = {r.id: int(air) + 3600 for r in store.due_rows(ANN)}
            store.reschedule_due(ANN, later)

    demo.hold = move
    await tick(notifier, air)
    demo.hold = None
    assert outbox.sent == [] and store.due_rows(ANN)


# -- 13. the view memory -------------------------------------------------------------------


async def test_sent_notifications_keep_the_view_memory_capped(
    linked: Harness, chat: ChatDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.features.notify.outbox as module

    monkeypatch.setattr(module, "PER_CHAT", 0.0)
    outbox = TelegramOutbox(linked.app, rate=0)
    for _ in range(MEMORY_SIZE + 40):
        await outbox.send(Notification(ANN, _rows(1), digest=False, zone="UTC"))
    assert len(linked.app.chat_data[ANN].views) == MEMORY_SIZE


# -- 14. quiet hours -----------------------------------------------------------------------


@pytest.mark.parametrize("words", ["23 023", "7 7", "0 00", "23 +23"])
async def test_quiet_hours_of_no_length_are_refused(
    linked: Harness, chat: ChatDriver, words: str
) -> None:
    await chat.say(f"/notify quiet {words}")
    assert "/notify quiet 23 7" in chat.text()  # the usage
    settings = linked.services.store.notify_settings(ANN)
    assert (settings.quiet_start, settings.quiet_end) == (None, None)


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


@pytest.mark.parametrize(
    "moment",
    [
        _utc(2026, 3, 28, 11),
        _utc(2026, 3, 29, 0, 30),
        _utc(2026, 3, 29, 0, 59),
        _utc(2026, 3, 29, 1),
    ],
)
def test_quiet_hours_ending_in_the_spring_forward_gap_end_outside_quiet(moment: datetime) -> None:
    """03:00-02:00 in Berlin: on 2026-03-29 02:00 is skipped, and just after the gap
    (03:00 CEST) is quiet again; the first moment out of quiet is Monday 02:00."""
    start, end = 3 * 60, 2 * 60
    found = schedule.out_of_quiet(moment, BERLIN, start, end)
    local = found.astimezone(BERLIN)
    assert not schedule.in_quiet(local.hour * 60 + local.minute, start, end)
    assert found == _utc(2026, 3, 30, 0)  # 02:00 CEST


def test_a_skipped_end_of_a_short_quiet_window_still_ends_just_after_the_gap() -> None:
    found = schedule.out_of_quiet(_utc(2026, 3, 29, 0, 45), BERLIN, 0, 150)
    assert found == _utc(2026, 3, 29, 1, 30)  # 03:30 CEST
