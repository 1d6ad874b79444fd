"""The demo Trakt's people: `GET /people/{id}` and their credits, in Trakt's shapes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import httpx
import pytest

from bot.demo import DemoTrakt, catalogue_data, mock_transport
from bot.trakt import ACTING, Credits, Movie, Show, TitlePeople

HEADERS = {"User-Agent": "TestBot/1.0", "trakt-api-key": "demo-client-id", "trakt-api-version": "2"}
NOW = datetime(2025, 6, 15, 12, 0, tzinfo=UTC).timestamp()


@pytest.fixture
async def api() -> AsyncIterator[httpx.AsyncClient]:
    demo = DemoTrakt(clock=lambda: NOW)
    async with httpx.AsyncClient(
        transport=mock_transport(demo), base_url="https://api.trakt.tv", headers=HEADERS
    ) as client:
        yield client


async def test_director_credits_are_crew_by_department(api: httpx.AsyncClient) -> None:
    response = await api.get("/people/christopher-nolan/movies", params={"extended": "full"})
    assert response.status_code == 200
    body = response.json()
    assert body["cast"] == []
    directing = body["crew"]["directing"]
    assert {row["movie"]["ids"]["slug"] for row in directing} >= {
        "inception-2010",
        "interstellar-2014",
    }
    first = directing[0]
    assert first["jobs"] == ["Director"] and first["job"] == "Director"
    assert first["movie"]["overview"] and first["movie"]["votes"]  # extended=full
    parsed = Credits.from_json(body, "movies")
    assert {c.department for c in parsed.items} == {"directing", "writing", "production"}
    assert all(isinstance(c.media, Movie) for c in parsed.items)


async def test_actor_credits_are_cast_with_characters_and_episodes(
    api: httpx.AsyncClient,
) -> None:
    body = (await api.get("/people/21540/shows")).json()  # Pedro Pascal, by trakt id
    assert body["crew"] == {}
    joel = next(row for row in body["cast"] if row["show"]["ids"]["slug"] == "the-last-of-us")
    assert joel["characters"] == ["Joel Miller"] and joel["character"] == "Joel Miller"
    assert joel["episode_count"] == 16 and joel["series_regular"] is True
    assert set(joel["show"]) == {"title", "year", "ids"}  # minimal without extended
    parsed = Credits.from_json(body, "shows")
    assert {c.department for c in parsed.items} == {ACTING}
    assert all(isinstance(c.media, Show) for c in parsed.items)


async def test_no_credits_of_a_kind_is_an_empty_answer(api: httpx.AsyncClient) -> None:
    body = (await api.get("/people/pedro-pascal/movies")).json()
    assert body == {"cast": [], "crew": {}}


async def test_unknown_person_is_404(api: httpx.AsyncClient) -> None:
    assert (await api.get("/people/nobody-at-all/movies")).status_code == 404
    assert (await api.get("/people/nobody-at-all")).status_code == 404


async def test_person_summary_full(api: httpx.AsyncClient) -> None:
    body = (await api.get("/people/hayao-miyazaki", params={"extended": "full"})).json()
    assert body["name"] == "宮崎駿" and body["known_for_department"] == "directing"
    assert (await api.get("/people/hayao-miyazaki")).json() == {
        "name": "宮崎駿",
        "ids": body["ids"],
    }


@pytest.mark.parametrize("person", [p["ids"]["slug"] for p in catalogue_data.people()])
async def test_every_demo_person_has_credits_in_the_catalogue(
    api: httpx.AsyncClient, person: str
) -> None:
    assert person in catalogue_data.credits()
    total = 0
    for kind in ("movies", "shows"):
        response = await api.get(f"/people/{person}/{kind}")
        assert response.status_code == 200
        total += len(Credits.from_json(response.json(), kind).items)
    assert total == sum(len(rows) for rows in catalogue_data.credits()[person].values())


async def test_a_titles_people_in_trakts_shape(api: httpx.AsyncClient) -> None:
    body = (await api.get("/shows/fleabag/people")).json()
    (lead,) = body["cast"]
    assert lead["person"]["name"] == "Phoebe Waller-Bridge" and lead["episode_count"] == 12
    assert set(lead["person"]) == {"name", "ids"}  # minimal without extended
    assert body["crew"]["created by"][0]["jobs"] == ["Creator"]
    people = TitlePeople.from_json(body)
    assert [r.person.name for r in people.cast] == ["Phoebe Waller-Bridge"]
    assert {r.department for r in people.crew} == {"created by", "writing"}
    movie = (await api.get("/movies/inception-2010/people")).json()
    assert movie["cast"] == [] and movie["crew"]["directing"][0]["person"]["ids"]["trakt"] == 4614
    assert (await api.get("/movies/the-matrix-1999/people")).json() == {"cast": [], "crew": {}}
    assert (await api.get("/movies/no-such-film/people")).status_code == 404
