"""Watch-party logic without Telegram: ranking, widening, tallies, the store and the one
Trakt call the party adds (`TraktAPI.watched_ids`)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from bot.crypto import TokenCipher, generate_key
from bot.demo import DemoTrakt
from bot.party import Candidate, Wishes, rank, requests_per_member, tally, widen, winner
from bot.store import NotFound, Store
from bot.store.parties import DONE, ENDED, OPEN, PICKING, VOTING, PartyMember
from bot.testkit.harness import Harness
from bot.trakt import RateLimits, RetryPolicy, TraktAPI, TraktHTTP
from bot.trakt.models import Ids, Movie, Show
from bot.trakt.ref import MediaRef


def movie(trakt_id: int, title: str, rating: float | None = None) -> Movie:
    return Movie(title=title, year=2000, ids=Ids(trakt=trakt_id), rating=rating)


def show(trakt_id: int, title: str, rating: float | None = None) -> Show:
    return Show(title=title, year=2010, ids=Ids(trakt=trakt_id), rating=rating)


A, B, C, D, E = (
    movie(i, t, r) for i, t, r in [(1, "A", 7), (2, "B", 9), (3, "C", 8), (4, "D", 6), (5, "E", 5)]
)


# -- ranking ----------------------------------------------------------------------------


def test_watchlist_counts_double_and_rating_breaks_ties() -> None:
    ann = Wishes(1, "Ann", watchlist=(A, B), recommendations=(C,))
    bob = Wishes(2, "Bob", watchlist=(A,), recommendations=(B, C, D))
    ranked = rank([ann, bob])
    assert [(c.title, c.score) for c in ranked] == [("A", 4), ("B", 3), ("C", 2), ("D", 1)]
    assert ranked[1].wanted_by == ("Ann",) and ranked[1].suggested_for == ("Bob",)


def test_nobody_watched_it_rule() -> None:
    ann = Wishes(1, "Ann", watchlist=(A, B, C), watched=frozenset({MediaRef("movie", 4)}))
    bob = Wishes(2, "Bob", recommendations=(D, E), watched=frozenset({MediaRef("movie", 2)}))
    assert [c.title for c in rank([ann, bob])] == ["C", "A", "E"]


def test_same_member_wishing_and_suggested_counts_once() -> None:
    ann = Wishes(1, "Ann", watchlist=(A,), recommendations=(A,))
    (only,) = rank([ann])
    assert (only.score, only.wanted_by, only.suggested_for) == (2, ("Ann",), ())


def test_movie_and_show_ids_do_not_collide() -> None:
    ann = Wishes(1, "Ann", watchlist=(movie(7, "Film"), show(7, "Series")))
    bob = Wishes(2, "Bob", watched=frozenset({MediaRef("show", 7)}))
    assert [c.key for c in rank([ann, bob])] == [MediaRef("movie", 7)]


def test_two_members_with_the_same_name_both_count() -> None:
    twins = [Wishes(1, "Sam", watchlist=(A,)), Wishes(2, "Sam", watchlist=(A,))]
    assert rank(twins)[0].score == 4


def test_items_without_trakt_id_are_skipped() -> None:
    assert rank([Wishes(1, "Ann", watchlist=(Movie(title="?"),))]) == []


def test_widen_adds_unwatched_trending_titles_only() -> None:
    start = rank([Wishes(1, "Ann", watchlist=(A,))])
    more = widen(start, [A, B, C, D], frozenset({MediaRef("movie", 2)}), wanted=3)
    assert [(c.title, c.trending) for c in more] == [("A", False), ("C", True), ("D", True)]


@pytest.mark.parametrize(
    ("counts", "expected"), [([0, 0, 0], 0), ([1, 3, 3], 1), ([0, 0, 2], 2), ([2, 2], 0)]
)
def test_winner_prefers_votes_then_rank(counts: list[int], expected: int) -> None:
    assert winner(counts) == expected


def test_tally_ignores_out_of_range_options() -> None:
    assert tally({1: (0,), 2: (2,), 3: (9,), 4: ()}, 3) == [1, 0, 1]


def test_candidate_json_round_trip() -> None:
    (candidate,) = rank([Wishes(1, "Ann <b>", watchlist=(show(9, "Dark & Light", 8.1),))])
    again = Candidate.from_json(candidate.to_json())
    assert again == candidate and isinstance(again.media(), Show)


@pytest.mark.parametrize(("kind", "calls"), [("movies", 3), ("shows", 3), ("all", 5)])
def test_requests_per_member(kind: str, calls: int) -> None:
    assert requests_per_member(kind) == calls


# -- store ------------------------------------------------------------------------------


CIPHER = TokenCipher([generate_key()])


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "bot.sqlite3", CIPHER)


def test_party_rows_round_trip_and_survive_reopening(store: Store, tmp_path: Path) -> None:
    party = store.create_party(-5, 1, "Ann", "all", "en", [PartyMember(1, "Ann")])
    assert (party.state, party.members, party.message_id) == (OPEN, (PartyMember(1, "Ann"),), None)
    saved = store.save_party(replace(party, message_id=7, candidates=({"id": 1, "title": "Дюна"},)))
    store.close()
    with Store(tmp_path / "bot.sqlite3", CIPHER) as again:
        found = again.get_party(party.id)
        assert found == saved and found.candidates[0]["title"] == "Дюна"
        assert [p.id for p in again.active_parties(-5)] == [party.id]


def test_move_party_is_compare_and_set(store: Store) -> None:
    party = store.create_party(-5, 1, "Ann", "all", "en")
    assert store.move_party(party.id, (OPEN,), PICKING)
    assert not store.move_party(party.id, (OPEN,), PICKING)
    assert store.get_party(party.id).state == PICKING


def test_save_party_if_writes_only_over_the_party_it_read(store: Store) -> None:
    party = store.create_party(-5, 1, "Ann", "all", "en")
    assert store.move_party(party.id, (OPEN,), PICKING)
    picking = store.get_party(party.id)
    assert store.move_party(party.id, (PICKING,), ENDED)  # replaced while the pick ran
    assert not store.save_party_if(replace(picking, state=VOTING), picking)
    assert store.get_party(party.id).state == ENDED
    fresh = store.get_party(party.id)
    assert store.save_party_if(replace(fresh, state=DONE, candidates=({"t": 1},)), fresh)
    assert store.get_party(party.id).candidates == ({"t": 1},)


def test_votes_are_recorded_and_retracted_by_poll_id(store: Store) -> None:
    members = [PartyMember(1, "Ann"), PartyMember(2, "Bob")]
    party = store.create_party(-5, 1, "Ann", "all", "en", members)
    store.save_party(replace(party, state=VOTING, poll_id="p1", poll_message_id=9))
    store.record_vote("p1", 1, [2])
    assert store.record_vote("p1", 3, [1]).votes == {1: (2,)}  # not a member: not kept
    assert store.record_vote("p1", 2, [0]).votes == {1: (2,), 2: (0,)}
    assert store.record_vote("p1", 1, []).votes == {2: (0,)}
    assert store.get_party(party.id).votes == {2: (0,)}
    with pytest.raises(NotFound):
        store.record_vote("other", 1, [0])


def test_old_parties_are_purged(store: Store) -> None:
    party = store.create_party(-5, 1, "Ann", "all", "en")
    store.move_party(party.id, (OPEN,), DONE)
    assert store.purge_parties(party.updated_at + 1) == 1
    with pytest.raises(NotFound):
        store.get_party(party.id)


# -- the Trakt call ---------------------------------------------------------------------


async def test_watched_ids_reads_the_users_library() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        rows = [
            {"plays": 2, "show": {"title": "Dark", "ids": {"trakt": 11}}},
            {"plays": 1, "show": {"title": "No ids"}},
            {"plays": 1, "show": {"ids": {"trakt": "12"}}},
            "junk",
        ]
        return httpx.Response(200, json=rows)

    async def no_sleep(_: float) -> None:
        return None

    http = TraktHTTP(
        api_url="https://api.test",
        auth_url="https://auth.test",
        client_id="cid",
        client_secret="secret",
        transport=httpx.MockTransport(answer),
        retry=RetryPolicy(sleep=no_sleep),
        limits=RateLimits.unlimited(),
    )
    ids = await TraktAPI(http).watched_ids("tok", "shows")
    assert ids == frozenset({11, 12})
    assert seen[0].url.path == "/users/me/watched/shows"
    assert seen[0].url.params["extended"] == "noseasons"
    assert seen[0].headers["authorization"] == "Bearer tok"


async def test_watched_ids_against_the_demo(bot: Harness, demo: DemoTrakt) -> None:
    token = demo.issue_token("alice")["access_token"]
    movies = await bot.services.trakt.watched_ids(token, "movies")
    shows = await bot.services.trakt.watched_ids(token, "shows")
    expected = {demo.catalogue.resolve("movie", slug) for slug in ("inception-2010", "coco-2017")}
    assert expected <= movies and len(movies) == 5
    assert demo.catalogue.resolve("show", "severance") in shows and len(shows) == 3
