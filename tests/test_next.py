"""/next: shows in progress, most recent activity first, paged in place; ✅ marks exactly
the episode on its line (one play, ↩ Undo) and the line advances where it was."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest

from bot.demo import DemoTrakt
from bot.demo.trakt_state import HistoryEntry
from bot.i18n import shared_i18n
from bot.kit.callback import MAX_BYTES, decode
from bot.kit.codes import Action
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import demo_user, episode_id, held_writes, link_account, view_rows

I18N = shared_i18n()
BREAKING_BAD, SEVERANCE, THE_OFFICE, MASH, SHERLOCK = 1388, 154997, 1391, 1460, 19792
ORDER = ["1. Severance", "2. Tom & Jerry <Classic>", "3. Breaking Bad", "4. The Office"]


def _start(demo: DemoTrakt, show_id: int, episodes: int = 1, days_ago: int = 30) -> None:
    """The demo user watched the first `episodes` of season 1, `days_ago` days ago."""
    user = demo.users["demo"]
    at = demo.now() - timedelta(days=days_ago)
    for number in range(1, episodes + 1):
        trakt = episode_id(demo, show_id, 1, number)
        user.history.append(HistoryEntry(demo.next_id(), at, "watch", "episode", trakt))


def _plays(bot: Harness, trakt_id: int | None = None) -> int:
    """Plays of one episode (default Breaking Bad S02E01, the demo user's next one)."""
    assert bot.demo is not None
    wanted = trakt_id or episode_id(bot.demo, BREAKING_BAD, 2, 1)
    return sum(1 for h in demo_user(bot).history if h.kind == "episode" and h.trakt == wanted)


def _lines(chat: ChatDriver) -> list[str]:
    """The numbered lines: one per show."""
    return [line for line in chat.text().splitlines() if re.match(r"\d+\. ", line)]


def _labels(chat: ChatDriver) -> list[str]:
    return [b.label for row in view_rows(chat) for b in row]


def _data(chat: ChatDriver, label: str) -> str:
    data = next(b.data for row in chat.buttons() for b in row if b.label == label)
    assert data is not None
    return data


def _up_next_requests(demo: DemoTrakt) -> int:
    return sum(1 for r in demo.requests if r.path == "/sync/progress/up_next")


async def test_shows_in_progress_most_recent_first(ann: ChatDriver, demo: DemoTrakt) -> None:
    before = _up_next_requests(demo)
    await ann.say("/next")
    text = ann.text()
    assert text.startswith("▶️ Up next · 4 shows in progress")
    assert _lines(ann) == ORDER
    assert "▶ S01E05 · The Grim Barbarity of Optics and Design" in text
    assert "aired Friday, March 18, 2022 · 4 of 19" in text
    assert "▶ S02E01 · Borrowed Time" in text and "7 of 62" in text
    assert "Dark" not in text  # hidden from progress at Trakt
    assert "&lt;Classic&gt;" in (ann.last_reply.text or "")
    assert text.endswith("✅ watched this episode · 🎞 the episode · 📺 the show · 🎬 check in")
    assert [b.label for b in ann.buttons()[2]] == ["✅ 3", "🎞 3", "🎬 3", "📺 3"]
    assert _up_next_requests(demo) == before + 1  # one request for the whole list


async def test_buttons_open_the_episode_and_the_show(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/next")
    for row in ann.buttons():
        for cell in row:
            assert cell.data is not None and len(cell.data.encode()) <= MAX_BYTES
    episode = decode(_data(ann, "🎞 3"))
    assert episode.action == Action.EPISODE_OPEN
    assert episode.ref(0).kind == "episode" and episode.ref(0).trakt_id == episode_id(
        demo, BREAKING_BAD, 2, 1
    )
    assert episode.owner == ann.user.id
    show = decode(_data(ann, "📺 3"))
    assert show.action == Action.DETAILS_OPEN
    assert show.ref(0).kind == "show" and show.ref(0).trakt_id == BREAKING_BAD
    await ann.press("📺 3")
    assert ann.text().startswith("📺 Breaking Bad (2008)")


async def test_paged_in_place(bot: Harness, ann: ChatDriver, demo: DemoTrakt) -> None:
    for days, show in enumerate((1404, 1657, 2125, 78932), start=10):  # older activity
        _start(demo, show, days_ago=days * 100)
    await ann.say("/next")
    assert "8 shows in progress" in ann.text()
    assert _lines(ann)[:4] == ORDER and _lines(ann)[4] == "5. The Wire"
    assert _labels(ann)[-2:] == ["1 / 2", "▶"]
    message = ann.last_reply.message_id
    await ann.press("▶")
    assert ann.last_reply.message_id == message  # in place
    assert _lines(ann) == ["6. Friends", "7. Peep Show", "8. Detectorists"]
    assert _labels(ann)[-2:] == ["◀", "2 / 2"]
    assert [b.label for b in ann.buttons()[0]] == ["✅ 6", "🎞 6", "🎬 6", "📺 6"]
    await ann.press("◀")
    assert _lines(ann)[0] == "1. Severance"


async def test_watched_advances_the_line_in_place(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/next")
    message = ann.last_reply.message_id
    await ann.press("✅ 3")
    assert ann.last_alert == "Marked as watched"
    assert _plays(bot) == 1
    assert ann.last_reply.message_id == message
    assert _lines(ann) == ORDER  # Trakt now puts Breaking Bad first; the line stays
    assert "▶ S02E02 · Signal and Noise" in ann.text() and "8 of 62" in ann.text()
    assert "↩ Undo" in _labels(ann)
    await ann.press("✅ 3")  # the next one, from the same line
    assert "▶ S02E03" in ann.text() and "9 of 62" in ann.text()
    assert _lines(ann) == ORDER


async def test_undo_takes_the_play_back(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/next")
    await ann.press("✅ 3")
    await ann.press("↩ Undo")
    assert ann.last_alert == "Undone"
    assert _plays(bot) == 0
    assert "▶ S02E01 · Borrowed Time" in ann.text() and "7 of 62" in ann.text()
    assert _lines(ann) == ORDER
    assert "↩ Undo" not in _labels(ann)


async def test_the_last_aired_episode_finishes_the_show(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    _start(demo, 143045, episodes=4, days_ago=5000)  # Chernobyl: 4 of 5
    await ann.say("/next")
    assert _lines(ann)[-1] == "5. Chernobyl"
    await ann.press("✅ 5")
    assert "Chernobyl" not in ann.text()
    assert "4 shows in progress" in ann.text()


async def test_two_presses_at_once_add_one_play(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/next")
    data, message = _data(ann, "✅ 3"), ann.last_reply.message_id
    await held_writes(bot, ann.press_data(data, message), ann.press_data(data, message))
    assert _plays(bot) == 1
    assert "▶ S02E02 · Signal and Noise" in ann.text()
    assert "↩ Undo" in _labels(ann)  # the second press did not take the first one's Undo


async def test_the_race_is_real_without_the_guard(
    bot: Harness, ann: ChatDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the per-title lock and the check, the same two presses add two plays."""
    from bot.marks import Marks

    class _NoLock:
        async def __aenter__(self) -> None:
            return None

        async def __aexit__(self, *_: object) -> None:
            return None

    monkeypatch.setattr(Marks, "lock", lambda self, user_id, ref: _NoLock())
    monkeypatch.setattr(Marks, "flags", lambda self, user_id, ref, snapshot=None: frozenset())
    await ann.say("/next")
    data, message = _data(ann, "✅ 3"), ann.last_reply.message_id
    await held_writes(bot, ann.press_data(data, message), ann.press_data(data, message))
    assert _plays(bot) == 2


async def test_an_older_copy_adds_nothing(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/next")
    old = ann.last_reply
    await ann.say("/next")
    await ann.press("✅ 3")
    await ann.press("✅ 3", message=old)
    assert ann.last_alert == "Already marked as watched"
    assert _plays(bot) == 1


@pytest.mark.parametrize(
    ("status", "headers", "expected"),
    [
        (400, {}, "Trakt could not do that (error 400)"),
        (403, {}, "Trakt is refusing this bot"),
        (404, {}, "Trakt could not find that"),
        (409, {}, "Trakt could not do that (error 409)"),
        (420, {}, "reached a limit of your Trakt account"),
        (422, {}, "Trakt could not do that (error 422)"),
        # 429 with a long wait: queued, not failed (tests/test_answers_later.py)
        (500, {}, "Trakt is not answering"),
        (502, {}, "Trakt is not answering"),
        (503, {}, "Trakt is not answering"),
        (504, {}, "Trakt is not answering"),
    ],
)
async def test_a_failed_write_leaves_the_list(
    bot: Harness,
    ann: ChatDriver,
    demo: DemoTrakt,
    status: int,
    headers: dict[str, str],
    expected: str,
) -> None:
    await ann.say("/next")
    text, labels = ann.text(), _labels(ann)
    demo.fail("POST", "/sync/history", status, headers=headers)
    await ann.press("✅ 3")  # a POST is never retried
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert ann.last_alert and len(ann.last_alert) < 200
    assert expected in ann.last_alert
    assert ann.text() == text and _labels(ann) == labels
    assert _plays(bot) == 0
    await ann.press("✅ 3")
    assert ann.last_alert == "Marked as watched"


async def test_an_expired_token_is_refreshed_and_plays_once(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    await ann.say("/next")
    demo.fail("POST", "/sync/history", 401)
    await ann.press("✅ 3")
    assert ann.last_alert == "Marked as watched"
    assert _plays(bot) == 1
    assert "▶ S02E02 · Signal and Noise" in ann.text()


async def test_junk_words_get_the_usage(ann: ChatDriver) -> None:
    await ann.say("/next please")
    assert "It takes no other words" in ann.text()
    assert not ann.buttons()


async def test_not_linked_gets_the_link_prompt(chat: ChatDriver) -> None:
    await chat.say("/next")
    assert "needs your Trakt account" in chat.text()
    assert _labels(chat) == ["🔗 Link my Trakt"]


async def test_nothing_in_progress(bot: Harness, chat: ChatDriver) -> None:
    await link_account(bot, chat.user.id, "carol")  # one movie, no show
    await chat.say("/next")
    assert chat.text().startswith("Nothing in progress.")
    assert not view_rows(chat)  # only the way home


async def test_untitled_episode_is_shown_plainly(ann: ChatDriver, demo: DemoTrakt) -> None:
    _start(demo, MASH, days_ago=5000)  # M*A*S*H S01E02 has no title
    await ann.say("/next")
    text = ann.text()
    assert "5. M*A*S*H\n▶ S01E02\naired" in text
    assert "1 of 251" in text


def _up_next_row(show: dict[str, object], episode: dict[str, object]) -> dict[str, object]:
    progress = {"aired": 10, "completed": 3, "next_episode": episode, "last_episode": None}
    return {"show": show, "progress": progress}


async def test_a_special_is_never_next(ann: ChatDriver, demo: DemoTrakt) -> None:
    """Trakt leaves specials out of up next; a season-0 episode there is skipped anyway,
    and an episode without an air date reads without one."""
    sherlock = {"title": "Sherlock", "year": 2010, "ids": {"trakt": SHERLOCK}}
    office = {"title": "The Office", "year": 2005, "ids": {"trakt": THE_OFFICE}}
    rows = [
        _up_next_row(
            sherlock, {"season": 0, "number": 1, "title": "Unaired Pilot", "ids": {"trakt": 5}}
        ),
        _up_next_row(
            office, {"season": 1, "number": 4, "title": "The Alliance", "ids": {"trakt": 6}}
        ),
    ]
    demo.fail("GET", "/sync/progress/up_next", 200, body=json.dumps(rows).encode())
    await ann.say("/next")
    assert _lines(ann) == ["1. The Office"]
    assert "▶ S01E04 · The Alliance\n3 of 10" in ann.text()
    assert "Sherlock" not in ann.text()


def _noon() -> float:
    return datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0).timestamp()


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("UTC", "aired today"),
        ("America/New_York", "aired yesterday"),  # 03:00 UTC is last night there
        ("Asia/Tokyo", "aired today"),
    ],
)
async def test_air_dates_are_the_persons_own(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt, zone: str, expected: str
) -> None:
    noon = _noon()
    bot.services.accounts.clock = lambda: noon
    early = datetime.fromtimestamp(noon, UTC).replace(hour=3).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    show = {"title": "The Office", "year": 2005, "ids": {"trakt": THE_OFFICE}}
    episode = {"season": 1, "number": 4, "title": "X", "ids": {"trakt": 6}, "first_aired": early}
    demo.fail(
        "GET",
        "/sync/progress/up_next",
        200,
        body=json.dumps([_up_next_row(show, episode)]).encode(),
    )
    bot.services.store.set_timezone(ann.user.id, zone)
    await ann.say("/next")
    assert f"{expected} · 3 of 10" in ann.text()


async def test_in_persian(bot: Harness) -> None:
    sara = bot.chat(user_id=1003, first_name="Sara", language_code="fa")
    await link_account(bot, sara.user.id)
    await sara.say("/next")
    text = sara.text()
    assert text.startswith("\u200f▶️ قسمت‌های بعدی")
    assert "۴\u2069 سریال در حال تماشا" in text  # counts in Persian digits
    assert all(
        line.startswith("\u200f") for line in (sara.last_reply.text or "").splitlines() if line
    )
    await sara.press("✅ \u2068۳\u2069")  # Fluent isolates; numbered as the list is
    assert sara.last_alert == I18N.translator("fa").plain("action-seen-toast")
    assert _plays(bot) == 1
    assert "S02E02" in sara.text()
    await sara.say("/next لطفا")
    assert "کلمهٔ دیگری لازم نیست" in sara.text()


async def test_in_russian(boris: ChatDriver) -> None:
    await boris.say("/next")
    assert boris.text().startswith("▶️ Что дальше · вы смотрите 4 сериала")
    assert "4 из 19" in boris.text()
    await boris.say("/next сейчас")
    assert "Больше ничего писать не нужно" in boris.text()


async def test_in_a_group_it_goes_to_the_private_chat(bot: Harness, tg: FakeTelegram) -> None:
    private = bot.chat()
    ann = bot.chat(chat=tg.group_chat())
    await link_account(bot, ann.user.id)
    await ann.say("/next")
    assert ann.text() == "📬 Ann, I sent it to you in our private chat."
    assert _lines(private) == ORDER
    await private.press("✅ 3")
    assert _plays(bot) == 1


@pytest.mark.parametrize(
    "args",
    [
        "1388.2|w|0",
        "1388.2|w|abc",
        "x.2|w|5",
        "1388|w|5",
        "0.2|w|5",
        "1388.99999|w|5",
        "0|0",
        "0|x",
        "q|1",
    ],
)
async def test_forged_data_gets_an_alert(ann: ChatDriver, bot: Harness, args: str) -> None:
    await ann.say("/next")
    owner = _data(ann, "✅ 1").split("|")[2]
    await ann.press_data(f"1|next|{owner}|{args}", ann.last_reply.message_id)
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert "out of date" in (ann.last_alert or "")
    assert _plays(bot) == 0


async def test_check_in_to_the_next_episode_from_the_list(bot: Harness, ann: ChatDriver) -> None:
    assert bot.demo is not None
    await ann.say("/next")
    await ann.press("🎬 1")
    assert (ann.last_alert or "").startswith("Checked in to Severance S01E05 until")
    running = bot.demo.users["demo"].checkin
    assert running is not None


async def test_every_line_stays_put_while_ticking(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/next")
    await ann.press("✅ 3")  # Breaking Bad
    await ann.press("✅ 4")  # The Office: Trakt now lists it first
    assert _lines(ann) == ORDER
    await ann.say("/next")  # opened afresh: Trakt's order again
    assert _lines(ann)[0] == "1. The Office"
