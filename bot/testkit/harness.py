"""Runs the real Application against the fake Telegram (and, in demo mode, the demo Trakt).

The console, the end-to-end tests and the benchmarks all use this one harness, so each
drives exactly the handlers a Telegram user reaches; there is no second implementation
of any command.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import AIORateLimiter

from bot.app import App, build_application, start_application, stop_application
from bot.config import DEMO_BOT_TOKEN, Settings
from bot.crypto import generate_key
from bot.demo import DemoTrakt, DemoTraktServer
from bot.services import Services, create_services
from bot.testkit.fakebot import ChatDriver, FakeBotAPIServer, FakeTelegram
from bot.trakt import RateLimits, RetryPolicy

logger = logging.getLogger(__name__)


@dataclasses.dataclass
class Harness:
    """A running bot wired to fakes; `chat()` gives a person to talk to it."""

    settings: Settings
    telegram: FakeTelegram
    botapi: FakeBotAPIServer
    demo: DemoTrakt | None
    trakt_server: DemoTraktServer | None
    app: App
    services: Services
    fast: bool = True

    def chat(self, user_id: int = 1001, first_name: str = "Ann", **kwargs: Any) -> ChatDriver:
        """A private chat with the bot as this person."""
        kwargs.setdefault("username", first_name.lower())
        return ChatDriver(
            self.telegram, self.deliver, user_id=user_id, first_name=first_name, **kwargs
        )

    async def deliver(self, update: Mapping[str, Any]) -> None:
        """Hand one Bot API update to the application and wait until it is handled."""
        await self.app.process_update(Update.de_json(dict(update), self.app.bot))

    async def restart(self) -> None:
        """Stop the bot and start a new process-equivalent on the same database."""
        await stop_bot(self.app)
        self.services, self.app = build_bot(self.settings, fast=self.fast)
        await start_bot(self.app)


def demo_settings(base: Settings, *, trakt_url: str, telegram_url: str, data_dir: Path) -> Settings:
    """`base` pointed at the demo Trakt and the fake Bot API, with a throw-away key."""
    return dataclasses.replace(
        base,
        trakt_api_url=trakt_url,
        trakt_auth_url=trakt_url,
        telegram_api_url=telegram_url,
        telegram_token=DEMO_BOT_TOKEN,
        database=data_dir / "bot.sqlite3",
        encryption_keys=base.encryption_keys or (generate_key(),),
    )


@asynccontextmanager
async def running(
    settings: Settings,
    *,
    data_dir: Path,
    demo: DemoTrakt | None = None,
    use_demo: bool = True,
    fast: bool = True,
) -> AsyncIterator[Harness]:
    """Start the fakes and the bot; stop everything on exit.

    `fast` lifts client-side Trakt limits and shortens retry waits (tests, benchmarks);
    the console keeps the production limits.
    """
    telegram = FakeTelegram()
    async with FakeBotAPIServer(telegram) as botapi:
        server = DemoTraktServer(demo or DemoTrakt()) if use_demo else None
        if server is not None:
            await server.start()
        try:
            if server is not None:
                settings = demo_settings(
                    settings, trakt_url=server.url, telegram_url=botapi.url, data_dir=data_dir
                )
            else:
                settings = dataclasses.replace(
                    settings, telegram_api_url=botapi.url, telegram_token=DEMO_BOT_TOKEN
                )
            services, app = build_bot(settings, fast=fast)
            await start_bot(app)
            harness = Harness(
                settings,
                telegram,
                botapi,
                server.demo if server else None,
                server,
                app,
                services,
                fast,
            )
            try:
                yield harness
            finally:
                await stop_bot(harness.app)
        finally:
            if server is not None:
                await server.stop()


def build_bot(
    settings: Settings, *, fast: bool = True, polling: bool = False
) -> tuple[Services, App]:
    """The services and the application `running` uses, for `settings` (any URLs).

    The benchmarks build the bot with this in their own process, against fakes served
    by another one; `polling` gives the application an updater.
    """
    if fast:
        services = create_services(
            settings,
            limits=RateLimits.unlimited(),
            retry=RetryPolicy(
                base_delay=0.001, max_delay=0.01, max_retry_after=0.05, sleep=_short_sleep
            ),
        )
        limiter = AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=1)
    else:
        services = create_services(settings)
        limiter = None
    return services, build_application(services, polling=polling, rate_limiter=limiter)


async def start_bot(app: App) -> None:
    """Start the application; one with an updater long-polls the Bot API, as in production."""
    await start_application(app)
    if app.updater is not None:
        await app.updater.start_polling(poll_interval=0)


async def stop_bot(app: App) -> None:
    """Stop polling (when polling), then the application."""
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    await stop_application(app)


async def _short_sleep(seconds: float) -> None:
    """Tests and benchmarks wait at most 10 ms where production would wait longer."""
    await asyncio.sleep(min(seconds, 0.01))
