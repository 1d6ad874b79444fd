"""The Dockerfile, .dockerignore and the README's deployment notes agree with the code: the
image is built from what a wheel is built from, runs `python -m bot` unprivileged with the
database on its volume, and every setting is documented. (No Docker here: these read the
files; `docker build` is the operator's.)"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

from bot.config import DEFAULTS, HEALTH_PATH
from tests.test_packaging import SOURCES

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _stages() -> list[list[tuple[str, str]]]:
    """The Dockerfile's stages, each a list of (INSTRUCTION, arguments); comments dropped,
    continued lines joined."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    joined = re.sub(r"\\\n\s*", " ", "\n".join(lines))
    stages: list[list[tuple[str, str]]] = []
    for line in filter(None, (line.strip() for line in joined.splitlines())):
        instruction, _, arguments = line.partition(" ")
        if instruction.upper() == "FROM":
            stages.append([])
        if stages:
            stages[-1].append((instruction.upper(), arguments.strip()))
    return stages


def _all(stage: list[tuple[str, str]], instruction: str) -> list[str]:
    return [arguments for name, arguments in stage if name == instruction]


def test_two_slim_stages_and_the_image_is_built_from_the_wheel_sources() -> None:
    build, run = _stages()
    assert all("-slim" in stage[0][1] for stage in (build, run))
    copied = {
        source.rstrip("/")
        for arguments in _all(build, "COPY")
        for source in shlex.split(arguments)[:-1]
    }
    assert copied == set(SOURCES)
    assert [shlex.split(a)[0] for a in _all(run, "COPY")] == ["--from=build"]
    installs = [r for r in _all(build, "RUN") if " install " in r]
    assert installs and all("--no-cache-dir" in r for r in installs)


def test_the_image_runs_the_bot_unprivileged_with_the_database_on_its_volume() -> None:
    _, run = _stages()
    assert json.loads(_all(run, "CMD")[-1]) == ["python", "-m", "bot"]
    user = _all(run, "USER")[-1]
    assert user not in ("root", "0") and not user.startswith("0:")
    (volume,) = json.loads(_all(run, "VOLUME")[-1])
    env = " ".join(_all(run, "ENV"))
    database = re.search(r"BOT_DATABASE=(\S+)", env)
    assert database and Path(database.group(1)).parent == Path(volume)
    assert f"PORT={DEFAULTS['PORT']}" in env and _all(run, "EXPOSE") == [DEFAULTS["PORT"]]


def test_the_build_context_is_an_allowlist_of_the_wheel_sources() -> None:
    lines = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert lines[0] == "*", "everything else (.env, databases, .venv) stays out"
    allowed = {line[1:].rstrip("/") for line in lines if line.startswith("!")}
    assert allowed == set(SOURCES)


def test_every_setting_is_in_the_readme_table_and_env_example() -> None:
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    for name in DEFAULTS:
        assert f"| `{name}` |" in README, name
        assert re.search(rf"^{name}=", example, re.MULTILINE), name


def test_the_compose_example_checks_health_where_the_bot_answers_it() -> None:
    compose = README.split("```yaml", 1)[1].split("```", 1)[0]
    assert "restart: unless-stopped" in compose and "env_file: .env" in compose
    assert "- bot-data:/data" in compose and "BOT_DATABASE: /data/bot.sqlite3" in compose
    port = re.search(r'PORT: "(\d+)"', compose)
    assert port and f"http://127.0.0.1:{port.group(1)}{HEALTH_PATH}" in compose
