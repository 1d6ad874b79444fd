"""TraktAPI's tracking endpoints: paths, parameters, bodies and parsing, on a fake transport."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import httpx
import pytest

from bot.trakt import (
    CheckinRunning,
    Conflict,
    Episode,
    Movie,
    NotFound,
    SyncItem,
    TTLCache,
    sync_body,
)
from tests.helpers import TRAKT_SAMPLES
from tests.test_trakt_api import MOVIE, SHOW, FakeTrakt, make_api, reply

EPISODE = {"season": 1, "number": 5, "title": "Five", "ids": {"trakt": 77}}
UP_NEXT_ROW = {
    "show": SHOW,
    "progress": {
        "aired": 9,
        "completed": 4,
        "last_watched_at": "2026-01-02T03:04:05.000Z",
        "reset_at": None,
        "next_episode": EPISODE,
        "last_episode": {**EPISODE, "number": 4, "ids": {"trakt": 76}},
    },
}
LIES = {"x-pagination-item-count": "1337", "x-pagination-page-count": "134"}


def sample(name: str) -> object:
    return json.loads((TRAKT_SAMPLES / name).read_text("utf-8"))


async def test_up_next_ignores_the_1337_count_and_pages_until_a_short_page() -> None:
    pages = {"1": [UP_NEXT_ROW] * 2, "2": [UP_NEXT_ROW]}
    fake = FakeTrakt(lambda r: httpx.Response(200, json=pages[r.url.params["page"]], headers=LIES))
    api = make_api(fake)
    first = await api.up_next("tok", page=1, limit=2)
    assert fake.last.url.path == "/sync/progress/up_next"
    assert fake.params() == {"page": "1", "limit": "2", "extended": "full"}
    assert first.has_next and first.items[0].progress.completed == 4
    assert first.items[0].next_episode == Episode.from_json(EPISODE)
    second = await api.up_next("tok", page=2, limit=2)
    assert not second.has_next and second.item_count == 3
    everything = await api.up_next_all("tok", limit=2)
    assert len(everything) == 3 and len(fake.requests) == 4


async def test_up_next_all_stops_at_its_bound() -> None:
    fake = FakeTrakt(lambda r: httpx.Response(200, json=[UP_NEXT_ROW], headers=LIES))
    found = await make_api(fake).up_next_all("tok", limit=1, max_pages=3)
    assert len(found) == 3 and len(fake.requests) == 3


async def test_show_progress_sends_its_flags() -> None:
    fake = FakeTrakt(reply(body=sample("shows_progress_watched.json")))
    progress = await make_api(fake).show_progress("tok", 1, specials=True, hidden=True)
    assert fake.last.url.path == "/shows/1/progress/watched"
    assert fake.params() == {"hidden": "true", "specials": "true", "count_specials": "false"}
    assert progress.aired >= progress.completed > 0


async def test_seasons_with_episodes_are_cached_and_keep_specials() -> None:
    body = [
        {"number": 0, "ids": {"trakt": 10}, "episodes": [{**EPISODE, "season": 0}]},
        {"number": 1, "ids": {"trakt": 11}, "episodes": [EPISODE, {"junk": True}, 3]},
    ]
    fake = FakeTrakt(reply(body=body))
    api = make_api(fake, TTLCache())
    seasons = await api.seasons("dark")
    assert await api.seasons("dark") == seasons and len(fake.requests) == 1
    assert fake.params() == {"extended": "full,episodes"}
    assert [s.number for s in seasons] == [0, 1] and seasons[0].is_specials
    assert len(seasons[1].episodes) == 2  # a malformed episode is kept as empty fields


async def test_episode_and_episode_by_id() -> None:
    fake = FakeTrakt(reply(body=sample("episode_summary_extended_images.json")))
    episode = await make_api(fake).episode("game-of-thrones", 2, 5)
    assert fake.last.url.path == "/shows/game-of-thrones/seasons/2/episodes/5"
    assert episode.title == "Trojan's Horse"
    hit = [{"type": "episode", "score": 1000, "episode": EPISODE, "show": SHOW}]
    fake = FakeTrakt(reply(body=hit))
    found = await make_api(fake).episode_by_id(77)
    assert fake.last.url.path == "/search/trakt/77" and fake.params()["type"] == "episode"
    assert found.show.title == "Dark" and found.episode.number == 5
    with pytest.raises(NotFound):
        await make_api(FakeTrakt(reply(body=[]))).episode_by_id(78)


async def test_plays_between_two_moments_and_their_removal() -> None:
    fake = FakeTrakt(reply(body=sample("sync_history_episodes.json")))
    api = make_api(fake)
    since = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    plays = await api.plays("tok", "episodes", 77, start_at=since)
    assert fake.last.url.path == "/sync/history/episodes/77"
    assert fake.params()["start_at"] == "2026-01-02T03:04:05.000Z"
    assert plays and all(play.id for play in plays)
    fake.answer = reply(body={"deleted": {"movies": 0, "episodes": 2}, "not_found": {"ids": [9]}})
    result = await api.remove_history_ids("tok", [5, 3, 5])
    assert fake.last.url.path == "/sync/history/remove" and fake.body() == {"ids": [3, 5]}
    assert result.deleted["episodes"] == 2 and result.not_found["ids"] == 1
    with pytest.raises(ValueError):
        await api.remove_history_ids("tok", [])


async def test_removing_plays_forgets_cached_history() -> None:
    fake = FakeTrakt(reply(body=sample("sync_history_episodes.json")))
    api = make_api(fake, TTLCache())
    await api.history("tok")
    fake.answer = reply(body={"deleted": {"movies": 0, "episodes": 1}, "not_found": {}})
    await api.remove_history_ids("tok", [1])
    fake.answer = reply(body=sample("sync_history_episodes.json"))
    await api.history("tok")
    assert [r.url.path for r in fake.requests].count("/sync/history") == 2


def test_sync_item_marks_whole_seasons_at_release() -> None:
    body = sync_body([SyncItem.season(1, 0, 2, watched_at="released"), SyncItem("episode", 7)])
    assert body == {
        "shows": [
            {
                "ids": {"trakt": 1},
                "watched_at": "released",
                "seasons": [{"number": 0}, {"number": 2}],
            }
        ],
        "episodes": [{"ids": {"trakt": 7}}],
    }
    with pytest.raises(ValueError):
        SyncItem.season(1)
    with pytest.raises(ValueError):
        SyncItem("movie", 1, seasons=(1,)).to_json()


async def test_ratings_and_their_removal() -> None:
    rows = [
        {"rated_at": "2026-01-01T00:00:00.000Z", "rating": 9, "type": "movie", "movie": MOVIE},
        {"rated_at": None, "rating": 11, "type": "episode", "episode": EPISODE, "show": SHOW},
        {"rating": 5, "type": "movie"},
    ]
    fake = FakeTrakt(reply(body=rows))
    api = make_api(fake)
    ratings = await api.ratings("tok", "movies")
    assert fake.last.url.path == "/sync/ratings/movies"
    assert [r.rating for r in ratings] == [9, None]  # out of range -> None; no media -> skipped
    assert isinstance(ratings[0].media, Movie) and ratings[1].show is not None
    fake.answer = reply(body=sample("sync_ratings_post.json"))
    await api.remove_ratings("tok", [SyncItem("movie", 2, rating=9)])
    assert fake.last.url.path == "/sync/ratings/remove"
    assert fake.body() == {"movies": [{"ids": {"trakt": 2}}]}
    with pytest.raises(ValueError):
        await api.ratings("tok", "people")  # type: ignore[arg-type]


@pytest.mark.parametrize("status", [200, 201])
async def test_checkin_accepts_any_2xx(status: int) -> None:
    fake = FakeTrakt(reply(status, sample("checkin_episode.json")))
    done = await make_api(fake).checkin("tok", "episode", 16)
    assert fake.last.method == "POST" and fake.body() == {"episode": {"ids": {"trakt": 16}}}
    assert done.id == 3373536620 and done.show is not None


async def test_a_running_checkin_is_a_typed_conflict_with_its_end() -> None:
    fake = FakeTrakt(reply(409, sample("checkin_409_already_checked_in.json")))
    with pytest.raises(CheckinRunning) as caught:
        await make_api(fake).checkin("tok", "movie", 2)
    assert isinstance(caught.value, Conflict)
    assert caught.value.expires_at == datetime(2014, 10, 15, 22, 21, 29, tzinfo=UTC)
    other = FakeTrakt(reply(409, {"error": "conflict"}))
    with pytest.raises(Conflict) as plain:
        await make_api(other).checkin("tok", "movie", 2)
    assert not isinstance(plain.value, CheckinRunning)


async def test_cancel_checkin_and_watching() -> None:
    fake = FakeTrakt(reply(204))
    api = make_api(fake)
    await api.cancel_checkin("tok")
    assert (fake.last.method, fake.last.url.path) == ("DELETE", "/checkin")
    assert await api.watching("tok") is None
    assert fake.last.url.path == "/users/me/watching"
    now = {
        "expires_at": "2026-01-01T01:00:00.000Z",
        "started_at": "2026-01-01T00:10:00.000Z",
        "action": "checkin",
        "type": "episode",
        "episode": EPISODE,
        "show": SHOW,
    }
    fake.answer = reply(body=now)
    watching = await api.watching("tok")
    assert watching is not None and watching.action == "checkin"
    assert isinstance(watching.media, Episode) and watching.show is not None
    assert watching.expires_at == datetime(2026, 1, 1, 1, tzinfo=UTC)


async def test_unhide_recommendation() -> None:
    answer = {"deleted": {"movies": 0, "shows": 1, "episodes": 0}, "not_found": {}}
    fake = FakeTrakt(reply(body=answer))
    result = await make_api(fake).unhide_recommendation("tok", "shows", 1)
    assert fake.last.url.path == "/users/hidden/recommendations/remove"
    assert fake.body() == {"shows": [{"ids": {"trakt": 1}}]}
    assert result.deleted["shows"] == 1
