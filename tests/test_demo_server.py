"""The demo Trakt served over real HTTP on 127.0.0.1 (tornado inside the test's loop)."""

from __future__ import annotations

import time

import httpx
import pytest

from bot.demo import DemoTrakt, DemoTraktServer

HEADERS = {"User-Agent": "TestBot/1.0", "trakt-api-key": "demo-client-id", "trakt-api-version": "2"}


async def test_device_flow_and_sync_over_http() -> None:
    demo = DemoTrakt(approve_after=0.0, approve_as="alice", device_interval=1)
    async with DemoTraktServer(demo) as server:
        assert server.url.startswith("http://127.0.0.1:") and not server.url.endswith(":0")
        async with httpx.AsyncClient(base_url=server.url, headers=HEADERS) as client:
            code = (
                await client.post("/oauth/device/code", json={"client_id": "demo-client-id"})
            ).json()
            token = await client.post(
                "/oauth/device/token",
                json={
                    "code": code["device_code"],
                    "client_id": "demo-client-id",
                    "client_secret": "demo-client-secret",
                },
            )
            assert token.status_code == 200
            auth = {"Authorization": f"Bearer {token.json()['access_token']}"}
            history = await client.get("/sync/history", params={"limit": 2}, headers=auth)
            assert history.status_code == 200 and len(history.json()) == 2
            assert history.headers["X-Pagination-Limit"] == "2"
            assert "x-runtime" in history.headers
            unicode = await client.get("/search/movie", params={"query": "جدایی"})
            assert unicode.json()[0]["movie"]["title"] == "جدایی نادر از سیمین"


async def test_special_statuses_over_http() -> None:
    demo = DemoTrakt()
    demo.users["demo"].limits["watchlist"]["item_count"] = 0
    token = demo.issue_token("demo")["access_token"]
    async with DemoTraktServer(demo) as server, httpx.AsyncClient(base_url=server.url) as client:
        auth = {**HEADERS, "Authorization": f"Bearer {token}"}
        none = await client.get("/shows/breaking-bad/next_episode", headers=HEADERS)
        assert none.status_code == 204 and none.content == b""
        full = await client.post(
            "/sync/watchlist", headers=auth, json={"movies": [{"ids": {"trakt": 481}}]}
        )
        assert full.status_code == 420 and full.content == b""
        blocked = await client.get("/shows/trending", headers={"User-Agent": ""})
        assert blocked.status_code == 403 and "x-runtime" not in blocked.headers
        assert (await client.get("/nope", headers=HEADERS)).status_code == 404
        assert (await client.patch("/shows/trending", headers=HEADERS)).status_code == 405


async def test_latency_is_applied() -> None:
    assert DemoTrakt().latency == 0  # only the benchmark slows it down
    demo = DemoTrakt(latency=0.05)
    async with (
        DemoTraktServer(demo) as server,
        httpx.AsyncClient(base_url=server.url, headers=HEADERS) as client,
    ):
        started = time.perf_counter()
        assert (await client.get("/movies/trending")).status_code == 200
        done = time.perf_counter()
    assert done - started >= 0.05
    # The log says when the request arrived (before the latency) and when it was answered.
    (seen,) = demo.requests
    assert started <= seen.started and seen.started + 0.05 <= seen.ended <= done


def test_only_loopback() -> None:
    with pytest.raises(ValueError):
        DemoTraktServer(host="0.0.0.0")
