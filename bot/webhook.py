"""Webhook mode: our own tornado server in front of the Application, with a health check.

python-telegram-bot's `run_webhook` serves only the webhook path, and its server takes
no other route. PTB's supported way to add one is a custom webhook server
(`Application.builder().updater(None)`, updates put on `application.update_queue`; its
"Custom Webhook Bot" example does exactly this for a health endpoint). Tornado is what
PTB's own server runs on, so this adds no dependency.

- `POST <path of WEBHOOK_URL>`: Telegram's updates. A request without the secret token
  set with `setWebhook` is refused with 403, a body that is not an update with 400.
- `GET HEALTH_PATH`: 200 `ok` while the application runs, 503 until it has started.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

import tornado.web
from telegram import Update
from telegram.ext import Application, ExtBot
from tornado.httpserver import HTTPServer

from bot.app import start_application, stop_application
from bot.config import HEALTH_PATH

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram's updates are a few kilobytes; a stranger's upload is not buffered past this.
MAX_BODY = 1024 * 1024
AnyApp = Application[Any, Any, Any, Any, Any, Any]


class UpdateHandler(tornado.web.RequestHandler):
    """Telegram's POSTs: check the secret, parse the update, queue it."""

    SUPPORTED_METHODS = ("POST",)

    def initialize(self, app: AnyApp, secret: str) -> None:
        """Tornado's per-request set-up: the application and the expected secret."""
        self.app = app
        self.secret = secret

    async def post(self) -> None:
        """One update from Telegram."""
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            raise tornado.web.HTTPError(HTTPStatus.FORBIDDEN)
        update = self._update()
        if isinstance(self.app.bot, ExtBot):
            self.app.bot.insert_callback_data(update)
        logger.debug("webhook update %s", update.update_id)
        await self.app.update_queue.put(update)

    def _update(self) -> Update:
        try:
            update = Update.de_json(json.loads(self.request.body), self.app.bot)
        except Exception:  # malformed JSON or not an update; never log the body
            logger.warning("the webhook got a body that is not an update; answered 400")
            raise tornado.web.HTTPError(HTTPStatus.BAD_REQUEST) from None
        if update is None:
            raise tornado.web.HTTPError(HTTPStatus.BAD_REQUEST)
        return update


class HealthHandler(tornado.web.RequestHandler):
    """200 while the application runs (503 otherwise), for Docker, Kubernetes and uptime
    monitors."""

    SUPPORTED_METHODS = ("GET", "HEAD")

    def initialize(self, app: AnyApp) -> None:
        """Tornado's per-request set-up: the application whose state is reported."""
        self.app = app

    def get(self) -> None:
        """`ok` or `stopped`, as text."""
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        if not self.app.running:
            self.set_status(HTTPStatus.SERVICE_UNAVAILABLE)
        self.write("ok\n" if self.app.running else "stopped\n")

    def head(self) -> None:
        """The status of GET, without the body."""
        self.set_status(HTTPStatus.OK if self.app.running else HTTPStatus.SERVICE_UNAVAILABLE)


class _Routes(tornado.web.Application):
    def log_request(self, handler: tornado.web.RequestHandler) -> None:
        """No access log: the bot logs what matters, and a URL may carry anything."""


def webhook_routes(app: AnyApp, path: str, secret: str) -> tornado.web.Application:
    """The server's routes: updates on `path` (of WEBHOOK_URL), health on HEALTH_PATH."""
    updates = "/" + re.escape(path.strip("/")) + "/?"  # with or without a trailing slash
    return _Routes(
        [
            (re.escape(HEALTH_PATH), HealthHandler, {"app": app}),
            (updates, UpdateHandler, {"app": app, "secret": secret}),
        ]
    )


async def serve_webhook(app: AnyApp, *, url: str, port: int, secret: str) -> None:
    """Run `app` on webhook updates until SIGINT or SIGTERM, then stop it in order."""
    stop = asyncio.Event()
    server = HTTPServer(webhook_routes(app, urlsplit(url).path, secret), max_body_size=MAX_BODY)
    # PTB's order: listen (health: 503), start, register; on the way out stop listening
    # first, so that no update is taken that the stopping application would not process.
    with _stop_on_signals(stop.set):
        server.listen(port, address="0.0.0.0")
        try:
            await start_application(app)
            await app.bot.set_webhook(url, secret_token=secret)
            logger.info("webhook server listening on port %s (health: %s)", port, HEALTH_PATH)
            await stop.wait()
        finally:
            server.stop()
            await server.close_all_connections()
            await stop_application(app)


@contextmanager
def _stop_on_signals(stop: Callable[[], None]) -> Iterator[None]:
    """Call `stop` on SIGINT or SIGTERM (where the loop can take signal handlers)."""
    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop)
        except (NotImplementedError, RuntimeError) as exc:
            # A loop without signal handlers (Windows), or not the main thread (a test
            # runner's): Python's default stays, so Ctrl+C still interrupts.
            logger.debug("no %s handler on this loop (%r): the default stays", sig.name, exc)
            continue
        installed.append(sig)
    try:
        yield
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)
