"""Every title and person in tests/trakt-samples renders (list entry and card), in
every locale, escaped and within Telegram's limits."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from bot.i18n import shared_i18n
from bot.render import cards, people
from bot.render.details import Card, render
from bot.trakt import Episode, Movie, Person, Show
from tests.helpers import TRAKT_SAMPLES

SAMPLES = TRAKT_SAMPLES
LANGUAGES = shared_i18n().languages


def _media(node: Any) -> list[Movie | Show | tuple[Show | None, Episode]]:
    """Every movie, show and episode object anywhere in a sample, parsed by our models."""
    found: list[Movie | Show | tuple[Show | None, Episode]] = []
    if isinstance(node, list):
        for item in node:
            found.extend(_media(item))
    elif isinstance(node, dict):
        show = Show.from_json(node["show"]) if isinstance(node.get("show"), dict) else None
        for key, value in node.items():
            if not isinstance(value, dict):
                found.extend(_media(value))
            elif key == "movie":
                found.append(Movie.from_json(value))
            elif key == "show":
                found.append(Show.from_json(value))
            elif key == "episode":
                found.append((show, Episode.from_json(value)))
            else:
                found.extend(_media(value))
        if (
            "title" in node
            and "ids" in node
            and ("tvdb" in node["ids"] or "aired_episodes" in node)
        ):
            found.append(Show.from_json(node))
    return found


def _samples() -> list[Path]:
    found = sorted(SAMPLES.glob("*.json"))
    assert found, f"no Trakt samples at {SAMPLES}"
    return found


class _Balanced(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ok = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self.ok = self.ok and bool(self.stack) and self.stack.pop() == tag


def _valid(html: str) -> bool:
    checker = _Balanced()
    checker.feed(html)
    return checker.ok and not checker.stack


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sample_title_renders(language: str) -> None:
    tr = shared_i18n().translator(language)
    rendered = 0
    for path in _samples():
        for item in _media(json.loads(path.read_text(encoding="utf-8"))):
            if isinstance(item, tuple):
                text = cards.episode_line(tr, *item)
            else:
                text = cards.list_entry(tr, 1, item)
                card = render(tr, Card(item, f"https://trakt.tv/x/{item.ids.slug}"))
                assert _valid(card) and cards.utf16_len(card) <= 4096, path.name
            assert _valid(text), (path.name, text)
            rendered += 1
    assert rendered > 50


def _people(node: Any) -> list[Person]:
    """Every person object anywhere in a sample."""
    if isinstance(node, list):
        return [person for item in node for person in _people(item)]
    if not isinstance(node, dict):
        return []
    found = [Person.from_json(node["person"])] if isinstance(node.get("person"), dict) else []
    return found + [p for key, value in node.items() if key != "person" for p in _people(value)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sample_person_renders(language: str) -> None:
    tr = shared_i18n().translator(language)
    found = [p for path in _samples() for p in _people(json.loads(path.read_text("utf-8")))]
    assert found, "the samples hold a person (search_mixed_types.json)"
    for person in found:
        entry = people.entry(tr, 1, person)
        card = people.card(tr, person, [], f"https://trakt.tv/people/{person.ids.slug}")
        assert person.name in entry and _valid(entry) and _valid(card)
        assert cards.utf16_len(card) <= 4096
