"""Shared helpers and fixtures of the link / account tests (this module has no tests).

`fast_locales` makes starting a bot cheap, as these tests start one each: every bot shares
one parsed set of locales and one SSL context (parsing the Fluent files and loading the CA
bundle for each HTTP client were most of the start-up time; everything here is plain HTTP
on 127.0.0.1 anyway).
"""

from __future__ import annotations

import functools
import re

import httpx._transports.default as httpx_transports
import pytest

from bot import services as services_module
from bot.fakebot import ChatDriver
from bot.features import link_poll
from bot.harness import Harness
from bot.i18n import I18n
from bot.store import PendingLink

LOCALES = I18n()
DEVICE_TOKEN = "/oauth/device/token"
CLOUDFLARE = "<html><body>Sorry, you have been blocked</body></html>"
INVALID_KEY = '{"error":"invalid api key"}'


_ssl_context = functools.cache(httpx_transports.create_ssl_context)


@pytest.fixture
def fast_locales(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every bot built during the test shares one parsed I18n and one SSL context."""
    monkeypatch.setattr(services_module, "I18n", lambda: LOCALES)
    monkeypatch.setattr(httpx_transports, "create_ssl_context", _ssl_context)


@pytest.fixture
def manual(monkeypatch: pytest.MonkeyPatch) -> None:
    """Background polls wait ~3 hours: the test polls by hand, deterministically."""
    monkeypatch.setattr(link_poll, "POLL_SCALE", 10_000.0)


def shown_code(chat: ChatDriver) -> str:
    """The user code in the latest bot message that shows one."""
    for msg in reversed(chat.replies):
        found = re.search(r"<code>([^<]+)</code>", msg.content)
        if found:
            return found.group(1)
    raise LookupError("no code shown")


def pending(bot: Harness, chat: ChatDriver) -> PendingLink | None:
    """The chat's login in progress, from the store."""
    return bot.services.accounts.pending(chat.chat.id)


def polls(bot: Harness, chat: ChatDriver) -> list[object]:
    """The chat's scheduled background polls."""
    assert bot.app.job_queue is not None
    return list(bot.app.job_queue.get_jobs_by_name(f"link-poll-{chat.chat.id}"))


async def poll(bot: Harness, chat: ChatDriver) -> None:
    """One background poll, now."""
    await link_poll.poll(bot.app, chat.chat.id)


def all_tokens(bot: Harness) -> set[str]:
    """Every access and refresh token and device code the demo Trakt ever issued."""
    assert bot.demo is not None
    oauth = bot.demo.oauth
    return {*oauth.tokens, *oauth.refresh_tokens, *oauth.device_codes}
