"""The test helpers' own contract: `wait_for` returns what it waited for, or fails clearly."""

from __future__ import annotations

import asyncio

import pytest

from tests.helpers import wait_for


async def test_wait_for_returns_the_first_truthy_value_set_by_another_task() -> None:
    box: list[str] = []
    loop = asyncio.get_running_loop()
    loop.call_soon(box.append, "done")
    assert await wait_for(lambda: list(box)) == ["done"]


async def test_wait_for_fails_at_the_deadline_naming_what_it_waited_for() -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(AssertionError, match=r"waited 0\.05 s for the answer"):
        await wait_for(lambda: False, timeout=0.05, what="the answer")
    assert loop.time() - started >= 0.05
