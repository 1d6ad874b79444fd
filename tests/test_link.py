"""/link by Trakt's device flow, end to end: the code message, every poll outcome, replacing,
cancelling, starting again, and Trakt refusing the app.

Most tests drive the background poll by calling `link_poll.poll` directly (the `manual`
fixture pushes the JobQueue's own polls far into the future); one test waits for the real
JobQueue job to notice an approval.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.demo import DemoTrakt
from bot.features.link import poll as link_poll
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import link_account
from tests.test_link_kit import (  # noqa: F401 - fixtures
    CLOUDFLARE,
    DEVICE_TOKEN,
    INVALID_KEY,
    manual,
    pending,
    poll,
    polls,
    quick,
    shown_code,
)


@pytest.mark.usefixtures("manual")
async def test_link_shows_code_activation_button_expiry_and_fallback(
    bot: Harness, chat: ChatDriver
) -> None:
    await chat.say("/link")
    code = shown_code(chat)
    message = chat.last_reply
    assert f"<code>{code}</code>" in message.content
    assert "works for 10 minutes" in chat.text()
    open_trakt = chat.buttons()[0][0]
    assert open_trakt.url == f"https://trakt.tv/activate/{code}"
    auth = bot.settings.trakt_auth_url
    assert (
        f'<a href="{auth}/oauth/authorize?response_type=code&amp;client_id=demo-client-id'
        '&amp;redirect_uri=urn%3Aietf%3Awg%3Aoauth%3A2.0%3Aoob">' in message.content
    )
    link = pending(bot, chat)
    assert link is not None and link.user_code == code and link.message_id == message.message_id
    assert len(polls(bot, chat)) == 1


@pytest.mark.usefixtures("quick")
async def test_approval_is_noticed_by_the_background_job(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await chat.say("/link")
    code_message = chat.last_reply
    demo.approve(shown_code(chat), "alice")
    done = await chat.wait_for("Linked as alice", timeout=4)
    assert "alice" in done.content
    edited = bot.telegram.find(chat.chat.id, code_message.message_id)
    assert edited is not None  # still there, but without the code
    assert "<code>" not in edited.content and "finished" in chat.text(edited)
    assert bot.services.accounts.get(chat.chat.id).username == "alice"
    assert pending(bot, chat) is None and not polls(bot, chat)


@pytest.mark.usefixtures("manual")
async def test_pending_keeps_polling(bot: Harness, chat: ChatDriver) -> None:
    await chat.say("/link")
    before = chat.last_reply.content
    await poll(bot, chat)  # Trakt: 400, not approved yet
    assert chat.last_reply.content == before
    assert pending(bot, chat) is not None and len(polls(bot, chat)) == 1
    assert not bot.services.accounts.is_linked(chat.chat.id)


@pytest.mark.usefixtures("manual")
async def test_trakt_failing_keeps_polling_then_links(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await chat.say("/link")
    before = chat.last_reply.content
    for status in (500, 503, 520):
        demo.fail("POST", DEVICE_TOKEN, status)
        await poll(bot, chat)
        assert pending(bot, chat) is not None and len(polls(bot, chat)) == 1, status
    assert chat.last_reply.content == before
    demo.approve(shown_code(chat))
    await poll(bot, chat)
    assert "Linked as demo" in chat.text()


@pytest.mark.usefixtures("manual")
async def test_slow_down_raises_the_interval_and_keeps_polling(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await chat.say("/link")
    demo.fail("POST", DEVICE_TOKEN, 429)
    await poll(bot, chat)
    link = pending(bot, chat)
    assert link is not None and link.interval == 1 + 5
    demo.fail("POST", DEVICE_TOKEN, 429)
    await poll(bot, chat)
    link = pending(bot, chat)
    assert link is not None and link.interval == 1 + 5 + 5
    demo.approve(shown_code(chat))
    await poll(bot, chat)
    assert "Linked as demo" in chat.text()


FINAL_OUTCOMES = (
    (404, "Trakt no longer knows this code"),
    (409, "already used"),
    (410, "expired before it was approved"),
    (418, "declined on Trakt"),
)


@pytest.mark.usefixtures("manual")
async def test_final_outcomes_end_with_a_message_and_start_again(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await chat.say("/link")
    for outcome, expected in FINAL_OUTCOMES:
        code_message, code = chat.last_reply, shown_code(chat)
        if outcome == 418:
            demo.deny(code)
        else:
            demo.fail("POST", DEVICE_TOKEN, outcome)
        await poll(bot, chat)
        ended = bot.telegram.find(chat.chat.id, code_message.message_id)
        assert ended is not None
        assert expected in chat.text(ended) and code not in ended.content, outcome
        assert [b.label for row in chat.buttons(ended) for b in row] == ["🔄 Start again"]
        assert pending(bot, chat) is None and not polls(bot, chat), outcome
        assert not bot.services.accounts.is_linked(chat.chat.id)
        await chat.press("Start again", message=ended)
        assert shown_code(chat) != code and pending(bot, chat) is not None


@pytest.mark.usefixtures("manual")
async def test_real_expiry_from_trakt(bot: Harness, chat: ChatDriver) -> None:
    demo = bot.demo
    assert demo is not None
    demo.oauth.expires_in = 0  # Trakt's own clock says expired: 410
    await chat.say("/link")
    await poll(bot, chat)
    assert "expired before it was approved" in chat.text()


@pytest.mark.usefixtures("manual")
async def test_our_own_deadline_ends_without_asking_trakt(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await chat.say("/link")
    link = pending(bot, chat)
    assert link is not None
    bot.services.accounts.save_pending(replace(link, expires_at=link.created_at - 1))
    asked = len(demo.requests)
    await poll(bot, chat)
    assert "expired before it was approved" in chat.text()
    assert [r.path for r in demo.requests[asked:]] == []
    assert pending(bot, chat) is None


@pytest.mark.usefixtures("manual")
async def test_deadline_is_when_the_last_poll_happens(
    bot: Harness, chat: ChatDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With hours between polls, the one at the deadline still comes, and ends the login."""
    monkeypatch.setattr(link_poll, "DEADLINE_GRACE", 0.05)
    await chat.say("/link")
    link = pending(bot, chat)
    assert link is not None
    deadline = int(bot.services.accounts.clock()) + 60
    bot.services.accounts.clock = lambda: deadline - 0.05  # the deadline 50 ms away
    bot.services.accounts.save_pending(replace(link, expires_at=deadline))
    link_poll.schedule(bot.app, replace(link, expires_at=deadline))
    bot.services.accounts.clock = lambda: deadline  # passed when that poll comes
    await chat.wait_for("expired before it was approved", timeout=3)
    assert pending(bot, chat) is None and not polls(bot, chat)


@pytest.mark.usefixtures("manual")
async def test_second_link_replaces_the_first(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await chat.say("/link")
    first_message, first_code = chat.last_reply, shown_code(chat)
    await chat.say("/link")
    second_code = shown_code(chat)
    assert second_code != first_code
    old = bot.telegram.find(chat.chat.id, first_message.message_id)
    assert old is not None and first_code not in old.content
    assert "replaced by a newer one" in chat.text(old) and not old.inline_keyboard
    assert len(polls(bot, chat)) == 1
    link = pending(bot, chat)
    assert link is not None and link.user_code == second_code
    # A job still holding the first login does nothing.
    demo.approve(first_code)
    await link_poll.poll(bot.app, chat.chat.id, first_code)
    assert not bot.services.accounts.is_linked(chat.chat.id)
    demo.approve(second_code)
    await poll(bot, chat)
    assert "Linked as demo" in chat.text()


@pytest.mark.usefixtures("manual")
async def test_cancel_stops_polling(bot: Harness, chat: ChatDriver) -> None:
    await chat.say("/link")
    code = shown_code(chat)
    await chat.press("Cancel")
    assert "Cancelled" in chat.text() and code not in chat.last_reply.content
    assert pending(bot, chat) is None and not polls(bot, chat)
    assert chat.last_alert == "Cancelled"


@pytest.mark.usefixtures("manual")
async def test_link_button_from_a_prompt_starts_the_flow(bot: Harness, chat: ChatDriver) -> None:
    await chat.say("/me")
    assert "needs your Trakt account" in chat.text()
    await chat.press("Link my Trakt")
    assert shown_code(chat) and pending(bot, chat) is not None


@pytest.mark.usefixtures("manual")
async def test_start_payload_starts_the_flow(bot: Harness, chat: ChatDriver) -> None:
    await chat.say("/start link")
    assert "Link your Trakt account" in chat.text() and pending(bot, chat) is not None


@pytest.mark.usefixtures("manual")
async def test_relinking_says_which_account_is_replaced(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    old = await link_account(bot, chat.chat.id, "bob")
    await chat.say("/link")
    assert "You are linked as bob now" in chat.text()
    demo.approve(shown_code(chat), "alice")
    await poll(bot, chat)
    assert bot.services.accounts.get(chat.chat.id).username == "alice"
    assert demo.oauth.user_for(old.access_token) is None  # the old token was revoked


@pytest.mark.usefixtures("manual")
async def test_russian_code_message(bot: Harness, ru_chat: ChatDriver) -> None:
    await ru_chat.say("/link")
    assert "Код действует 10 минут." in ru_chat.text()
    assert ru_chat.buttons()[0][0].label == "🔑 Открыть Trakt"


async def test_trakt_refusing_the_app_at_start(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    for headers, body in (({"Content-Type": "text/html"}, CLOUDFLARE), ({}, INVALID_KEY)):
        demo.fail("POST", "/oauth/device/code", 403, headers=headers, body=body)
        await chat.say("/link")
        assert "refusing this bot" in chat.text(), body
        assert "Link your account again" not in chat.text()
        assert pending(bot, chat) is None


@pytest.mark.usefixtures("manual")
async def test_wrong_client_secret_is_the_app_not_the_person(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await chat.say("/link")
    demo.oauth.client_secret = "rotated-by-trakt"  # every poll now gets 401 invalid_client
    await poll(bot, chat)
    assert "refusing this bot" in chat.text() and "Link your account again" not in chat.text()
    assert pending(bot, chat) is None


REFUSALS: tuple[tuple[str, int, dict[str, str], str, str], ...] = (
    (DEVICE_TOKEN, 403, {"Content-Type": "text/html"}, CLOUDFLARE, "refusing this bot"),
    (DEVICE_TOKEN, 403, {}, INVALID_KEY, "refusing this bot"),
)
PROFILE_REFUSALS: tuple[tuple[int, dict[str, str], str], ...] = (
    (403, {"Content-Type": "text/html"}, CLOUDFLARE),
    (423, {"X-Account-Locked": "true"}, ""),
    (426, {"X-Upgrade-URL": "https://app.trakt.tv/vip"}, ""),
)


@pytest.mark.usefixtures("manual")
async def test_refusals_during_the_flow_have_their_own_words(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await chat.say("/link")
    for path, status, headers, body, expected in REFUSALS:
        demo.approve(shown_code(chat))
        demo.fail(None, path, status, headers=headers, body=body)
        await poll(bot, chat)
        text = chat.text()
        assert "Linking did not finish" in text and expected in text, (path, status)
        assert "Link your account again" not in text
        assert [b.label for row in chat.buttons() for b in row] == ["🔄 Start again"]
        assert not bot.services.accounts.is_linked(chat.chat.id) and pending(bot, chat) is None
        await chat.press("Start again")


@pytest.mark.usefixtures("manual")
@pytest.mark.parametrize(("status", "headers", "body"), PROFILE_REFUSALS)
async def test_a_refused_profile_leaves_the_tokens_stored(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt, status: int, headers: dict[str, str], body: str
) -> None:
    """Trakt issued the tokens: they are stored (never a live grant nobody keeps); the
    name comes on first use."""
    await chat.say("/link")
    demo.approve(shown_code(chat), "alice")
    demo.fail("GET", "/users/settings", status, headers=headers, body=body)
    await poll(bot, chat)
    assert "account is linked" in chat.text()
    account = bot.services.accounts.get(chat.chat.id)
    assert not account.profile_known and demo.oauth.user_for(account.access_token) == "alice"
    assert pending(bot, chat) is None
    await chat.say("/me")
    assert "alice" in chat.text()


async def test_group_link_shows_no_code_and_points_to_the_private_chat(
    bot: Harness, tg: FakeTelegram
) -> None:
    group = tg.group_chat()
    ann = ChatDriver(tg, bot.deliver, user_id=1001, first_name="Ann", chat=group)
    await ann.say("/link")
    assert "private chat" in ann.text()
    assert [[b.url for b in row] for row in ann.buttons()] == [
        ["https://t.me/trakt_demo_bot?start=link"]
    ]
    assert "<code>" not in ann.last_reply.content
    accounts = bot.services.accounts
    assert accounts.pending(1001) is None and accounts.pending(group.id) is None
