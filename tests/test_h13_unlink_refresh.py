"""Issue 13, item 10: /unlink while a refresh is in flight. Whatever pair is current when
the refresh ends is revoked, nobody is told "Something went wrong", and no grant stays
live at Trakt."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest

from bot.demo import DemoTrakt
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from bot.trakt.models_account import TokenSet
from tests.helpers import link_account, wait_for
from tests.test_accounts import expire_locally


def live_grants(demo: DemoTrakt) -> list[str]:
    """Access tokens the demo Trakt would still accept."""
    return [t for t in demo.oauth.tokens if demo.oauth.user_for(t) is not None]


async def test_unlink_while_trakt_holds_the_refresh(
    bot: Harness, chat: ChatDriver, demo: DemoTrakt
) -> None:
    """The refresh request has not reached Trakt when the unlink revokes."""
    account = await link_account(bot, chat.chat.id)
    expire_locally(bot, account, left=600)
    release, held = asyncio.Event(), asyncio.Event()

    async def hold(method: str, path: str) -> None:
        if (method, path) == ("POST", "/oauth/token"):
            held.set()
            await release.wait()

    demo.hold = hold
    me = asyncio.ensure_future(chat.say("/me"))
    await wait_for(held.is_set, what="the refresh to reach Trakt")
    try:
        await chat.say("/unlink")
        await chat.press("Yes, unlink")
        assert "Unlinked demo" in chat.text()
    finally:
        release.set()
        await me
        demo.hold = None
    assert not [m for m in chat.replies if "Something went wrong" in chat.text(m)]
    assert live_grants(demo) == []
    assert not bot.services.store.has_account(chat.chat.id)


@pytest.mark.parametrize("unlink_sees", ["old pair", "new pair"])
async def test_unlink_while_the_refreshed_pair_is_on_its_way(
    bot: Harness,
    chat: ChatDriver,
    demo: DemoTrakt,
    monkeypatch: pytest.MonkeyPatch,
    unlink_sees: str,
) -> None:
    """Trakt has issued the new pair (the old one is dead) when the unlink revokes."""
    account = await link_account(bot, chat.chat.id)
    expire_locally(bot, account, left=600)
    release, issued = asyncio.Event(), asyncio.Event()
    real: Callable[[str], Awaitable[TokenSet]] = bot.services.trakt.refresh

    async def slow_answer(refresh_token: str) -> TokenSet:
        tokens = await real(refresh_token)
        issued.set()
        await release.wait()
        return tokens

    monkeypatch.setattr(bot.services.trakt, "refresh", slow_answer)
    me = asyncio.ensure_future(chat.say("/me"))
    await wait_for(issued.is_set, what="Trakt to issue the new pair")
    try:
        await chat.say("/unlink")
        await chat.press("Yes, unlink")
        assert "Unlinked demo" in chat.text()
    finally:
        release.set()
        await me
    assert not [m for m in chat.replies if "Something went wrong" in chat.text(m)]
    assert live_grants(demo) == []
    assert not bot.services.store.has_account(chat.chat.id)


@pytest.mark.parametrize("trakt_answered", [False, True])
async def test_unlink_and_link_again_while_a_refresh_is_in_flight(
    bot: Harness,
    chat: ChatDriver,
    demo: DemoTrakt,
    monkeypatch: pytest.MonkeyPatch,
    trakt_answered: bool,
) -> None:
    """The old account's refreshed pair never lands on the new link: it is revoked, and
    the new link keeps its own tokens."""
    account = await link_account(bot, chat.chat.id)
    expire_locally(bot, account, left=600)
    release, issued = asyncio.Event(), asyncio.Event()
    real: Callable[[str], Awaitable[TokenSet]] = bot.services.trakt.refresh

    async def slow_answer(refresh_token: str) -> TokenSet:
        if trakt_answered:
            tokens = await real(refresh_token)
            issued.set()
            await release.wait()
            return tokens
        issued.set()
        await release.wait()
        return await real(refresh_token)

    monkeypatch.setattr(bot.services.trakt, "refresh", slow_answer)
    me = asyncio.ensure_future(chat.say("/me"))
    await wait_for(issued.is_set, what="the refresh to be in flight")
    try:
        await chat.say("/unlink")
        await chat.press("Yes, unlink")
        await chat.say(f"/link {demo.new_authorization_code('carol')}")
        assert "Linked as carol" in chat.text()
    finally:
        release.set()
        await me
    assert not [m for m in chat.replies if "Something went wrong" in chat.text(m)]
    carol = bot.services.accounts.get(chat.chat.id)
    assert carol.username == "carol" and demo.oauth.user_for(carol.access_token) == "carol"
    assert bot.services.store.fresh_account(chat.chat.id) == carol
    assert [demo.oauth.user_for(t) for t in live_grants(demo)] == ["carol"]
