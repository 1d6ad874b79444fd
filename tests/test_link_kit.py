"""Shared helpers and fixtures of the link / account tests (this module has no tests).

Every bot in a process shares one parsed set of locales (`bot.i18n.shared_i18n`) and one
SSL context, so starting one per test is cheap.
"""

from __future__ import annotations

import re

import pytest

from bot.features.link import poll as link_poll
from bot.i18n import shared_i18n
from bot.store import PendingLink
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness

LOCALES = shared_i18n()
DEVICE_TOKEN = "/oauth/device/token"
CLOUDFLARE = "<html><body>Sorry, you have been blocked</body></html>"
INVALID_KEY = '{"error":"invalid api key"}'


@pytest.fixture
def manual(monkeypatch: pytest.MonkeyPatch) -> None:
    """Background polls wait ~3 hours: the test polls by hand, deterministically."""
    monkeypatch.setattr(link_poll, "POLL_SCALE", 10_000.0)


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """Background polls come a hundredth of Trakt's interval apart: for a test whose first
    poll finds the code approved (a second one that soon would be told to slow down)."""
    monkeypatch.setattr(link_poll, "POLL_SCALE", 0.01)


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
