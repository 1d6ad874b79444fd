"""/party end to end in a group chat: joining, picking, the poll, failures, restarts."""

from __future__ import annotations

import asyncio
import time
from collections import Counter

import pytest

from bot.demo import DemoTrakt
from bot.features import party as party_feature
from bot.testkit.fakebot import ChatDriver, FakeTelegram, StoredMessage
from bot.testkit.harness import Harness
from tests.helpers import link_account

IDS = {"alice": 2001, "bob": 2002, "carol": 2003, "dave": 2004}
TOP_FOUR = {"Dune: Part Two", "Past Lives", "Shōgun", "Arrival"}


async def people(
    bot: Harness, tg: FakeTelegram, *names: str, unlinked: str = ""
) -> dict[str, ChatDriver]:
    """People in one group chat; everyone but `unlinked` linked to their demo Trakt user."""
    group = tg.group_chat()
    found = {}
    for name in (*names, *([unlinked] if unlinked else [])):
        found[name] = bot.chat(IDS[name], name.title(), chat=group)
        if name != unlinked:
            await link_account(bot, IDS[name], name)
    return found


def party_message(chat: ChatDriver) -> StoredMessage:
    return next(m for m in reversed(chat.replies) if "Watch party" in chat.text(m))


def poll_message(chat: ChatDriver) -> StoredMessage:
    return next(m for m in reversed(chat.replies) if m.poll)


def shortlist(chat: ChatDriver) -> list[str]:
    message = next(m for m in reversed(chat.replies) if "shortlist" in chat.text(m))
    return [
        line.split(". ", 1)[1].rsplit(" (", 1)[0]
        for line in chat.text(message).splitlines()
        if line[:1].isdigit()
    ]


async def vote(bot: Harness, tg: FakeTelegram, who: ChatDriver, option: int) -> None:
    poll = poll_message(who).poll
    assert poll is not None
    await bot.deliver(tg.poll_answer_update(who.user, poll["id"], [option]))


async def start(p: dict[str, ChatDriver], *joiners: str, args: str = "") -> None:
    """Alice starts (she is in at once), the others press I'm in."""
    await p["alice"].say(f"/party {args}".strip())
    for name in joiners:
        await p[name].press("I'm in", message=party_message(p[name]))


def trakt_calls(demo: DemoTrakt, since: int) -> Counter[str | None]:
    return Counter(r.username for r in demo.requests[since:] if r.path != "/users/settings")


# -- the party message ------------------------------------------------------------------


async def test_in_a_private_chat_it_explains_groups(chat: ChatDriver) -> None:
    await chat.say("/party")
    assert "happen in groups" in chat.text() and not chat.buttons()


async def test_join_and_leave(bot: Harness, tg: FakeTelegram) -> None:
    p = await people(bot, tg, "alice", "bob")
    await p["alice"].say("/party")
    assert "1 person is in: Alice" in p["alice"].text()
    assert "at least two people" in p["alice"].text()
    await p["bob"].press("I'm in")
    assert p["bob"].last_alert == "You're in! 🎉"
    assert "2 people are in: Alice and Bob" in p["bob"].text(party_message(p["bob"]))
    assert "Ready!" in p["bob"].text(party_message(p["bob"]))
    await p["bob"].press("I'm in")
    assert p["bob"].last_alert == "You're already in."
    await p["bob"].press("Leave")
    assert p["bob"].last_alert == "You left the party."
    assert "1 person is in: Alice" in p["bob"].text(party_message(p["bob"]))
    await p["bob"].press("Leave")
    assert p["bob"].last_alert == "You weren't in this party."


async def test_names_are_escaped(bot: Harness, tg: FakeTelegram) -> None:
    group = tg.group_chat()
    eve = bot.chat(2009, "<b>Eve</b> & co", chat=group)
    await link_account(bot, 2009, "carol")
    await eve.say("/party")
    assert "&lt;b&gt;Eve&lt;/b&gt; &amp; co" in eve.last_reply.content
    assert "1 person is in: <b>Eve</b> & co" in eve.text()


async def test_unlinked_member_gets_an_alert_and_a_private_link(
    bot: Harness, tg: FakeTelegram
) -> None:
    p = await people(bot, tg, "alice", unlinked="dave")
    await start(p)
    await p["dave"].press("I'm in")
    assert p["dave"].last_answer is not None and p["dave"].last_answer.show_alert
    assert "Link your Trakt first" in (p["dave"].last_alert or "")
    link = [b for row in p["dave"].buttons(party_message(p["dave"])) for b in row if b.url]
    assert link and link[0].url == "https://t.me/trakt_demo_bot?start=link"
    assert "1 person is in" in p["dave"].text(party_message(p["dave"]))
    await link_account(bot, IDS["dave"], "carol")  # he links privately, then comes back
    await p["dave"].press("I'm in")
    assert "2 people are in: Alice and Dave" in p["dave"].text(party_message(p["dave"]))


async def test_pick_now_before_two_joined(bot: Harness, tg: FakeTelegram) -> None:
    p = await people(bot, tg, "alice", "bob")
    await start(p)
    await p["bob"].press("Pick now")
    assert (
        p["bob"].last_alert
        == "Until two people are in, only Alice (who started the party) can press this."
    )
    await p["alice"].press("Pick now")
    assert "only one is in so far" in (p["alice"].last_alert or "")
    assert not any(m.poll for m in p["alice"].replies)
    await p["alice"].press("Leave")
    await p["alice"].press("Pick now")
    assert "nobody is in yet" in (p["alice"].last_alert or "")


async def test_joins_are_capped_at_ten(bot: Harness, tg: FakeTelegram) -> None:
    group = tg.group_chat()
    crowd = [bot.chat(3000 + n, f"Guest{n}", chat=group) for n in range(11)]
    for guest in crowd:
        await link_account(bot, guest.user.id, "carol")
    await crowd[0].say("/party")
    for guest in crowd[1:]:
        await guest.press("I'm in")
    assert "10 people are in" in crowd[0].text(party_message(crowd[0]))
    assert (
        crowd[-1].last_alert
        == "Sorry, this party is full (10 people). Start another one with /party."
    )


async def test_simultaneous_joins_are_all_kept(bot: Harness, tg: FakeTelegram) -> None:
    p = await people(bot, tg, "alice", "bob", "carol")
    await p["alice"].say("/party")
    message = party_message(p["alice"])
    await asyncio.gather(*(p[n].press("I'm in", message=message) for n in ("bob", "carol")))
    assert "3 people are in: Alice, " in p["alice"].text(party_message(p["alice"]))


async def test_a_new_party_replaces_the_open_one(bot: Harness, tg: FakeTelegram) -> None:
    """On purpose only: a second /party points to the first (tests/test_answers_party.py);
    its starter's button replaces it."""
    p = await people(bot, tg, "alice", "bob")
    await p["alice"].say("/party")
    old = party_message(p["alice"])
    await p["alice"].say("/party movies")
    await p["alice"].press("Start a new party")
    assert "replaced by a newer one" in p["bob"].text(tg.find(old.chat_id, old.message_id))
    assert "Watch party · movies" in p["bob"].text(party_message(p["bob"]))
    await p["bob"].press_data("1|party|*|1|in", old.message_id)
    assert p["bob"].last_alert == "This party has ended. Start a new one with /party."


async def test_forged_and_stale_buttons(bot: Harness, tg: FakeTelegram) -> None:
    p = await people(bot, tg, "alice")
    await p["alice"].say("/party")
    message = party_message(p["alice"])
    await p["alice"].press_data("1|party|*|999|in", message.message_id)
    assert p["alice"].last_alert == "This party has ended. Start a new one with /party."
    await p["alice"].press_data("1|party|*|1|boom", message.message_id)
    assert p["alice"].last_alert == "This button is out of date. Send the command again."


async def test_a_pick_that_died_with_the_process_is_dropped(
    bot: Harness, tg: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = await people(bot, tg, "alice", "bob")
    await start(p, "bob")
    (party,) = bot.services.store.active_parties(party_message(p["alice"]).chat_id)
    bot.services.store.move_party(party.id, ("open",), "picking")  # then the process died
    await p["bob"].press("Leave")
    assert p["bob"].last_alert == "I'm picking right now, one moment."
    monkeypatch.setattr(party_feature, "clock", lambda: time.time() + party_feature.PICK_STALE + 1)
    await p["bob"].press("Pick now")
    assert set(shortlist(p["bob"])[:4]) == TOP_FOUR


async def test_russian_party(bot: Harness, tg: FakeTelegram) -> None:
    group = tg.group_chat()
    boris = bot.chat(2101, "Борис", chat=group, language_code="ru")
    await link_account(bot, 2101, "alice")
    vera = boris.as_user(2102, "Вера", language_code="ru")
    await link_account(bot, 2102, "bob")
    await boris.say("/party")
    assert "Смотрим вместе · фильмы и сериалы" in boris.text()
    await vera.press("Я в деле")
    assert "2 человека участвуют: Борис и Вера" in vera.text(party_message_ru(vera))
    assert vera.last_alert == "Вы участвуете! 🎉"
    await vera.press("Выбрать")
    assert "Что смотрим?" in poll_message(vera).poll["question"]  # type: ignore[index]
    # Titles in the group's language where Trakt has them, Trakt's own beside.
    listed = next(m for m in reversed(vera.replies) if "1. " in vera.text(m))
    assert "Дюна: Часть вторая (2024) · Dune: Part Two" in vera.text(listed)
    assert "Прибытие (2016) · Arrival" in vera.text(listed)
    options = [o["text"] for o in poll_message(vera).poll["options"]]  # type: ignore[index]
    assert any(o.endswith("Дюна: Часть вторая (2024)") for o in options)
    winner = options[0].split(". ", 1)[1].rsplit(" (", 1)[0]
    await boris.press("Готово")
    assert f"{winner}" in boris.text(party_message_ru(boris))


def party_message_ru(chat: ChatDriver) -> StoredMessage:
    return next(m for m in reversed(chat.replies) if "Смотрим вместе" in chat.text(m))


# -- picking ----------------------------------------------------------------------------


async def test_two_members_pick_what_both_want_and_nobody_watched(
    bot: Harness, tg: FakeTelegram, demo: DemoTrakt
) -> None:
    p = await people(bot, tg, "alice", "bob")
    await start(p, "bob")
    before = len(demo.requests)
    await p["bob"].press("Pick now")
    assert p["bob"].last_alert == "Picking… 🎲"
    titles = shortlist(p["alice"])
    assert set(titles[:4]) == TOP_FOUR and len(titles) == 5
    options = [o["text"] for o in poll_message(p["alice"]).poll["options"]]  # type: ignore[index]
    assert [o.split(". ", 1)[1].rsplit(" (", 1)[0] for o in options] == titles
    assert poll_message(p["alice"]).poll["is_anonymous"] is False  # type: ignore[index]
    assert "Vote in the poll below" in p["alice"].text(party_message(p["alice"]))
    # Both watched or one watched: never suggested; and nobody's history is shown.
    group_text = "\n".join(p["alice"].text(m) for m in p["alice"].replies)
    for seen in ("Inception", "Oppenheimer", "Interstellar", "Severance", "Breaking Bad"):
        assert seen not in group_text
    assert "On the watchlist of Alice and Bob" in group_text
    # Both kinds: watchlist (all) + recommendations and watched per kind = 5 each.
    assert trakt_calls(demo, before) == {"alice": 5, "bob": 5}


async def test_three_members_movies_only(bot: Harness, tg: FakeTelegram, demo: DemoTrakt) -> None:
    p = await people(bot, tg, "alice", "bob", "carol")
    await start(p, "bob", "carol", args="movies")
    before = len(demo.requests)
    await p["carol"].press("Pick now")
    titles = shortlist(p["carol"])
    assert set(titles[:3]) == {"Dune: Part Two", "Past Lives", "Arrival"}
    assert "Shōgun" not in titles and "Spirited Away" not in titles  # a show; carol saw it
    assert "Coco" not in titles and "La La Land" not in titles  # carol's picks alice saw
    assert trakt_calls(demo, before) == {"alice": 3, "bob": 3, "carol": 3}
    for request in demo.requests[before:]:
        assert "/shows" not in request.path


async def test_votes_then_done_announce_the_winner(bot: Harness, tg: FakeTelegram) -> None:
    p = await people(bot, tg, "alice", "bob", "carol")
    await start(p, "bob", "carol")
    await p["alice"].press("Pick now")
    titles = shortlist(p["alice"])
    await vote(bot, tg, p["bob"], 2)
    await vote(bot, tg, p["carol"], 1)  # a tie: the higher-ranked option wins
    await p["bob"].press("Done")
    assert p["bob"].last_alert == "Only Alice (who started the party) can close the vote."
    await p["alice"].press("Done")
    assert "Tonight: " + titles[1] in p["alice"].text()
    assert "1 vote" in p["alice"].text()
    details = [b for row in p["alice"].buttons() for b in row]
    assert details and (details[0].data or "").startswith("1|deto|*|")
    assert poll_message(p["alice"]).poll["is_closed"]  # type: ignore[index]
    assert "🏁 Tonight: " + titles[1] in p["alice"].text(party_message(p["alice"]))
    assert not p["alice"].buttons(party_message(p["alice"]))
    await p["alice"].press_data("1|party|*|1|in", party_message(p["alice"]).message_id)
    assert p["alice"].last_alert == "This party has ended. Start a new one with /party."


async def test_the_poll_closes_when_everyone_voted(bot: Harness, tg: FakeTelegram) -> None:
    p = await people(bot, tg, "alice", "bob")
    await start(p, "bob")
    await p["alice"].press("Pick now")
    titles = shortlist(p["alice"])
    await vote(bot, tg, p["alice"], 3)
    await vote(bot, tg, p["alice"], 4)  # changed her mind: the latest vote counts
    assert not poll_message(p["alice"]).poll["is_closed"]  # type: ignore[index]
    await vote(bot, tg, p["bob"], 4)
    assert poll_message(p["alice"]).poll["is_closed"]  # type: ignore[index]
    assert "Tonight: " + titles[4] in p["alice"].text()
    assert "2 votes" in p["alice"].text()
    assert len(tg.calls_to("stopPoll")) == 1


async def test_a_member_whose_trakt_fails_is_skipped_and_named(
    bot: Harness, tg: FakeTelegram, demo: DemoTrakt
) -> None:
    p = await people(bot, tg, "alice", "bob", "carol")
    await start(p, "bob", "carol")
    _expire(bot, IDS["bob"])  # his token must be refreshed first, and Trakt fails that
    demo.fail("POST", "/oauth/token", 500)
    await p["alice"].press("Pick now")
    text = p["alice"].text(next(m for m in p["alice"].replies if "shortlist" in p["alice"].text(m)))
    assert "Couldn't reach Bob's Trakt, picking without them." in text
    assert "shortlist for Alice and Carol" in text
    assert "Dune: Part Two" in text and "Bob" not in text.split("\n", 2)[2]
    assert poll_message(p["alice"]).poll is not None
    assert bot.services.accounts.is_linked(IDS["bob"])  # a failure is not an unlink


async def test_fewer_than_two_reachable_says_what_is_missing(
    bot: Harness, tg: FakeTelegram, demo: DemoTrakt
) -> None:
    p = await people(bot, tg, "alice", "bob")
    await start(p, "bob")
    _expire(bot, IDS["bob"])
    demo.fail("POST", "/oauth/token", 500)
    await p["alice"].press("Pick now")
    assert "Couldn't reach Bob's Trakt" in p["alice"].text()
    assert "only one person's Trakt" in p["alice"].text()
    assert not any(m.poll for m in p["alice"].replies)
    assert "Ready!" in p["alice"].text(party_message(p["alice"]))  # open again
    await p["alice"].press("Pick now", message=party_message(p["alice"]))  # Trakt is back
    assert set(shortlist(p["alice"])[:4]) == TOP_FOUR


async def test_a_member_who_unlinked_meanwhile_is_skipped(bot: Harness, tg: FakeTelegram) -> None:
    p = await people(bot, tg, "alice", "bob", "carol")
    await start(p, "bob", "carol")
    bot.services.store.delete_account(IDS["carol"])
    await p["bob"].press("Pick now")
    assert "Carol no longer has Trakt linked, picking without them." in p["bob"].text(
        next(m for m in p["bob"].replies if "shortlist" in p["bob"].text(m))
    )
    assert set(shortlist(p["bob"])[:4]) == TOP_FOUR


async def test_an_unlinked_starter_is_not_in_until_linked(bot: Harness, tg: FakeTelegram) -> None:
    p = await people(bot, tg, "bob", unlinked="dave")
    await p["dave"].say("/party")
    assert "Nobody is in yet." in p["dave"].text()
    await p["bob"].press("I'm in")
    await p["bob"].press("Pick now")
    assert "only Dave (who started the party)" in (p["bob"].last_alert or "")


async def test_no_common_candidate_widens_to_trending(
    bot: Harness, tg: FakeTelegram, demo: DemoTrakt
) -> None:
    demo.users["carol"].recommendations = {"shows": [], "movies": []}
    group = tg.group_chat()
    carol = bot.chat(2003, "Carol", chat=group)
    twin = carol.as_user(2005, "Cora")
    for chat in (carol, twin):
        await link_account(bot, chat.user.id, "carol")
    await carol.say("/party movies")
    await twin.press("I'm in")
    await twin.press("Pick now")
    text = carol.text(next(m for m in carol.replies if "shortlist" in carol.text(m)))
    assert "so I added trending ones nobody has watched" in text
    assert text.count("🔥 Trending now") == 5
    assert "Spirited Away" not in text  # carol watched it
    assert len(poll_message(carol).poll["options"]) == 5  # type: ignore[index]


async def test_a_party_survives_restarts(bot: Harness, tg: FakeTelegram) -> None:
    p = await people(bot, tg, "alice", "bob", "carol")
    await start(p, "bob")
    await bot.restart()
    await p["carol"].press("I'm in", message=party_message(p["carol"]))
    assert "3 people are in: Alice, Bob, and Carol" in p["carol"].text(party_message(p["carol"]))
    await p["carol"].press("Pick now", message=party_message(p["carol"]))
    titles = shortlist(p["carol"])
    await vote(bot, tg, p["bob"], 1)
    await bot.restart()
    await vote(bot, tg, p["carol"], 1)
    await p["alice"].press("Done")
    assert "Tonight: " + titles[1] in p["alice"].text()
    assert "2 votes" in p["alice"].text()


async def test_no_tokens_or_codes_reach_the_group(bot: Harness, tg: FakeTelegram) -> None:
    p = await people(bot, tg, "alice", "bob")
    await start(p, "bob")
    await p["alice"].press("Pick now")
    await vote(bot, tg, p["bob"], 0)
    await vote(bot, tg, p["alice"], 0)
    sent = "\n".join(str(call.params) for call in tg.calls)
    for user_id in (IDS["alice"], IDS["bob"]):
        account = bot.services.store.get_account(user_id)
        assert account.access_token not in sent and account.refresh_token not in sent


def _expire(bot: Harness, user_id: int) -> None:
    account = bot.services.store.get_account(user_id)
    bot.services.store.update_tokens(
        user_id, account.access_token, account.refresh_token, expires_at=1, issued_at=0
    )
