"""Command line: `python -m bot [run | check | genkey | rotate-keys | console [--demo]]`."""

from __future__ import annotations

import argparse
import asyncio
import functools
import hashlib
import logging
import sys
from typing import TYPE_CHECKING

from telegram.error import InvalidToken

from bot import logs
from bot.config import ConfigError, Mode, Settings, load_settings
from bot.crypto import TokenCipher, generate_key
from bot.store import DatabaseInUse, hold_database

if TYPE_CHECKING:
    from bot.kit.context import App

logger = logging.getLogger("bot")

TOKEN_REJECTED = (
    "TELEGRAM_BOT_TOKEN was rejected by Telegram (revoked, or mistyped?):"
    " put the current token from @BotFather in it and start again"
)


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the chosen command; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "genkey":
            print(generate_key())
            return 0
        if args.command == "check":
            from bot.check import check

            return check(loaded=_setup_logs)
        if args.command == "rotate-keys":
            return _rotate_keys(load_settings(Mode.ROTATE_KEYS))
        if args.command == "console":
            from bot.console import run_console

            mode = Mode.DEMO if args.demo else Mode.CONSOLE
            settings = load_settings(mode)
            return asyncio.run(run_console(settings, demo=args.demo, verbose=args.verbose))
        return _run(load_settings(Mode.RUN))
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    except DatabaseInUse as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except InvalidToken:
        # Its message quotes the token: say what happened without it.
        print(f"error: {TOKEN_REJECTED}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Trakt.tv in Telegram.")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="start the bot (default)")
    sub.add_parser(
        "check", help="check the settings and reach Telegram and Trakt; exit 0 when all work"
    )
    sub.add_parser("genkey", help="print a new encryption key for BOT_ENCRYPTION_KEY")
    sub.add_parser("rotate-keys", help="re-encrypt every stored token with the newest key")
    console = sub.add_parser("console", help="chat with the bot in this terminal")
    console.add_argument("--demo", action="store_true", help="use the built-in offline demo Trakt")
    console.add_argument(
        "--verbose", action="store_true", help="print the logs here (else they go to a file)"
    )
    return parser


def _rotate_keys(settings: Settings) -> int:
    from bot.store import Store, StoreError

    _setup_logs(settings)
    try:
        with (
            hold_database(settings.database),
            Store(settings.database, TokenCipher(settings.encryption_keys)) as store,
        ):
            count = store.rotate_keys()
    except StoreError as exc:
        print(f"rotate-keys failed: {exc}", file=sys.stderr)
        return 1
    print(f"re-encrypted {count} row(s) with the newest key")
    return 0


def _run(settings: Settings) -> int:
    _setup_logs(settings)
    with hold_database(settings.database):
        return _serve(settings)


def _setup_logs(settings: Settings) -> None:
    logs.setup(settings.log_level, secrets=_secrets(settings), log_format=settings.log_format)


def _serve(settings: Settings) -> int:
    from bot.app import build_application
    from bot.services import create_services
    from bot.telegram_http import PollingRequest

    polling = PollingRequest()
    app = build_application(
        create_services(settings),
        get_updates_request=polling,
        polling=not settings.webhook_url,  # webhook mode serves its own routes (bot.webhook)
    )
    polling.on_unauthorized = functools.partial(_stop_when_running, app)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        _run_app(app, settings, loop)
    except InvalidToken:
        # Rejected at start: PTB leaves the Bot API connections open; close them quietly.
        loop.run_until_complete(app.bot.shutdown())
        raise
    finally:
        loop.close()
    if polling.unauthorized:
        raise InvalidToken("getUpdates answered 401")  # revoked while running
    return 0


def _run_app(app: App, settings: Settings, loop: asyncio.AbstractEventLoop) -> None:
    """Webhook mode when WEBHOOK_URL is set (our server: updates and a health check), else
    PTB's long polling runner; the caller closes the loop."""
    if settings.webhook_url:
        from bot.webhook import serve_webhook

        logger.info("starting in webhook mode on port %s", settings.port)
        loop.run_until_complete(
            serve_webhook(
                app,
                url=settings.webhook_url,
                port=settings.port,
                secret=_webhook_secret(settings),
            )
        )
    else:
        logger.info("starting with long polling")
        app.run_polling(close_loop=False)


def _stop_when_running(app: App) -> None:
    """Telegram refused the token while polling: stop, once the application runs."""
    if app.running:
        app.stop_running()
    else:  # polling starts just before the application does
        asyncio.get_running_loop().call_later(0.05, _stop_when_running, app)


def _secrets(settings: Settings) -> list[str]:
    return [
        settings.telegram_token,
        settings.trakt_client_secret,
        *settings.encryption_keys,
        _webhook_secret(settings),
    ]


def _webhook_secret(settings: Settings) -> str:
    """Stable per bot, so Telegram's calls can be told from strangers'."""
    return hashlib.sha256(f"webhook:{settings.telegram_token}".encode()).hexdigest()[:64]


if __name__ == "__main__":
    sys.exit(main())
