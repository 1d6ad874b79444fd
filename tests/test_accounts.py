"""The per-user service end to end: refresh (early, on 401, once for a crowd), losing a link,
Trakt refusing the app vs a bad token, secrets kept out of logs, chats and the disk, key
rotation and restarts (with a link, and with a login in progress)."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from dataclasses import replace
from pathlib import Path

import pytest

from bot.accounts import MAX_MARGIN, MIN_MARGIN, UNKNOWN_LIFETIME_MARGIN, Accounts
from bot.crypto import generate_key
from bot.demo import DemoTrakt
from bot.store import Account
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from bot.trakt.models_account import UserSettings
from tests.helpers import link_account
from tests.test_link_kit import (  # noqa: F401 - fixtures
    CLOUDFLARE,
    INVALID_KEY,
    all_tokens,
    manual,
    pending,
    poll,
    shown_code,
)

DAY = 24 * 3600
SESSION_NOT_FOUND = '{"error":"invalid_grant","error_description":"session not found"}'


def refreshes(demo: DemoTrakt, since: int = 0) -> int:
    """Token requests at the demo Trakt (these tests exchange no codes, so: refreshes)."""
    return sum(1 for r in demo.requests[since:] if (r.method, r.path) == ("POST", "/oauth/token"))


def expire_locally(bot: Harness, account: Account, *, lifetime: int = DAY, left: int = -10) -> None:
    """Make the stored token due: `left` seconds before it expires, of a `lifetime`."""
    now = int(time.time())
    bot.services.store.update_tokens(
        account.chat_id,
        account.access_token,
        account.refresh_token,
        expires_at=now + left,
        issued_at=now + left - lifetime,
    )


async def link_through_chat(bot: Harness, chat: ChatDriver, username: str = "demo") -> Account:
    """/link, approve on the demo Trakt, one poll: linked the way a person links."""
    assert bot.demo is not None
    await chat.say("/link")
    bot.demo.approve(shown_code(chat), username)
    await poll(bot, chat)
    assert f"Linked as {username}" in chat.text()
    return bot.services.accounts.get(chat.chat.id)


# -- margins -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lifetime", "margin"),
    [
        (90 * DAY, MAX_MARGIN),  # the old 3-month tokens: one day
        (7 * DAY, 0.1 * 7 * DAY),
        (DAY, 0.1 * DAY),  # 24 h tokens must not refresh on every call
        (300, MIN_MARGIN),
    ],
)
def test_margin_is_relative_to_the_lifetime(lifetime: int, margin: float) -> None:
    account = Account(1, "u", "u", None, False, "a", "r", 1_000 + lifetime, 1_000, issued_at=1_000)
    accounts = Accounts(store=None, api=None)  # type: ignore[arg-type]
    assert accounts.margin(account) == pytest.approx(margin)


def test_unknown_lifetime_uses_a_fixed_margin() -> None:
    account = Account(1, "u", "u", None, False, "a", "r", 10_000, 1_000, issued_at=0)
    assert Accounts(store=None, api=None).margin(account) == UNKNOWN_LIFETIME_MARGIN  # type: ignore[arg-type]


# -- refresh -------------------------------------------------------------------------------


async def test_no_refresh_while_the_token_is_fresh(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await link_account(bot, chat.chat.id)
    await chat.say("/me")
    assert "Your Trakt account" in chat.text() and refreshes(demo) == 0


async def test_refresh_before_expiry(bot: Harness, chat: ChatDriver, demo: DemoTrakt) -> None:
    old = await link_account(bot, chat.chat.id)
    expire_locally(bot, old, left=600)  # 10 min of a day left: within the 2.4 h margin
    await chat.say("/me")
    assert "Your Trakt account" in chat.text()
    assert refreshes(demo) == 1
    new = bot.services.accounts.get(chat.chat.id)
    assert new.access_token != old.access_token and new.refresh_token != old.refresh_token
    assert new.expires_at > time.time() + 6 * DAY  # a fresh 7-day token
    assert demo.oauth.user_for(old.access_token) is None  # Trakt killed the old one


async def test_refresh_once_on_401(bot: Harness, chat: ChatDriver, demo: DemoTrakt) -> None:
    old = await link_account(bot, chat.chat.id)
    demo.expire_token(old.access_token)  # Trakt says expired; our clock does not know
    await chat.say("/me")
    assert "Your Trakt account" in chat.text() and refreshes(demo) == 1
    assert bot.services.accounts.get(chat.chat.id).access_token != old.access_token


@pytest.mark.parametrize("due_locally", [False, True])
async def test_two_calls_together_refresh_once(
    bot: Harness, demo: DemoTrakt, due_locally: bool
) -> None:
    """Only Trakt knows (both calls get a 401), or our clock knows too (both refresh first)."""
    account = await link_account(bot, 1001)
    demo.expire_token(account.access_token)
    if due_locally:
        expire_locally(bot, account)
    accounts, api = bot.services.accounts, bot.services.trakt

    async def personal_call() -> UserSettings:
        session = await accounts.session(1001)
        return await session.call(api.user_settings)

    first, second = await asyncio.gather(personal_call(), personal_call())
    assert first.username == second.username == "demo"
    assert refreshes(demo) == 1


async def test_two_commands_together_refresh_once(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt, tg: FakeTelegram
) -> None:
    account = await link_account(bot, chat.chat.id)
    demo.expire_token(account.access_token)
    expire_locally(bot, account)
    await asyncio.gather(chat.say("/me"), chat.say("/me"))
    profiles = [m for m in chat.replies if "Your Trakt account" in chat.text(m)]
    assert len(profiles) == 2 and refreshes(demo) == 1


REFRESH_REFUSALS = (
    (400, SESSION_NOT_FOUND),  # Trakt 2026
    (401, '{"error":"invalid_grant","error_description":"The provided grant is invalid"}'),
)  # any other refusal keeps the link: tests/test_accounts_kept.py


async def test_refresh_refused_unlinks_and_tells_once(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    for status, body in REFRESH_REFUSALS:
        account = await link_account(bot, chat.chat.id)
        expire_locally(bot, account)
        demo.fail("POST", "/oauth/token", status, body=body)
        await chat.say("/me")
        assert "ended this bot’s access" in chat.text(), (status, body)
        assert [b.label for row in chat.buttons() for b in row] == ["🔗 Link my Trakt"]
        assert not bot.services.accounts.is_linked(chat.chat.id)
        await chat.say("/me")
        assert "needs your Trakt account" in chat.text() and "ended" not in chat.text()


async def test_a_refresh_token_used_elsewhere_unlinks(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    account = await link_account(bot, chat.chat.id)
    await bot.services.trakt.refresh(account.refresh_token)  # someone else used it
    await chat.say("/me")  # the old access token is dead too: 401, then refresh: 400
    assert "ended this bot’s access" in chat.text()
    assert not bot.services.accounts.is_linked(chat.chat.id)


async def test_app_refused_on_refresh_keeps_the_link(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    account = await link_account(bot, chat.chat.id)
    expire_locally(bot, account)
    demo.oauth.client_secret = "rotated-by-trakt"  # 401 invalid_client
    await chat.say("/me")
    assert "refusing this bot" in chat.text()
    assert bot.services.accounts.is_linked(chat.chat.id)


async def test_trakt_down_on_refresh_keeps_the_link(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    account = await link_account(bot, chat.chat.id)
    expire_locally(bot, account)
    demo.fail("POST", "/oauth/token", 503)
    await chat.say("/me")
    assert "Trakt is not answering" in chat.text()
    assert bot.services.accounts.is_linked(chat.chat.id)
    await chat.say("/me")
    assert "Your Trakt account" in chat.text()


# -- Trakt refusing the app (or locking the account) is not a bad token ---------------------


REFUSALS: tuple[tuple[int, dict[str, str], str, str], ...] = (
    (403, {"Content-Type": "text/html"}, CLOUDFLARE, "refusing this bot"),
    (403, {}, INVALID_KEY, "refusing this bot"),
    (423, {"X-Account-Locked": "true"}, "", "locked or deactivated"),
    (426, {"X-Upgrade-URL": "https://app.trakt.tv/vip"}, "", "Trakt VIP"),
)


async def test_refusals_on_me_are_not_a_bad_token(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await link_account(bot, chat.chat.id)
    for status, headers, body, expected in REFUSALS:
        demo.fail("GET", "/users/settings", status, headers=headers, body=body)
        await chat.say("/me")
        assert expected in chat.text(), status
        assert "Link your account again" not in chat.text()
        assert refreshes(demo) == 0 and bot.services.accounts.is_linked(chat.chat.id)


async def test_a_401_on_me_refreshes_and_answers(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await link_account(bot, chat.chat.id)
    demo.fail("GET", "/users/settings", 401)
    await chat.say("/me")
    assert "Your Trakt account" in chat.text() and refreshes(demo) == 1


# -- secrets ---------------------------------------------------------------------------------


async def test_no_token_in_logs_or_chats(
    bot: Harness,
    chat: ChatDriver,
    demo: DemoTrakt,
    tg: FakeTelegram,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG):
        account = await link_through_chat(bot, chat)
        demo.expire_token(account.access_token)
        await chat.say("/me")  # 401 -> refresh
        expire_locally(bot, bot.services.accounts.get(chat.chat.id))
        await chat.say("/me")  # due -> refresh
        await chat.say("/link DEMO-CODE")  # a pasted code, replacing the link
        await chat.say("/unlink")
        await chat.press("Yes")
        assert "Unlinked" in chat.text()
    assert refreshes(demo) >= 2
    secrets = all_tokens(bot)
    assert len(secrets) >= 6
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    sent = "".join(str(call.params) for call in tg.calls)
    shown = "".join(m.content + str(m.reply_markup) for m in tg.messages(chat.chat.id))
    for secret in secrets:
        assert secret not in logged
        assert secret not in sent
        assert secret not in shown


def database_bytes(bot: Harness) -> bytes:
    path = Path(bot.settings.database)
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


async def test_database_holds_no_readable_token(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await chat.say("/link")
    link = pending(bot, chat)
    assert link is not None
    assert link.device_code.encode() not in database_bytes(bot)
    demo.approve(link.user_code)
    await poll(bot, chat)
    account = bot.services.accounts.get(chat.chat.id)
    raw = database_bytes(bot)
    assert account.access_token.encode() not in raw
    assert account.refresh_token.encode() not in raw
    assert b"demo" in raw  # the username is stored; the file is the right one


# -- keys and restarts ------------------------------------------------------------------------


@pytest.mark.usefixtures("manual")
async def test_key_rotation_keeps_links_working(
    bot: Harness, chat: ChatDriver, ru_chat: ChatDriver, demo: DemoTrakt
) -> None:
    await link_through_chat(bot, chat)
    await ru_chat.say("/link")  # Boris has a login in progress
    new = generate_key()
    bot.settings = dataclasses.replace(
        bot.settings, encryption_keys=(new, *bot.settings.encryption_keys)
    )
    await bot.restart()
    assert bot.services.store.rotate_keys() == 2
    bot.settings = dataclasses.replace(bot.settings, encryption_keys=(new,))
    await bot.restart()
    await chat.say("/me")
    assert "Your Trakt account" in chat.text()
    demo.approve(shown_code(ru_chat))
    await poll(bot, ru_chat)
    assert "Аккаунт demo привязан" in ru_chat.text()


async def test_restart_keeps_the_link(bot: Harness, chat: ChatDriver) -> None:
    await link_account(bot, chat.chat.id, "alice")
    await bot.restart()
    await chat.say("/me")
    assert "alice" in chat.text() and "Trakt VIP" in chat.text()


async def test_a_login_in_progress_resumes_after_a_restart(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await chat.say("/link")
    code = shown_code(chat)
    await bot.restart()
    assert bot.app.job_queue is not None
    assert bot.app.job_queue.get_jobs_by_name(f"link-poll-{chat.chat.id}")
    demo.approve(code, "carol")
    await chat.wait_for("Linked as carol", timeout=4)
    assert bot.services.accounts.get(chat.chat.id).username == "carol"


@pytest.mark.usefixtures("manual")
async def test_a_login_that_expired_while_away_is_announced(
    bot: Harness, chat: ChatDriver, tg: FakeTelegram
) -> None:
    await chat.say("/link")
    code_message, code = chat.last_reply, shown_code(chat)
    link = pending(bot, chat)
    assert link is not None
    bot.services.accounts.save_pending(replace(link, expires_at=int(time.time()) - 5))
    await bot.restart()
    notice = await chat.wait_for("expired while I was away", timeout=1)
    assert [b.label for row in chat.buttons(notice) for b in row] == ["🔄 Start again"]
    old = tg.find(chat.chat.id, code_message.message_id)
    assert old is not None and code not in old.content
    assert pending(bot, chat) is None
    await chat.press("Start again", message=notice)
    assert shown_code(chat) != code
