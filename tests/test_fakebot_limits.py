"""The fake Bot API can enforce Telegram's send limits (about 30/s per bot, 1/s per chat)."""

from __future__ import annotations

from bot.testkit.fakebot import FakeTelegram
from bot.testkit.fakebot.limits import SendLimits


def _send(tg: FakeTelegram, chat_id: int) -> int:
    status, _ = tg.handle(tg.token or "", "sendMessage", {"chat_id": chat_id, "text": "hi"}, {})
    return status


def test_limits_are_off_by_default() -> None:
    tg = FakeTelegram()
    user = tg.user(1, "Ann")
    tg.private_chat(user)
    assert all(_send(tg, 1) == 200 for _ in range(50))


def test_one_message_a_second_per_chat_and_thirty_per_bot() -> None:
    tg = FakeTelegram()
    for n in range(1, 41):
        tg.private_chat(tg.user(n, f"U{n}"))
    tg.send_limits = limits = SendLimits()
    assert _send(tg, 1) == 200
    status, body = tg.handle(tg.token or "", "sendMessage", {"chat_id": 1, "text": "again"}, {})
    assert status == 429 and body["parameters"]["retry_after"] == 1
    statuses = [_send(tg, n) for n in range(2, 41)]
    assert statuses.count(200) == 29  # 30 in the second, the first included
    assert limits.refused == 1 + 10
    # Edits and answers are not sends.
    assert tg.handle(tg.token or "", "getMe", {}, {})[0] == 200
