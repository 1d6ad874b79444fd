"""The demo Trakt's OAuth: device flow statuses, code exchange, single-use refresh."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import httpx
import pytest

from bot.demo import DemoTrakt, mock_transport

CLIENT = {"client_id": "demo-client-id", "client_secret": "demo-client-secret"}
HEADERS = {"User-Agent": "TestBot/1.0", "trakt-api-key": "demo-client-id", "trakt-api-version": "2"}


class Clock:
    """A hand-driven clock."""

    def __init__(self) -> None:
        self.t = 1_750_000_000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def demo(clock: Clock) -> DemoTrakt:
    return DemoTrakt(clock=clock, approve_after=None, device_interval=1)


@pytest.fixture
async def api(demo: DemoTrakt) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=mock_transport(demo), base_url="https://api.trakt.tv", headers=HEADERS
    ) as client:
        yield client


async def _device_code(api: httpx.AsyncClient) -> dict[str, object]:
    response = await api.post("/oauth/device/code", json={"client_id": "demo-client-id"})
    assert response.status_code == 200
    data: dict[str, object] = response.json()
    return data


async def _poll(api: httpx.AsyncClient, code: object) -> httpx.Response:
    return await api.post("/oauth/device/token", json={"code": code, **CLIENT})


async def _username(api: httpx.AsyncClient, access_token: str) -> str:
    response = await api.get("/users/settings", headers={"Authorization": f"Bearer {access_token}"})
    assert response.status_code == 200
    return str(response.json()["user"]["username"])


async def test_device_code_shape(api: httpx.AsyncClient) -> None:
    data = await _device_code(api)
    assert re.fullmatch(r"[0-9a-f]{64}", str(data["device_code"]))
    assert re.fullmatch(r"[0-9A-F]{8}", str(data["user_code"]))
    assert data["verification_url"] == "https://trakt.tv/activate"
    assert (data["expires_in"], data["interval"]) == (600, 1)


async def test_device_flow_pending_slow_down_approved_used(
    api: httpx.AsyncClient, demo: DemoTrakt, clock: Clock
) -> None:
    data = await _device_code(api)
    first = await _poll(api, data["device_code"])
    assert first.status_code == 400 and first.content == b""
    clock.advance(0.5)
    assert (await _poll(api, data["device_code"])).status_code == 429
    clock.advance(1)
    assert (await _poll(api, data["device_code"])).status_code == 400
    demo.approve(str(data["user_code"]), "alice")
    clock.advance(1)
    ok = await _poll(api, data["device_code"])
    assert ok.status_code == 200
    token = ok.json()
    assert set(token) == {
        "access_token",
        "token_type",
        "expires_in",
        "refresh_token",
        "scope",
        "created_at",
    }
    assert token["expires_in"] == 7 * 24 * 3600 and token["created_at"] == int(clock.t)
    assert await _username(api, token["access_token"]) == "alice"
    clock.advance(1)
    assert (await _poll(api, data["device_code"])).status_code == 409


async def test_device_flow_auto_approves_after_delay(clock: Clock) -> None:
    demo = DemoTrakt(clock=clock, approve_after=3.0, approve_as=lambda: "bob", device_interval=1)
    async with httpx.AsyncClient(
        transport=mock_transport(demo), base_url="http://demo", headers=HEADERS
    ) as api:
        data = await _device_code(api)
        clock.advance(2)
        assert (await _poll(api, data["device_code"])).status_code == 400
        clock.advance(1.5)
        ok = await _poll(api, data["device_code"])
        assert ok.status_code == 200
        assert await _username(api, ok.json()["access_token"]) == "bob"


async def test_device_flow_unknown_expired_denied(
    api: httpx.AsyncClient, demo: DemoTrakt, clock: Clock
) -> None:
    assert (await _poll(api, "f" * 64)).status_code == 404
    expired = await _device_code(api)
    denied = await _device_code(api)
    demo.deny(str(denied["user_code"]))
    assert (await _poll(api, denied["device_code"])).status_code == 418
    clock.advance(601)
    assert (await _poll(api, expired["device_code"])).status_code == 410


async def test_device_token_needs_the_right_secret(api: httpx.AsyncClient) -> None:
    data = await _device_code(api)
    response = await api.post(
        "/oauth/device/token",
        json={"code": data["device_code"], "client_id": "demo-client-id", "client_secret": "nope"},
    )
    assert response.status_code == 401


async def test_authorization_code_exchange(api: httpx.AsyncClient, demo: DemoTrakt) -> None:
    code = demo.new_authorization_code("carol")
    body = {
        **CLIENT,
        "grant_type": "authorization_code",
        "redirect_uri": "urn:ietf:wg:oauth:2.0:oob",
    }
    ok = await api.post("/oauth/token", json={**body, "code": code})
    assert ok.status_code == 200
    assert await _username(api, ok.json()["access_token"]) == "carol"
    reused = await api.post("/oauth/token", json={**body, "code": code})
    assert reused.status_code == 401 and reused.json()["error"] == "invalid_grant"
    demo_code = await api.post("/oauth/token", json={**body, "code": "DEMO-CODE"})
    assert await _username(api, demo_code.json()["access_token"]) == "demo"
    wrong = await api.post("/oauth/token", json={**body, "code": "WRONG"})
    assert wrong.status_code == 401


async def test_refresh_tokens_are_single_use(api: httpx.AsyncClient, demo: DemoTrakt) -> None:
    first = demo.issue_token("demo")
    body = {
        **CLIENT,
        "grant_type": "refresh_token",
        "refresh_token": first["refresh_token"],
        "redirect_uri": "urn:ietf:wg:oauth:2.0:oob",
    }
    refreshed = await api.post("/oauth/token", json=body)
    assert refreshed.status_code == 200
    second = refreshed.json()
    assert second["refresh_token"] != first["refresh_token"]
    again = await api.post("/oauth/token", json=body)
    assert again.status_code == 400
    assert again.json() == {"error": "invalid_grant", "error_description": "session not found"}
    old = await api.get(
        "/users/settings", headers={"Authorization": f"Bearer {first['access_token']}"}
    )
    assert old.status_code == 401
    assert await _username(api, second["access_token"]) == "demo"


async def test_expired_token_gives_401_but_refresh_works(
    api: httpx.AsyncClient, demo: DemoTrakt, clock: Clock
) -> None:
    token = demo.issue_token("demo")
    demo.expire_token(token["access_token"])
    bearer = {"Authorization": f"Bearer {token['access_token']}"}
    assert (await api.get("/users/settings", headers=bearer)).status_code == 401
    refreshed = await api.post(
        "/oauth/token",
        json={**CLIENT, "grant_type": "refresh_token", "refresh_token": token["refresh_token"]},
    )
    assert refreshed.status_code == 200
    later = demo.issue_token("demo")
    clock.advance(7 * 24 * 3600)
    late = await api.get(
        "/users/settings", headers={"Authorization": f"Bearer {later['access_token']}"}
    )
    assert late.status_code == 401


async def test_revoke(api: httpx.AsyncClient, demo: DemoTrakt) -> None:
    token = demo.issue_token("bob")
    response = await api.post("/oauth/revoke", json={"token": token["access_token"], **CLIENT})
    assert (response.status_code, response.json()) == (200, {})
    dead = await api.get(
        "/users/settings", headers={"Authorization": f"Bearer {token['access_token']}"}
    )
    assert dead.status_code == 401


@pytest.mark.parametrize("authorization", [None, "Bearer nope", "Bearer", "Basic abc"])
async def test_oauth_methods_need_a_live_token(
    api: httpx.AsyncClient, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    response = await api.get("/users/settings", headers=headers)
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/json")
    assert "x-runtime" in response.headers
