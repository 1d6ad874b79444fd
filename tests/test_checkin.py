"""Check-in end to end: 🎬 on a movie and an episode, the 409 question (cancel it and check in
here, or keep it), /checkin with Cancel, /me's watching-now line, double taps, Trakt errors,
and 👁 right after a check-in adding no second play."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_time
from telegram import InlineKeyboardMarkup

from bot.i18n import Translator, shared_i18n
from bot.kit.buttons import checkin_button, mark_button
from bot.kit.callback import encode
from bot.kit.codes import Action
from bot.testkit.fakebot import ChatDriver, FakeTelegram, StoredMessage
from bot.testkit.harness import Harness
from bot.trakt.ref import MediaRef
from tests.helpers import demo_user, held_writes, link_account, view_rows

EN = shared_i18n().translator("en")
RU = shared_i18n().translator("ru")
INCEPTION, INTERSTELLAR = 16662, 102156
PILOT = 1388065  # Breaking Bad S01E01
LONDON = ZoneInfo("Europe/London")  # the demo user's time zone
CHECK_IN = "🎬 Check in"


def _requests(bot: Harness, method: str, path: str) -> int:
    assert bot.demo is not None
    return sum(1 for r in bot.demo.requests if r.method == method and r.path == path)


def _plays(bot: Harness, kind: str, trakt_id: int) -> int:
    return sum(1 for h in demo_user(bot).history if h.kind == kind and h.trakt == trakt_id)


def _labels(chat: ChatDriver, message: StoredMessage | None = None) -> list[str]:
    return [b.label for row in chat.buttons(message) for b in row]


def _running(bot: Harness) -> tuple[str, int] | None:
    assert bot.demo is not None
    found = demo_user(bot).running_checkin(bot.demo.now())
    return (found.kind, found.trakt) if found else None


def _local(moment: datetime, language: str = "en") -> str:
    """A moment as the bot shows it: the time in London, with the date when not today."""
    local = moment.astimezone(LONDON)
    if local.date() == datetime.now(UTC).astimezone(LONDON).date():
        return format_time(local, format="short", tzinfo=LONDON, locale=language)
    tr = shared_i18n().translator(language.replace("_", "-"))
    return tr.moment(local, LONDON, now=datetime.now(UTC))  # "Fri, Dec 4, 1:51 AM"


def _until(bot: Harness, language: str = "en", *, toast: bool = False) -> str:
    """When the running check-in ends, as a message shows it (or a toast: the answer's white
    space is collapsed)."""
    assert bot.demo is not None
    running = demo_user(bot).running_checkin(bot.demo.now())
    assert running is not None
    shown = _local(running.expires_at, language.replace("-", "_"))
    return " ".join(shown.split()) if toast else shown


async def _card(
    bot: Harness, chat: ChatDriver, ref: MediaRef, tr: Translator = EN
) -> StoredMessage:
    """Another feature's card with 🎬 and 👁, sent as the bot (the check-in feature does not
    know whose message it is)."""
    keyboard = InlineKeyboardMarkup(
        [
            [checkin_button(tr, ref, chat.user.id)],
            [mark_button(tr, "seen", ref, chat.user.id)],
        ]
    )
    await bot.app.bot.send_message(chat.chat.id, f"a card of {ref}", reply_markup=keyboard)
    return chat.last_reply


# --- checking in ------------------------------------------------------------------------------


async def test_check_in_to_a_movie_then_watched_adds_no_play(bot: Harness, ann: ChatDriver) -> None:
    card = await _card(bot, ann, MediaRef("movie", INTERSTELLAR))
    plays = _plays(bot, "movie", INTERSTELLAR)
    await ann.press(CHECK_IN)
    assert ann.last_answer is not None and not ann.last_answer.show_alert
    assert ann.last_alert == f"Checked in to Interstellar until {_until(bot, toast=True)}"
    assert _running(bot) == ("movie", INTERSTELLAR)
    assert _plays(bot, "movie", INTERSTELLAR) == plays + 1  # a check-in is a play
    assert ann.last_reply.message_id == card.message_id and not ann.last_reply.edited
    assert ann.text() == f"a card of movie:{INTERSTELLAR}"  # the card as it was

    await ann.press("👁 Mark watched")
    assert ann.last_alert == "Already marked as watched"
    assert _plays(bot, "movie", INTERSTELLAR) == plays + 1
    assert _requests(bot, "POST", "/sync/history") == 0


async def test_check_in_to_an_episode_then_watched_adds_no_play(
    bot: Harness, ann: ChatDriver
) -> None:
    await _card(bot, ann, MediaRef("episode", PILOT))
    plays = _plays(bot, "episode", PILOT)
    await ann.press(CHECK_IN)
    assert ann.last_alert == f"Checked in to Breaking Bad S01E01 until {_until(bot, toast=True)}"
    assert _running(bot) == ("episode", PILOT)
    assert _plays(bot, "episode", PILOT) == plays + 1
    await ann.press("👁 Mark watched")
    assert ann.last_alert == "Already marked as watched"
    assert _plays(bot, "episode", PILOT) == plays + 1


async def test_check_in_in_russian(bot: Harness, boris: ChatDriver) -> None:
    await _card(bot, boris, MediaRef("movie", INTERSTELLAR), RU)
    await boris.press("🎬 Смотрю сейчас")
    assert boris.last_alert == f"Чекин: Интерстеллар, до {_until(bot, 'ru', toast=True)}"
    await boris.say("/checkin")
    assert boris.text().startswith("🎬 Чекин: Интерстеллар (2014) · Interstellar")
    assert f"Закончится в {_until(bot, 'ru')}" in boris.text()
    await boris.press("✖ Отменить чекин")
    assert boris.last_alert == "Чекин отменён"
    assert "отменён" in boris.text()
    assert _running(bot) is None


def test_the_button_is_for_movies_and_episodes_only() -> None:
    assert checkin_button(EN, MediaRef("movie", 1), 7).callback_data == "1|chk|7|m|1"
    assert checkin_button(EN, MediaRef("episode", 2), None).text == CHECK_IN
    with pytest.raises(ValueError):
        checkin_button(EN, MediaRef("show", 1388), 7)


# --- another check-in is running (409) --------------------------------------------------------


async def _conflict(bot: Harness, chat: ChatDriver) -> tuple[StoredMessage, StoredMessage]:
    """Checked in to Inception; 🎬 on Interstellar's card: (the card, the question)."""
    await _card(bot, chat, MediaRef("movie", INCEPTION))
    await chat.press(CHECK_IN)
    card = await _card(bot, chat, MediaRef("movie", INTERSTELLAR))
    await chat.press(CHECK_IN)
    question = chat.last_reply
    assert question.message_id != card.message_id
    return card, question


async def test_a_running_check_in_is_named_and_can_be_replaced(
    bot: Harness, ann: ChatDriver
) -> None:
    card, question = await _conflict(bot, ann)
    until = _until(bot)
    assert ann.text(question) == (
        f"⏳ You're already checked in to Inception (2010) until {until}.\n"
        "Cancel it and check in to Interstellar (2014) instead?"
    )
    assert _labels(ann, question) == ["✖ Cancel it and check in here", "Keep it"]
    assert _running(bot) == ("movie", INCEPTION)
    assert ann.text(card) == f"a card of movie:{INTERSTELLAR}"
    inception_plays = _plays(bot, "movie", INCEPTION)

    await ann.press("✖ Cancel it and check in here", message=question)
    until = _until(bot)
    assert _running(bot) == ("movie", INTERSTELLAR)
    assert ann.last_alert == f"Checked in to Interstellar until {_until(bot, toast=True)}"
    assert ann.text(question) == f"🎬 Checked in to Interstellar (2014) until {until}."
    assert _labels(ann, question) == []
    assert _plays(bot, "movie", INCEPTION) == inception_plays - 1  # the cancelled one's play

    # the same question pressed again (a double tap, an old copy) checks in nowhere else
    posts = _requests(bot, "POST", "/checkin")
    again = encode(Action.CHECKIN, "m", INTERSTELLAR, "r", owner=ann.user.id)
    await ann.press_data(again, question.message_id)
    assert _requests(bot, "POST", "/checkin") == posts
    assert _requests(bot, "DELETE", "/checkin") == 1
    assert _running(bot) == ("movie", INTERSTELLAR)


async def test_keeping_the_running_check_in(bot: Harness, ann: ChatDriver) -> None:
    _, question = await _conflict(bot, ann)
    await ann.press("Keep it", message=question)
    assert ann.text(question) == "👍 Your check-in goes on."
    assert _running(bot) == ("movie", INCEPTION)
    assert _requests(bot, "DELETE", "/checkin") == 0


async def test_pressing_check_in_again_later_says_it_runs(
    bot: Harness, ann: ChatDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After the double-tap memory (an older card, another app): Trakt's 409 and watching say
    it is this very title; no question, no second play."""
    from bot.features import checkin

    monkeypatch.setattr(checkin, "REPEAT", 0.0)
    await _card(bot, ann, MediaRef("movie", INTERSTELLAR))
    await ann.press(CHECK_IN)
    plays, replies = _plays(bot, "movie", INTERSTELLAR), len(ann.replies)
    await ann.press(CHECK_IN)
    assert ann.last_alert == f"Already checked in to Interstellar until {_until(bot, toast=True)}"
    assert _requests(bot, "POST", "/checkin") == 2
    assert len(ann.replies) == replies
    assert _plays(bot, "movie", INTERSTELLAR) == plays


@pytest.mark.parametrize(
    ("status", "headers", "expected"),
    [
        (500, {}, "Trakt is not answering"),
        # 429 with a long wait: queued, not failed (tests/test_answers_later.py)
        (420, {}, "limit"),
        (404, {}, "Trakt"),
    ],
)
async def test_a_failed_cancel_checks_in_nowhere(
    bot: Harness, ann: ChatDriver, status: int, headers: dict[str, str], expected: str
) -> None:
    assert bot.demo is not None
    _, question = await _conflict(bot, ann)
    text = ann.text(question)
    bot.demo.fail("DELETE", "/checkin", status, headers=headers, times=3)
    posts = _requests(bot, "POST", "/checkin")
    await ann.press("✖ Cancel it and check in here", message=question)
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert expected in (ann.last_alert or "")
    assert _running(bot) == ("movie", INCEPTION)
    assert _requests(bot, "POST", "/checkin") == posts
    assert ann.text(question) == text  # the question stays: it can be pressed again


# --- double taps ---------------------------------------------------------------------------


async def _two_at_once(bot: Harness, chat: ChatDriver, data: str, message_id: int) -> None:
    """Two presses delivered together while Trakt holds every check-in."""
    presses = (chat.press_data(data, message_id) for _ in "ab")
    await held_writes(bot, *presses, path="/checkin")


async def test_a_double_tap_checks_in_once(bot: Harness, ann: ChatDriver, tg: FakeTelegram) -> None:
    card = await _card(bot, ann, MediaRef("movie", INTERSTELLAR))
    data = checkin_button(EN, MediaRef("movie", INTERSTELLAR), ann.user.id).callback_data
    assert isinstance(data, str)
    plays = _plays(bot, "movie", INTERSTELLAR)
    await _two_at_once(bot, ann, data, card.message_id)
    assert _requests(bot, "POST", "/checkin") == 1
    assert _plays(bot, "movie", INTERSTELLAR) == plays + 1
    answers = [a.text for a in tg.callback_answers[-2:]]
    assert answers == [f"Checked in to Interstellar until {_until(bot, toast=True)}"] * 2
    assert len(ann.replies) == 1  # no question: it is the same check-in

    await ann.press(CHECK_IN)  # and once more a moment later: the same answer, no request
    assert ann.last_alert == answers[0]
    assert _requests(bot, "POST", "/checkin") == 1


async def test_the_double_tap_race_is_real_without_the_lock(
    bot: Harness, ann: ChatDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the per-title lock the same two presses both reach Trakt: the test above
    could fail."""
    from bot.marks import Marks

    class _NoLock:
        async def __aenter__(self) -> None:
            return None

        async def __aexit__(self, *_: object) -> None:
            return None

    monkeypatch.setattr(Marks, "lock", lambda self, user_id, ref: _NoLock())
    card = await _card(bot, ann, MediaRef("movie", INTERSTELLAR))
    data = checkin_button(EN, MediaRef("movie", INTERSTELLAR), ann.user.id).callback_data
    assert isinstance(data, str)
    await _two_at_once(bot, ann, data, card.message_id)
    assert _requests(bot, "POST", "/checkin") == 2


# --- errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "headers", "expected"),
    [
        (400, {}, "Trakt"),
        (403, {"Content-Type": "text/html"}, "refusing this bot"),
        (404, {}, "Trakt"),
        (420, {}, "limit"),
        (422, {}, "Trakt"),
        (423, {}, "locked"),
        # 429 with a long wait: queued, not failed (tests/test_answers_later.py)
        (500, {}, "Trakt is not answering"),
        (502, {}, "Trakt is not answering"),
        (503, {}, "Trakt is not answering"),
        (504, {}, "Trakt is not answering"),
    ],
)
async def test_trakt_errors_on_check_in(
    bot: Harness, ann: ChatDriver, status: int, headers: dict[str, str], expected: str
) -> None:
    assert bot.demo is not None
    card = await _card(bot, ann, MediaRef("movie", INTERSTELLAR))
    plays = _plays(bot, "movie", INTERSTELLAR)
    bot.demo.fail("POST", "/checkin", status, headers=headers)
    await ann.press(CHECK_IN)
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert expected.lower() in (ann.last_alert or "").lower()
    assert len(ann.last_alert or "") <= 200
    assert _running(bot) is None
    assert ann.last_reply.message_id == card.message_id and not ann.last_reply.edited
    # nothing noted: 👁 still adds the play
    await ann.press("👁 Mark watched")
    assert ann.last_alert == "Marked as watched"
    assert _plays(bot, "movie", INTERSTELLAR) == plays + 1


async def test_a_forged_check_in_gets_an_alert(ann: ChatDriver, bot: Harness) -> None:
    card = await _card(bot, ann, MediaRef("movie", INTERSTELLAR))
    for args in (("s", 1388), ("m", INTERSTELLAR, "z"), ("q",), ("m", 0), ("e", "x")):
        await ann.press_data(encode(Action.CHECKIN, *args, owner=ann.user.id), card.message_id)
        assert ann.last_answer is not None and ann.last_answer.show_alert
        assert "out of date" in (ann.last_alert or "")
    assert _running(bot) is None


async def test_unlinked_gets_the_link_prompt(bot: Harness, chat: ChatDriver) -> None:
    await chat.say("/checkin")
    assert "needs your Trakt account" in chat.text()
    await _card(bot, chat, MediaRef("movie", INTERSTELLAR))
    await chat.press(CHECK_IN)
    assert chat.last_answer is not None and chat.last_answer.show_alert


# --- /checkin ---------------------------------------------------------------------------------


async def test_checkin_command_without_and_with_a_check_in(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/checkin")
    assert ann.text() == (
        "You're not checked in to anything right now. "
        "Open a movie or an episode and press 🎬 Check in."
    )
    assert view_rows(ann) == []  # only the way home (☰ Menu)

    await _card(bot, ann, MediaRef("episode", PILOT))
    await ann.press(CHECK_IN)
    assert bot.demo is not None
    running = demo_user(bot).running_checkin(bot.demo.now())
    assert running is not None
    await ann.say("/checkin")
    assert ann.text() == (
        "🎬 Checked in to Breaking Bad · S01E01 · Pilot\n"
        f"Started at {_local(running.started_at)}\n"
        f"Ends at {_local(running.expires_at)}"
    )
    plays = _plays(bot, "episode", PILOT)
    await ann.press("✖ Cancel check-in")
    assert ann.last_alert == "Check-in cancelled"
    assert ann.text() == "Your check-in to Breaking Bad · S01E01 · Pilot is cancelled."
    assert _running(bot) is None
    assert _plays(bot, "episode", PILOT) == plays - 1

    cancel = encode(Action.CHECKIN, "c", owner=ann.user.id)
    await ann.press_data(cancel, ann.last_reply.message_id)
    assert ann.text() == "Nothing is running any more."


async def test_cancel_errors_leave_the_check_in(bot: Harness, ann: ChatDriver) -> None:
    assert bot.demo is not None
    await _card(bot, ann, MediaRef("movie", INTERSTELLAR))
    await ann.press(CHECK_IN)
    await ann.say("/checkin")
    text = ann.text()
    bot.demo.fail("DELETE", "/checkin", 503, times=3)
    await ann.press("✖ Cancel check-in")
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert "Trakt is not answering" in (ann.last_alert or "")
    assert ann.text() == text
    assert _running(bot) == ("movie", INTERSTELLAR)


async def test_checkin_in_a_group_goes_to_the_private_chat(bot: Harness, tg: FakeTelegram) -> None:
    private = bot.chat()
    await link_account(bot, private.user.id)
    await _card(bot, private, MediaRef("movie", INTERSTELLAR))
    await private.press(CHECK_IN)
    ann = bot.chat(chat=tg.group_chat())
    await ann.say("/checkin")
    assert ann.text() == "📬 Ann, I sent it to you in our private chat."
    assert "Checked in to Interstellar (2014)" in private.text()
    await private.press("✖ Cancel check-in")
    assert _running(bot) is None


# --- /me --------------------------------------------------------------------------------------


async def test_me_shows_what_is_watched_now(bot: Harness, ann: ChatDriver) -> None:
    await ann.say("/me")
    assert "Watching now" not in ann.text()
    await _card(bot, ann, MediaRef("movie", INTERSTELLAR))
    await ann.press(CHECK_IN)
    await ann.say("/me")
    assert f"▶️ Watching now: Interstellar (2014), until {_until(bot)}" in ann.text()


async def test_me_stands_when_watching_fails(bot: Harness, ann: ChatDriver) -> None:
    assert bot.demo is not None
    await _card(bot, ann, MediaRef("movie", INTERSTELLAR))
    await ann.press(CHECK_IN)
    bot.demo.fail("GET", "/users/me/watching", 500, times=3)
    await ann.say("/me")
    assert "Your Trakt account" in ann.text()
    assert "Watching now" not in ann.text()


async def test_checkin_right_to_left(bot: Harness) -> None:
    """Persian: every line of /checkin starts right to left; the title and times are isolated."""
    sara = bot.chat(user_id=1009, first_name="Sara", language_code="fa")
    await link_account(bot, sara.user.id)
    await _card(bot, sara, MediaRef("movie", INTERSTELLAR), shared_i18n().translator("fa"))
    await sara.press("🎬 چک‌این")
    assert (sara.last_alert or "").startswith("چک‌این شد: \u2068Interstellar\u2069")
    await sara.say("/checkin")
    lines = sara.text().splitlines()
    assert len(lines) == 3 and all(line.startswith("\u200f") for line in lines)
    assert "\u2068Interstellar\u2069" in lines[0]
    assert _labels(sara) == ["✖ لغو چک‌این", "☰ منو"]


async def test_a_scrobble_shows_without_cancel(bot: Harness, ann: ChatDriver) -> None:
    """A player app scrobbling (not a check-in): shown, but DELETE /checkin can't stop it."""
    assert bot.demo is not None
    body = {
        "expires_at": "2030-01-01T12:00:00.000Z",
        "started_at": "2030-01-01T10:00:00.000Z",
        "action": "scrobble",
        "type": "movie",
        **bot.demo.media_json("movie", INTERSTELLAR, {"full"}),
    }
    headers = {"Content-Type": "application/json"}
    bot.demo.fail("GET", "/users/me/watching", 200, headers=headers, body=json.dumps(body))
    await ann.say("/checkin")
    assert ann.text().startswith("▶️ Watching Interstellar (2014) in a player app")
    assert "Ends at Tue, Jan 1, 2030, 12:00 PM" in " ".join(ann.text().split())
    assert view_rows(ann) == []


async def test_checkin_takes_no_words(ann: ChatDriver) -> None:
    await ann.say("/checkin now please")
    assert ann.text().startswith("Show what you are checked in to now")
