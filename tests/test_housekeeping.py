"""Housekeeping: expired `kv_cache` rows are purged by an hourly job of the running bot."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from telegram.ext import Job

from bot.app import App, build_application
from bot.config import Mode, load_settings
from bot.crypto import TokenCipher, generate_key
from bot.demo import DemoTrakt, mock_transport
from bot.housekeeping import FIRST_PURGE, PURGE_EVERY, PURGE_JOB, purge_expired
from bot.services import Services, create_services
from bot.store import Store

NOW = 1_750_000_000


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "bot.sqlite3", TokenCipher([generate_key()])) as store:
        yield store


def _build(tmp_path: Path) -> tuple[App, Services]:
    """The bot's application as `python -m bot` builds it (not started: no network)."""
    env = {"BOT_DATABASE": str(tmp_path / "bot.sqlite3")}
    services = create_services(
        load_settings(Mode.DEMO, env, env_file=None),
        transport=mock_transport(DemoTrakt()),
        cipher=TokenCipher([generate_key()]),
    )
    return build_application(services, polling=False), services


@pytest.fixture
async def built(tmp_path: Path) -> AsyncIterator[tuple[App, Services]]:
    app, services = _build(tmp_path)
    yield app, services
    await services.aclose()


def _purge_job(app: App) -> Job:
    assert app.job_queue is not None
    (job,) = app.job_queue.get_jobs_by_name(PURGE_JOB)
    return job


async def test_the_purge_repeats_hourly_from_shortly_after_start(tmp_path: Path) -> None:
    before = datetime.now(UTC)
    app, services = _build(tmp_path)
    try:
        trigger = _purge_job(app).job.trigger
    finally:
        await services.aclose()
    assert trigger.interval == PURGE_EVERY
    assert before + FIRST_PURGE <= trigger.start_date <= datetime.now(UTC) + FIRST_PURGE


async def test_the_job_deletes_expired_rows_and_keeps_fresh_ones(
    built: tuple[App, Services],
) -> None:
    app, services = built
    now = int(time.time())
    services.store.cache_set("expired", "old", now - 60)
    services.store.cache_set("fresh", "new", now + 3600)
    await _purge_job(app).run(app)
    # Read as of long ago: a row still present would come back whatever its expiry.
    assert services.store.cache_get("expired", 0) is None
    assert services.store.cache_get("fresh", 0) == "new"


@pytest.mark.parametrize(
    ("expires_at", "kept"),
    [(NOW - 3600, False), (NOW, False), (NOW + 1, True), (NOW + 7 * 86400, True)],
)
def test_purge_expired_at_the_boundary(store: Store, expires_at: int, kept: bool) -> None:
    store.cache_set("k", "v", expires_at)
    assert purge_expired(store, NOW) == (0 if kept else 1)
    assert (store.cache_get("k", 0) == "v") is kept


def test_a_failed_purge_is_logged_and_not_raised(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    store.cache_set("k", "v", NOW - 1)
    store.close()
    with caplog.at_level(logging.ERROR, logger="bot.housekeeping"):
        assert purge_expired(store, NOW) == 0
    (record,) = caplog.records
    assert "could not purge" in record.getMessage() and record.exc_info is not None


async def test_a_failing_job_leaves_the_bot_running(
    built: tuple[App, Services], caplog: pytest.LogCaptureFixture
) -> None:
    app, services = built
    services.store.close()
    with caplog.at_level(logging.ERROR):
        await _purge_job(app).run(app)
    assert [r.name for r in caplog.records] == ["bot.housekeeping"]
