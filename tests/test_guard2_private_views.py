"""Guards: the private view opened from a group — its buttons, with and without a restart."""

from __future__ import annotations

from bot.testkit.fakebot import FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import labels, link_account


def _plays(bot: Harness) -> int:
    assert bot.demo is not None
    return len(bot.demo.users["demo"].history)


async def test_next_from_a_group_then_tick_in_private(bot: Harness, tg: FakeTelegram) -> None:
    private = bot.chat()
    ann = bot.chat(chat=tg.group_chat())
    await link_account(bot, ann.user.id)
    await ann.say("/next")
    assert "private" in ann.text()
    message = private.last_reply.message_id
    await private.press("✅ 3")
    assert private.last_alert == "Marked as watched"
    assert private.last_reply.message_id == message
    assert "↩ Undo" in labels(private)
    await private.press("↩ Undo")
    assert private.last_alert == "Undone"
    assert "↩ Undo" not in labels(private)


async def test_history_from_a_group_remove_after_restart(bot: Harness, tg: FakeTelegram) -> None:
    private = bot.chat()
    ann = bot.chat(chat=tg.group_chat())
    await link_account(bot, ann.user.id)
    n = _plays(bot)
    await ann.say("/history")
    await bot.restart()
    await private.press("🗑 Remove a play")
    await private.press("🗑 1")
    await private.press("🗑 Remove")
    assert private.last_alert == "Play removed"
    assert _plays(bot) == n - 1
    await private.press("↩ Undo")
    assert private.last_alert == "Undone"
    assert _plays(bot) == n


async def test_two_people_next_at_once(bot: Harness, tg: FakeTelegram) -> None:
    import asyncio

    group = tg.group_chat()
    p_ann = bot.chat()
    p_bob = bot.chat(user_id=2002, first_name="Bob")
    ann = bot.chat(chat=group)
    bob = bot.chat(user_id=2002, first_name="Bob", chat=group)
    await link_account(bot, ann.user.id)
    await link_account(bot, bob.user.id)
    await asyncio.gather(ann.say("/next"), bob.say("/next"))
    texts = [m.text for m in tg.bot_messages(group.id)]
    print(texts)
    assert len(texts) == 2 and all("private" in t for t in texts)
    assert p_ann.last_reply and p_bob.last_reply
    await p_bob.press("✅ 3")
    assert p_bob.last_alert == "Marked as watched"
