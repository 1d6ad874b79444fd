"""The start-up key check (`bot.app._check_keys`): one line when BOT_ENCRYPTION_KEY opens
none (an error) or only some (a warning) of the recently stored tokens, nothing when it
opens them all; never a key or a token in the log."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import pytest

from bot.app import _check_keys
from bot.crypto import TokenCipher, generate_key
from bot.store import Account, PendingLink, Store
from bot.testkit.harness import Harness
from tests.helpers import link_account

OLD, NEW = generate_key(), generate_key()
SECRETS = ("access-1", "refresh-1", "access-2", "refresh-2", "device-3")


def _account(chat_id: int) -> Account:
    return Account(
        chat_id=chat_id,
        username=f"user{chat_id}",
        slug=f"user{chat_id}",
        name=None,
        vip=False,
        access_token=f"access-{chat_id}",
        refresh_token=f"refresh-{chat_id}",
        expires_at=2**31,
        linked_at=1,
    )


def _link(chat_id: int) -> PendingLink:
    return PendingLink(
        chat_id=chat_id,
        device_code=f"device-{chat_id}",
        user_code="ABCD1234",
        verification_url="https://trakt.tv/activate",
        interval=5,
        expires_at=2**31,
        message_id=None,
        language="en",
        created_at=1,
    )


def _stored(path: Path, new_rows: int) -> None:
    """Three secret-bearing rows: the last `new_rows` written with NEW (a key the check
    will not have), the others with OLD."""
    writes = [lambda s: s.save_account(_account(1)), lambda s: s.save_account(_account(2))]
    writes.append(lambda s: s.save_pending_link(_link(3)))
    for index, write in enumerate(writes):
        key = NEW if index >= len(writes) - new_rows else OLD
        with Store(path, TokenCipher([key])) as store:
            write(store)


def _key_lines(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if "BOT_ENCRYPTION_KEY" in r.getMessage()]


@pytest.mark.parametrize(
    ("new_rows", "level", "says"),
    [
        (0, None, None),  # the key opens everything: nothing to say
        (1, logging.WARNING, "opens 2 of the 3 most recently stored tokens"),
        (3, logging.ERROR, "opens none of the 3 most recently stored tokens"),
    ],
)
def test_one_line_for_none_or_some_and_no_secret(
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    new_rows: int,
    level: int | None,
    says: str | None,
) -> None:
    path = tmp_path / "bot.sqlite3"
    _stored(path, new_rows)
    with Store(path, TokenCipher([OLD])) as store, caplog.at_level(logging.DEBUG):
        _check_keys(store)
    lines = _key_lines(caplog)
    if level is None:
        assert lines == []
    else:
        assert len(lines) == 1 and lines[0].levelno == level
        assert says is not None and says in lines[0].getMessage()
    printed = caplog.text
    assert [s for s in (OLD, NEW, *SECRETS) if s in printed] == []


async def test_restart_with_a_key_that_opens_some_warns(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    """Ann's tokens are under the bot's key, Bob's under one it lacks: a warning at start."""
    await link_account(bot, 1001)
    other = generate_key()
    with Store(bot.settings.database, TokenCipher([other])) as store:
        store.save_account(_account(1002))
    with caplog.at_level(logging.INFO):
        await bot.restart()
    lines = _key_lines(caplog)
    assert len(lines) == 1 and lines[0].levelno == logging.WARNING
    assert "opens 1 of the 2" in lines[0].getMessage()
    assert bot.demo is not None
    secrets = [*bot.settings.encryption_keys, other, *bot.demo.oauth.tokens, *SECRETS[:2]]
    secrets += list(bot.demo.oauth.refresh_tokens)
    assert [s for s in secrets if s in caplog.text] == []


async def test_a_key_that_opens_nothing_does_not_stop_the_bot(bot: Harness) -> None:
    """The check never fails the start: the bot still answers after the error line."""
    await link_account(bot, 1001)
    bot.settings = dataclasses.replace(bot.settings, encryption_keys=(generate_key(),))
    await bot.restart()
    ann = bot.chat()
    await ann.say("/help")
    assert "/trending" in ann.text()
