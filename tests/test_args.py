"""Command arguments in every language (`locales/<lang>/args.ftl`, bot.kit.args)."""

from __future__ import annotations

import pytest

from bot.features import discover, history, party, recommend, watchlist
from bot.i18n import shared_i18n
from bot.kit import args
from bot.testkit.fakebot import ChatDriver
from bot.testkit.harness import Harness
from tests.helpers import link_account

I18N = shared_i18n()
LANGUAGES = I18N.languages
# Canonical words the usage texts show, per message: checked against each locale's aliases.
USAGE_WORDS = {
    "history-usage": (args.SHOWS, args.MOVIES, args.WEEK, args.MONTH, args.YEAR),
    "watchlist-usage": (args.SHOWS, args.MOVIES, args.RANK, args.ADDED, args.RELEASED),
}


def _conflicts(tables: list[dict[str, tuple[str, ...]]]) -> list[str]:
    """Words (or stems) that would stand for two canonical words."""
    exact: dict[str, set[str]] = {}
    stems: dict[str, set[str]] = {}
    for table in tables:
        for word, names in table.items():
            for name in names:
                target = stems if name.endswith(args.STEM) else exact
                target.setdefault(args.normalize(name.removesuffix(args.STEM)), set()).add(word)
    found = [f"{w} → {sorted(c)}" for w, c in {**exact, **stems}.items() if len(c) > 1]
    for stem, (owner, *_) in ((s, sorted(c)) for s, c in stems.items()):
        for other, claims in (*exact.items(), *stems.items()):
            if other.startswith(stem) and claims - {owner}:
                found.append(f"{stem}* ({owner}) takes {other} ({sorted(claims)})")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_canonical_word_has_aliases(language: str) -> None:
    table = args.aliases(I18N, language)
    assert set(table) == set(args.CANONICAL)
    for word, names in table.items():
        assert names, (language, word)
        assert not names[0].endswith(args.STEM), f"{language}: usage word of {word} is a stem"
        assert all(n == n.lower() for n in names), (language, word, names)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_word_means_two_things_in_one_locale(language: str) -> None:
    assert not _conflicts([args.aliases(I18N, language)])


def test_no_word_means_two_things_across_locales() -> None:
    assert not _conflicts([args.aliases(I18N, language) for language in LANGUAGES])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_first_alias_matches_its_word(language: str) -> None:
    for word, names in args.aliases(I18N, language).items():
        assert all(args.match(n.removesuffix(args.STEM)) == word for n in names), (language, word)


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
@pytest.mark.parametrize("key", sorted(USAGE_WORDS))
def test_usage_texts_show_the_locale_words(language: str, key: str) -> None:
    text = I18N.translator(language).html(key)
    table = args.aliases(I18N, language)
    for word in USAGE_WORDS[key]:
        assert f"{table[word][0]}</code>" in text, (language, key, word)
    for english in ("shows", "movies", "added"):
        assert f"{english}</code>" not in text, (language, key)


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("/Movies", args.MOVIES),
        ("MOVIES,", args.MOVIES),
        ("«Фильмы»", args.MOVIES),
        ("Películas!", args.MOVIES),
        ("peliculas", args.MOVIES),
        ("WOCHE", args.WEEK),
        ("YIL", args.YEAR),
        ("سریالها", args.SHOWS),  # without the zero-width non-joiner
        ("سريال‌ها", args.SHOWS),  # Arabic yeh
        ("a-z", args.TITLE),
        ("фильмов", args.MOVIES),  # stem фильм*
        ("", None),
        ("/", None),
        ("tomorrow", None),
    ],
)
def test_match_ignores_case_accents_and_punctuation(token: str, expected: str | None) -> None:
    assert args.match(token) == expected


def test_features_understand_every_language() -> None:
    assert history.parse_args(["filme", "woche"]) == ("m", "w")
    assert history.parse_args(["séries", "mês"]) == ("s", "m")
    assert history.parse_args(["filme", "films"]) is None
    assert discover.parse_args(["películas"]) == ("m", None)
    assert discover.parse_args(["diziler", "yıl"]) == ("s", "wy")
    assert discover.parse_args(["tutto"]) == ("s", "wa")
    assert recommend.parse_kind(["фільми"]) == "m"
    assert watchlist.parse_args(["filmes", "adicionados"]) == ("m", "added")
    assert watchlist.parse_args(["titre"]) == ("a", "title")
    assert watchlist.parse_args(["год"]) == ("a", "released")
    assert party.parse_kind(["diziler"]) == "shows"
    assert party.parse_kind(["فیلم‌ها"]) == "movies"
    assert party.parse_kind(["hepsi"]) == "all"


async def test_history_in_german_words(bot: Harness) -> None:
    hans = bot.chat(user_id=3001, first_name="Hans", language_code="de")
    await link_account(bot, hans.user.id)
    await hans.say("/history filme woche")
    text = hans.text()
    assert "Dein Verlauf: Filme" in text and "letzte 7 Tage" in text


async def test_trending_in_spanish_words(bot: Harness) -> None:
    lucia = bot.chat(user_id=3002, first_name="Lucía", language_code="es")
    await lucia.say("/trending películas")
    assert "Películas en tendencia" in lucia.text()


async def test_recommend_in_ukrainian_words(bot: Harness) -> None:
    olena = bot.chat(user_id=3003, first_name="Olena", language_code="uk")
    await link_account(bot, olena.user.id)
    await olena.say("/recommend фільми")
    assert "Фільми для вас" in olena.text()


async def test_any_language_works_in_any_chat(chat: ChatDriver, bot: Harness) -> None:
    await link_account(bot, chat.user.id)
    await chat.say("/history filmes")
    assert chat.text().startswith("🕘 Your history: movies")
