"""The house plan holds: features never import each other, the inner rooms never import
the outer ones, every action code is declared once and every drawn button decodes."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from telegram.ext import CallbackQueryHandler

from bot.kit.callback import decode, encode
from bot.kit.codes import Action
from bot.testkit.fakebot import FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import link_account

BOT = Path(__file__).resolve().parents[1] / "bot"
FEATURES = BOT / "features"
# Rooms that know nothing of Telegram: they may not import it or anything that does.
NO_TELEGRAM = (
    "trakt", "store", "marks", "crypto", "config", "accounts", "translations", "party", "notify",
    "watch_time",
)  # fmt: skip
# Rooms every feature may use; none of them may reach back into a feature.
INNER = (
    "kit", "render", "trakt", "store", "marks", "i18n", "services", "accounts", "party", "notify",
    "watch_time",
)  # fmt: skip


def _imports(path: Path) -> set[str]:
    """Every module a file imports (absolute), `from x import y` also as `x.y`."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _feature_of(path: Path) -> str:
    parts = path.relative_to(FEATURES).parts
    return parts[0].removesuffix(".py")


def _room(path: Path) -> str:
    return path.relative_to(BOT).parts[0].removesuffix(".py")


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


FEATURE_FILES = [p for p in _files(FEATURES) if p != FEATURES / "__init__.py"]


def test_features_are_features_only() -> None:
    """A module or package per feature, each registering its handlers."""
    names = {_feature_of(p) for p in FEATURE_FILES}
    assert names >= {"help", "link", "history", "details", "inline", "party", "actions"}
    for name in names:
        entry = FEATURES / f"{name}.py"
        entry = entry if entry.exists() else FEATURES / name / "__init__.py"
        assert "def register(app" in entry.read_text(encoding="utf-8"), f"{name} registers nothing"


@pytest.mark.parametrize("path", FEATURE_FILES, ids=lambda p: str(p.relative_to(BOT)))
def test_a_feature_never_imports_another(path: Path) -> None:
    mine = _feature_of(path)
    for module in _imports(path):
        parts = module.split(".")
        if parts[:2] == ["bot", "features"] and len(parts) > 2:
            assert parts[2] == mine, f"{path.relative_to(BOT)} imports {module}"


@pytest.mark.parametrize(
    "path",
    [p for p in _files(BOT) if _room(p) in INNER],
    ids=lambda p: str(p.relative_to(BOT)),
)
def test_inner_rooms_never_import_features_or_the_app(path: Path) -> None:
    for module in _imports(path):
        assert not module.startswith(("bot.features", "bot.app")), (
            f"{path.relative_to(BOT)} imports {module}"
        )


@pytest.mark.parametrize(
    "path",
    [p for p in _files(BOT) if _room(p) in NO_TELEGRAM],
    ids=lambda p: str(p.relative_to(BOT)),
)
def test_services_and_clients_know_nothing_of_telegram(path: Path) -> None:
    for module in _imports(path):
        assert not module.startswith(("telegram", "bot.kit", "bot.render")), (
            f"{path.relative_to(BOT)} imports {module}"
        )


def test_the_rule_check_catches_a_cross_import(tmp_path: Path) -> None:
    """The checks above read real imports (a check that cannot fail would prove nothing)."""
    sample = tmp_path / "x.py"
    sample.write_text("from bot.features import details\nimport bot.features.help as h\n")
    assert {"bot.features.details", "bot.features.help"} <= _imports(sample)


def test_action_codes_are_unique_and_valid() -> None:
    codes = [action.value for action in Action]
    assert len(codes) == len(set(codes))
    for code in codes:
        assert re.fullmatch(r"[a-z][a-z0-9]{0,7}", code), code
        assert decode(encode(code, owner=None)).action == code


def test_every_action_has_a_handler(bot: Harness) -> None:
    patterns = [
        handler.pattern
        for group in bot.app.handlers.values()
        for handler in group
        if isinstance(handler, CallbackQueryHandler) and isinstance(handler.pattern, re.Pattern)
    ]
    for action in Action:
        data = encode(action, "x", owner=None)
        assert any(p.match(data) for p in patterns), f"nothing handles {action!r}"


def _drawn(tg: FakeTelegram) -> list[str]:
    """The callback data of every button on every message the bot sent."""
    data = []
    for chat_id in list(tg.chats):
        for message in tg.bot_messages(chat_id):
            for row in message.inline_keyboard:
                data.extend(b["callback_data"] for b in row if "callback_data" in b)
    return data


async def test_every_button_the_bot_draws_decodes(bot: Harness, tg: FakeTelegram) -> None:
    ann = bot.chat()
    await link_account(bot, ann.user.id)
    tour = ["/start", "/help", "/trending", "/popular", "/recommend", "/recommend movies"]
    tour += ["/watchlist", "/history", "/lists", "/language", "/search dark", "/unlink", "/me"]
    for command in tour:
        await ann.say(command)
    await ann.say("/search breaking bad")
    await ann.press("1")  # a details card
    await ann.press("Rated")  # the rating row (Breaking Bad is rated 10 at Trakt)
    await ann.press("👥")  # the title's people
    await ann.press("1")  # a person's card
    guest = bot.chat(2002, "Guest")
    await guest.say("/link")
    group = tg.group_chat()
    member = bot.chat(ann.user.id, "Ann", chat=group)
    await member.say("/party")
    drawn = _drawn(tg)
    assert len(drawn) > 60
    codes = {action.value for action in Action}
    seen = {decode(data).action for data in drawn}
    assert seen <= codes
    assert len(seen) >= 15, seen
