"""Right-to-left: in Persian every left-to-right fragment (title, year, S01E02 code, number,
command) is wrapped in FSI…PDI so the line does not scramble; other languages get none."""

from __future__ import annotations

import re

from bot.i18n import FSI, PDI, Html, shared_i18n
from bot.render import cards
from bot.render.cards import RLM
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from bot.trakt import Ids, Show, Translation
from tests.helpers import link_account

I18N = shared_i18n()
FA, EN = I18N.translator("fa"), I18N.translator("en")
MARKS = re.compile(f"[{FSI}{PDI}]")
ISOLATED_TITLE = re.compile(rf"^\d+\. {FSI}[^{FSI}{PDI}]+{PDI} \({FSI}\d{{4}}{PDI}\)")


def iso(text: str) -> str:
    return f"{FSI}{text}{PDI}"


def test_cards_isolate_only_in_a_right_to_left_language() -> None:
    dark = Show(title="Dark", year=2017, ids=Ids(trakt=1), rating=8.6)
    local = Translation(language="fa", title="تاریکی")
    assert cards.title(EN, dark) == "<b>Dark</b> (2017)"
    assert cards.title(FA, dark) == f"<b>{iso('Dark')}</b> ({iso('۲۰۱۷')})"
    assert cards.title(FA, dark, local) == (
        f"<b>{iso('تاریکی')}</b> ({iso('۲۰۱۷')}) · <i>{iso('Dark')}</i>"
    )
    assert cards.rating(FA, dark) == f"★ {iso(FA.number(8.6, format='0.0'))}"
    assert cards.numbered_label(FA, 3, "Dark", 24) == f"۳. {iso('Dark')}"
    assert cards.numbered_label(EN, 3, "Dark", 24) == "3. Dark"


def test_links_and_codes_are_never_isolated() -> None:
    device = FA.html("link-device", code="AB12CD34", minutes=5)
    assert "<code>AB12CD34</code>" in device
    profile = FA.html("me-user", url="https://trakt.tv/users/x", username="x")
    assert 'href="https://trakt.tv/users/x"' in profile and iso("x") in profile


async def test_a_persian_list_isolates_titles_and_years(bot: Harness) -> None:
    fa = bot.chat(4001, "Sara", language_code="fa")
    await fa.say("/trending")
    lines = [line for line in fa.text().splitlines() if line]
    assert all(line.startswith(RLM) for line in lines), lines  # every line right-to-left
    numbered = [line[1:] for line in lines if line[1:2].isdigit()]
    assert len(numbered) == 8
    assert all(ISOLATED_TITLE.match(line) for line in numbered), numbered
    await fa.press("۲")
    card = fa.text()
    assert card.startswith(f"{RLM}📺 {iso('Breaking Bad')} ({iso('۲۰۰۸')})\n")
    assert iso("AMC") in card and iso("TV-MA") in card


async def test_persian_episode_codes_and_buttons(bot: Harness) -> None:
    fa = bot.chat(4001, "Sara", language_code="fa")
    await link_account(bot, fa.user.id)
    await fa.say("/history")
    assert f"{iso('Severance')} · {iso('S01E04')} · {iso('The You You Are')}" in fa.text()
    await fa.say("/watchlist")
    labels = [b.label for row in fa.buttons() for b in row]
    assert f"۱. {iso('Dune: Part Two')}" in labels
    await fa.say("/search the bear")
    await fa.press("۱")
    assert f"{iso('S04E04')} · {iso('Small Mercies')}" in fa.text()


async def test_persian_help_isolates_the_commands(bot: Harness) -> None:
    fa = bot.chat(4001, "Sara", language_code="fa")
    await fa.say("/help")
    assert f"{iso('/trending')} — {FA.plain('cmd-trending')}" in fa.text()
    assert f"@{bot.app.bot.username} " in fa.text()  # inside <code>: no marks


async def test_english_has_no_marks(bot: Harness, chat: ChatDriver) -> None:
    for command in ("/help", "/trending", "/search the bear"):
        await chat.say(command)
        assert not MARKS.search(chat.last_reply.content), command
    await chat.press("1")
    assert not MARKS.search(chat.last_reply.content)
    assert not any(MARKS.search(b.label) for row in chat.buttons() for b in row)


async def test_a_right_to_left_title_in_an_english_list_keeps_the_line_left_to_right(
    chat: ChatDriver,
) -> None:
    await chat.say("/search separation")
    assert f"1. {iso('جدایی نادر از سیمین')} (2011)" in chat.text()


def test_a_title_placeable_is_not_isolated_twice() -> None:
    movie = Show(title="جدایی نادر از سیمین", year=2011, ids=Ids(trakt=1))
    title = cards.title(FA, movie)
    header = FA.html("people-of-title", title=title)
    assert f"{FSI}{title}{PDI}" not in header and title in header
    plain = FA.html("people-of-title", title="x")  # a plain value is isolated as Fluent does
    assert f"{FSI}x{PDI}" in plain


def test_lists_are_joined_as_the_locale_does() -> None:
    assert EN.join(["Directing", "Writing", "Production"]) == "Directing, Writing, and Production"
    assert "،" in FA.join(["الف", "ب", "ج"]) and " و " in FA.join(["الف", "ب"])
    assert I18N.translator("ru").join(["А", "Б"]) == "А и Б"


def test_right_to_left_lines_only_when_they_fit() -> None:
    text = Html("1. a\n\n2. b")
    assert cards.right_to_left(text, 100) == f"{RLM}1. a\n\n{RLM}2. b"
    assert cards.right_to_left(text, len(text) + 1) == f"{RLM}1. a\n\n2. b"  # the first fit
    assert cards.right_to_left(text, len(text)) == text


async def test_english_views_have_no_right_to_left_marks(chat: ChatDriver) -> None:
    await chat.say("/trending")
    assert RLM not in chat.last_reply.content
