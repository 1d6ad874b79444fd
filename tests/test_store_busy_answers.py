"""A write that finds the database locked by another connection (`StoreBusy`: a language
choice, a login in progress, a party …) gets a short "busy, try again in a moment" in the
person's language from the one error handler, not "Something went wrong"; nothing is
written, and the same action works once the lock is gone."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.i18n import shared_i18n
from bot.kit.errors import describe
from bot.store import StoreBusy
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import labels, link_account

BREAKING_BAD = 1388
BUSY = "⏳ I’m a little busy right now. Please try again in a moment."


@contextmanager
def locked(bot: Harness | Path) -> Iterator[None]:
    """Another connection holds the database's write lock meanwhile."""
    path = bot if isinstance(bot, Path) else bot.settings.database
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        yield
    finally:
        holder.rollback()
        holder.close()


async def test_a_button_whose_write_is_busy_gets_a_busy_alert(
    bot: Harness, chat: ChatDriver, caplog: pytest.LogCaptureFixture
) -> None:
    await chat.say("/language")
    with locked(bot), caplog.at_level(logging.INFO):
        await chat.press("Русский")
    assert chat.last_answer is not None and chat.last_answer.show_alert
    assert chat.last_alert == BUSY
    assert bot.services.store.get_language(chat.user.id) is None  # nothing written
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]  # no traceback
    await chat.press("Русский")
    assert chat.last_answer is not None and chat.last_answer.text == "Язык сохранён"


async def test_a_command_whose_write_is_busy_gets_a_busy_reply(
    bot: Harness, ru_chat: ChatDriver
) -> None:
    with locked(bot):
        await ru_chat.say("/link")
    assert ru_chat.text() == describe(shared_i18n().translator("ru"), StoreBusy("x"))
    assert not bot.services.store.has_pending_link(ru_chat.user.id)
    await ru_chat.say("/link")
    assert bot.services.store.has_pending_link(ru_chat.user.id)


@pytest.mark.parametrize("language", shared_i18n().languages)
def test_every_language_says_busy_its_own_way(language: str) -> None:
    tr = shared_i18n().translator(language)
    said = describe(tr, StoreBusy("database /data/bot.sqlite3 is locked by another connection"))
    assert said != tr.html("error-generic") and "sqlite" not in said
    if language != "en":
        assert said != BUSY


async def test_a_change_made_at_trakt_stands_without_its_undo_when_busy(
    bot: Harness, chat: ChatDriver
) -> None:
    """The change is done at Trakt: it is not "try again" (a second press would change
    again); only ↩ Undo, which could not be kept, is missing."""
    await link_account(bot, chat.user.id)
    await chat.say("/search breaking")
    await chat.press("1")
    with locked(bot):
        await chat.press("➕ Watchlist")
    assert chat.last_answer is not None and not chat.last_answer.show_alert
    assert bot.demo is not None and bot.demo.users["demo"].on_watchlist("show", BREAKING_BAD)
    assert "↩ Undo" not in labels(chat)


async def test_a_time_zone_noted_while_busy_is_asked_again_later(bot: Harness) -> None:
    await link_account(bot, 1001)
    with locked(bot):
        assert bot.services.accounts.remember_zone(1001, "Europe/Paris") == "Europe/Paris"
    assert bot.services.store.get_account(1001).timezone != "Europe/Paris"
