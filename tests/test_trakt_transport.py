"""TraktHTTP on its default transport (httpx on aiohttp) over real sockets on 127.0.0.1.

tests/test_trakt_http.py checks the retry and error rules with httpx's MockTransport;
these check that what really crosses a socket reaches those rules the same way:
headers out, gzip and pagination in, and every way a connection can fail ending as
`TraktUnavailable` (retried for GET, never for POST).
"""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

import pytest

from bot.trakt import RateLimits, RetryPolicy, ServerError, TraktHTTP, TraktUnavailable

Reply = Callable[[asyncio.StreamWriter], Awaitable[None]]


@dataclass
class Server:
    """A bare HTTP/1.1 server: records each request's head, answers with `reply`."""

    reply: Reply
    heads: list[str] = field(default_factory=list)
    url: str = ""

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while head := (await reader.readuntil(b"\r\n\r\n")).decode():
                self.heads.append(head)
                length = next(
                    (
                        int(line.split(":")[1])
                        for line in head.lower().splitlines()
                        if line.startswith("content-length:")
                    ),
                    0,
                )
                await reader.readexactly(length)
                await self.reply(writer)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@pytest.fixture
async def serve() -> AsyncIterator[Callable[[Reply], Awaitable[Server]]]:
    servers: list[asyncio.Server] = []

    async def start(reply: Reply) -> Server:
        server = Server(reply)
        listening = await asyncio.start_server(server.handle, "127.0.0.1", 0)
        servers.append(listening)
        server.url = f"http://127.0.0.1:{listening.sockets[0].getsockname()[1]}"
        return server

    yield start
    for listening in servers:
        listening.close()


def http_for(url: str, timeout: float = 5.0) -> TraktHTTP:
    return TraktHTTP(
        api_url=url,
        auth_url=url,
        client_id="cid",
        client_secret="csecret",
        timeout=timeout,
        retry=RetryPolicy(base_delay=0.001, max_delay=0.01),
        limits=RateLimits.unlimited(),
    )


def answer(status: int, body: bytes, *headers: str) -> Reply:
    async def reply(writer: asyncio.StreamWriter) -> None:
        head = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", *headers]
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        await writer.drain()

    return reply


async def test_headers_out_gzip_and_pagination_in(serve: Callable[..., Awaitable[Server]]) -> None:
    body = gzip.compress(json.dumps([{"title": "Dune", "year": 2021}]).encode())
    server = await serve(
        answer(
            200,
            body,
            "Content-Type: application/json",
            "Content-Encoding: gzip",
            "X-Pagination-Page: 2",
            "X-Pagination-Limit: 1",
            "X-Pagination-Page-Count: 5",
            "X-Pagination-Item-Count: 5",
        )
    )
    async with http_for(server.url) as http:
        first = await http.get("/movies/trending", params={"page": 2}, token="tok")
        again = await http.get("/movies/trending")
    assert first.data == again.data == [{"title": "Dune", "year": 2021}]
    assert first.pagination is not None and first.pagination.page_count == 5
    head = server.heads[0].lower()
    assert head.startswith("get /movies/trending?page=2 http/1.1")
    for expected in ("trakt-api-key: cid", "trakt-api-version: 2", "authorization: bearer tok"):
        assert expected in head
    assert "authorization" not in server.heads[1].lower()
    assert len(server.heads) == 2  # one kept-alive connection served both


async def test_error_statuses_reach_the_error_rules(
    serve: Callable[..., Awaitable[Server]],
) -> None:
    server = await serve(answer(503, b"down", "Retry-After: 0"))
    async with http_for(server.url) as http:
        with pytest.raises(ServerError) as info:
            await http.get("/shows/trending")
    assert info.value.status == 503
    assert len(server.heads) == 3  # a GET is retried


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_nobody_listening() -> None:
    async with http_for(f"http://127.0.0.1:{_closed_port()}") as http:
        with pytest.raises(TraktUnavailable):
            await http.get("/shows/trending")


async def _hang_up(writer: asyncio.StreamWriter) -> None:
    writer.transport.abort()


async def _garbage(writer: asyncio.StreamWriter) -> None:
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: many\r\n\r\n{}")
    await writer.drain()


async def _half(writer: asyncio.StreamWriter) -> None:
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n[{")
    await writer.drain()
    writer.transport.abort()


@pytest.mark.parametrize("reply", [_hang_up, _garbage, _half], ids=["hang-up", "garbage", "half"])
async def test_broken_answers_are_unavailable_get_retried_post_not(
    serve: Callable[..., Awaitable[Server]], reply: Reply
) -> None:
    server = await serve(reply)
    async with http_for(server.url) as http:
        with pytest.raises(TraktUnavailable):
            await http.get("/shows/trending")
        gets = len(server.heads)
        with pytest.raises(TraktUnavailable):
            await http.post("/sync/history", json={"movies": [{"ids": {"trakt": 1}}]}, token="t")
    # Three attempts; on a dropped connection aiohttp itself resends an idempotent request
    # once (RFC 9112 §9.3.1), so a GET may reach the server up to twice per attempt.
    assert 3 <= gets <= 6
    assert len(server.heads) == gets + 1  # the POST went once and was not repeated


async def test_a_silent_trakt_times_out(serve: Callable[..., Awaitable[Server]]) -> None:
    async def silent(writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(30)

    server = await serve(silent)
    async with http_for(server.url, timeout=0.1) as http:
        with pytest.raises(TraktUnavailable, match="timed out"):
            await http.post("/sync/watchlist", json={}, token="t")
