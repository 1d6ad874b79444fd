"""The pasted-code fallback of /link, and codes (never) in groups."""

from __future__ import annotations

import pytest

from bot.demo import DemoTrakt
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.fakebot.models import StoredMessage
from bot.testkit.harness import Harness
from tests.test_link_kit import (  # noqa: F401 - fixtures
    manual,
    pending,
    polls,
    shown_code,
)

pytestmark = pytest.mark.usefixtures("manual")


def users_message(tg: FakeTelegram, chat: ChatDriver, text: str) -> StoredMessage:
    """The person's own message with this text (deleted or not)."""
    found = [m for m in tg.messages(chat.chat.id) if not m.from_bot and m.text == text]
    assert len(found) == 1, found
    return found[0]


async def test_link_with_a_code_links_and_deletes_the_message(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt, tg: FakeTelegram
) -> None:
    code = demo.new_authorization_code("alice")
    await chat.say(f"/link {code}")
    assert "Linked as alice" in chat.text()
    assert users_message(tg, chat, f"/link {code}").deleted
    assert bot.services.accounts.get(chat.chat.id).username == "alice"
    assert code not in "".join(m.content for m in chat.replies)


async def test_code_as_the_next_message_while_a_link_is_pending(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt, tg: FakeTelegram
) -> None:
    await chat.say("/link")
    code_message = chat.last_reply
    device_code = shown_code(chat)
    code = demo.new_authorization_code("bob")
    await chat.say(code)
    assert "Linked as bob" in chat.text()
    assert users_message(tg, chat, code).deleted
    old = tg.find(chat.chat.id, code_message.message_id)
    assert old is not None and device_code not in old.content and not old.inline_keyboard
    assert pending(bot, chat) is None and not polls(bot, chat)


async def test_wrong_code_is_deleted_and_explained_and_the_link_goes_on(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt, tg: FakeTelegram
) -> None:
    await chat.say("/link")
    await chat.say("NOT-A-REAL-CODE")
    assert "did not accept that code" in chat.text()
    assert users_message(tg, chat, "NOT-A-REAL-CODE").deleted
    assert not bot.services.accounts.is_linked(chat.chat.id)
    assert pending(bot, chat) is not None and len(polls(bot, chat)) == 1
    # and a good one afterwards still works
    await chat.say("DEMO-CODE")
    assert "Linked as demo" in chat.text()


async def test_wrong_code_with_link_command(
    bot: Harness, chat: ChatDriver, tg: FakeTelegram
) -> None:
    await chat.say("/link 12345678")
    assert "did not accept that code" in chat.text()
    assert users_message(tg, chat, "/link 12345678").deleted
    assert not bot.services.accounts.is_linked(chat.chat.id)


async def test_device_code_pasted_back_is_explained(
    bot: Harness, chat: ChatDriver, tg: FakeTelegram
) -> None:
    await chat.say("/link")
    code = shown_code(chat)
    await chat.say(code.lower())
    assert "code to enter on the Trakt page" in chat.text()
    assert users_message(tg, chat, code.lower()).deleted
    assert pending(bot, chat) is not None


@pytest.mark.parametrize("text", ["two words", "abc", "x" * 65, "/help"])
async def test_other_text_while_pending_is_not_taken(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt, tg: FakeTelegram, text: str
) -> None:
    await chat.say("/link")
    asked = len(demo.requests)
    await chat.say(text)
    assert not users_message(tg, chat, text).deleted
    assert not [r for r in demo.requests[asked:] if r.path == "/oauth/token"]
    assert pending(bot, chat) is not None


async def test_code_like_text_without_a_pending_link_is_not_taken(
    chat: ChatDriver, demo: DemoTrakt, tg: FakeTelegram
) -> None:
    await chat.say("DEMO-CODE")
    assert users_message(tg, chat, "DEMO-CODE").deleted  # and pointed to /link
    assert "send /link" in chat.text()
    assert not [r for r in demo.requests if r.path == "/oauth/token"]


async def test_trakt_refusing_the_app_on_exchange(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt, tg: FakeTelegram
) -> None:
    demo.oauth.client_secret = "rotated-by-trakt"  # 401 invalid_client: the app, not the code
    await chat.say("/link DEMO-CODE")
    assert "refusing this bot" in chat.text()
    assert users_message(tg, chat, "/link DEMO-CODE").deleted


async def test_trakt_down_on_exchange(chat: ChatDriver, demo: DemoTrakt, tg: FakeTelegram) -> None:
    demo.fail("POST", "/oauth/token", 503)
    await chat.say("/link DEMO-CODE")
    assert "Trakt is not answering" in chat.text()
    assert users_message(tg, chat, "/link DEMO-CODE").deleted


def group_member(
    bot: Harness, tg: FakeTelegram, *, bot_status: str = "administrator"
) -> ChatDriver:
    group = tg.group_chat(bot_status=bot_status)
    return ChatDriver(tg, bot.deliver, user_id=1001, first_name="Ann", chat=group)


async def test_group_link_points_to_a_private_chat(bot: Harness, tg: FakeTelegram) -> None:
    ann = group_member(bot, tg)
    await ann.say("/link")
    assert "private chat" in ann.text() and "<code>" not in ann.last_reply.content
    assert [[b.url for b in row] for row in ann.buttons()] == [
        ["https://t.me/trakt_demo_bot?start=link"]
    ]
    assert tg.bot_messages(1001) == []  # nothing sent privately unasked
    assert bot.services.accounts.pending(1001) is None


async def test_code_in_a_group_is_deleted_and_not_used(
    bot: Harness, demo: DemoTrakt, tg: FakeTelegram
) -> None:
    ann = group_member(bot, tg)
    code = demo.new_authorization_code("alice")
    await ann.say(f"/link {code}")
    assert users_message(tg, ann, f"/link {code}").deleted
    assert "I deleted that message" in ann.text() and code not in ann.last_reply.content
    assert ann.buttons()[0][0].url == "https://t.me/trakt_demo_bot?start=link"
    assert not bot.services.accounts.is_linked(1001)
    assert code in demo.authorization_codes  # never sent to Trakt
    assert all(code not in str(call.params) for call in tg.calls)


async def test_code_in_a_group_without_delete_rights(bot: Harness, tg: FakeTelegram) -> None:
    ann = group_member(bot, tg, bot_status="member")
    await ann.say("/link DEMO-CODE")
    assert not users_message(tg, ann, "/link DEMO-CODE").deleted
    assert "Please delete your last message" in ann.text()
    assert "DEMO-CODE" not in ann.last_reply.content
    assert not bot.services.accounts.is_linked(1001)


async def test_group_text_is_never_taken_as_a_code(
    bot: Harness, chat: ChatDriver, tg: FakeTelegram
) -> None:
    await chat.say("/link")  # Ann has a login in progress in her private chat
    ann = group_member(bot, tg)
    await ann.say("DEMO-CODE")
    assert not users_message(tg, ann, "DEMO-CODE").deleted
    assert not bot.services.accounts.is_linked(1001)


async def test_start_payload_in_private_then_code(
    bot: Harness, chat: ChatDriver, tg: FakeTelegram
) -> None:
    await chat.say("/start link")
    assert shown_code(chat)
    await chat.say("DEMO-CODE")
    assert "Linked as demo" in chat.text()


async def test_russian_wrong_code(ru_chat: ChatDriver) -> None:
    await ru_chat.say("/link WRONG")
    assert "Trakt не принял этот код" in ru_chat.text()
