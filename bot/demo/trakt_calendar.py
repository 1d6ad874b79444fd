"""The demo Trakt's calendar: `GET /calendars/my/shows/{start_date}/{days}`.

"My" shows are the ones the user has watched an episode of, put on the watchlist or
collected (the demo's collection holds shows only, seeded, for the calendar). Every
episode of theirs whose air time falls in
`[start_date, start_date + days)` is listed, earliest first, in the contract's shape.
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
    shows |= {item.trakt for item in user.watchlist if item.kind == "show"}
    return shows | user.collection


ROUTES: list[tuple[str, str, Any, str]] = [
    (
        "GET",
        r"/calendars/my/shows/(?P<start_date>[0-9-]+)/(?P<days>\d+)",
        my_shows,
        "required",
    ),
]
