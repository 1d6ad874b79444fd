"""Builds the python-telegram-bot Application and registers every feature."""

from __future__ import annotations

import logging
from types import ModuleType

from telegram.ext import AIORateLimiter, ApplicationBuilder, CallbackQueryHandler
from telegram.request import BaseRequest

from bot import housekeeping
from bot.features import (
    account,
    actions,
    calendar,
    checkin,
    details,
    discover,
    episodes,
    help,
    history,
    home,
    inline,
    language,
    link,
    lists,
    notify,
    party,
    people,
    recommend,
    search,
    stats,
    up_next,
    watchlist,
)
from bot.kit import access, errors, fair, later, private, views
from bot.kit.callback import pattern
from bot.kit.chat import noop_button, stale_button
from bot.kit.codes import Action
from bot.kit.context import CONTEXT_TYPES, App, Command, DeepLink
from bot.kit.fair import FairProcessor
from bot.services import Services
from bot.store import Store, StoreError
from bot.telegram_http import AiohttpRequest

logger = logging.getLogger(__name__)

# Order here is the order of /help and of the command menu.
FEATURES: tuple[ModuleType, ...] = (
    home,
    help,
    link,
    account,
    history,
    up_next,
    calendar,
    notify,
    stats,
    checkin,
    recommend,
    watchlist,
    lists,
    discover,
    search,
    inline,
    details,
    episodes,
    people,
    actions,
    party,
    language,
)
# Bot API connections (bot/telegram_http.py): 16 keep up with the concurrent updates
# (`make bench`: 64 measured no better); a call waits up to 10 s for a free one.
BOT_API_CONNECTIONS = 16


def build_application(
    services: Services,
    *,
    request: BaseRequest | None = None,
    polling: bool = True,
    rate_limiter: AIORateLimiter | None = None,
    get_updates_request: BaseRequest | None = None,
) -> App:
    """The bot, wired to `services`; the caller runs, polls or drives it.

    `request` replaces the Bot API transport (both pools); `get_updates_request`, only the
    connection getUpdates uses (`python -m bot` passes a `PollingRequest`).
    """
    settings = services.settings
    allowlist_warning = settings.allowed.warning()
    if allowlist_warning:
        logger.warning("%s", allowlist_warning)
    builder = (
        ApplicationBuilder()
        .context_types(CONTEXT_TYPES)
        .token(settings.telegram_token)
        .base_url(f"{settings.telegram_api_url}/bot")
        .base_file_url(f"{settings.telegram_api_url}/file/bot")
        .rate_limiter(rate_limiter or AIORateLimiter(max_retries=2))
        .concurrent_updates(FairProcessor(services.http.limits.fair))
        .post_init(_post_init)
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    else:
        # Our transport, one pool for calls and a connection of its own for getUpdates.
        builder = builder.request(AiohttpRequest(BOT_API_CONNECTIONS)).get_updates_request(
            get_updates_request or AiohttpRequest(1)
        )
    if not polling:
        builder = builder.updater(None)
    app: App = builder.build()
    services.attach(app)
    _register(app)
    housekeeping.schedule(app, services.store)
    return app


def _register(app: App) -> None:
    fair.register(app)
    access.register(app)
    views.register(app)
    private.register(app)
    commands: list[Command] = []
    deep_links: dict[str, DeepLink] = {}
    for feature in FEATURES:
        feature.register(app)
        commands.extend(getattr(feature, "COMMANDS", ()))
        deep_links.update(getattr(feature, "DEEP_LINKS", {}))
    app.bot_data.commands = tuple(commands)
    app.bot_data.deep_links = deep_links
    # The "page x/y" label is a button too; pressing it does nothing.
    app.add_handler(CallbackQueryHandler(noop_button, pattern=pattern(Action.NOOP)))
    # Buttons no feature claims (old or forged) still get a polite answer.
    app.add_handler(CallbackQueryHandler(stale_button))
    errors.register(app)


async def _post_init(app: App) -> None:
    services = app.bot_data.services
    assert services is not None
    _check_keys(services.store)
    try:
        await help.publish_commands(app, services.i18n)
    except Exception:
        logger.warning("could not publish the command menus; continuing", exc_info=True)
    # Features may resume background work (e.g. logins in progress) once the bot is up.
    for feature in FEATURES:
        hook = getattr(feature, "on_startup", None)
        if hook is not None:
            try:
                await hook(app)
            except Exception:
                logger.error("startup hook of %s failed", feature.__name__, exc_info=True)
    later.resume_all(app)  # writes queued while Trakt asked to wait, before the bot stopped


def _check_keys(store: Store) -> None:
    """Say in one line when BOT_ENCRYPTION_KEY opens none (or only some) of the recently
    stored tokens: those people count as not linked until the old key is back."""
    try:
        checked, opened = store.keys_open()
    except StoreError as exc:
        logger.warning("could not check the encryption keys against the database: %s", exc)
        return
    if opened == checked:
        return
    if opened == 0:
        logger.error(
            "BOT_ENCRYPTION_KEY opens none of the %d most recently stored tokens: was the key"
            " replaced? Put the old key back (BOT_ENCRYPTION_KEY=new,old, then rotate-keys);"
            " until then those people count as not linked",
            checked,
        )
    else:
        logger.warning(
            "BOT_ENCRYPTION_KEY opens %d of the %d most recently stored tokens; the others"
            " count as not linked until the key that wrote them is back",
            opened,
            checked,
        )


async def _post_stop(app: App) -> None:
    # Notifications and queued writes stop before the bot's connections close (post_shutdown);
    # the queued writes stay in the database for the next start.
    await later.cancel_all(app)
    if app.bot_data.services is not None:
        await app.bot_data.services.notify.stop()


async def _post_shutdown(app: App) -> None:
    if app.bot_data.services is not None:
        await app.bot_data.services.aclose()


async def start_application(app: App) -> None:
    """Initialize and start without polling (console, tests): post_init runs as in production."""
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    await app.start()


async def stop_application(app: App) -> None:
    """The counterpart of `start_application`: stop (and post_stop), shut down, run
    post_shutdown."""
    if app.running:
        await app.stop()
        if app.post_stop is not None:
            await app.post_stop(app)
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)
