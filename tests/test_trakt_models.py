"""Models are tolerant: nulls, missing fields, wrong types and unknown types never crash."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from bot.trakt import (
    DeviceCode,
    Episode,
    HistoryItem,
    Ids,
    Images,
    ListEntry,
    Movie,
    Page,
    ParseError,
    Person,
    SearchResult,
    Season,
    Show,
    SyncItem,
    SyncResult,
    TokenSet,
    TraktList,
    TrendingItem,
    UserSettings,
    WatchedItem,
    parse_list,
    sync_body,
)
from bot.trakt.ref import BadRef, MediaRef

MODELS = [Movie, Show, Season, Episode, Person, TraktList, UserSettings, SyncResult, Ids, Images]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    "data",
    [
        {},
        {"title": None, "year": None, "ids": None, "genres": None, "images": None},
        {"title": 42, "year": "2010", "ids": "nope", "genres": "drama", "rating": "8.5"},
        {"ids": {"trakt": "12", "tmdb": 1.0, "slug": 7}, "runtime": [], "votes": {}},
        {"first_aired": "not a date", "released": 2016, "airs": [], "limits": "x"},
        {"user": None, "account": 3, "added": [], "not_found": {"movies": None}},
    ],
)
def test_from_json_never_crashes(model: Any, data: dict[str, Any]) -> None:
    model.from_json(data)


def test_movie_coerces_wrong_types() -> None:
    movie = Movie.from_json(
        {
            "title": "Heat",
            "year": "1995",
            "runtime": "170",
            "rating": "8.25",
            "votes": 12.0,
            "genres": ["crime", None, 3, "drama"],
            "released": "1995-12-15",
            "ids": {"trakt": "1", "slug": "heat-1995", "imdb": "tt0113277", "tmdb": None},
        }
    )
    assert (movie.year, movie.runtime, movie.rating, movie.votes) == (1995, 170, 8.25, 12)
    assert movie.genres == ("crime", "drama")
    assert movie.released == date(1995, 12, 15)
    assert movie.ids == Ids(trakt=1, slug="heat-1995", imdb="tt0113277")


def test_missing_fields_default() -> None:
    show = Show.from_json({})
    assert show.title == "" and show.year is None and show.genres == () and show.ids == Ids()
    assert show.images == Images() and show.airs.day is None


@pytest.mark.parametrize("value", [True, "abc", float("nan"), [], {}])
def test_bad_numbers_are_none(value: Any) -> None:
    assert Movie.from_json({"year": value, "rating": value}).year is None


def test_datetimes_parse_iso_with_z() -> None:
    show = Show.from_json({"first_aired": "2014-10-07T07:00:00.000Z"})
    assert show.first_aired == datetime(2014, 10, 7, 7, 0, tzinfo=UTC)
    naive = Episode.from_json({"first_aired": "2014-10-07T07:00:00"})
    assert naive.first_aired is not None and naive.first_aired.tzinfo is not None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (["walter-r2.trakt.tv/images/a.webp"], "https://walter-r2.trakt.tv/images/a.webp"),
        (["//media.trakt.tv/b.webp"], "https://media.trakt.tv/b.webp"),
        (["https://media.trakt.tv/c.webp", "x"], "https://media.trakt.tv/c.webp"),
        ("media.trakt.tv/d.webp", "https://media.trakt.tv/d.webp"),
        ({"full": "https://gravatar.test/e"}, "https://gravatar.test/e"),
        ([], None),
        ([None, ""], None),
        (None, None),
        (12, None),
    ],
)
def test_image_urls(raw: Any, expected: str | None) -> None:
    assert Images.from_json({"poster": raw}).poster == expected


def test_wrapper_without_media_raises_parse_error() -> None:
    with pytest.raises(ParseError):
        TrendingItem.from_json({"watchers": 3})
    with pytest.raises(ParseError):
        WatchedItem.from_json({"type": "show", "show": None})


def test_parse_list_skips_unknown_types_and_garbage() -> None:
    data = [
        {"type": "movie", "score": "1.5", "movie": {"title": "A"}},
        {"type": "podcast", "podcast": {"title": "?"}},
        None,
        "text",
        {"score": 2, "show": {"title": "B"}},  # type missing: inferred
        {"type": "episode", "episode": {"title": "C"}, "show": {"title": "S"}},
    ]
    results = parse_list(data, SearchResult.from_json)
    assert [r.type for r in results] == ["movie", "show", "episode"]
    assert results[0].score == 1.5 and results[2].show is not None and results[2].show.title == "S"


@pytest.mark.parametrize("data", [None, {}, "x", 3])
def test_parse_list_of_non_list(data: Any) -> None:
    assert parse_list(data, Movie.from_json) == ()


def test_history_item_tolerates_missing_watched_at() -> None:
    item = HistoryItem.from_json({"id": "7", "type": "movie", "movie": {"title": "M"}})
    assert item.id == 7 and item.watched_at is None and item.show is None


def test_list_entry_person_and_season() -> None:
    season = ListEntry.from_json(
        {"type": "season", "season": {"number": 1}, "show": {"title": "S"}}
    )
    person = ListEntry.from_json({"type": "person", "person": {"name": "P"}})
    assert isinstance(season.media, Season) and season.show is not None
    assert isinstance(person.media, Person) and person.media.name == "P"


def test_token_set_hides_tokens_and_computes_expiry() -> None:
    token = TokenSet.from_json(
        {
            "access_token": "ACCESS-SECRET",
            "refresh_token": "REFRESH-SECRET",
            "expires_in": "604800",
            "created_at": 1_700_000_000,
        }
    )
    text = f"{token!r} {token}"
    assert "ACCESS-SECRET" not in text and "REFRESH-SECRET" not in text
    assert token.expires_at == datetime.fromtimestamp(1_700_000_000 + 604800, UTC)
    assert token.scope == "public" and token.token_type == "bearer"


def test_token_set_without_created_at_uses_now() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    token = TokenSet.from_json(
        {"access_token": "a", "refresh_token": "r", "expires_in": 60}, now=now
    )
    assert token.created_at == now


def test_token_set_requires_tokens() -> None:
    with pytest.raises(ParseError):
        TokenSet.from_json({"access_token": "a"})


def test_device_code_hides_code() -> None:
    code = DeviceCode.from_json({"device_code": "DEVICE-SECRET", "user_code": "ABCD"})
    assert "DEVICE-SECRET" not in f"{code!r} {code}"
    assert (code.interval, code.expires_in) == (5, 600)
    assert code.verification_url == "https://trakt.tv/activate"


def test_user_settings_limits_are_read_only_ints() -> None:
    settings = UserSettings.from_json(
        {"limits": {"watchlist": {"item_count": "250", "junk": "x"}, "bad": None}}
    )
    assert settings.limit("watchlist") == 250 and settings.limit("list") is None
    assert dict(settings.limits["watchlist"]) == {"item_count": 250}
    with pytest.raises(TypeError):
        settings.limits["watchlist"]["item_count"] = 1  # type: ignore[index]


def test_sync_body_groups_items() -> None:
    watched = datetime(2026, 5, 1, 20, 30, tzinfo=UTC)
    body = sync_body(
        [
            SyncItem("movie", 1, rating=8),
            SyncItem("show", 2),
            SyncItem("episode", 3, watched_at=watched),
            SyncItem("movie", 4),
        ]
    )
    assert body == {
        "movies": [{"ids": {"trakt": 1}, "rating": 8}, {"ids": {"trakt": 4}}],
        "shows": [{"ids": {"trakt": 2}}],
        "episodes": [{"ids": {"trakt": 3}, "watched_at": "2026-05-01T20:30:00.000Z"}],
    }
    with pytest.raises(ValueError):
        sync_body([])


def test_sync_result_counts() -> None:
    result = SyncResult.from_json(
        {
            "added": {"movies": 1, "episodes": "2"},
            "existing": {"movies": 0},
            "not_found": {"movies": [{"ids": {"imdb": "tt0"}}], "shows": []},
            "list": {"item_count": 5},
        }
    )
    assert result.total_added == 3 and result.existing["movies"] == 0
    assert result.not_found == {"movies": 1, "shows": 0} and result.total_not_found == 1


def test_media_ref() -> None:
    ref = MediaRef.of(Movie.from_json({"ids": {"trakt": 123}}))
    assert ref == MediaRef("movie", 123) and ref.key == "movie:123" and ref.code == "m"
    assert MediaRef.of(Show.from_json({"ids": {"slug": "dark"}})) is None
    assert MediaRef.of(Episode()) is None
    assert MediaRef.decode("e", "9") == MediaRef("episode", 9) == MediaRef.parse("episode:9")
    assert MediaRef.from_plural("shows", 5).plural == "shows"
    for bad in (("x", "1"), ("m", "0"), ("m", "abc"), ("m", str(10**13))):
        with pytest.raises(BadRef):
            MediaRef.decode(*bad)


@pytest.mark.parametrize(
    ("page", "page_count", "limit", "items", "has_next", "has_prev"),
    [(1, 3, 2, 2, True, False), (3, 3, 2, 1, False, True), (2, 2, 2, 2, True, True)],
)
def test_page_navigation(
    page: int, page_count: int, limit: int, items: int, has_next: bool, has_prev: bool
) -> None:
    result = Page(items=tuple(range(items)), page=page, limit=limit, page_count=page_count)
    assert (result.has_next, result.has_prev) == (has_next, has_prev)
