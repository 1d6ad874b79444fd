"""The Trakt client's tracking methods against the demo Trakt, end to end (in-process)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.demo.server import mock_transport
from bot.demo.trakt import DemoTrakt
from bot.trakt import CheckinRunning, RateLimits, SyncItem, TraktAPI, TraktHTTP

INCEPTION = 16662


@pytest.fixture
def demo() -> DemoTrakt:
    return DemoTrakt()


@pytest.fixture
def api(demo: DemoTrakt) -> TraktAPI:
    http = TraktHTTP(
        api_url="https://api.trakt.tv",
        auth_url="https://api.trakt.tv",
        client_id=demo.client_id,
        client_secret="demo-client-secret",
        transport=mock_transport(demo),
        limits=RateLimits.unlimited(),
    )
    return TraktAPI(http)


@pytest.fixture
def token(demo: DemoTrakt) -> str:
    return str(demo.issue_token("demo")["access_token"])


async def test_up_next_lists_shows_in_progress_newest_first(api: TraktAPI, token: str) -> None:
    shows = await api.up_next_all(token, limit=2)
    titles = [item.show.title for item in shows]
    assert titles[0] == "Severance" and "Breaking Bad" in titles
    assert "Dark" not in titles  # hidden from progress
    severance = shows[0].progress
    assert severance.completed == 4 and shows[0].next_episode is not None
    assert (shows[0].next_episode.season, shows[0].next_episode.number) == (1, 5)


async def test_marking_the_next_episode_advances_up_next(api: TraktAPI, token: str) -> None:
    first = (await api.up_next(token, limit=1)).items[0]
    assert first.next_episode is not None and first.next_episode.ids.trakt is not None
    await api.add_to_history(token, [SyncItem("episode", first.next_episode.ids.trakt)])
    again = (await api.up_next(token, limit=1)).items[0]
    assert again.progress.completed == first.progress.completed + 1
    assert again.next_episode is not None and again.next_episode.number == 6


async def test_specials_are_apart_and_long_shows_are_whole(api: TraktAPI, token: str) -> None:
    sherlock = await api.seasons("sherlock")
    assert sherlock[0].is_specials and len(sherlock[0].episodes) == 3
    assert any(e.first_aired is None for e in sherlock[0].episodes)
    mash = await api.seasons("m-a-s-h")
    assert len(mash) == 11 and sum(len(s.episodes) for s in mash) == 251
    assert (await api.episode("m-a-s-h", 1, 2)).title is None
    found = await api.episode_by_id(mash[10].episodes[0].ids.trakt or 0)
    assert found.show.title == "M*A*S*H" and found.episode.season == 11
    await api.add_to_history(token, [SyncItem.season(19792, 0, 1, watched_at="released")])
    plain = await api.show_progress(token, "sherlock")
    assert (plain.aired, plain.completed) == (12, 3) and plain.seasons[0].number == 1
    counted = await api.show_progress(token, "sherlock", specials=True, count_specials=True)
    assert (counted.aired, counted.completed) == (14, 5)  # the unaired pilot never counts


async def test_undo_removes_exactly_the_plays_just_added(
    api: TraktAPI, token: str, demo: DemoTrakt
) -> None:
    before = demo.now() - timedelta(seconds=5)
    await api.add_to_history(token, [SyncItem("movie", INCEPTION)])  # Inception, seen once already
    plays = await api.plays(token, "movies", INCEPTION, start_at=before)
    assert len(plays) == 1
    result = await api.remove_history_ids(token, [p.id for p in plays if p.id is not None])
    assert result.deleted["movies"] == 1
    assert len(await api.plays(token, "movies", INCEPTION)) == 1  # the older play stays


async def test_checkin_conflict_watching_and_cancel(api: TraktAPI, token: str) -> None:
    done = await api.checkin(token, "movie", INCEPTION)
    assert done.id is not None
    with pytest.raises(CheckinRunning) as caught:
        await api.checkin(token, "movie", INCEPTION)
    running = await api.watching(token)
    assert running is not None and running.expires_at == caught.value.expires_at
    await api.cancel_checkin(token)
    assert await api.watching(token) is None


async def test_ratings_and_unhide(api: TraktAPI, token: str, demo: DemoTrakt) -> None:
    episodes = await api.ratings(token, "episodes")
    assert [(r.rating, r.show and r.show.title) for r in episodes] == [(9, "Severance")]
    await api.remove_ratings(token, [SyncItem("episode", episodes[0].media.ids.trakt or 0)])
    assert await api.ratings(token, "episodes") == []
    await api.hide_recommendation(token, "shows", "the-wire")
    result = await api.unhide_recommendation(token, "shows", 1404)
    assert result.deleted["shows"] == 1 and not demo.users["demo"].hidden
