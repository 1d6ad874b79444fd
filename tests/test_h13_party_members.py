"""Issue 13 item 7: in a watch party only members' votes count, only members (or the
starter) pick, and a destructive button checks the owner stored with the message."""

from __future__ import annotations

from bot.testkit.fakebot import FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import link_account
from tests.test_party import party_message, people, shortlist, start, vote

OUTSIDERS = (2101, 2102, 2103)
NOT_YOURS = "Only people in the party can press this. Press “I'm in” first."


async def test_outsiders_votes_never_decide_the_pick(bot: Harness, tg: FakeTelegram) -> None:
    p = await people(bot, tg, "alice", "bob")
    await start(p, "bob")
    await p["alice"].press("Pick now")
    titles = shortlist(p["alice"])
    group = p["alice"].chat
    for number, user_id in enumerate(OUTSIDERS):
        outsider = bot.chat(user_id, f"Outsider{number}", chat=group)
        await vote(bot, tg, outsider, 1)
    assert "Tonight" not in p["alice"].text()  # outsiders voting closes nothing
    await vote(bot, tg, p["alice"], 2)
    await vote(bot, tg, p["bob"], 2)  # both members voted: the poll closes
    assert "Tonight: " + titles[2] in p["alice"].text()
    assert "2 votes" in p["alice"].text()


async def test_outsiders_votes_are_not_counted_at_done(bot: Harness, tg: FakeTelegram) -> None:
    p = await people(bot, tg, "alice", "bob", "carol")
    await start(p, "bob", "carol")
    await p["alice"].press("Pick now")
    titles = shortlist(p["alice"])
    for number, user_id in enumerate(OUTSIDERS):
        await vote(bot, tg, bot.chat(user_id, f"Outsider{number}", chat=p["alice"].chat), 0)
    await vote(bot, tg, p["bob"], 3)
    await p["alice"].press("Done")
    assert "Tonight: " + titles[3] in p["alice"].text()
    assert "1 vote" in p["alice"].text()


async def test_a_non_member_cannot_pick(bot: Harness, tg: FakeTelegram) -> None:
    p = await people(bot, tg, "alice", "bob", "carol")
    await start(p, "bob")
    polls = len(tg.calls_to("sendPoll"))
    await p["carol"].press("Pick now", message=party_message(p["carol"]))
    assert p["carol"].last_alert == NOT_YOURS
    assert len(tg.calls_to("sendPoll")) == polls
    assert "Ready!" in p["carol"].text(party_message(p["carol"]))


async def test_the_starter_who_left_can_still_pick(bot: Harness, tg: FakeTelegram) -> None:
    p = await people(bot, tg, "alice", "bob", "carol")
    await start(p, "bob", "carol")
    await p["alice"].press("Leave", message=party_message(p["alice"]))
    await p["alice"].press("Pick now", message=party_message(p["alice"]))
    assert p["alice"].last_alert != NOT_YOURS
    await p["alice"].wait_for(lambda m: m.poll is not None)


async def test_close_checks_the_owner_stored_with_the_card(bot: Harness, tg: FakeTelegram) -> None:
    group = tg.group_chat()
    ann = bot.chat(2201, "Ann", chat=group)
    eve = bot.chat(2202, "Eve", chat=group)
    await link_account(bot, 2201, "demo")
    await ann.say("/trending")
    await ann.press("1")  # a details card, Ann's
    card = ann.last_reply
    assert any(b.data == "1|close|1p5" for row in ann.buttons() for b in row)  # 2201
    await eve.press_data("1|close|1p6", card.message_id)  # her own id (2202) in the data
    assert eve.last_alert == (
        "This button belongs to whoever asked. Send the command yourself to get your own."
    )
    assert tg.find(card.chat_id, card.message_id) is not None
