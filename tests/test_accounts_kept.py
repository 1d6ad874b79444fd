"""A link that still works is never destroyed, and a token pair Trakt issued is never thrown
away: two processes on one database, refusals that are not `invalid_grant`, a locked
database while a refresh stores its pair, and a profile Trakt won't give at linking."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator

import pytest

from bot.demo import DemoTrakt
from bot.services import Services, create_services
from bot.store import StoreBusy
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from bot.trakt import RateLimits, RetryPolicy
from tests.helpers import link_account, wait_for
from tests.test_accounts import expire_locally, refreshes
from tests.test_link_kit import manual, poll, shown_code  # noqa: F401 - fixtures

HTML_400 = "<html><body><h1>400 Bad Request</h1>nginx</body></html>"


@pytest.fixture
async def other(bot: Harness) -> AsyncIterator[Services]:
    """A second process's services on the same database file (an overlapping deploy)."""
    services = create_services(
        bot.settings,
        transport=bot.transport,
        limits=RateLimits.unlimited(),
        retry=RetryPolicy(base_delay=0.001, max_delay=0.01),
    )
    try:
        yield services
    finally:
        await services.aclose()


# -- refusals that are not invalid_grant ----------------------------------------------------


@pytest.mark.parametrize(
    ("status", "headers", "body"),
    [
        (400, {"Content-Type": "text/html"}, HTML_400),  # a proxy's page, not Trakt
        (401, {}, ""),  # no body: nothing says the grant is gone
        (401, {"Content-Type": "text/html"}, HTML_400),
        (400, {}, '{"error":"invalid_request"}'),
    ],
)
async def test_a_refusal_without_invalid_grant_keeps_the_link(
    bot: Harness,
    chat: ChatDriver,
    demo: DemoTrakt,
    status: int,
    headers: dict[str, str],
    body: str,
) -> None:
    account = await link_account(bot, chat.chat.id)
    expire_locally(bot, account)
    demo.fail("POST", "/oauth/token", status, headers=headers, body=body)
    await chat.say("/me")
    assert "ended this bot’s access" not in chat.text()
    assert "Trakt is not answering" in chat.text()
    assert bot.services.accounts.is_linked(chat.chat.id)
    await chat.say("/me")  # tried again later: the refresh token was good all along
    assert "Your Trakt account" in chat.text()
    assert refreshes(demo) == 2


# -- two processes on one database ----------------------------------------------------------


async def test_a_stale_pair_in_another_process_does_not_unlink(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt, other: Services
) -> None:
    old = await link_account(bot, chat.chat.id)
    expire_locally(bot, old)
    stale = other.accounts.get(chat.chat.id)  # B remembers the old pair
    assert stale.refresh_token == old.refresh_token
    first = await bot.services.accounts.session(chat.chat.id)  # A refreshes and stores
    assert first.token != old.access_token and refreshes(demo) == 1

    second = await other.accounts.session(chat.chat.id)  # B: old pair refused, then reads
    assert refreshes(demo) == 2  # B's stale refresh was refused...
    assert second.token == first.token  # ...and B took A's pair instead of unlinking
    assert bot.services.accounts.is_linked(chat.chat.id)
    assert demo.oauth.user_for(first.token) is not None
    await chat.say("/me")
    assert "Your Trakt account" in chat.text()
    assert refreshes(demo) == 2


async def test_only_the_refused_refresh_token_is_deleted(bot: Harness) -> None:
    account = await link_account(bot, 1001)
    store = bot.services.store
    assert not store.delete_account_if_refresh(1001, "some other refresh token")
    assert store.has_account(1001)
    assert store.delete_account_if_refresh(1001, account.refresh_token)
    assert not store.has_account(1001)


# -- a locked database while a refresh stores its pair --------------------------------------


async def test_a_locked_database_keeps_the_new_pair_and_the_other_chats(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    old = await link_account(bot, chat.chat.id)
    expire_locally(bot, old)
    boris = bot.chat(user_id=1002, first_name="Boris")
    holder = sqlite3.connect(bot.settings.database, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another connection holds the write lock
        me = asyncio.ensure_future(chat.say("/me"))
        await wait_for(lambda: refreshes(demo) == 1, what="the refresh")
        started = time.monotonic()
        await asyncio.wait_for(boris.say("/help"), timeout=2)
        assert "/trending" in boris.text()
        assert time.monotonic() - started < 1  # nobody waited for SQLite
        assert not me.done()  # the pair waits to be stored, not dropped
    finally:
        holder.rollback()
        holder.close()
    await asyncio.wait_for(me, timeout=5)
    assert "Your Trakt account" in chat.text()
    stored = bot.services.store.fresh_account(chat.chat.id)
    assert stored is not None and stored.access_token != old.access_token
    assert demo.oauth.user_for(stored.access_token) is not None
    assert refreshes(demo) == 1


# -- linking: tokens stored before the profile ----------------------------------------------


@pytest.mark.usefixtures("manual")
async def test_device_link_survives_a_failing_profile(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    await chat.say("/link")
    demo.approve(shown_code(chat), "alice")
    demo.fail("GET", "/users/settings", 503, times=3)  # every retry of the profile
    await poll(bot, chat)
    assert "account is linked" in chat.text()
    account = bot.services.accounts.get(chat.chat.id)
    assert demo.oauth.user_for(account.access_token) is not None  # stored, not revoked
    assert bot.services.accounts.pending(chat.chat.id) is None
    await chat.say("/me")  # the profile is filled in on first use
    assert "alice" in chat.text()
    assert bot.services.accounts.get(chat.chat.id).username == "alice"


@pytest.mark.usefixtures("manual")
async def test_pasted_code_link_survives_a_failing_profile(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    code = demo.new_authorization_code("alice")
    demo.fail("GET", "/users/settings", 503, times=3)
    await chat.say(f"/link {code}")
    assert "account is linked" in chat.text()
    account = bot.services.accounts.get(chat.chat.id)
    assert demo.oauth.user_for(account.access_token) is not None
    await chat.say("/history")
    assert bot.services.accounts.get(chat.chat.id).username == "alice"


async def test_a_cancelled_request_still_stores_its_new_pair(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    old = await link_account(bot, chat.chat.id)
    expire_locally(bot, old)
    holder = sqlite3.connect(bot.settings.database, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        request = asyncio.ensure_future(bot.services.accounts.session(chat.chat.id))
        await wait_for(lambda: refreshes(demo) == 1, what="the refresh")
        request.cancel()  # the person's update was dropped (shutdown, timeout)
        with pytest.raises(asyncio.CancelledError):
            await request
        kept = bot.services.accounts.get(chat.chat.id)  # the new pair, still in memory
        assert kept.access_token != old.access_token
    finally:
        holder.rollback()
        holder.close()

    def stored() -> bool:
        account = bot.services.store.fresh_account(chat.chat.id)
        return account is not None and account.access_token == kept.access_token

    await wait_for(stored, what="the new pair in the database")
    await chat.say("/me")
    assert "Your Trakt account" in chat.text() and refreshes(demo) == 1


def test_a_locked_database_fails_a_write_fast_and_writes_nothing(bot: Harness) -> None:
    holder = sqlite3.connect(bot.settings.database, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        with pytest.raises(StoreBusy):
            bot.services.store.set_language(1001, "de")
        assert time.monotonic() - started < 1  # not SQLite's old 5 s on the event loop
    finally:
        holder.rollback()
        holder.close()
    assert bot.services.store.get_language(1001) is None
