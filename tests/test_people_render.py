"""People: credits parsing (tolerant), "known for" ranking, the card and the list entry."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.i18n import Html, shared_i18n
from bot.render import cards, people
from bot.render.cards import utf16_len
from bot.trakt import ACTING, Credits, Ids, Movie, Person, Show, TitlePeople, Translation

I18N = shared_i18n()
EN, RU = I18N.translator("en"), I18N.translator("ru")


def _movie(trakt: int, title: str, year: int, votes: int) -> dict[str, object]:
    return {"title": title, "year": year, "votes": votes, "ids": {"trakt": trakt}}


def test_credits_parse_cast_and_every_crew_department() -> None:
    data = {
        "cast": [
            {"characters": ["Cobb", "Cobb"], "character": "Cobb", "movie": _movie(1, "A", 2010, 5)},
            {"character": "Old style", "movie": _movie(2, "B", 2001, 1)},
            {"characters": [], "movie": _movie(3, "C", 2002, 1)},
        ],
        "crew": {
            "directing": [
                {"jobs": ["Director"], "job": "Director", "movie": _movie(1, "A", 2010, 5)}
            ],
            "Writing": [{"job": "Screenplay", "movie": _movie(4, "D", 2014, 9)}],
        },
    }
    credits = Credits.from_json(data, "movies").items
    assert [(c.media.title, c.department, c.roles) for c in credits] == [
        ("A", ACTING, ("Cobb",)),
        ("B", ACTING, ("Old style",)),
        ("C", ACTING, ()),
        ("A", "directing", ("Director",)),
        ("D", "writing", ("Screenplay",)),
    ]


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        "nope",
        {"cast": "x", "crew": []},
        {"cast": [1, None, {"movie": None}, {"movie": {"title": "no id"}}], "crew": {"": [{}]}},
        {"crew": {"directing": "x", "sound": [{"show": {"title": "wrong kind", "ids": {}}}]}},
    ],
)
def test_odd_credits_parse_to_nothing(data: object) -> None:
    assert Credits.from_json(data, "movies").items == ()


def test_show_credits_keep_episode_counts() -> None:
    show = {"title": "Breaking Bad", "year": 2008, "ids": {"trakt": 1388}}
    data = {"cast": [{"characters": ["Walter White"], "episode_count": 62, "show": show}]}
    (credit,) = Credits.from_json(data, "shows").items
    assert isinstance(credit.media, Show) and credit.episodes == 62


def _person(department: str | None = "directing", **more: Any) -> Person:
    fields: dict[str, Any] = {"name": "Chris", "ids": Ids(trakt=7, slug="chris")}
    return Person(**(fields | {"known_for_department": department} | more))


def test_known_for_takes_their_department_merged_and_most_voted_first() -> None:
    data = {
        "cast": [{"character": "Cameo", "movie": _movie(9, "Big", 2000, 1000)}],
        "crew": {
            "directing": [
                {"job": "Director", "movie": _movie(1, "Old", 1998, 50)},
                {"job": "Director", "movie": _movie(2, "Hit", 2010, 900)},
                {"job": "Director", "movie": _movie(3, "New", 2023, 50)},
            ],
            "writing": [{"job": "Writer", "movie": _movie(2, "Hit", 2010, 900)}],
        },
    }
    credits = Credits.from_json(data, "movies").items
    known = people.known_for(_person("directing"), credits)
    assert [k.media.title for k in known] == ["Hit", "New", "Old"]  # votes, then newest
    assert people.known_for(_person("acting"), credits)[0].media.title == "Big"
    # Nothing in their department: every credit counts, each title once.
    everything = people.known_for(_person("sound"), credits)
    assert [k.media.title for k in everything] == ["Big", "Hit", "New", "Old"]
    assert everything[0].roles == ("Cameo",) and everything[1].roles == ()  # no crew jobs
    assert len(people.known_for(_person(), credits, limit=2)) == 2


def test_a_writers_created_shows_count_as_writing() -> None:
    def show(trakt: int, title: str, votes: int) -> dict[str, object]:
        return {"title": title, "year": 2016, "votes": votes, "ids": {"trakt": trakt}}

    data = {
        "cast": [{"character": "Fleabag", "show": show(1, "Fleabag", 500)}],
        "crew": {
            "created by": [{"job": "Creator", "show": show(1, "Fleabag", 500)}],
            "writing": [{"job": "Writer", "show": show(2, "Killing Eve", 300)}],
            "production": [{"job": "Producer", "show": show(3, "Other", 900)}],
        },
    }
    credits = Credits.from_json(data, "shows").items
    known = people.known_for(_person("writing"), credits)
    assert [k.media.title for k in known] == ["Fleabag", "Killing Eve"]


def test_card_in_english_and_russian_escaped() -> None:
    person = _person(
        "acting",
        name="<Bryan> & Co",
        birthday=date(1956, 3, 7),
        death=date(2099, 1, 2),
        birthplace="Hollywood, <CA>",
        biography="Bio " * 400,
    )
    bad = Movie(title="Breaking <Bad>", year=2008, ids=Ids(trakt=1), votes=5)
    known = [people.Known(bad, ("Walter <White>",), 62)]
    text = people.card(EN, person, known, "https://trakt.tv/people/x?a=1&b=2")
    assert text.startswith("👤 <b>&lt;Bryan&gt; &amp; Co</b>\nActing · born Mar 7, 1956 · ")
    assert "died Jan 2, 2099 · Hollywood, &lt;CA&gt;" in text
    assert (
        "1. 🎬 <b>Breaking &lt;Bad&gt;</b> (2008) · as Walter &lt;White&gt; · 62 episodes" in text
    )
    assert 'href="https://trakt.tv/people/x?a=1&amp;b=2"' in text
    assert utf16_len(text) < 4096
    russian = people.card(RU, person, known, "https://trakt.tv/people/x")
    assert "Актёрская работа · род. 7 мар. 1956\u202fг." in russian
    assert "роль: Walter &lt;White&gt; · 62 серии" in russian


def test_card_without_credits_or_facts() -> None:
    text = people.card(EN, Person(name="Nobody", ids=Ids(trakt=1)), [], "https://trakt.tv/p")
    assert text.startswith("👤 <b>Nobody</b>\n\n<i>Trakt lists no movies or shows")


def test_card_with_long_everything_fits() -> None:
    long = "x" * 3000
    person = _person(name=long, biography=long, birthplace=long)
    known = [
        people.Known(Movie(title=long, year=2000, ids=Ids(trakt=n)), (long, long, long), 9)
        for n in range(1, 9)
    ]
    assert utf16_len(people.card(EN, person, known, "https://trakt.tv/p")) < 4096


def test_list_entry() -> None:
    person = _person(birthday=date(1970, 7, 30), biography="Filmmaker. " * 40)
    text = people.entry(EN, 3, person)
    lines = text.split("\n")
    assert lines[0] == "3. 👤 <b>Chris</b>"
    assert lines[1] == "Directing · born 1970"
    assert lines[2].startswith("<i>Filmmaker.") and lines[2].endswith("…</i>")
    assert people.department(EN, "Visual Effects") == "Visual effects"
    assert people.department(EN, "gaffer") == "Crew" and people.department(EN, None) == ""


def test_key_people_order_merge_and_limit() -> None:
    def person(trakt: int, name: str) -> dict[str, object]:
        return {"name": name, "ids": {"trakt": trakt}}

    data = {
        "cast": [
            {"characters": ["Lead"], "episode_count": 9, "person": person(1, "Star")},
            {"character": "Friend", "person": person(2, "Second")},
            {"character": "Cameo", "person": person(3, "Boss")},
            {"character": "nobody", "person": {"name": "No id", "ids": {}}},
        ],
        "crew": {
            "writing": [{"job": "Writer", "person": person(4, "Pen")}],
            "directing": [{"job": "Director", "person": person(3, "Boss")}],
            "created by": [{"job": "Creator", "person": person(5, "Maker")}],
        },
    }
    found = people.key_people(TitlePeople.from_json(data))
    assert [c.person.name for c in found] == ["Boss", "Maker", "Star", "Second", "Pen"]
    boss = found[0]
    assert boss.departments == ("directing",) and boss.roles == ("Cameo",)
    assert found[2].episodes == 9
    assert len(people.key_people(TitlePeople.from_json(data), limit=2)) == 2
    text = people.cast_list(RU, Html("<b>T</b>"), found, "https://trakt.tv/shows/t/people")
    assert "1. <b>Boss</b> · Режиссура · роль: Cameo" in text
    assert "2. <b>Maker</b> · Создатель" in text
    assert TitlePeople.from_json({"cast": "x", "crew": []}) == TitlePeople()


def test_only_directors_proper_and_creators_lead() -> None:
    def person(trakt: int, name: str) -> dict[str, object]:
        return {"name": name, "ids": {"trakt": trakt}}

    helpers = [
        {"jobs": ["First Assistant Director"], "person": person(n, f"AD {n}")}
        for n in range(10, 30)
    ]
    data = {
        "cast": [{"character": f"Part {n}", "person": person(n, f"Actor {n}")} for n in (1, 2)],
        "crew": {
            "directing": [
                *helpers,
                {"jobs": ["Director"], "person": person(3, "Chief")},
                *({"jobs": ["Director"], "person": person(n, f"Ep {n}")} for n in range(40, 45)),
            ]
        },
    }
    found = people.key_people(TitlePeople.from_json(data))
    names = [c.person.name for c in found]
    assert names[:5] == ["Chief", "Ep 40", "Ep 41", "Actor 1", "Actor 2"]
    assert names[5] == "AD 10" and len(names) == people.TITLE_PEOPLE


def test_cast_list_with_long_everything_fits() -> None:
    long = "W" * 3000
    media = Show(title=long, year=2020, ids=Ids(trakt=1))
    local = Translation(language="ru", title="Д" * 3000)
    title = cards.short_title(RU, media, local, people.TITLE)
    many = [
        people.Credited(
            Person(name=long, ids=Ids(trakt=n)),
            ("directing", "writing", "production", "sound", "art"),
            (long, long, long),
            999,
        )
        for n in range(1, 13)
    ]
    text = people.cast_list(RU, title, many, "https://trakt.tv/shows/" + "x" * 200)
    assert utf16_len(text) < 4096


def test_a_caption_card_shortens_then_drops_the_biography() -> None:
    person = _person(biography="word " * 300)
    known = [people.Known(Movie(title=f"Film {n}", year=2000, ids=Ids(trakt=n))) for n in range(8)]
    full = people.card(EN, person, known, "https://trakt.tv/people/chris")
    short = people.card(EN, person, known, "https://trakt.tv/people/chris", limit=600)
    assert utf16_len(short) <= 600 < utf16_len(full)
    assert "word word" in short and "8. 🎬 <b>Film 7</b> (2000)" in short  # titles all kept
    tiny = people.card(EN, person, known, "https://trakt.tv/people/chris", limit=420)
    assert "word" not in tiny and "8. 🎬 <b>Film 7</b> (2000)" in tiny


def test_a_half_failed_card_says_the_list_may_be_short() -> None:
    known = [people.Known(Movie(title="Film", year=2000, ids=Ids(trakt=1)))]
    text = people.card(EN, _person(), known, "https://trakt.tv/people/chris", failed=True)
    assert "Film</b> (2000)" in text and "Trakt could not list their movies and shows" in text
    whole = people.card(EN, _person(), known, "https://trakt.tv/people/chris")
    assert "could not list" not in whole
