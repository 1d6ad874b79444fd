"""Episode cards and the seasons → episodes picker: content, ticks, backlog, undo, paging,
whole seasons (one play each, even for two presses at once), forged ids, Trakt errors."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.demo.trakt_state import HistoryEntry
from bot.features.episodes import pages
from bot.kit.callback import encode
from bot.kit.codes import Action
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import demo_user, episode_id, held_writes

SEVERANCE, SHERLOCK, MASH, BREAKING_BAD = 154997, 19792, 1460, 1388


def _plays(bot: Harness, episode_id: int) -> int:
    return sum(1 for h in demo_user(bot).history if h.kind == "episode" and h.trakt == episode_id)


def _show_plays(bot: Harness, show: int) -> int:
    assert bot.demo is not None
    episodes = bot.demo.catalogue.episodes
    return sum(
        1 for h in demo_user(bot).history if h.kind == "episode" and episodes[h.trakt][0] == show
    )


def _labels(chat: ChatDriver) -> list[str]:
    return [b.label for row in chat.buttons() for b in row]


async def _open(chat: ChatDriver, action: Action, code: str, trakt_id: int) -> None:
    """Press a button that opens an episode card or a picker (as another feature draws it)."""
    await chat.say("/help")
    data = encode(action, code, trakt_id, owner=chat.user.id)
    await chat.press_data(data, chat.last_reply.message_id)


async def _episode(chat: ChatDriver, bot: Harness, show: int, season: int, number: int) -> None:
    await _open(chat, Action.EPISODE_OPEN, "e", episode_id(bot.demo, show, season, number))


async def _seasons(chat: ChatDriver, show: int) -> None:
    await _open(chat, Action.SEASONS_OPEN, "s", show)


def _entries(bot: Harness, episode_id: int) -> list[HistoryEntry]:
    return [h for h in demo_user(bot).history if h.kind == "episode" and h.trakt == episode_id]


def _aired(bot: Harness, episode_id: int) -> str:
    assert bot.demo is not None
    return str(bot.demo.catalogue.episodes[episode_id][1]["first_aired"])


# --- the episode card -----------------------------------------------------------------------


async def test_card_shows_the_episode(bot: Harness, ann: ChatDriver) -> None:
    await _episode(ann, bot, SEVERANCE, 1, 5)
    text = ann.text()
    assert text.startswith("Severance\nS01E05 · The Grim Barbarity of Optics and Design\n")
    assert "📅 Aired Fri, Mar 18, 2022, " in text and "⏱ 50 min · ★ 7.3" in text
    assert "Dylan and Irving" in text and "You watched it" not in text
    assert _labels(ann) == [
        "👁 Mark watched", "⭐ Rate", "📅 At release", "🗓 Another day", "🎬 Check in", "◀ Back",
        "📺 Show"
    ]  # fmt: skip


async def test_a_watched_episode_and_the_own_rating(bot: Harness, ann: ChatDriver) -> None:
    await _episode(ann, bot, SEVERANCE, 1, 1)  # watched, rated 9 at Trakt: re-rate here
    assert "✅ You watched it" in ann.text() and "your rating 9/10" in ann.text()
    assert _labels(ann)[0] == "✅ Watched" and "📅 At release" not in _labels(ann)
    await ann.press("✅ Rated 9/10")
    await ann.press("8")
    assert ann.last_alert == "Rated 8/10"
    assert "your rating 8/10" in ann.text() and "✅ Rated 8/10" in _labels(ann)


async def test_an_untitled_episode_reads_as_its_code(bot: Harness, ann: ChatDriver) -> None:
    await _episode(ann, bot, MASH, 1, 2)
    assert ann.text().startswith("M*A*S*H\nS01E02\n📅 Aired")


async def test_a_special_without_an_air_date(bot: Harness, ann: ChatDriver) -> None:
    await _episode(ann, bot, SHERLOCK, 0, 1)
    text = ann.text()
    assert text.startswith("Sherlock\nS00E01 · Unaired Pilot\n✨ Special\n📅 No air date yet")
    assert "📅 At release" not in _labels(ann)  # nothing to log it at


async def test_card_without_an_account(bot: Harness, chat: ChatDriver) -> None:
    await _episode(chat, bot, SEVERANCE, 1, 1)
    assert "Severance" in chat.text() and "You watched it" not in chat.text()
    await chat.press("👁 Mark watched")
    assert "link" in (chat.last_alert or "").lower()


async def test_watched_now_once_then_undo(bot: Harness, ann: ChatDriver) -> None:
    episode = episode_id(bot.demo, SEVERANCE, 1, 5)
    await _episode(ann, bot, SEVERANCE, 1, 5)
    card = ann.last_reply
    data = next(b.data for row in ann.buttons() for b in row if b.label == "👁 Mark watched")
    assert data is not None
    await ann.press("👁 Mark watched")
    assert ann.last_alert == "Marked as watched"
    assert _plays(bot, episode) == 1
    assert "✅ You watched it" in ann.text() and "↩ Undo" in _labels(ann)
    await ann.press("↩ Undo")
    assert ann.last_alert == "Undone"
    assert _plays(bot, episode) == 0
    assert _labels(ann)[0] == "👁 Mark watched"
    await ann.press("👁 Mark watched")
    assert _plays(bot, episode) == 1
    await ann.press_data(data, card.message_id)  # an older copy of the button
    assert ann.last_alert == "Already marked as watched"
    assert _plays(bot, episode) == 1


async def test_an_episode_watched_elsewhere_gets_no_second_play(
    bot: Harness, ann: ChatDriver
) -> None:
    """Trakt's progress knows it (an older card still offers 👁): nothing is added."""
    episode = episode_id(bot.demo, SEVERANCE, 1, 1)
    await _episode(ann, bot, SEVERANCE, 1, 1)
    before = _plays(bot, episode)
    data = encode(Action.EPISODE, "e", episode, "-", "w", "n", owner=ann.user.id)
    await ann.press_data(data, ann.last_reply.message_id)
    assert ann.last_alert == "Already marked as watched"
    assert _plays(bot, episode) == before


async def test_logged_at_release(bot: Harness, ann: ChatDriver) -> None:
    episode = episode_id(bot.demo, SEVERANCE, 1, 6)
    await _episode(ann, bot, SEVERANCE, 1, 6)
    await ann.press("📅 At release")
    assert ann.last_alert == "Logged as watched at its release"
    [play] = _entries(bot, episode)
    assert play.watched_at.isoformat().startswith(_aired(bot, episode)[:19])
    await ann.press("↩ Undo")
    assert _entries(bot, episode) == []


async def test_logged_on_another_day(bot: Harness, ann: ChatDriver) -> None:
    assert bot.demo is not None
    episode = episode_id(bot.demo, SEVERANCE, 1, 7)
    await _episode(ann, bot, SEVERANCE, 1, 7)
    await ann.press("🗓 Another day")
    assert "Yesterday" in _labels(ann) and len(_labels(ann)) == 13
    await ann.press("Yesterday")
    assert ann.last_alert == "Logged as watched on that day"
    [play] = _entries(bot, episode)
    assert abs(play.watched_at - (bot.demo.now() - timedelta(days=1))) < timedelta(minutes=1)
    assert "↩ Undo" in _labels(ann) and "Yesterday" not in _labels(ann)


async def test_forged_and_gone_episodes(bot: Harness, ann: ChatDriver) -> None:
    await _open(ann, Action.EPISODE_OPEN, "e", 987654321)
    assert ann.last_alert == "This episode no longer exists at Trakt."
    await _open(ann, Action.EPISODE_OPEN, "m", 16662)  # a movie is no episode
    assert ann.last_alert is not None and "out of date" in ann.last_alert
    data = encode(Action.EPISODE, "e", 987654321, "-", "w", "n", owner=ann.user.id)
    await ann.press_data(data, ann.last_reply.message_id)
    assert ann.last_alert == "This episode no longer exists at Trakt."
    data = encode(Action.EPISODE, "e", 1, "-", "w", "x", owner=ann.user.id)
    await ann.press_data(data, ann.last_reply.message_id)
    assert ann.last_alert is not None and "out of date" in ann.last_alert


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, "error 400"),
        (404, "no longer exists"),
        (409, "error 409"),
        (420, "limit of your Trakt account"),
        (422, "error 422"),
        # 429 with a long wait: queued, not failed (tests/test_answers_later.py)
        (500, "not answering"),
        (502, "not answering"),
        (503, "not answering"),
        (504, "not answering"),
    ],
)
async def test_trakt_errors_leave_the_card_unchanged(
    bot: Harness, ann: ChatDriver, status: int, expected: str
) -> None:
    assert bot.demo is not None
    episode = episode_id(bot.demo, SEVERANCE, 1, 5)
    await _episode(ann, bot, SEVERANCE, 1, 5)
    labels = _labels(ann)
    bot.demo.fail("POST", "/sync/history", status, headers={"Retry-After": "3"})
    await ann.press("📅 At release")
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert expected in (ann.last_alert or "")
    assert _plays(bot, episode) == 0 and _labels(ann) == labels
    await ann.press("👁 Mark watched")
    assert _plays(bot, episode) == 1


# --- the season picker ----------------------------------------------------------------------


def _fits_telegram(chat: ChatDriver) -> None:
    rows = chat.buttons()
    assert sum(len(row) for row in rows) <= 100 and all(len(row) <= 8 for row in rows)


async def test_seasons_with_progress_and_specials_apart(bot: Harness, ann: ChatDriver) -> None:
    await _seasons(ann, SHERLOCK)
    lines = ann.text().split("\n")
    assert lines[0] == "Sherlock · seasons"
    assert lines[-1] == "Specials · 3 episodes" and lines[2].startswith("Season 1 · watched ")
    assert _labels(ann)[-2:] == ["✨ Specials", "◀ Back"]
    await ann.press("✨ Specials")
    text = ann.text()
    assert text.startswith("Sherlock · Specials\n👁 logs a play: now")
    assert "1. Unaired Pilot\n" in text and "✅ Whole season" not in _labels(ann)


async def test_long_shows_page_seasons_and_episodes(bot: Harness, ann: ChatDriver) -> None:
    await _seasons(ann, MASH)
    assert _labels(ann)[:8] == [f"S{n} · 0/{24 if n < 6 else 25}" for n in range(1, 9)]
    assert "1 / 2" in _labels(ann)
    _fits_telegram(ann)
    await ann.press("▶")
    assert [label.split(" ·")[0] for label in _labels(ann)[:3]] == ["S9", "S10", "S11"]
    await ann.press("S11")
    assert "1 / 2" in _labels(ann) and "1. " in _labels(ann)[0]
    _fits_telegram(ann)
    await ann.press("▶")
    assert "15. " in ann.text() and "2 / 2" in _labels(ann)
    await ann.press("◀ Seasons")
    assert "Season 11" in ann.text() and "2 / 2" in _labels(ann)
    await ann.press("◀")
    await ann.press("S1 · 0/24")
    assert "2. S01E02 · " in ann.text()  # untitled: its code
    await ann.press("🗓 Another day")
    _fits_telegram(ann)


async def test_tick_an_episode_and_open_its_card(bot: Harness, ann: ChatDriver) -> None:
    episode = episode_id(bot.demo, SEVERANCE, 1, 5)
    await _seasons(ann, SEVERANCE)
    await ann.press("S1 · 4/")
    assert "4. ✅ " in ann.text() and "5. ✅" not in ann.text()
    row = next(row for row in ann.buttons() if row[0].label.startswith("5. "))
    await ann.press_data(row[1].data or "", ann.last_reply.message_id)
    assert ann.last_alert == "Marked as watched" and _plays(bot, episode) == 1
    assert "5. ✅ " in ann.text() and "↩ Undo" in _labels(ann)
    await ann.press_data(row[1].data or "", ann.last_reply.message_id)
    assert _plays(bot, episode) == 1
    picker_message = ann.last_reply
    await ann.press_data(row[0].data or "", picker_message.message_id)
    assert ann.last_reply.message_id != picker_message.message_id
    assert "S01E05" in ann.text() and "✅ You watched it" in ann.text()


async def test_tick_at_release_from_the_picker(bot: Harness, ann: ChatDriver) -> None:
    episode = episode_id(bot.demo, SEVERANCE, 1, 6)
    await _seasons(ann, SEVERANCE)
    await ann.press("S1 · 4/")
    await ann.press("At release")
    assert "👁 logs a play: at release" in ann.text() and "✓ At release" in _labels(ann)
    row = next(row for row in ann.buttons() if row[0].label.startswith("6. "))
    await ann.press_data(row[1].data or "", ann.last_reply.message_id)
    [play] = _entries(bot, episode)
    assert play.watched_at.isoformat().startswith(_aired(bot, episode)[:19])


async def _ask_whole_season(ann: ChatDriver) -> None:
    await _seasons(ann, SEVERANCE)
    await ann.press("S1 · 4/")
    await ann.press("✅ Whole season")


async def test_whole_season_asks_with_the_count_and_adds_one_play_each(
    bot: Harness, ann: ChatDriver
) -> None:
    assert bot.demo is not None
    aired = [
        episode_id(bot.demo, SEVERANCE, 1, n)
        for n in range(1, 10)
        if _aired(bot, episode_id(bot.demo, SEVERANCE, 1, n)) < bot.demo.now().isoformat()
    ]
    before = {e: _plays(bot, e) for e in aired}
    await _ask_whole_season(ann)
    todo = len(aired) - 4
    assert ann.last_alert == f"Mark all {todo} aired episodes of season 1 as watched?"
    await ann.press(f"✅ Yes, mark {todo} episodes")
    assert ann.last_alert == f"Marked {todo} episodes as watched"
    assert {e: _plays(bot, e) for e in aired} == {e: max(n, 1) for e, n in before.items()}
    assert "✅ Whole season" not in _labels(ann) and "↩ Undo" in _labels(ann)
    await ann.press("↩ Undo")
    assert {e: _plays(bot, e) for e in aired} == before
    assert "✅ Whole season" in _labels(ann)


async def test_whole_season_pressed_twice_at_once_adds_each_play_once(
    bot: Harness, ann: ChatDriver
) -> None:
    assert bot.demo is not None
    await _ask_whole_season(ann)
    yes = next(b for row in ann.buttons() for b in row if b.label.startswith("✅ Yes"))
    before = _show_plays(bot, SEVERANCE)
    todo = int(yes.label.split()[3])
    message = ann.last_reply.message_id
    presses = (ann.press_data(yes.data or "", message) for _ in "ab")
    assert await held_writes(bot, *presses) == 1
    assert _show_plays(bot, SEVERANCE) == before + todo


async def test_a_show_without_seasons(
    bot: Harness, ann: ChatDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def none(*_: object, **__: object) -> list[object]:
        return []

    monkeypatch.setattr(bot.services.trakt, "seasons", none)
    await _seasons(ann, BREAKING_BAD)
    assert ann.text() == "Breaking Bad\n\nTrakt lists no seasons for this show yet."
    assert _labels(ann) == ["◀ Back"]


async def test_forged_picker_data(bot: Harness, ann: ChatDriver) -> None:
    await _seasons(ann, MASH)
    message = ann.last_reply.message_id
    for args in [("s", MASH, 42, "n", "-", 1), ("s", MASH, 1, "z", "-", 1), ("m", 16662, "-")]:
        await ann.press_data(encode(Action.SEASONS, *args, owner=ann.user.id), message)
        assert ann.last_alert is not None and "out of date" in ann.last_alert
    tick = encode(Action.SEASONS, "s", MASH, 1, "n", "-", 1, "t", 99, owner=ann.user.id)
    await ann.press_data(tick, message)
    assert ann.last_alert is not None and "out of date" in ann.last_alert


async def test_season_pages_fit_at_the_limits() -> None:
    assert pages.SEASONS_PER_PAGE < 11 and pages.EPISODES_PER_PAGE * 2 + 12 <= 100


# --- another language -----------------------------------------------------------------------


async def test_in_russian(bot: Harness, boris: ChatDriver) -> None:
    await _episode(boris, bot, MASH, 1, 2)
    text = boris.text()
    assert "S01E02" in text and "Вышла" in text
    await boris.press("👁 Отметить просмотренным")
    assert boris.last_alert == "Отмечено как просмотренное"
    await _seasons(boris, SEVERANCE)
    assert "сезоны" in boris.text()
    await boris.press("С1 · 4/")
    await boris.press("✅ Весь сезон")
    assert boris.last_alert is not None and "сери" in boris.last_alert
