"""A group's own language: set by its admins with /language, used for what the bot says in
the group (replies, watch parties); alerts, inline answers and private chats stay in each
person's own language."""

from __future__ import annotations

import pytest

from bot.i18n import html_to_plain, shared_i18n
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import link_account

I18N = shared_i18n()
EN, DE, RU = (I18N.translator(code) for code in ("en", "de", "ru"))


@pytest.fixture
def group(bot: Harness, tg: FakeTelegram) -> dict[str, ChatDriver]:
    """Greta (English Telegram) administers the group; Boris (Russian) is a member."""
    chat = tg.group_chat()
    greta = bot.chat(3001, "Greta", language_code="en", chat=chat)
    tg.add_member(chat, greta.user, "administrator")
    boris = bot.chat(3002, "Boris", language_code="ru", chat=chat)
    return {"greta": greta, "boris": boris}


async def test_an_admin_sets_the_group_language(bot: Harness, group: dict[str, ChatDriver]) -> None:
    greta = group["greta"]
    await greta.say("/language")
    assert greta.text() == html_to_plain(EN.html("language-group-current-auto"))
    await greta.press(DE.plain("language-name"))
    assert bot.services.store.get_chat_language(greta.chat.id) == "de"
    assert greta.last_answer is not None and not greta.last_answer.show_alert
    assert greta.last_alert == EN.plain("language-group-saved-toast")  # her own language
    assert greta.text().endswith(
        html_to_plain(DE.html("language-group-current", language="Deutsch"))
    )
    await greta.press(DE.plain("language-group-auto"))
    assert bot.services.store.get_chat_language(greta.chat.id) is None


async def test_the_group_language_applies_to_group_messages(
    bot: Harness, group: dict[str, ChatDriver]
) -> None:
    boris = group["boris"]
    bot.services.store.set_chat_language(boris.chat.id, "de")
    await boris.say("/trending")
    assert boris.text().startswith(html_to_plain(DE.html("trending-header-shows", page=1, pages=5)))
    await boris.press("▶")  # his own list, re-rendered in the group's language
    assert boris.text().startswith(html_to_plain(DE.html("trending-header-shows", page=2, pages=5)))
    await boris.say("/party")
    party = next(m for m in reversed(boris.replies) if m.inline_keyboard)
    assert boris.text(party).startswith(
        html_to_plain(DE.html("party-title", kind="x")).split(" · ")[0]
    )
    await boris.press(DE.plain("party-button-join"), message=party)
    assert boris.last_alert == RU.plain("party-link-first")  # an alert: his own language
    await boris.say("/help")
    assert boris.text().startswith(html_to_plain(DE.html("help-header")))


async def test_alerts_in_a_group_stay_personal(bot: Harness, group: dict[str, ChatDriver]) -> None:
    greta, boris = group["greta"], group["boris"]
    bot.services.store.set_chat_language(greta.chat.id, "de")
    await greta.say("/trending")
    await boris.press("▶")  # Greta's list: not his to page
    assert boris.last_alert == RU.plain("button-not-yours")
    assert greta.text().startswith(html_to_plain(DE.html("trending-header-shows", page=1, pages=5)))


async def test_private_chats_keep_the_persons_language(
    bot: Harness, group: dict[str, ChatDriver]
) -> None:
    bot.services.store.set_chat_language(group["boris"].chat.id, "de")
    private = bot.chat(3002, "Boris", language_code="ru")
    await private.say("/help")
    assert private.text().startswith(html_to_plain(RU.html("help-header")))
    results = await private.inline("breaking")
    assert results and results[0]["title"].endswith(RU.plain("inline-kind-show"))


async def test_a_member_cannot_change_the_group_language(
    bot: Harness, tg: FakeTelegram, group: dict[str, ChatDriver]
) -> None:
    greta, boris = group["greta"], group["boris"]
    await boris.say("/language")
    assert boris.text() == html_to_plain(RU.html("language-group-admins-only"))  # no group one yet
    assert not boris.last_reply.inline_keyboard
    await greta.say("/language")
    await boris.press(DE.plain("language-name"))  # the admin's buttons
    assert boris.last_alert == RU.plain("button-not-yours")
    tg.add_member(greta.chat, greta.user, "member")  # no longer an admin
    await greta.press(DE.plain("language-name"))
    assert greta.last_answer is not None and greta.last_answer.show_alert
    assert greta.last_alert == EN.plain("language-group-admins-only")
    assert bot.services.store.get_chat_language(greta.chat.id) is None


async def test_a_party_follows_an_admins_change_mid_party(
    bot: Harness, group: dict[str, ChatDriver]
) -> None:
    greta, boris = group["greta"], group["boris"]
    await link_account(bot, greta.user.id, "alice")
    await link_account(bot, boris.user.id, "bob")
    await greta.say("/party")
    party = greta.last_reply
    assert greta.text(party).startswith(html_to_plain(EN.html("party-title", kind="x"))[:8])
    bot.services.store.set_chat_language(greta.chat.id, "ru")
    await boris.press(EN.plain("party-button-join"), message=party)
    assert boris.last_alert == RU.plain("party-joined")
    ru_title = html_to_plain(RU.html("party-title", kind="x")).split(" · ")[0]
    assert greta.text(party).startswith(ru_title)


async def test_an_anonymous_admin_opens_choices_any_admin_may_press(
    bot: Harness, tg: FakeTelegram, group: dict[str, ChatDriver]
) -> None:
    greta, boris = group["greta"], group["boris"]
    anonymous = tg.user(1087968824, "Group", username="GroupAnonymousBot")
    update = tg.message_update(anonymous, greta.chat, "/language")
    update["message"]["sender_chat"] = greta.chat.to_json()  # an admin writing as the group
    await bot.deliver(update)
    assert greta.text() == html_to_plain(EN.html("language-group-current-auto"))
    await boris.press(DE.plain("language-name"))
    assert boris.last_alert == RU.plain("language-group-admins-only")
    assert boris.last_answer is not None and boris.last_answer.show_alert
    await greta.press(DE.plain("language-name"))
    assert bot.services.store.get_chat_language(greta.chat.id) == "de"
