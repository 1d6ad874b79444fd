"""HTML parsing, terminal rendering and keyboard rendering of the fake Telegram."""

from __future__ import annotations

import pytest

from bot.testkit.fakebot.models import StoredMessage, User
from bot.testkit.fakebot.text import (
    HtmlError,
    html_entities,
    html_to_text,
    render_keyboard,
    render_message,
    utf16_len,
)


@pytest.mark.parametrize(
    ("html", "plain"),
    [
        ("<b>Dune</b> (2021)", "Dune (2021)"),
        ("<strong>a</strong><i>b</i><em>c</em><u>d</u><s>e</s>", "abcde"),
        ("Tom &amp; Jerry &lt;3 &quot;x&quot; &#33; &#x41;", 'Tom & Jerry <3 "x" ! A'),
        ('<a href="https://trakt.tv/movies/dune">Dune</a>', "Dune (https://trakt.tv/movies/dune)"),
        ('<a href="https://trakt.tv">https://trakt.tv</a>', "https://trakt.tv"),
        ("<code>x = 1</code>", "x = 1"),
        ("<pre>line1\nline2</pre>", "    line1\n    line2"),
        ("<blockquote>one\ntwo</blockquote>", "│ one\n│ two"),
        ('<span class="tg-spoiler">ending</span>', "▒▒▒▒▒▒"),
        ("<tg-spoiler>no</tg-spoiler>", "▒▒▒"),
        ("a < b & c", "a < b & c"),
        ("<b>unclosed", "unclosed"),
    ],
)
def test_html_to_text_plain(html: str, plain: str) -> None:
    assert html_to_text(html) == plain


def test_html_to_text_ansi_styles_nest() -> None:
    out = html_to_text("<b>bold <i>both</i></b>", ansi=True)
    assert out == "\x1b[1mbold \x1b[3mboth\x1b[23m\x1b[22m"


def test_html_entities_offsets_in_utf16() -> None:
    plain, entities = html_entities("🎬 <b>Dune</b> <a href='https://x.y'>link</a>")
    assert plain == "🎬 Dune link"
    assert entities == [
        {"type": "bold", "offset": 3, "length": 4},
        {"type": "text_link", "url": "https://x.y", "offset": 8, "length": 4},
    ]
    assert utf16_len("🎬") == 2


def test_html_entities_pre_language_and_expandable_quote() -> None:
    _, entities = html_entities(
        '<pre><code class="language-python">x</code></pre><blockquote expandable>q</blockquote>'
    )
    assert entities == [
        {"type": "pre", "language": "python", "offset": 0, "length": 1},
        {"type": "expandable_blockquote", "offset": 1, "length": 1},
    ]


@pytest.mark.parametrize(
    ("html", "error"),
    [
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<div>x</div>", 'Unsupported start tag "div" at byte offset 0'),
        ("<b>x</i>", "Unmatched end tag at byte offset 4"),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("a <3 b", "Unsupported start tag at byte offset 2"),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler"'),
    ],
)
def test_html_entities_rejects_what_telegram_rejects(html: str, error: str) -> None:
    with pytest.raises(HtmlError, match=error.replace("(", r"\(")):
        html_entities(html)


def test_render_keyboard_numbers_across_rows_and_shows_urls() -> None:
    markup = {
        "inline_keyboard": [
            [
                {"text": "◀", "callback_data": "p:0"},
                {"text": "Page 1/3", "callback_data": "noop"},
                {"text": "▶", "callback_data": "p:2"},
            ],
            [{"text": "Open on Trakt", "url": "https://trakt.tv/movies/dune"}],
        ]
    }
    assert render_keyboard(markup) == [
        "[1] ◀  [2] Page 1/3  [3] ▶",
        "[4] Open on Trakt (https://trakt.tv/movies/dune)",
    ]


def test_render_keyboard_says_how_to_search_as_you_type() -> None:
    here = {"text": "🔎 جستجو", "switch_inline_query_current_chat": ""}
    there = {"text": "Share", "switch_inline_query": "dune"}
    assert render_keyboard({"inline_keyboard": [[here], [there]]}) == [
        "[1] 🔎 جستجو (search as you type: type @bot words)",
        "[2] Share (search as you type: type @bot dune)",
    ]


@pytest.mark.parametrize(
    ("markup", "lines"),
    [
        (None, []),
        ({"remove_keyboard": True}, []),
        ({"force_reply": True}, ["↩ (reply expected)"]),
        ({"keyboard": [[{"text": "Yes"}, {"text": "No"}]]}, ["⌨ Yes | No"]),
    ],
)
def test_render_keyboard_other_markups(markup: dict[str, object] | None, lines: list[str]) -> None:
    assert render_keyboard(markup) == lines


def test_render_message_marks_edits() -> None:
    bot = User(1, "Bot", is_bot=True)
    msg = StoredMessage(1, 5, True, bot, 0, text="<b>Hi</b>", parse_mode="HTML", edited=1)
    msg.reply_markup = {"inline_keyboard": [[{"text": "OK", "callback_data": "ok"}]]}
    assert render_message(msg) == "Hi\n[1] OK\n(edited)"
