"""Settings: the runtime contract's variables, defaults and one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot.config import ConfigError, Mode, load_settings

KEY = Fernet.generate_key().decode()
FULL = {
    "TELEGRAM_BOT_TOKEN": "123:abc",
    "TRAKT_CLIENT_ID": "cid",
    "TRAKT_CLIENT_SECRET": "secret",
    "BOT_ENCRYPTION_KEY": KEY,
}


def test_defaults_follow_the_contract() -> None:
    s = load_settings(Mode.RUN, FULL, env_file=None)
    assert s.database == Path("data/bot.sqlite3")
    assert s.telegram_api_url == "https://api.telegram.org"
    assert s.trakt_api_url == "https://api.trakt.tv"
    assert s.trakt_auth_url == "https://auth.trakt.tv"
    assert s.trakt_web_url == "https://trakt.tv"
    assert s.allowed.everyone
    assert s.webhook_url == "" and s.port == 8080 and s.log_level == "INFO"


@pytest.mark.parametrize("missing", sorted(FULL))
def test_each_required_variable_is_named_when_missing(missing: str) -> None:
    env = {k: v for k, v in FULL.items() if k != missing}
    with pytest.raises(ConfigError, match=missing):
        load_settings(Mode.RUN, env, env_file=None)


def test_demo_needs_nothing() -> None:
    s = load_settings(Mode.DEMO, {}, env_file=None)
    assert s.trakt_client_id and s.telegram_token and s.encryption_keys == ()


def test_console_needs_trakt_but_no_telegram_token() -> None:
    env = {k: v for k, v in FULL.items() if k != "TELEGRAM_BOT_TOKEN"}
    assert load_settings(Mode.CONSOLE, env, env_file=None).trakt_client_id == "cid"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("BOT_ENCRYPTION_KEY", "not-a-key"),
        # a random key must not name the case: pytest-xdist's workers would disagree
        pytest.param("BOT_ENCRYPTION_KEY", f"{KEY},broken", id="BOT_ENCRYPTION_KEY-key,broken"),
        ("TRAKT_API_URL", "api.trakt.tv"),
        ("TELEGRAM_API_URL", "ftp://x"),
        ("PORT", "eighty"),
        ("PORT", "70000"),
        ("LOG_LEVEL", "LOUD"),
        ("WEBHOOK_URL", "http://insecure.example"),
        ("BOT_ALLOWED_USERS", "12, bob"),
    ],
)
def test_malformed_values_are_named(name: str, value: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(Mode.RUN, {**FULL, name: value}, env_file=None)
    message = str(info.value)
    assert name in message and "\n" not in message
    if name == "BOT_ENCRYPTION_KEY":
        assert "broken" not in message and KEY not in message


def test_allow_list_ids_and_usernames() -> None:
    s = load_settings(Mode.RUN, {**FULL, "BOT_ALLOWED_USERS": "42, @Alice ,-100"}, env_file=None)
    assert s.allowed.allows(42, None)
    assert s.allowed.allows(7, "alice")
    assert not s.allowed.allows(7, "bob")
    assert not s.allowed.allows(7, None)


def test_dotenv_is_read_and_environment_wins(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        "\n".join(f"{k}={v}" for k, v in FULL.items()) + "\nLOG_LEVEL=debug\nPORT=9000\n"
    )
    s = load_settings(Mode.RUN, {"PORT": "9100"}, env_file=env_file)
    assert s.trakt_client_id == "cid" and s.log_level == "DEBUG" and s.port == 9100


def test_secrets_stay_out_of_repr() -> None:
    text = repr(load_settings(Mode.RUN, FULL, env_file=None))
    assert "secret" not in text and KEY not in text and "123:abc" not in text


def _run_cli(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(Path(__file__).parents[1]), **env},
        cwd=cwd,
        timeout=60,
    )


def test_cli_missing_setting_is_one_line_without_traceback(tmp_path: Path) -> None:
    result = _run_cli(env={}, cwd=tmp_path)
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "TELEGRAM_BOT_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_bad_key_is_one_line(tmp_path: Path) -> None:
    result = _run_cli(env={**FULL, "BOT_ENCRYPTION_KEY": "nope"}, cwd=tmp_path)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "BOT_ENCRYPTION_KEY" in result.stderr and "genkey" in result.stderr


def test_cli_genkey_prints_a_fernet_key(tmp_path: Path) -> None:
    result = _run_cli("genkey", env={}, cwd=tmp_path)
    assert result.returncode == 0
    Fernet(result.stdout.strip().encode())
