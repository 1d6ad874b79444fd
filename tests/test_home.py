"""Home: /start shows the person's world as buttons in one message; its settings; not
linked; in a group; deep links; only its owner may press it."""

from __future__ import annotations

import pytest

from bot.i18n import html_to_plain
from bot.kit.callback import decode, encode
from bot.kit.codes import Action
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import link_account
from tests.test_link_kit import quick, shown_code  # noqa: F401 - a fixture

HOME = [
    "▶️ Up next",
    "📅 Calendar",
    "🕘 History",
    "📌 Watchlist",
    "💡 For you",
    "📋 Lists",
    "🔥 Trending",
    "🔍 Search",
    "📊 Stats",
    "⚙️ Settings",
]
RLM = "\u200f"


def _labels(chat: ChatDriver) -> list[str]:
    return [b.label for row in chat.buttons() for b in row]


async def test_start_shows_home_with_the_persons_world(ann: ChatDriver) -> None:
    await ann.say("/start")
    assert len(ann.replies) == 1
    lines = ann.text().splitlines()
    assert lines[0].startswith("👋 Hi, Ann!")
    assert lines[-2:] == [
        "☰ Menu · Trakt: demo",
        "Tap a button — or send /help for every command.",
    ]
    assert _labels(ann) == HOME
    assert [len(row) for row in ann.buttons()] == [2, 2, 2, 2, 2]
    for row in ann.buttons():
        for button in row:
            assert button.data is not None and len(button.data.encode()) <= 64
            assert decode(button.data).owner == ann.user.id


async def test_settings_in_place_and_back(ann: ChatDriver) -> None:
    await ann.say("/start")
    home = ann.last_reply.message_id
    await ann.press("⚙️ Settings")
    assert ann.last_reply.message_id == home and len(ann.replies) == 1
    assert ann.text().splitlines() == [
        "⚙️ Settings",
        "Language: English, as in your Telegram",
        "Trakt account: demo",
    ]
    assert _labels(ann) == ["🌐 Language", "🔔 Notifications", "👤 Trakt account", "◀ Back"]
    await ann.press("◀ Back")
    assert ann.last_reply.message_id == home
    assert ann.text().startswith("☰ Menu · Trakt: demo") and _labels(ann) == HOME


async def test_language_from_settings_speaks_the_new_language_on_the_way_back(
    ann: ChatDriver,
) -> None:
    await ann.say("/start")
    home = ann.last_reply.message_id
    await ann.press("⚙️ Settings")
    await ann.press("🌐 Language")
    assert ann.last_reply.message_id == home
    assert "follow your Telegram language" in ann.text()
    assert [b.label for b in ann.buttons()[-1]] == ["◀ Back"]  # to the settings
    await ann.press("Deutsch")
    assert ann.last_alert == "Sprache gespeichert"
    assert ann.last_reply.message_id == home and ann.text().startswith("✅")
    assert "✓ Deutsch" in _labels(ann)
    await ann.press("◀ Zurück")
    assert ann.text().splitlines()[:2] == ["⚙️ Einstellungen", "Sprache: Deutsch"]
    await ann.press("◀ Zurück")
    assert ann.text().startswith("☰ Menü · Trakt: demo")
    assert "▶️ Als Nächstes" in _labels(ann) and len(ann.replies) == 1


async def test_notifications_from_settings_keep_their_own_back(ann: ChatDriver) -> None:
    await ann.say("/start")
    home = ann.last_reply.message_id
    await ann.press("⚙️ Settings")
    await ann.press("🔔 Notifications")
    assert ann.text().startswith("🔔 Notifications")
    assert [b.label for b in ann.buttons()[-1]] == ["◀ Back"]
    await ann.press("Quiet hours")  # a screen of the settings: its ◀ Back is to their main one
    assert [b.label for row in ann.buttons() for b in row].count("◀ Back") == 1
    await ann.press("◀ Back")
    assert ann.text().startswith("🔔 Notifications")
    await ann.press("◀ Back")
    assert ann.text().startswith("⚙️ Settings") and ann.last_reply.message_id == home


async def test_the_trakt_account_from_settings_and_unlink_leads_home(
    bot: Harness, ann: ChatDriver
) -> None:
    await ann.say("/start")
    home = ann.last_reply.message_id
    await ann.press("⚙️ Settings")
    await ann.press("👤 Trakt account")
    assert ann.text().startswith("👤 Your Trakt account") and ann.last_reply.message_id == home
    assert [b.label for b in ann.buttons()[-1]] == ["◀ Back"]
    await ann.press("Unlink")
    await ann.press("Yes, unlink")
    assert "Unlinked demo" in ann.text() and _labels(ann) == ["☰ Menu"]
    await ann.press("☰ Menu")
    assert ann.last_reply.message_id == home
    assert "Link your Trakt account to see" in ann.text()
    assert _labels(ann) == ["🔥 Trending", "🔍 Search", "🌐 Language", "🔗 Link my Trakt"]


async def test_unlinked_home_offers_what_works_without_an_account(chat: ChatDriver) -> None:
    await chat.say("/start")
    home = chat.last_reply.message_id
    assert "Link your Trakt account to see what to watch next" in chat.text()
    assert _labels(chat) == ["🔥 Trending", "🔍 Search", "🌐 Language", "🔗 Link my Trakt"]
    await chat.press("🔥 Trending")
    assert chat.text().startswith("🔥 Trending shows") and chat.last_reply.message_id == home
    await chat.press("◀ Back")
    await chat.press("🌐 Language")
    assert "follow your Telegram language" in chat.text()
    await chat.press("◀ Back")
    assert _labels(chat)[-1] == "🔗 Link my Trakt" and len(chat.replies) == 1


@pytest.mark.usefixtures("quick")
async def test_linking_from_home_keeps_home_and_the_linked_message_leads_home(
    bot: Harness, chat: ChatDriver, demo: object
) -> None:
    await chat.say("/start")
    home = chat.last_reply.message_id
    await chat.press("🔗 Link my Trakt")
    assert len(chat.replies) == 2 and "works for 10 minutes" in chat.text()
    assert _labels(chat) != [] and "🔥 Trending" in [
        b.label for row in chat.buttons(chat.replies[0]) for b in row
    ]  # home's buttons are still good
    assert bot.demo is not None
    bot.demo.approve(shown_code(chat), "alice")
    linked = await chat.wait_for("Linked as alice", timeout=4)
    assert "☰ Menu" in [b.label for row in chat.buttons(linked) for b in row]
    await chat.press("☰ Menu", message=linked)
    assert chat.text(chat.telegram.find(chat.chat.id, linked.message_id)).startswith(
        "☰ Menu · Trakt: alice"
    )
    assert chat.telegram.find(chat.chat.id, home) is not None


async def test_a_personal_entry_pressed_unlinked_asks_to_link(
    bot: Harness, ann: ChatDriver
) -> None:
    await ann.say("/start")
    home = ann.last_reply
    await bot.services.accounts.unlink(ann.user.id)
    await ann.press("▶️ Up next", message=home)
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert "Link your Trakt account first" in (ann.last_alert or "")
    assert "needs your Trakt account" in ann.text()


async def test_only_its_owner_may_press_home(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/start")
    home = ann.last_reply
    eve = ann.as_user(2002, "Eve")
    await link_account(bot, eve.user.id)
    for label in ("⚙️ Settings", "🕘 History", "📊 Stats"):
        data = next(b.data for row in ann.buttons(home) for b in row if b.label == label)
        assert data is not None
        await eve.press_data(data, home.message_id)
        assert eve.last_alert is not None and eve.last_alert.startswith("This button belongs")
    assert len(ann.replies) == 1 and _labels(ann) == HOME


async def test_start_in_a_group_is_short_and_points_to_the_private_chat(
    bot: Harness, tg: FakeTelegram
) -> None:
    group = bot.chat(chat=tg.group_chat())
    await link_account(bot, group.user.id)
    await group.say("/start")
    text = group.text()
    assert text.startswith("👋 Hi, Ann!")
    assert "/party" in text and "/trending" in text and "@trakt_demo_bot title" in text
    assert "☰ Menu" not in text and "History" not in " ".join(_labels(group))
    [[button]] = group.buttons()
    assert button.label == "☰ Open my menu" and button.data is None
    assert button.url == "https://t.me/trakt_demo_bot?start=home"
    # home's data pressed in a group (forged) is refused: home is the person's own
    data = encode(Action.HOME, owner=group.user.id)
    await group.press_data(data, group.last_reply.message_id)
    assert "out of date" in (group.last_alert or "")
    assert group.text() == text


async def test_a_view_in_a_group_has_no_way_home(bot: Harness, tg: FakeTelegram) -> None:
    group = bot.chat(chat=tg.group_chat())
    await group.say("/trending")
    assert "☰ Menu" not in _labels(group)


@pytest.mark.parametrize("payload", ["home", "whatever"])
async def test_a_payload_no_feature_claims_shows_home(ann: ChatDriver, payload: str) -> None:
    await ann.say(f"/start {payload}")
    assert ann.text().startswith("👋 Hi, Ann!") and _labels(ann) == HOME


async def test_deep_links_still_run_their_feature(chat: ChatDriver) -> None:
    await chat.say("/start link")
    assert "works for 10 minutes" in chat.text()
    assert "☰ Menu" not in chat.text()


async def test_help_leads_home(ann: ChatDriver) -> None:
    await ann.say("/help")
    assert _labels(ann) == ["☰ Menu"]
    message = ann.last_reply.message_id
    await ann.press("☰ Menu")
    assert ann.last_reply.message_id == message and _labels(ann) == HOME


@pytest.mark.parametrize("language", ["ru", "fa", "pt-BR"])
async def test_home_in_other_languages(bot: Harness, language: str) -> None:
    tr = bot.services.i18n.translator(language)
    reader = bot.chat(user_id=3000, first_name="Reader", language_code=language)
    await link_account(bot, reader.user.id)
    await reader.say("/start")
    keys = ["next", "calendar", "history", "watchlist", "recommend", "lists"]
    keys += ["trending", "search", "stats", "settings"]
    assert _labels(reader) == [tr.plain(f"home-{key}") for key in keys]
    text = reader.text()
    assert html_to_plain(tr.html("home-title-linked", username="demo")) in text.replace(RLM, "")
    if tr.rtl:  # every line reads right to left
        raw = reader.last_reply.text or ""
        assert all(line.startswith(RLM) for line in raw.splitlines() if line)
    await reader.press(tr.plain("home-settings"))
    assert [b.label for b in reader.buttons()[-1]] == [tr.plain("button-back")]
