"""A second /party while one runs points to it instead of silently replacing it; its
starter or a group admin may replace it on purpose; /party is not in private menus."""

from __future__ import annotations

import pytest

from bot.features import party as party_feature
from bot.store.parties import ENDED, OPEN
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.test_party import IDS, party_message, people


def _parties(bot: Harness, chat: ChatDriver) -> list[tuple[str, str, int]]:
    """(state, starter, members) of every party the chat had, oldest first."""
    store = bot.services.store
    found = []
    for party_id in range(1, 20):
        try:
            party = store.get_party(party_id)
        except Exception:
            break
        if party.chat_id == chat.chat.id:
            found.append((party.state, party.starter_name, len(party.members)))
    return found


async def test_a_second_party_points_to_the_running_one(bot: Harness, tg: FakeTelegram) -> None:
    p = await people(bot, tg, "alice", "bob", "carol")
    await p["alice"].say("/party")
    first = party_message(p["alice"])
    await p["bob"].press("I'm in", message=first)
    await p["carol"].say("/party movies")
    pointer = p["carol"].last_reply
    assert p["carol"].text(pointer) == (
        "🍿 A watch party is already on here, started by Alice — join it above."
        " Alice or a group admin can start a new one instead."
    )
    assert pointer.reply_to == first.message_id  # a reply: one tap jumps to it
    assert [b.label for row in p["carol"].buttons(pointer) for b in row] == ["🔄 Start a new party"]
    assert _parties(bot, p["alice"]) == [(OPEN, "Alice", 2)]  # everyone's joins kept
    assert "2 people are in" in p["alice"].text(tg.find(first.chat_id, first.message_id))


async def test_someone_else_may_not_replace_it(bot: Harness, tg: FakeTelegram) -> None:
    p = await people(bot, tg, "alice", "bob")
    await p["alice"].say("/party")
    await p["bob"].say("/party")
    await p["bob"].press("Start a new party")
    assert p["bob"].last_answer is not None and p["bob"].last_answer.show_alert
    assert p["bob"].last_alert == (
        "Only Alice (who started the party) or a group admin can replace it."
    )
    assert _parties(bot, p["alice"]) == [(OPEN, "Alice", 1)]


async def test_the_starter_replaces_it_on_purpose(bot: Harness, tg: FakeTelegram) -> None:
    p = await people(bot, tg, "alice", "bob")
    await p["alice"].say("/party")
    first = party_message(p["alice"])
    await p["bob"].say("/party movies")
    pointer = p["bob"].last_reply
    data = p["bob"].buttons(pointer)[0][0].data
    assert data is not None
    await p["alice"].press("Start a new party", message=pointer)
    assert p["alice"].last_alert == "New party started 🍿"
    assert "replaced by a newer one" in p["alice"].text(tg.find(first.chat_id, first.message_id))
    assert not tg.find(pointer.chat_id, pointer.message_id).inline_keyboard  # type: ignore[union-attr]
    assert "Watch party · movies" in p["alice"].text(party_message(p["alice"]))
    assert _parties(bot, p["alice"]) == [(ENDED, "Alice", 1), (OPEN, "Alice", 1)]
    await p["alice"].press_data(data, pointer.message_id)  # pressed again: no third party
    assert p["alice"].last_alert == "Another party started meanwhile: join that one."
    assert len(_parties(bot, p["alice"])) == 2


async def test_an_admin_replaces_it(bot: Harness, tg: FakeTelegram) -> None:
    p = await people(bot, tg, "alice", "dave")
    tg.add_member(p["dave"].chat, p["dave"].user, "administrator")
    await p["alice"].say("/party")
    await p["dave"].say("/party shows")
    await p["dave"].press("Start a new party")
    assert _parties(bot, p["alice"]) == [(ENDED, "Alice", 1), (OPEN, "Dave", 1)]
    assert "Watch party · shows" in p["dave"].text(party_message(p["dave"]))


async def test_a_party_left_for_hours_is_replaced(
    bot: Harness, tg: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = await people(bot, tg, "alice", "bob")
    await p["alice"].say("/party")
    later = party_feature.clock() + party_feature.ABANDONED + 60
    monkeypatch.setattr(party_feature, "clock", lambda: later)
    monkeypatch.setattr(bot.services.store, "_now", lambda: int(later))
    await p["bob"].say("/party")
    assert _parties(bot, p["alice"]) == [(ENDED, "Alice", 1), (OPEN, "Bob", 1)]


async def test_the_pointer_in_russian(bot: Harness, tg: FakeTelegram) -> None:
    group = tg.group_chat()
    alice = bot.chat(IDS["alice"], "Alice", chat=group, language_code="ru")
    boris = bot.chat(IDS["bob"], "Boris", chat=group, language_code="ru")
    await alice.say("/party")
    await boris.say("/party")
    assert boris.text().startswith("🍿 Здесь уже идёт совместный просмотр, организатор — Alice.")
    assert "🔄 Начать новый просмотр" in [b.label for row in boris.buttons() for b in row]


async def test_forged_replace_data_gets_an_alert(bot: Harness, tg: FakeTelegram) -> None:
    p = await people(bot, tg, "alice")
    await p["alice"].say("/party")
    await p["alice"].say("/party")
    pointer = p["alice"].last_reply
    await p["alice"].press_data("1|party|*|1|new|everything", pointer.message_id)
    assert p["alice"].last_alert == "This button is out of date. Send the command again."


def test_party_is_in_group_menus_only(tg: FakeTelegram) -> None:
    for (scope, _language), commands in tg.commands.items():
        names = {c["command"] for c in commands}
        assert ("party" in names) == (scope == "all_group_chats"), scope


async def test_private_help_still_names_party(chat: ChatDriver) -> None:
    await chat.say("/help")
    assert "/party" in chat.text()
    await chat.say("/party")
    assert "Watch parties happen in groups" in chat.text()
