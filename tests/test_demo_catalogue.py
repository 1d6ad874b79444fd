"""Sanity of the demo catalogue: size, unique ids, realistic and awkward entries."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from bot.demo import catalogue_data
from bot.demo.catalogue import Catalogue, NotInCatalogue, images_for, shape, slugify
from bot.demo.catalogue_search import normalize, search_catalogue, unescape

NOW = datetime(2025, 6, 15, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue(NOW)


def test_sizes(catalogue: Catalogue) -> None:
    assert len(catalogue.shows) >= 32
    assert len(catalogue.movies) >= 32
    assert len(catalogue.people) >= 5


@pytest.mark.parametrize("kind", ["show", "movie"])
def test_ids_and_slugs_are_unique(catalogue: Catalogue, kind: str) -> None:
    objs = catalogue.all_objects(kind)
    for key in ("trakt", "slug", "tmdb"):
        values = [o["ids"][key] for o in objs if o["ids"][key] is not None]
        assert len(values) == len(set(values)), key
    assert all(re.fullmatch(r"[a-z0-9-]+", o["ids"]["slug"]) for o in objs)


def test_episode_ids_unique_and_consistent(catalogue: Catalogue) -> None:
    total = sum(len(s.episodes) for e in catalogue.shows.values() for s in e.seasons)
    assert len(catalogue.episodes) == total
    for entry in catalogue.shows.values():
        regular = [season for season in entry.seasons if season.number != 0]  # 0: specials
        assert regular[0].number == 1
        assert len(regular[0].episodes) >= 3


def test_full_show_shape(catalogue: Catalogue) -> None:
    show = catalogue.object("show", "breaking-bad")
    for key in (
        "title",
        "year",
        "ids",
        "overview",
        "runtime",
        "rating",
        "votes",
        "genres",
        "certification",
        "country",
        "language",
        "status",
        "network",
        "first_aired",
        "aired_episodes",
        "airs",
        "homepage",
        "trailer",
        "updated_at",
        "images",
    ):
        assert key in show, key
    assert set(show["ids"]) >= {"trakt", "slug", "imdb", "tmdb", "tvdb"}
    assert show["aired_episodes"] == 62
    assert show["images"]["poster"][0].startswith("walter-r2.trakt.tv/images/shows/000/001/388/")
    assert catalogue.episode(1388, 1, 1)["title"] == "Pilot"


def test_full_movie_shape(catalogue: Catalogue) -> None:
    movie = catalogue.object("movie", "inception-2010")
    assert movie["released"] == "2010-07-16"
    assert movie["tagline"]
    assert movie["images"]["fanart"][0].endswith(".jpg.webp")
    assert "://" not in movie["images"]["fanart"][0]


def test_awkward_entries_present(catalogue: Catalogue) -> None:
    shows, movies = catalogue.all_objects("show"), catalogue.all_objects("movie")
    everything = shows + movies
    titles = {o["title"] for o in everything}
    assert "Tom & Jerry <Classic>" in titles
    assert "جدایی نادر از سیمین" in titles and "פאודה" in titles
    assert any(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", t) for t in titles)  # Japanese
    assert any(re.search(r"[\uac00-\ud7af]", t) for t in titles)  # Korean
    assert any("❤" in t for t in titles)  # emoji
    assert any(o["year"] is None for o in everything)
    assert any(o["overview"] is None for o in everything)
    assert any(o["genres"] == [] for o in everything)
    assert any(len(o["overview"] or "") > 3000 for o in everything)
    assert any("images" not in o for o in shows)
    tom = catalogue.object("show", "tom-jerry-classic")
    assert "<b>not bold</b>" in tom["overview"] and '"' in tom["overview"]


def test_shape_minimal_and_images(catalogue: Catalogue) -> None:
    show = catalogue.object("show", "severance")
    assert set(shape("show", show, set())) == {"title", "year", "ids"}
    assert set(shape("show", show, {"images"})) == {"title", "year", "ids", "images"}
    full = shape("show", show, {"full"})
    full["genres"].append("mutated")
    assert "mutated" not in show["genres"]


def test_airing_show_has_next_episode_and_ended_show_none(catalogue: Catalogue) -> None:
    bear = catalogue.resolve("show", "the-bear")
    upcoming = catalogue.next_episode(bear)
    assert upcoming is not None and upcoming["first_aired"] > "2025-06-15"
    last = catalogue.last_episode(bear)
    assert last is not None and last["first_aired"] <= "2025-06-15T12"
    assert catalogue.next_episode(catalogue.resolve("show", "breaking-bad")) is None
    havens = catalogue.resolve("show", "avatar-seven-havens")
    assert catalogue.last_episode(havens) is None and catalogue.next_episode(havens) is None


@pytest.mark.parametrize("minute", range(0, 24 * 60, 20))
def test_next_episode_does_not_change_with_the_time_of_day(minute: int) -> None:
    now = datetime(2026, 11, 24, tzinfo=UTC) + timedelta(minutes=minute)
    fresh = Catalogue(now)
    upcoming = fresh.next_episode(fresh.resolve("show", "the-bear"))
    assert upcoming is not None and (upcoming["season"], upcoming["number"]) == (4, 4)
    assert now < datetime.fromisoformat(upcoming["first_aired"]) <= now + timedelta(days=1)


@pytest.mark.parametrize("minute", range(0, 24 * 60, 45))
def test_the_demo_users_week_is_alive_whatever_the_time_of_day(minute: int) -> None:
    """Shōgun's new season airs daily from within the last day (premiere) to its finale six
    days on; Fauda's premieres in three to four days; The Odyssey comes out in two."""
    now = datetime(2026, 11, 24, tzinfo=UTC) + timedelta(minutes=minute)
    fresh = Catalogue(now)
    season = fresh.season(fresh.resolve("show", "shogun"), 2)
    times = [datetime.fromisoformat(e["first_aired"]) for e in season.episodes]
    assert now - timedelta(days=1) < times[0] <= now < times[1] <= now + timedelta(days=1)
    assert times[-1] <= now + timedelta(days=6)
    kinds = [e["episode_type"] for e in season.episodes]
    assert kinds == ["season_premiere", *["standard"] * 5, "season_finale"]
    fauda = fresh.season(fresh.resolve("show", "fauda"), 5).episodes[0]
    assert now + timedelta(days=3) < datetime.fromisoformat(fauda["first_aired"])
    assert datetime.fromisoformat(fauda["first_aired"]) <= now + timedelta(days=4)
    odyssey = fresh.movies[fresh.resolve("movie", "the-odyssey-2026")]
    assert odyssey["released"] == (now + timedelta(days=2)).date().isoformat()


def test_only_what_follows_the_clock_is_built_per_catalogue(catalogue: Catalogue) -> None:
    later = Catalogue(NOW + timedelta(days=400))
    odyssey = catalogue.resolve("movie", "the-odyssey-2026")  # comes out days from the clock
    assert all(later.movies[m] is catalogue.movies[m] for m in catalogue.movies if m != odyssey)
    assert later.movies[odyssey]["released"] == "2026-07-22"
    assert later.people is catalogue.people
    bear = catalogue.resolve("show", "the-bear")
    assert later.shows[bear].seasons[0] is catalogue.shows[bear].seasons[0]
    assert later.shows[bear].seasons[-1] is not catalogue.shows[bear].seasons[-1]
    assert later.shows[bear].seasons[-1].episodes != catalogue.shows[bear].seasons[-1].episodes
    assert "aired_episodes" not in catalogue_data.shows()[0]


@pytest.mark.parametrize("days", [-4000, 0, 400])
def test_aired_episodes_counts_what_has_aired_by_the_clock(days: int) -> None:
    fresh = Catalogue(NOW + timedelta(days=days))
    for show_id, entry in fresh.shows.items():
        assert entry.full["aired_episodes"] == len(fresh.aired_episodes(show_id)), show_id


def test_resolve_by_id_slug_and_external_ids(catalogue: Catalogue) -> None:
    assert catalogue.resolve("show", "1388") == 1388
    assert catalogue.resolve("movie", "Inception-2010") == 16662
    assert catalogue.find_by_ids("movie", {"imdb": "tt6751668"}) == 310010
    assert catalogue.find_by_ids("show", {"tvdb": 81189}) == 1388
    with pytest.raises(NotInCatalogue):
        catalogue.resolve("movie", "no-such-movie")
    with pytest.raises(NotInCatalogue):
        catalogue.find_by_ids("movie", {"imdb": "tt0000111"})


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("shogun", "shogun"),
        ("SHŌGUN", "shogun"),
        ("amelie", "amelie-2001"),
        ("Во все тяжкие", "breaking-bad"),
        ("進撃の巨人", "attack-on-titan"),
        ("오징어", "squid-game"),
        ("جدایی", "a-separation-2011"),
        ("פאודה", "fauda"),
        ("fauda", "fauda"),
        ("a separation", "a-separation-2011"),
        ("tom & jerry", "tom-jerry-classic"),
        ("<classic>", "tom-jerry-classic"),
        ("huckabees", "i-heart-huckabees-2004"),
        ("wall e", "wall-e-2008"),
    ],
)
def test_search_finds_unicode_and_odd_titles(catalogue: Catalogue, query: str, slug: str) -> None:
    hits = search_catalogue(catalogue, query, ["movie", "show"])
    assert hits and hits[0].obj["ids"]["slug"] == slug


def test_search_helpers() -> None:
    assert unescape(r"Dune\: Part Two \(2024\)") == "Dune: Part Two (2024)"
    assert normalize("  Shōgun!! ") == "shogun"
    assert slugify("Tom & Jerry <Classic>") == "tom-jerry-classic"
    assert images_for("episode", 5) == {"screenshot": [images_for("episode", 5)["screenshot"][0]]}


def test_demo_users_reference_known_titles(catalogue: Catalogue) -> None:
    assert set(catalogue_data.users()) == {"demo", "alice", "bob", "carol"}
    for seed in catalogue_data.users().values():
        for kind, slug, _days in seed["watchlist"]:
            catalogue.resolve(kind, slug)
