"""Runs the real Application against the fake Telegram (and, in demo mode, the demo Trakt).

The console, the end-to-end tests and the benchmarks all use this one harness, so each
drives exactly the handlers a Telegram user reaches; there is no second implementation
of any command.

Two ways to reach the fakes: over HTTP on 127.0.0.1 (the console, the process tests), or
in-process (`in_process=True`, most tests): the fake Bot API through `OfflineRequest` and
the demo Trakt through an httpx `MockTransport` (without its simulated latency). Either
way the bot is built, started (post_init, the command menus, the startup hooks) and
stopped by the same functions.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
from telegram import Update
from telegram.ext import AIORateLimiter
from telegram.request import BaseRequest

from bot.app import App, build_application, start_application, stop_application
from bot.config import DEMO_BOT_TOKEN, Settings
from bot.crypto import generate_key
from bot.demo import DemoTrakt, DemoTraktServer, mock_transport
from bot.kit.fair import FairProcessor
from bot.services import Services, create_services
from bot.testkit.fakebot import ChatDriver, FakeBotAPIServer, FakeTelegram, OfflineRequest
from bot.trakt import RateLimits, RetryPolicy

logger = logging.getLogger(__name__)


# Where the bot thinks the fakes are when it reaches them in-process: a loopback address, so
# the bot knows it talks to the offline demo (posters fetch only local hosts), on a port
# nobody serves, so a call that bypassed the fakes would fail at once.
IN_PROCESS_TELEGRAM_URL = "http://127.0.0.1:1"
IN_PROCESS_TRAKT_URL = "http://127.0.0.1:1"


@dataclasses.dataclass
class Harness:
    """A running bot wired to fakes; `chat()` gives a person to talk to it.

    `botapi` and `trakt_server` are the loopback servers, None when reached in-process.
    `clock`, when set, is the bot's wall clock (epoch seconds), kept across restarts.
    """

    settings: Settings
    telegram: FakeTelegram
    botapi: FakeBotAPIServer | None
    demo: DemoTrakt | None
    trakt_server: DemoTraktServer | None
    app: App
    services: Services
    fast: bool = True
    request: BaseRequest | None = None
    transport: httpx.AsyncBaseTransport | None = None
    clock: Callable[[], float] | None = None

    def chat(self, user_id: int = 1001, first_name: str = "Ann", **kwargs: Any) -> ChatDriver:
        """A private chat with the bot as this person."""
        kwargs.setdefault("username", first_name.lower())
        return ChatDriver(
            self.telegram, self.deliver, user_id=user_id, first_name=first_name, **kwargs
        )

    async def deliver(self, update: Mapping[str, Any]) -> None:
        """Hand one Bot API update to the application and wait until it is handled."""
        # Through the update processor, as PTB's update loop does (per-person budgets).
        parsed = Update.de_json(dict(update), self.app.bot)
        await self.app.update_processor.process_update(parsed, self.app.process_update(parsed))

    async def restart(self) -> None:
        """Stop the bot and start a new process-equivalent on the same database."""
        await stop_bot(self.app)
        self.services, self.app = build_bot(
            self.settings,
            fast=self.fast,
            request=self.request,
            transport=self.transport,
            clock=self.clock,
        )
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
    in_process: bool = False,
    clock: Callable[[], float] | None = None,
) -> AsyncIterator[Harness]:
    """Start the fakes and the bot; stop everything on exit.

    `fast` lifts client-side Trakt limits and shortens retry waits (tests, benchmarks);
    the console keeps the production limits. `in_process` reaches the fakes without
    sockets (see the module's docstring). `clock` fixes the bot's wall clock (tests on
    the demo's frozen clock); None keeps the real one.
    """
    telegram = FakeTelegram()
    backend = (demo or DemoTrakt()) if use_demo else None
    async with AsyncExitStack() as stack:
        botapi, server, request, transport = await _fakes(telegram, backend, in_process, stack)
        telegram_url = IN_PROCESS_TELEGRAM_URL if botapi is None else botapi.url
        if backend is not None:
            trakt_url = IN_PROCESS_TRAKT_URL if server is None else server.url
            settings = demo_settings(
                settings, trakt_url=trakt_url, telegram_url=telegram_url, data_dir=data_dir
            )
        else:
            settings = dataclasses.replace(
                settings, telegram_api_url=telegram_url, telegram_token=DEMO_BOT_TOKEN
            )
        services, app = build_bot(
            settings, fast=fast, request=request, transport=transport, clock=clock
        )
        await start_bot(app)
        harness = Harness(
            settings,
            telegram,
            botapi,
            backend,
            server,
            app,
            services,
            fast,
            request,
            transport,
            clock,
        )
        try:
            yield harness
        finally:
            await stop_bot(harness.app)


async def _fakes(
    telegram: FakeTelegram, demo: DemoTrakt | None, in_process: bool, stack: AsyncExitStack
) -> tuple[
    FakeBotAPIServer | None,
    DemoTraktServer | None,
    BaseRequest | None,
    httpx.AsyncBaseTransport | None,
]:
    """The loopback servers (started; stopped by `stack`), or the in-process request and
    transport that stand for them."""
    if in_process:
        transport = mock_transport(demo) if demo is not None else None
        return None, None, OfflineRequest(telegram), transport
    botapi = await stack.enter_async_context(FakeBotAPIServer(telegram))
    server = None
    if demo is not None:
        server = await stack.enter_async_context(DemoTraktServer(demo))
    return botapi, server, None, None


def build_bot(
    settings: Settings,
    *,
    fast: bool = True,
    polling: bool = False,
    request: BaseRequest | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    clock: Callable[[], float] | None = None,
) -> tuple[Services, App]:
    """The services and the application `running` uses, for `settings` (any URLs).

    The benchmarks build the bot with this in their own process, against fakes served
    by another one; `polling` gives the application an updater. `request` (Bot API) and
    `transport` (Trakt) replace the network, as in production when None. `clock` is the
    wall clock the accounts and the notifier read (None: the real one).
    """
    if fast:
        services = create_services(
            settings,
            transport=transport,
            limits=RateLimits.unlimited(),
            retry=RetryPolicy(
                base_delay=0.001, max_delay=0.01, max_retry_after=0.05, sleep=_short_sleep
            ),
        )
        limiter = AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=1)
    else:
        services = create_services(settings, transport=transport)
        limiter = None
    if clock is not None:
        services.accounts.clock = services.notify.clock = clock
    app = build_application(services, request=request, polling=polling, rate_limiter=limiter)
    return services, app


def use_limits(app: App, limits: RateLimits) -> None:
    """Swap a running bot's client-side Trakt limits and per-person budgets (tests and
    benchmarks that measure them; `fast` bots start with every limit lifted)."""
    services = app.bot_data.services
    assert services is not None
    services.http.limits = limits
    processor = app.update_processor
    if isinstance(processor, FairProcessor):
        processor.fair = limits.fair


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
