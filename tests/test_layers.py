"""The test kit is not the runtime: `python -m bot` (run), `check`, `genkey` and `rotate-keys`
never load `bot.testkit` nor the demo Trakt (`bot.demo`); only the console does, lazily.

The required check runs each command in a subprocess, through the CLI's own `main`, and
reads `sys.modules` once the command is done (for run mode: after answering a message and a
clean stop). A scan of the imports in the source backs it up and names the culprit.
"""

from __future__ import annotations

import ast
import asyncio
import json
import os
import signal
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.crypto import generate_key
from bot.demo import DemoTrakt, DemoTraktServer
from bot.testkit.fakebot import FakeBotAPIServer, FakeTelegram
from tests.helpers import wait_for

ROOT = Path(__file__).resolve().parents[1]
BOT = ROOT / "bot"
KIT = ("bot.testkit", "bot.demo")
TOKEN = "4242:layers-test-token-aaaaaaaaaaaaaaaaaaaaa"
# Runs the CLI exactly as `python -m bot <args>` does, then names the kit modules loaded.
PROBE = f"""
import json, sys
from bot.__main__ import main
code = main(sys.argv[1:])
kit = {KIT!r}
loaded = sorted(m for m in sys.modules if any(m == k or m.startswith(k + ".") for k in kit))
print("\\nLOADED " + json.dumps(loaded))  # on a line of its own
sys.exit(code)
"""


async def _probe(
    args: list[str], env: dict[str, str], cwd: Path, stdin: bytes | None = None
) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        PROBE,
        *args,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **env},
        cwd=cwd,
        stdin=asyncio.subprocess.PIPE if stdin is not None else asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def _loaded(proc: asyncio.subprocess.Process, stdin: bytes | None = None) -> list[str]:
    """Wait for the probe to end cleanly; the kit modules it had loaded."""
    out, err = await asyncio.wait_for(proc.communicate(stdin), timeout=60)
    assert proc.returncode == 0, err.decode()
    lines = [line for line in out.decode().splitlines() if line.startswith("LOADED ")]
    assert lines, f"the probe did not report: {out.decode()}{err.decode()}"
    return list(json.loads(lines[-1].removeprefix("LOADED ")))


async def test_genkey_loads_no_test_kit(tmp_path: Path) -> None:
    assert await _loaded(await _probe(["genkey"], {}, tmp_path)) == []


async def test_rotate_keys_loads_no_test_kit(tmp_path: Path) -> None:
    env = {"BOT_DATABASE": str(tmp_path / "bot.sqlite3"), "BOT_ENCRYPTION_KEY": generate_key()}
    assert await _loaded(await _probe(["rotate-keys"], env, tmp_path)) == []


@pytest.fixture
async def servers() -> AsyncIterator[tuple[FakeTelegram, str, str]]:
    """The fake Bot API and the demo Trakt on 127.0.0.1, for a bot in another process."""
    telegram = FakeTelegram()
    async with FakeBotAPIServer(telegram) as botapi, DemoTraktServer(DemoTrakt()) as trakt:
        yield telegram, botapi.url, trakt.url


def _bot_env(botapi: str, trakt: str, tmp_path: Path) -> dict[str, str]:
    """Settings for a bot on the fake Bot API and the demo Trakt."""
    return {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TRAKT_CLIENT_ID": "demo-client-id",
        "TRAKT_CLIENT_SECRET": "demo-client-secret",
        "BOT_ENCRYPTION_KEY": generate_key(),
        "BOT_DATABASE": str(tmp_path / "bot.sqlite3"),
        "TELEGRAM_API_URL": botapi,
        "TRAKT_API_URL": trakt,
        "TRAKT_AUTH_URL": trakt,
    }


async def test_run_mode_loads_no_test_kit(
    servers: tuple[FakeTelegram, str, str], tmp_path: Path
) -> None:
    telegram, botapi, trakt = servers
    proc = await _probe(["run"], _bot_env(botapi, trakt, tmp_path), tmp_path)
    try:
        user = telegram.user(1001, "Ann")
        chat = telegram.private_chat(user)
        telegram.enqueue(telegram.message_update(user, chat, "/trending"))
        await wait_for(
            lambda: "Trending" in "".join(m.content for m in telegram.bot_messages(chat.id)),
            timeout=30,
            what="the bot to answer /trending",
        )
        assert telegram.commands, "post_init published the command menus"
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGINT)  # run_polling stops cleanly; main returns
    assert await _loaded(proc) == []


async def test_check_loads_no_test_kit(
    servers: tuple[FakeTelegram, str, str], tmp_path: Path
) -> None:
    _, botapi, trakt = servers
    env = _bot_env(botapi, trakt, tmp_path)
    assert await _loaded(await _probe(["check"], env, tmp_path)) == []


async def test_the_console_does_load_the_kit_so_the_probe_can_tell(tmp_path: Path) -> None:
    proc = await _probe(["console", "--demo"], {}, tmp_path, stdin=b"")
    loaded = await _loaded(proc, b"/quit\n")
    assert "bot.testkit.harness" in loaded and "bot.demo" in loaded


def _runtime_modules() -> Iterator[tuple[str, Path]]:
    """Every module of the bot but the kit itself and the console (which imports it)."""
    for path in sorted(BOT.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if name.startswith(KIT) or name == "bot.console":
            continue
        yield name, path


def _imports(name: str, path: Path) -> Iterator[str]:
    """Every module `path` imports, at the top or inside a function."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(p for p in (base, node.module or "") if p)
            yield module
            yield from (f"{module}.{alias.name}" for alias in node.names)


def test_no_runtime_module_imports_the_kit() -> None:
    modules = dict(_runtime_modules())
    assert "bot.app" in modules and "bot.__main__" in modules
    offenders = sorted(
        f"{name} imports {imported}"
        for name, path in modules.items()
        for imported in _imports(name, path)
        if imported.startswith(tuple(f"{k}." for k in KIT)) or imported in KIT
    )
    assert not offenders, offenders
