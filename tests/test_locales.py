"""Every locale has every key, with the same placeables, valid HTML and plural forms."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

import pytest
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.i18n import LOCALES_DIR, RESOURCE, Html, I18n, escape

I18N = I18n()
LANGUAGES = I18N.languages
# Placeables that take numbers (plural selectors need a number); all others get text.
NUMERIC = {"count", "page", "pages", "seconds", "status", "minutes", "rating", "number", "limit"}
ALLOWED_TAGS = {"b", "i", "u", "s", "code", "pre", "a", "blockquote", "tg-spoiler"}


def _messages(language: str) -> dict[str, ast.Message]:
    found: dict[str, ast.Message] = {}
    for path in sorted((LOCALES_DIR / language).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        junk = [e for e in resource.body if isinstance(e, ast.Junk)]
        assert not junk, f"{path}: syntax error near {junk[0].content!r}"
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                assert entry.id.name not in found, f"{path}: {entry.id.name} defined twice"
                found[entry.id.name] = entry
    return found


def _files(language: str) -> set[str]:
    return {p.name for p in (LOCALES_DIR / language).glob("*.ftl")}


def _variables(message: ast.Message) -> set[str]:
    found: set[str] = set()

    class Collect(Visitor):
        def visit_VariableReference(self, node: ast.VariableReference) -> None:
            found.add(node.id.name)

    Collect().visit(message)
    return found


REFERENCE = _messages("en")


def test_at_least_english_and_russian() -> None:
    assert {"en", "ru"} <= set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_same_files_as_english(language: str) -> None:
    assert RESOURCE in _files(language)
    assert _files(language) == _files("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_key_is_translated(language: str) -> None:
    messages = _messages(language)
    missing = sorted(set(REFERENCE) - set(messages))
    extra = sorted(set(messages) - set(REFERENCE))
    assert not missing, f"{language} lacks {missing}"
    assert not extra, f"{language} has keys English lacks: {extra}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeables_match_english(language: str) -> None:
    messages = _messages(language)
    for key, reference in REFERENCE.items():
        assert _variables(messages[key]) == _variables(reference), f"{language}:{key}"


class _TagChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.bad: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.bad.append(tag)
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.bad.append(f"/{tag}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_rendered_messages_are_valid_telegram_html(language: str) -> None:
    tr = I18N.translator(language)
    for key, message in REFERENCE.items():
        args = {
            name: "x" if name not in ("count", "page", "pages", "seconds", "status") else 2
            for name in _variables(message)
        }
        text = tr.html(key, **args)
        checker = _TagChecker()
        checker.feed(text)
        assert not checker.bad and not checker.stack, f"{language}:{key} -> {text!r}"
        assert not re.search(r"&(?![a-z]+;|#\d+;)", text), f"{language}:{key} has a bare &"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("count", [1, 2, 5, 21])
def test_plurals_render(language: str, count: int) -> None:
    text = I18N.translator(language).plain("watching-now", count=count)
    assert str(count) in text and "{" not in text


def test_russian_plural_forms_differ() -> None:
    tr = I18N.translator("ru")
    forms = {tr.plain("watching-now", count=n).split(" ", 1)[1] for n in (1, 2, 5)}
    assert len(forms) == 3


def test_string_arguments_are_escaped_unless_marked_safe() -> None:
    tr = I18N.translator("en")
    assert "&lt;b&gt;" in tr.html("start-welcome", name="<b>Eve</b> & co")
    assert "<i>x</i>" in tr.html("start-welcome", name=Html("<i>x</i>"))
    assert escape("a<b&c") == "a&lt;b&amp;c"


@pytest.mark.parametrize(
    ("candidates", "expected"),
    [
        (("ru",), "ru"),
        ((None, "ru-RU"), "ru"),
        ((None, "pt-br"), "pt-BR"),
        ((None, "pt"), "pt-BR"),
        ((None, "PT_br"), "pt-BR"),
        ((None, "zh-hans"), "en"),
        ((None, None), "en"),
        (("xx", "ru"), "ru"),
        ((None, "EN_us"), "en"),
    ],
)
def test_language_choice(candidates: tuple[str | None, ...], expected: str) -> None:
    assert I18N.resolve(*candidates) == expected


def test_dates_and_numbers_follow_the_locale() -> None:
    en, ru = I18N.translator("en"), I18N.translator("ru")
    day = date(2026, 11, 24)
    assert en.date(day) == "Nov 24, 2026"
    assert "нояб" in ru.date(day)
    assert en.number(1234.5) == "1,234.5"
    assert ru.number(1234.5).replace("\xa0", " ") == "1 234,5"


def test_unknown_key_falls_back_to_the_key_not_a_crash() -> None:
    assert I18N.translator("ru").plain("no-such-key") == "no-such-key"
