"""Guards: a press on an old copy of an episode ✅ (/next, ✅ Next on a show card) after a
restart (the bot's in-memory marks are gone) must not add a second play."""

from __future__ import annotations

from bot.demo import DemoTrakt
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import episode_id

BREAKING_BAD = 1388


def _plays(demo: DemoTrakt, episode_id: int) -> int:
    user = demo.users["demo"]
    return sum(1 for h in user.history if h.kind == "episode" and h.trakt == episode_id)


def _data(chat: ChatDriver, label: str, message=None) -> str:
    data = next(b.data for row in chat.buttons(message) for b in row if b.label == label)
    assert data is not None
    return data


async def test_next_tick_on_old_message_after_restart(bot: Harness, ann: ChatDriver) -> None:
    demo = bot.demo
    assert demo is not None
    target = episode_id(demo, BREAKING_BAD, 2, 1)
    await ann.say("/next")
    old = ann.last_reply
    data = _data(ann, "✅ 3")
    await ann.press_data(data, old.message_id)
    assert _plays(demo, target) == 1
    await bot.restart()
    await ann.press_data(data, old.message_id)  # the same old button, after a restart
    assert _plays(demo, target) == 1, "a second play of S02E01 was written"


async def test_show_card_next_on_old_copy_after_restart(bot: Harness, ann: ChatDriver) -> None:
    demo = bot.demo
    assert demo is not None
    target = episode_id(demo, BREAKING_BAD, 2, 1)
    await ann.say("/search breaking bad")
    await ann.press("1")
    labels = [b.label for row in ann.buttons() for b in row]
    label = next(lab for lab in labels if "S02E01" in lab)
    old = ann.last_reply
    data = _data(ann, label)
    await ann.say("/search breaking bad")
    await ann.press("1")
    await ann.press(label)  # ✅ next on the fresh card
    assert _plays(demo, target) == 1
    await bot.restart()
    await ann.press_data(data, old.message_id)  # the old copy still says ✅ S02E01
    assert _plays(demo, target) == 1, f"second play; alert={ann.last_alert!r}"
