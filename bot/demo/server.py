"""Serve a DemoTrakt over HTTP on 127.0.0.1 (tornado), or in-process via httpx.MockTransport."""

from __future__ import annotations

import asyncio
import logging
import time
from types import TracebackType

import httpx
import tornado.httpserver
import tornado.httputil
import tornado.netutil
import tornado.web

from bot.demo.trakt import DemoTrakt

__all__ = ["DemoTraktServer", "mock_transport"]

logger = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"


class _CatchAll(tornado.web.RequestHandler):
    """Hands every request, whatever its method or path, to DemoTrakt.handle."""

    SUPPORTED_METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")

    def initialize(self, demo: DemoTrakt) -> None:
        self.demo = demo

    async def _serve(self) -> None:
        arrived = time.perf_counter()
        if self.demo.latency > 0:
            await asyncio.sleep(self.demo.latency)
        request = self.request
        query = {k: v[-1].decode("utf-8", "replace") for k, v in request.query_arguments.items()}
        answer = self.demo.handle(
            request.method or "GET",
            request.path,
            query,
            dict(request.headers.get_all()),
            request.body or b"",
            arrived=arrived,
        )
        self.clear()
        self.set_status(answer.status, _reason(answer.status))
        for name, value in answer.headers.items():
            self.set_header(name, value)
        if answer.body:
            self.write(answer.body)
        elif "Content-Type" not in answer.headers:
            self.clear_header("Content-Type")

    async def get(self, *_: str) -> None:
        await self._serve()

    post = put = delete = patch = head = options = get

    def compute_etag(self) -> None:
        return None


def _reason(status: int) -> str | None:
    """Reason phrases for Trakt's non-standard codes, which tornado doesn't know."""
    return {
        420: "Account Limit Exceeded",
        423: "Locked User Account",
        426: "VIP Only",
        520: "Service Unavailable - Cloudflare error",
        521: "Service Unavailable - Cloudflare error",
        522: "Service Unavailable - Cloudflare error",
    }.get(status) or (None if status in tornado.httputil.responses else "Unknown")


def _access_log(handler: tornado.web.RequestHandler) -> None:
    """One DEBUG line a request: a 404 or a 420 is the demo playing Trakt, not a warning
    (tornado's own access log would say WARNING, and the console keeps its log for it)."""
    request = handler.request
    milliseconds = request.request_time() * 1000
    logger.debug(
        "%s %s %s %.0f ms", handler.get_status(), request.method, request.uri, milliseconds
    )


class DemoTraktServer:
    """The demo Trakt on http://127.0.0.1:<port> inside the running asyncio loop."""

    def __init__(self, demo: DemoTrakt | None = None, host: str = LOOPBACK, port: int = 0) -> None:
        if host not in (LOOPBACK, "localhost"):
            raise ValueError("the demo Trakt only binds to 127.0.0.1")
        self.demo = demo or DemoTrakt()
        self.port = port
        self.url = ""
        self._server: tornado.httpserver.HTTPServer | None = None

    async def start(self) -> str:
        """Bind (port 0 picks a free port) and return the base URL."""
        routes = [(r"/.*", _CatchAll, {"demo": self.demo})]
        app = tornado.web.Application(routes, log_function=_access_log)
        sockets = tornado.netutil.bind_sockets(self.port, LOOPBACK)
        self._server = tornado.httpserver.HTTPServer(app, xheaders=False)
        self._server.add_sockets(sockets)
        self.port = sockets[0].getsockname()[1]
        self.url = f"http://{LOOPBACK}:{self.port}"
        return self.url

    async def stop(self) -> None:
        """Stop listening and close open connections."""
        if self._server is not None:
            self._server.stop()
            await self._server.close_all_connections()
            self._server = None

    async def __aenter__(self) -> DemoTraktServer:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()


def mock_transport(demo: DemoTrakt) -> httpx.MockTransport:
    """An httpx transport answering from `demo` in-process (no sockets; `demo.latency` and
    `demo.hold` are awaited first)."""

    async def handler(request: httpx.Request) -> httpx.Response:
        arrived = time.perf_counter()
        if demo.latency > 0:
            await asyncio.sleep(demo.latency)
        if demo.hold is not None:
            await demo.hold(request.method, request.url.path)
        query = {k: v for k, v in request.url.params.multi_items()}
        answer = demo.handle(
            request.method,
            request.url.path,
            query,
            dict(request.headers),
            request.read(),
            arrived=arrived,
        )
        return httpx.Response(answer.status, headers=answer.headers, content=answer.body)

    return httpx.MockTransport(handler)
