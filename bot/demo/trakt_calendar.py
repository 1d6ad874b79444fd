"""The demo Trakt's calendars: `GET /calendars/my/shows/{start_date}/{days}` and
`GET /calendars/my/movies/{start_date}/{days}`.

"My" titles are the ones the user has watched (a play of the movie, or of an episode of the
show), collected or put on the watchlist, as at Trakt. The shows calendar lists every
episode of those shows whose air time falls in `[start_date, start_date + days)` (UTC),
earliest first; the movies calendar, every one of those movies released on a day of that
period. Both in the contract's shape; `days` above 33 is cut to 33, as Trakt does.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot.demo.catalogue import shape
from bot.demo.catalogue_build import parse_iso
from bot.demo.trakt_http import HttpError, Reply, Request, ok
from bot.demo.trakt_state import UserState

if TYPE_CHECKING:
    from bot.demo.trakt import DemoTrakt

Json = dict[str, Any]
MAX_DAYS = 33  # Trakt refuses longer periods


def my_shows(demo: DemoTrakt, req: Request) -> Reply:
    """GET /calendars/my/shows/{start_date}/{days}."""
    start, days = _period(req.params["start_date"], req.params["days"])
    end = start + timedelta(days=days)
    user = demo.user(req)
    rows: list[tuple[datetime, Json]] = []
    for show_id in sorted(_my_show_ids(demo, user)):
        entry = demo.catalogue.shows[show_id]
        for season in entry.seasons:
            for episode in season.episodes:
                when = episode.get("first_aired")
                if when and start <= parse_iso(when) < end:
                    row = {
                        "first_aired": when,
                        "episode": shape("episode", episode, req.extended),
                        "show": shape("show", entry.full, req.extended),
                    }
                    rows.append((parse_iso(when), row))
    rows.sort(key=lambda pair: pair[0])
    return ok([row for _, row in rows])


def my_movies(demo: DemoTrakt, req: Request) -> Reply:
    """GET /calendars/my/movies/{start_date}/{days}."""
    start, days = _period(req.params["start_date"], req.params["days"])
    first, end = start.date(), (start + timedelta(days=days)).date()
    user = demo.user(req)
    rows: list[tuple[str, int, Json]] = []
    for movie_id in _my_movie_ids(user):
        movie = demo.catalogue.movies[movie_id]
        released = movie.get("released")
        if released and first <= datetime.fromisoformat(released).date() < end:
            row = {"released": released, "movie": shape("movie", movie, req.extended)}
            rows.append((released, movie_id, row))
    rows.sort(key=lambda found: found[:2])
    return ok([row for _, _, row in rows])


def _period(start_date: str, days: str) -> tuple[datetime, int]:
    try:
        start = datetime.strptime(start_date, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise HttpError(
            400, {"error": "bad_request", "error_description": "start_date must be YYYY-MM-DD"}
        ) from None
    return start, max(1, min(int(days), MAX_DAYS))


def _my_show_ids(demo: DemoTrakt, user: UserState) -> set[int]:
    shows = {demo.catalogue.episodes[p.trakt][0] for p in user.history if p.kind == "episode"}
    shows |= {item.trakt for item in (*user.watchlist, *user.collection) if item.kind == "show"}
    return shows


def _my_movie_ids(user: UserState) -> set[int]:
    movies = {p.trakt for p in user.history if p.kind == "movie"}
    movies |= {item.trakt for item in (*user.watchlist, *user.collection) if item.kind == "movie"}
    return movies


ROUTES: list[tuple[str, str, Any, str]] = [
    (
        "GET",
        r"/calendars/my/shows/(?P<start_date>[0-9-]+)/(?P<days>\d+)",
        my_shows,
        "required",
    ),
    (
        "GET",
        r"/calendars/my/movies/(?P<start_date>[0-9-]+)/(?P<days>\d+)",
        my_movies,
        "required",
    ),
]
