"""/unlink (confirm, revoke, Trakt down) and /me (who, since when, VIP, limits)."""

from __future__ import annotations

import pytest

from bot.demo import DemoTrakt
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from bot.trakt import TraktUnavailable
from tests.helpers import link_account

APPS = "https://trakt.tv/oauth/authorized_applications"


def revokes(demo: DemoTrakt) -> int:
    return sum(1 for r in demo.requests if (r.method, r.path) == ("POST", "/oauth/revoke"))


async def test_unlink_asks_then_revokes_and_forgets(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    account = await link_account(bot, chat.chat.id)
    await chat.say("/unlink")
    assert "Unlink the Trakt account demo?" in chat.text()
    assert [b.label for row in chat.buttons() for b in row] == ["Yes, unlink", "Cancel"]
    assert bot.services.accounts.is_linked(chat.chat.id) and revokes(demo) == 0
    await chat.press("Yes, unlink")
    assert "Unlinked demo" in chat.text() and "Trakt ended my access" in chat.text()
    assert [b.label for row in chat.buttons() for b in row] == ["☰ Menu"]
    assert not bot.services.accounts.is_linked(chat.chat.id)
    assert revokes(demo) == 1 and demo.oauth.user_for(account.access_token) is None
    await chat.say("/me")
    assert "needs your Trakt account" in chat.text()


async def test_unlink_cancel_keeps_everything(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await link_account(bot, chat.chat.id)
    await chat.say("/unlink")
    await chat.press("Cancel")
    assert "still linked as demo" in chat.text()
    assert bot.services.accounts.is_linked(chat.chat.id) and revokes(demo) == 0


@pytest.mark.parametrize("status", [500, 503])
async def test_unlink_with_trakt_down_still_forgets_and_says_so(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt, status: int
) -> None:
    await link_account(bot, chat.chat.id)
    demo.fail("POST", "/oauth/revoke", status, times=3)
    await chat.say("/unlink")
    await chat.press("Yes")
    text = chat.text()
    assert "Unlinked demo here" in text and "Trakt did not answer" in text
    assert f'href="{APPS}"' in chat.last_reply.content
    assert not bot.services.accounts.is_linked(chat.chat.id)


async def test_unlink_with_trakt_unreachable(
    bot: Harness, chat: ChatDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    await link_account(bot, chat.chat.id)

    async def unreachable(access_token: str) -> None:
        raise TraktUnavailable("Trakt POST /oauth/revoke: ConnectError")

    monkeypatch.setattr(bot.services.trakt, "revoke", unreachable)
    await chat.say("/unlink")
    await chat.press("Yes")
    assert "Trakt did not answer" in chat.text()
    assert not bot.services.accounts.is_linked(chat.chat.id)


async def test_unlink_pressed_twice(bot: Harness, chat: ChatDriver, demo: DemoTrakt) -> None:
    await link_account(bot, chat.chat.id)
    await chat.say("/unlink")
    confirm = chat.last_reply
    yes = chat.buttons()[0][0].data
    assert yes is not None
    await chat.press("Yes")
    await chat.press_data(yes, confirm.message_id)
    assert "No Trakt account is linked here" in chat.text() and revokes(demo) == 1


async def test_unlink_when_not_linked_offers_to_link(chat: ChatDriver) -> None:
    await chat.say("/unlink")
    assert "needs your Trakt account" in chat.text()
    assert [b.label for row in chat.buttons() for b in row] == ["🔗 Link my Trakt"]


async def test_unlink_buttons_are_owner_only_in_a_group(
    bot: Harness, tg: FakeTelegram, demo: DemoTrakt
) -> None:
    group = tg.group_chat()
    ann = ChatDriver(tg, bot.deliver, user_id=1001, first_name="Ann", chat=group)
    bob = ann.as_user(1002, "Bob")
    await link_account(bot, 1001)
    await link_account(bot, 1002, "bob")
    await ann.say("/unlink")
    await bob.press("Yes", message=ann.last_reply)
    assert bob.last_answer is not None and bob.last_answer.show_alert
    assert "belongs to whoever asked" in (bob.last_alert or "")
    assert bot.services.accounts.is_linked(1001) and bot.services.accounts.is_linked(1002)
    await ann.press("Yes")
    assert not bot.services.accounts.is_linked(1001) and bot.services.accounts.is_linked(1002)


async def test_unlink_in_russian(bot: Harness, ru_chat: ChatDriver) -> None:
    await link_account(bot, ru_chat.chat.id)
    await ru_chat.say("/unlink")
    assert "Отвязать аккаунт Trakt demo?" in ru_chat.text()
    await ru_chat.press("Да, отвязать")
    assert "Аккаунт demo отвязан" in ru_chat.text()


async def test_me_shows_who_since_when_vip_and_limits(
    bot: Harness, chat: ChatDriver, tg: FakeTelegram
) -> None:
    await link_account(bot, chat.chat.id)
    await chat.say("/me")
    text, html = chat.text(), chat.last_reply.content
    assert '<a href="https://trakt.tv/users/demo">demo</a> (Demo User)' in html
    assert "Linked here since" in text and "Free account (not VIP)" in text
    assert "Personal lists: up to 3 lists of up to 100 items each" in text
    assert "Watchlist: up to 100 titles" in text
    assert "Collection: up to 100 titles" in text
    buttons = [b for row in chat.buttons() for b in row]
    assert buttons[0].url == "https://trakt.tv/users/demo"
    await chat.press("Unlink")
    assert "Unlink the Trakt account demo?" in chat.text()


async def test_me_for_a_vip(bot: Harness, chat: ChatDriver) -> None:
    await link_account(bot, chat.chat.id, "alice")
    await chat.say("/me")
    text = chat.text()
    assert "⭐ Trakt VIP" in text and "Watchlist: up to 5,000 titles" in text


async def test_me_reads_limits_trakt_reports_now(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await link_account(bot, chat.chat.id)
    demo.users["demo"].limits["watchlist"]["item_count"] = 1
    demo.users["demo"].limits["list"] = {"count": 1}
    await chat.say("/me")
    assert "Watchlist: up to 1 title\n" in chat.text() + "\n"
    assert "Personal lists: up to 1 list\n" in chat.text() + "\n"


async def test_me_in_russian_with_plurals(
    bot: Harness, ru_chat: ChatDriver, demo: DemoTrakt
) -> None:
    await link_account(bot, ru_chat.chat.id)
    demo.users["demo"].limits["collection"]["item_count"] = 21
    demo.users["demo"].limits["favorites"]["item_count"] = 3
    await ru_chat.say("/me")
    text = ru_chat.text().replace("\xa0", " ")
    assert "Ваш аккаунт Trakt" in text and "Бесплатный аккаунт" in text
    assert "Личные списки: до 3 списков, в каждом до 100 элементов" in text
    assert "Коллекция: до 21 названия" in text
    assert "Избранное: до 3 названий" in text


async def test_me_when_not_linked_is_one_tap_to_link(chat: ChatDriver) -> None:
    await chat.say("/me")
    assert "needs your Trakt account" in chat.text()
    await chat.press("Link my Trakt")
    assert "Link your Trakt account" in chat.text()


async def test_me_in_a_group_when_not_linked_points_to_private(
    bot: Harness, tg: FakeTelegram
) -> None:
    ann = ChatDriver(tg, bot.deliver, user_id=1001, first_name="Ann", chat=tg.group_chat())
    await ann.say("/me")
    assert "private chat" in ann.text()
    assert ann.buttons()[0][0].url == "https://t.me/trakt_demo_bot?start=link"
