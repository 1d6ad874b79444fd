"""Command line: `python -m bot [run | genkey | rotate-keys | console [--demo]]`."""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import logging
import sys
from urllib.parse import urlsplit

from bot import logs
from bot.config import ConfigError, Mode, Settings, load_settings
from bot.crypto import TokenCipher, generate_key

logger = logging.getLogger("bot")


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the chosen command; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "genkey":
            print(generate_key())
            return 0
        if args.command == "rotate-keys":
            return _rotate_keys(load_settings(Mode.ROTATE_KEYS))
        if args.command == "console":
            from bot.console import run_console

            mode = Mode.DEMO if args.demo else Mode.CONSOLE
            return asyncio.run(run_console(load_settings(mode), demo=args.demo))
        return _run(load_settings(Mode.RUN))
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Trakt.tv in Telegram.")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="start the bot (default)")
    sub.add_parser("genkey", help="print a new encryption key for BOT_ENCRYPTION_KEY")
    sub.add_parser("rotate-keys", help="re-encrypt every stored token with the newest key")
    console = sub.add_parser("console", help="chat with the bot in this terminal")
    console.add_argument("--demo", action="store_true", help="use the built-in offline demo Trakt")
    return parser


def _rotate_keys(settings: Settings) -> int:
    from bot.store import Store, StoreError

    logs.setup(settings.log_level)
    try:
        with Store(settings.database, TokenCipher(settings.encryption_keys)) as store:
            count = store.rotate_keys()
    except StoreError as exc:
        print(f"rotate-keys failed: {exc}", file=sys.stderr)
        return 1
    print(f"re-encrypted {count} row(s) with the newest key")
    return 0


def _run(settings: Settings) -> int:
    from bot.app import build_application
    from bot.services import create_services

    logs.setup(settings.log_level, secrets=_secrets(settings))
    app = build_application(create_services(settings))
    if settings.webhook_url:
        path = urlsplit(settings.webhook_url).path.lstrip("/")
        logger.info("starting in webhook mode on port %s", settings.port)
        app.run_webhook(
            listen="0.0.0.0",
            port=settings.port,
            url_path=path,
            webhook_url=settings.webhook_url,
            secret_token=_webhook_secret(settings),
        )
    else:
        logger.info("starting with long polling")
        app.run_polling()
    return 0


def _secrets(settings: Settings) -> list[str]:
    return [settings.telegram_token, settings.trakt_client_secret, *settings.encryption_keys]


def _webhook_secret(settings: Settings) -> str:
    """Stable per bot, so Telegram's calls can be told from strangers'."""
    return hashlib.sha256(f"webhook:{settings.telegram_token}".encode()).hexdigest()[:64]


if __name__ == "__main__":
    sys.exit(main())
