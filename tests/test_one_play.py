"""One intent, one effect for plays: double taps, two presses at once, older copies of a
card, titles Trakt already has; a rewatch and a whole show only behind a confirmation."""

from __future__ import annotations

import pytest

from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import base36, demo_user, held_writes, labels, link_account

INTERSTELLAR, INCEPTION, FLEABAG = 102156, 16662, 104966


def _plays(bot: Harness, kind: str, trakt_id: int) -> int:
    assert bot.demo is not None
    catalogue = bot.demo.catalogue
    if kind == "movie":
        return sum(1 for h in demo_user(bot).history if h.kind == "movie" and h.trakt == trakt_id)
    return sum(
        1
        for h in demo_user(bot).history
        if h.kind == "episode" and catalogue.episodes[h.trakt][0] == trakt_id
    )


async def _card(chat: ChatDriver, query: str) -> None:
    await chat.say(f"/search {query}")
    await chat.press("1")


async def test_two_presses_at_once_add_one_play(bot: Harness, ann: ChatDriver) -> None:
    await _card(ann, "interstellar")
    card = ann.last_reply
    data = next(b.data for row in ann.buttons() for b in row if b.label == "👁 Mark watched")
    assert data is not None
    before = _plays(bot, "movie", INTERSTELLAR)
    await held_writes(
        bot,
        ann.press_data(data, card.message_id),
        ann.press_data(data, card.message_id),
    )
    assert _plays(bot, "movie", INTERSTELLAR) == before + 1
    assert "✅ Watched" in labels(ann)


async def test_the_race_is_real_without_the_guard(
    bot: Harness, ann: ChatDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the per-title lock and the check taken away, the same two presses add two plays:
    the test above could fail."""
    from bot.kit import marking
    from bot.marks import Marks

    class _NoLock:
        async def __aenter__(self) -> None:
            return None

        async def __aexit__(self, *_: object) -> None:
            return None

    monkeypatch.setattr(Marks, "lock", lambda self, user_id, ref: _NoLock())
    monkeypatch.setattr(Marks, "flags", lambda self, user_id, ref, snapshot=None: frozenset())
    assert marking.REPEAT > 0
    await _card(ann, "interstellar")
    card = ann.last_reply
    data = next(b.data for row in ann.buttons() for b in row if b.label == "👁 Mark watched")
    assert data is not None
    before = _plays(bot, "movie", INTERSTELLAR)
    await held_writes(
        bot,
        ann.press_data(data, card.message_id),
        ann.press_data(data, card.message_id),
    )
    assert _plays(bot, "movie", INTERSTELLAR) == before + 2


async def test_an_older_copy_of_the_card_adds_nothing(bot: Harness, ann: ChatDriver) -> None:
    await _card(ann, "interstellar")
    old = ann.last_reply
    await _card(ann, "interstellar")
    before = _plays(bot, "movie", INTERSTELLAR)
    await ann.press("👁 Mark watched")
    await ann.press("👁 Mark watched", message=old)
    assert ann.last_alert == "Already marked as watched"
    assert _plays(bot, "movie", INTERSTELLAR) == before + 1
    assert "✅ Watched" in labels(ann)


async def test_a_title_trakt_has_is_not_played_again(bot: Harness, ann: ChatDriver) -> None:
    """Inception is in the demo user's history: an unticked button (an old message, a
    forged press) adds nothing."""
    await _card(ann, "inception")
    assert "✅ Watched" in labels(ann)
    before = _plays(bot, "movie", INCEPTION)
    data = f"1|act|{base36(ann.user.id)}|seen|m|{INCEPTION}"
    await ann.press_data(data, ann.last_reply.message_id)
    assert ann.last_alert == "Already marked as watched"
    assert _plays(bot, "movie", INCEPTION) == before


async def test_a_rewatch_takes_one_confirmation_and_counts_once(
    bot: Harness, ann: ChatDriver
) -> None:
    await _card(ann, "inception")
    before = _plays(bot, "movie", INCEPTION)
    await ann.press("✅ Watched")
    assert ann.last_alert == "You have watched it. Add another play?"
    assert "🔁 Watch again" in labels(ann) and "✖ Cancel" in labels(ann)
    assert _plays(bot, "movie", INCEPTION) == before
    again = next(b.data for row in ann.buttons() for b in row if b.label == "🔁 Watch again")
    assert again is not None
    message = ann.last_reply.message_id
    await ann.press_data(again, message)
    assert ann.last_alert == "Added another play"
    await ann.press_data(again, message)  # a double tap on the old row
    assert ann.last_alert == "A play was added a moment ago"
    assert _plays(bot, "movie", INCEPTION) == before + 1
    assert "🔁 Watch again" not in labels(ann)


async def test_the_rewatch_row_closes(ann: ChatDriver) -> None:
    await _card(ann, "inception")
    plain = labels(ann)
    await ann.press("✅ Watched")
    await ann.press("✖ Cancel")
    assert labels(ann) == plain


async def test_a_whole_show_asks_first_with_the_count(bot: Harness, ann: ChatDriver) -> None:
    await _card(ann, "fleabag")
    before = _plays(bot, "show", FLEABAG)
    await ann.press("👁 Mark watched")
    assert ann.last_alert == "Mark all 12 aired episodes of Fleabag as watched?"
    assert _plays(bot, "show", FLEABAG) == before
    assert "✅ All 12 episodes" in labels(ann)
    data = next(b.data for row in ann.buttons() for b in row if b.label == "✅ All 12 episodes")
    assert data is not None
    message = ann.last_reply.message_id
    await held_writes(bot, ann.press_data(data, message), ann.press_data(data, message))
    assert _plays(bot, "show", FLEABAG) == before + 12
    assert "✅ All 12 episodes" not in labels(ann)


async def test_the_whole_show_question_in_russian(bot: Harness, ru_chat: ChatDriver) -> None:
    await link_account(bot, ru_chat.user.id)
    await _card(ru_chat, "fleabag")
    await ru_chat.press("👁 Отметить просмотренным")
    assert ru_chat.last_alert is not None
    assert ru_chat.last_alert.startswith("Отметить все 12 вышедших серий")
    assert "✅ Все 12 серий" in labels(ru_chat)
