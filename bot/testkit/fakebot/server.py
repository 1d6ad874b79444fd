"""The fake Bot API over HTTP (tornado, 127.0.0.1 only) and in-process (OfflineRequest).

Both decode parameters the way python-telegram-bot encodes them (form fields, non-string
values JSON-encoded; multipart when files are attached) and give the same answers, because
both end in ``FakeTelegram.ahandle``.
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any
from urllib.parse import urlsplit

import tornado.web
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.request import BaseRequest, RequestData
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets

from bot.testkit.fakebot.telegram import FakeTelegram

METHOD_PATH = re.compile(r"/bot(?P<token>[^/]+)/(?P<method>\w+)$")
FILE_PATH = re.compile(r"/file/bot(?P<token>[^/]+)/(?P<path>.+)$")
# Parameters that are always strings: PTB sends them raw, so they must never be JSON-decoded
# (a text of "123" or "[1]" must stay text).
_STRING_PARAMS = frozenset(
    [
        "text",
        "caption",
        "parse_mode",
        "query",
        "callback_query_id",
        "inline_query_id",
        "inline_message_id",
        "url",
        "photo",
        "file_id",
        "question",
        "next_offset",
        "secret_token",
        "language_code",
        "action",
        "description",
        "short_description",
        "title",
        "name",
        "data",
        "explanation",
        "emoji",
        "message_effect_id",
        "business_connection_id",
        "ip_address",
        "type",
    ]
)


def decode_params(fields: dict[str, str]) -> dict[str, Any]:
    """Undo PTB's encoding: strings as they are, everything else JSON-decoded."""
    return {key: _decode_value(key, value) for key, value in fields.items()}


def _decode_value(key: str, value: str) -> Any:
    if key in _STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


class _MethodHandler(tornado.web.RequestHandler):
    """``/bot{token}/{method}``: GET or POST, form, multipart or JSON body."""

    def initialize(self, telegram: FakeTelegram) -> None:
        self.telegram = telegram
        self._task: asyncio.Future[tuple[int, dict[str, Any]]] | None = None

    async def get(self, token: str, method: str) -> None:
        """Answer a call made with GET (query string)."""
        await self._answer(token, method)

    async def post(self, token: str, method: str) -> None:
        """Answer a call made with POST."""
        await self._answer(token, method)

    async def _answer(self, token: str, method: str) -> None:
        params, files = self._read_request()
        self._task = asyncio.ensure_future(self.telegram.ahandle(token, method, params, files))
        try:
            status, body = await self._task
        except asyncio.CancelledError:
            if self._task.cancelled():  # the client went away during a long poll
                return
            raise
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(body))

    def _read_request(self) -> tuple[dict[str, Any], dict[str, bytes]]:
        content_type = self.request.headers.get("Content-Type", "")
        if content_type.startswith("application/json"):
            params = json.loads(self.request.body or b"{}")
        else:
            fields = {k: v[-1].decode() for k, v in self.request.arguments.items()}
            params = decode_params(fields)
        files = {name: parts[0].body for name, parts in self.request.files.items()}
        return params, files

    def on_connection_close(self) -> None:
        """Stop waiting for updates nobody will read."""
        if self._task is not None:
            self._task.cancel()


class _FileHandler(tornado.web.RequestHandler):
    """``/file/bot{token}/{path}``: downloads of files the bot uploaded."""

    def initialize(self, telegram: FakeTelegram) -> None:
        self.telegram = telegram

    def get(self, token: str, path: str) -> None:
        """Send the file's bytes, or 404."""
        content = self.telegram.download(token, path)
        if content is None:
            self.set_status(404)
            self.finish(json.dumps({"ok": False, "error_code": 404, "description": "Not Found"}))
            return
        self.set_header("Content-Type", "application/octet-stream")
        self.finish(content)


def _quiet(handler: tornado.web.RequestHandler) -> None:
    """No access log: the console prints events instead."""


class FakeBotAPIServer:
    """The fake Bot API on ``http://127.0.0.1:{port}``; port 0 picks a free one."""

    def __init__(
        self, telegram: FakeTelegram | None = None, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        if host != "127.0.0.1":
            raise ValueError("the fake Bot API only listens on 127.0.0.1")
        self.telegram = telegram if telegram is not None else FakeTelegram()
        self.url = ""
        self._host, self._port = host, port
        self._server: HTTPServer | None = None

    @property
    def base_url(self) -> str:
        """What to give ``ApplicationBuilder.base_url``."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """What to give ``ApplicationBuilder.base_file_url``."""
        return f"{self.url}/file/bot"

    async def start(self) -> str:
        """Listen and return the root URL, e.g. ``http://127.0.0.1:51234``."""
        routes = [
            (METHOD_PATH.pattern.rstrip("$"), _MethodHandler, {"telegram": self.telegram}),
            (FILE_PATH.pattern.rstrip("$"), _FileHandler, {"telegram": self.telegram}),
        ]
        app = tornado.web.Application(routes, log_function=_quiet)
        sockets = bind_sockets(self._port, self._host)
        self._server = HTTPServer(app)
        self._server.add_sockets(sockets)
        self.url = f"http://{self._host}:{sockets[0].getsockname()[1]}"
        return self.url

    async def stop(self) -> None:
        """Stop listening, end pending long polls and close every connection."""
        if self._server is None:
            return
        server, self._server = self._server, None
        server.stop()
        self.telegram.release_waiters()
        await server.close_all_connections()

    async def __aenter__(self) -> FakeBotAPIServer:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()


class OfflineRequest(BaseRequest):
    """A PTB request backend that calls FakeTelegram in-process: no sockets, same answers."""

    def __init__(self, telegram: FakeTelegram, *, read_timeout: float | None = 5.0) -> None:
        self.telegram = telegram
        self._read_timeout = read_timeout

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout (unused: nothing is read from a network)."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Route ``/bot{token}/{method}`` to FakeTelegram and file URLs to its files."""
        path = urlsplit(url).path
        file_match = FILE_PATH.search(path)
        if file_match:
            content = self.telegram.download(file_match["token"], file_match["path"])
            return (200, content) if content is not None else (404, b'{"ok": false}')
        match = METHOD_PATH.search(path)
        if match is None:
            return 404, b'{"ok": false, "error_code": 404, "description": "Not Found"}'
        params = decode_params(request_data.json_parameters) if request_data else {}
        files = _files_of(request_data)
        status, body = await self.telegram.ahandle(match["token"], match["method"], params, files)
        return status, json.dumps(body).encode()


def _files_of(request_data: RequestData | None) -> dict[str, bytes]:
    if request_data is None or not request_data.contains_files:
        return {}
    files = {}
    for name, field in request_data.multipart_data.items():
        content = field[1]
        files[name] = content if isinstance(content, bytes) else content.read()
    return files
