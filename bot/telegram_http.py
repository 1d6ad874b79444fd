"""The Bot API transport: python-telegram-bot's `BaseRequest` on an aiohttp session.

PTB's default `HTTPXRequest` spends most of a busy bot's CPU inside httpcore's pool
bookkeeping (every request scans every pooled connection, asking anyio for socket details
on each); aiohttp's connector and C HTTP parser do the same job for a fraction of that
(`make bench` prints the difference). Requests, errors and timeouts keep PTB's meaning:
`TimedOut` for any timeout (a full pool included), `NetworkError` for everything else
that stops a request reaching Telegram, and the status and body as received otherwise.
"""

from __future__ import annotations

import functools
import json
import ssl
from collections.abc import Callable
from http import HTTPStatus
from typing import Final

import aiohttp
import certifi
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

DEFAULT_CONNECTIONS: Final = 16
# Timeouts, as PTB's defaults: seconds to wait for a pooled connection, to connect, and
# between reads; uploads (posters) also get an overall cap, as aiohttp has no write timeout.
POOL_TIMEOUT: Final = 10.0
CONNECT_TIMEOUT: Final = 5.0
READ_TIMEOUT: Final = 5.0
MEDIA_TOTAL_TIMEOUT: Final = 60.0


class AiohttpRequest(BaseRequest):
    """Sends python-telegram-bot's requests through one `aiohttp.ClientSession`."""

    __slots__ = ("_connections", "_read_timeout", "_session")

    def __init__(
        self,
        connections: int = DEFAULT_CONNECTIONS,
        *,
        read_timeout: float | None = READ_TIMEOUT,
    ) -> None:
        self._connections = connections
        self._read_timeout = read_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        """Seconds between reads before a call times out (long polling adds its own)."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (on the running loop)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                limit=self._connections, ttl_dns_cache=300, ssl=_tls_context()
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                headers={"User-Agent": self.USER_AGENT},
                timeout=aiohttp.ClientTimeout(total=None),
                skip_auto_headers=("Accept-Encoding",),
            )

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """One call to the Bot API: (HTTP status, body)."""
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        has_files = bool(request_data and request_data.multipart_data)
        timeout = aiohttp.ClientTimeout(
            total=MEDIA_TOTAL_TIMEOUT if has_files else None,
            connect=_given(pool_timeout, POOL_TIMEOUT),
            sock_connect=_given(connect_timeout, CONNECT_TIMEOUT),
            sock_read=_given(read_timeout, self._read_timeout),
        )
        try:
            data, headers = _body(request_data)
            async with self._session.request(
                method, url, data=data, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            if isinstance(error, aiohttp.ConnectionTimeoutError):
                raise TimedOut(
                    "Timed out getting a connection to the Bot API; the request was not sent"
                ) from error
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error


class PollingRequest(AiohttpRequest):
    """The getUpdates connection, which tells when Telegram stops taking the bot's token.

    A 401 there means the token was revoked while the bot runs: PTB would end its polling
    loop with the process still alive. Instead `on_unauthorized` is called once (the runner stops
    the application and exits non-zero) and PTB is handed an empty batch, so that the
    application shuts down in order while the runner reports the reason.
    """

    __slots__ = ("on_unauthorized", "unauthorized")

    def __init__(self) -> None:
        super().__init__(1)
        self.on_unauthorized: Callable[[], None] | None = None
        self.unauthorized = False

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """As `AiohttpRequest`, but a 401 becomes an empty batch and a call of
        `on_unauthorized`."""
        status, body = await super().do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )
        if status != HTTPStatus.UNAUTHORIZED:
            return status, body
        if not self.unauthorized and self.on_unauthorized is not None:
            self.on_unauthorized()
        self.unauthorized = True
        return HTTPStatus.OK, _NO_UPDATES


_NO_UPDATES: Final = b'{"ok": true, "result": []}'


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """Mozilla's CA bundle (certifi), as httpx uses: slim images may lack system CAs.

    Built once per process: loading the bundle costs ~15 ms of CPU, and it never changes.
    """
    return ssl.create_default_context(cafile=certifi.where())


def _given(value: object, default: float | None) -> float | None:
    """Seconds asked for; None means no limit; PTB's DEFAULT_NONE means "not given"."""
    if isinstance(value, int | float):
        return float(value)
    return None if value is None else default


JSON: Final = {"Content-Type": "application/json"}


def _body(
    request_data: RequestData | None,
) -> tuple[bytes | aiohttp.FormData | None, dict[str, str] | None]:
    """A JSON body (the Bot API takes one, with values typed, and it costs no URL-quoting),
    or multipart when files are attached."""
    if request_data is None:
        return None, None
    files = request_data.multipart_data
    if not files:
        return json.dumps(request_data.parameters, ensure_ascii=False).encode(), JSON
    form = aiohttp.FormData(quote_fields=False)
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, *rest) in files.items():
        form.add_field(name, content, filename=filename, content_type=rest[0] if rest else None)
    return form, None
