"""An episode card in the reader's language when Trakt has the episode's translation."""

from __future__ import annotations

from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness


async def test_a_translated_episode(bot: Harness, boris: ChatDriver) -> None:
    await boris.say("/next")
    await boris.press("🎞 1")  # Severance S01E05
    text = boris.text()
    assert "S01E05 · Мрачное варварство оптики и дизайна" in text
    assert "Марк узнаёт о своём прошлом" in text


async def test_english_keeps_trakts_episode(bot: Harness, ann: ChatDriver) -> None:
    assert bot.demo is not None
    await ann.say("/next")
    await ann.press("🎞 1")
    assert "S01E05 · The Grim Barbarity of Optics and Design" in ann.text()
    asked = [r.path for r in bot.demo.requests if "/episodes/5/translations" in r.path]
    assert asked == []  # English never asks
