"""/notify in a chat: the offer after linking, the settings view and its words, and a
notification's buttons (✅ one play however often pressed, ↩ Undo, watched all, mute)."""

from __future__ import annotations

import pytest

from bot.demo import DemoTrakt
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import held_writes, labels
from tests.notify_kit import NIGHT_SIGNAL, air_time, plays, tick_bot, told
from tests.test_link_kit import manual, poll, shown_code  # noqa: F401 - a fixture

pytestmark = pytest.mark.frozen_clock


@pytest.mark.usefixtures("manual")
async def test_linking_offers_notifications_once(bot: Harness, chat: ChatDriver) -> None:
    await chat.say("/link")
    assert bot.demo is not None
    bot.demo.approve(shown_code(chat))
    await poll(bot, chat)
    assert "Linked as demo" in chat.text()
    await chat.press("🔔 Set up notifications")
    assert "Notifications" in chat.text() and "Off: nothing is sent." in chat.text()
    assert not bot.services.store.take_notify_offer(chat.user.id)  # offered already


async def test_words_set_what_the_buttons_set(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/notify digest 8")
    assert "A daily digest at 8:00" in ann.text()
    settings = bot.services.store.notify_settings(ann.user.id)
    assert (settings.mode, settings.digest_hour) == ("digest", 8)
    await ann.say("/notify tz Asia/Tokyo")
    assert "Asia/Tokyo" in ann.text() and "set here" in ann.text()
    await ann.say("/notify quiet 23 7")
    assert "Quiet hours: 11:00" in ann.text()
    await ann.say("/notify off")
    assert "Off: nothing is sent." in ann.text()
    await ann.say("/notify banana")
    assert "/notify episodes" in ann.text()


async def test_german_words_and_buttons(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/notify serien 60")
    assert bot.services.store.notify_settings(ann.user.id).offset == 60
    await ann.press("Daily digest")
    assert bot.services.store.notify_settings(ann.user.id).mode == "digest"
    await ann.press("🌍 Time zone")
    await ann.press("Sydney")
    assert bot.services.store.notify_settings(ann.user.id).timezone == "Australia/Sydney"


async def test_a_notification_arrives_and_one_tick_records_one_play(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    await ann.say("/notify premieres")
    await ann.say("/notify episodes")
    air = await told(bot, demo)
    bot.services.accounts.clock = lambda: air + 60  # pressed once it has aired
    assert "Night Signal" in ann.text() and "S01E01 · Static" in ann.text()
    before = plays(demo, 1)
    await ann.press("✅ Watched")
    await ann.press("✅ Watched ✓")
    assert plays(demo, 1) == before + 1
    assert "↩ Undo" in " ".join(labels(ann))


async def test_two_presses_at_once_record_one_play(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    await ann.say("/notify premieres")
    await ann.say("/notify episodes")
    air = await told(bot, demo)
    bot.services.accounts.clock = lambda: air + 60  # pressed once it has aired
    message = ann.last_reply
    data = next(b.data for row in ann.buttons() for b in row if b.label == "✅ Watched")
    assert data is not None
    before = plays(demo, 1)
    await held_writes(
        bot, ann.press_data(data, message.message_id), ann.press_data(data, message.message_id)
    )
    assert plays(demo, 1) == before + 1


async def test_a_binge_drop_watched_all_behind_a_confirmation_and_mute(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    await ann.say("/notify episodes")
    air = await told(bot, demo)
    bot.services.accounts.clock = lambda: air + 60  # pressed once it has aired
    assert "3 new episodes" in ann.text()
    await ann.press("✅ Watched all")
    assert (plays(demo, 1), plays(demo, 3)) == (0, 0)  # asks first
    yes = next(b.data for row in ann.buttons() for b in row if b.label == "✅ Yes, all 3")
    assert yes is not None
    await ann.press_data(yes, ann.last_reply.message_id)
    await ann.press_data(yes, ann.last_reply.message_id)  # twice: still one play each
    assert (plays(demo, 1), plays(demo, 2), plays(demo, 3)) == (1, 1, 1)
    await ann.press("🔕 Mute this show")
    assert "Muted" in ann.text()
    assert bot.services.store.muted_shows(ann.user.id) == {NIGHT_SIGNAL}


async def test_an_old_notifications_mute_after_unlink_only_alerts(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    await ann.say("/notify episodes")
    await told(bot, demo)
    note = ann.last_reply
    assert "Night Signal" in ann.text(note)
    await ann.say("/unlink")
    await ann.press("Yes, unlink")
    await ann.press("🔕 Mute this show", message=note)
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert ann.last_alert == "Link your Trakt account first: send /link."
    assert bot.services.store.muted_shows(ann.user.id) == set()


async def test_only_the_owner_may_press(bot: Harness, ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/notify episodes")
    await told(bot, demo)
    message = ann.last_reply
    data = next(b.data for row in ann.buttons() for b in row if b.label == "✅ Watched all")
    assert data is not None
    other = ann.as_user(1003, "Eve")
    await other.press_data(data, message.message_id)
    assert other.last_alert is not None


async def test_due_lists_what_will_be_sent(bot: Harness, ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/due")
    assert "Notifications are off" in ann.text()
    await ann.say("/notify episodes")
    await tick_bot(bot, air_time(demo) - 60)
    await ann.say("/due")
    assert "S01E01 · Static" in ann.text() and "S01E02 · Carrier Wave" in ann.text()


async def test_watched_before_the_air_time_says_so_and_works_after(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    """`/notify episodes -60`: the binge drop comes an hour early; ✅ Yes, all then logs
    nothing (the alert every "not aired yet" button gives); once out, each one logs."""
    air = air_time(demo)
    await bot.services.notify.stop()
    bot.services.notify.clock = lambda: air - 7200  # turned on two hours before
    await ann.say("/notify episodes -60")
    bot.services.accounts.clock = lambda: air - 3500
    await tick_bot(bot, air - 4000)
    await tick_bot(bot, air - 3600)
    note = ann.last_reply
    assert "3 new episodes" in ann.text(note)
    await ann.press("✅ Watched all", message=note)
    await ann.press("✅ Yes, all 3", message=note)
    assert ann.last_alert == "It hasn’t aired yet"
    assert (plays(demo, 1), plays(demo, 2), plays(demo, 3)) == (0, 0, 0)
    bot.services.accounts.clock = lambda: air + 60
    await ann.press("✅ Watched all", message=note)
    await ann.press("✅ Yes, all 3", message=note)
    assert (plays(demo, 1), plays(demo, 2), plays(demo, 3)) == (1, 1, 1)


async def test_a_persian_notification_writes_the_year_in_persian_digits(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    bot.services.store.set_language(ann.user.id, "fa")
    await ann.say("/notify episodes")
    await told(bot, demo)
    assert "Night Signal" in ann.text()
    assert "(2026)" not in ann.text() and "۲۰۲۶" in ann.text()


async def test_watched_all_is_one_write_and_one_undo(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    """Trakt takes a person's writes one a second: three episodes one by one took two
    seconds after ✅ Yes, all 3. One `POST /sync/history` holds them all; ↩ Undo takes
    exactly those three plays back."""
    await ann.say("/notify episodes")
    air = await told(bot, demo)
    bot.services.accounts.clock = lambda: air + 60
    await ann.press("✅ Watched all")
    yes = next(b.data for row in ann.buttons() for b in row if b.label == "✅ Yes, all 3")
    assert yes is not None
    before = [r for r in demo.requests if r.method == "POST" and r.path == "/sync/history"]
    await ann.press_data(yes, ann.last_reply.message_id)
    posts = [r for r in demo.requests if r.method == "POST" and r.path == "/sync/history"]
    assert len(posts) - len(before) == 1
    assert (plays(demo, 1), plays(demo, 2), plays(demo, 3)) == (1, 1, 1)
    await ann.press("↩ Undo")
    assert (plays(demo, 1), plays(demo, 2), plays(demo, 3)) == (0, 0, 0)


async def test_unmuting_under_a_notification_plans_the_show_again(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As on the muted-shows page: the show's episodes are planned anew at once, not at
    the next daily sync (muting dropped them)."""
    await ann.say("/notify episodes")
    await told(bot, demo)
    changed: list[int] = []
    monkeypatch.setattr(bot.services.notify, "changed", changed.append)
    await ann.press("🔕 Mute this show")
    assert changed == []
    await ann.press("🔔 Unmute")
    assert changed == [ann.user.id]
    assert bot.services.store.muted_shows(ann.user.id) == set()
