"""What the demo Trakt answers for notifications: `GET /sync/last_activities` and shows
hidden from progress (`GET /users/hidden/progress_watched`); the calendars are in
`bot.demo.trakt_calendar`.

Times the demo does not track (settings, hides) are stable values derived from the
user's state, so they change exactly when that state does.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot.demo.catalogue import shape
from bot.demo.trakt_http import Reply, Request, ok

if TYPE_CHECKING:
    from bot.demo.trakt import DemoTrakt

Json = dict[str, Any]
MAX_DAYS = 33
EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def last_activities(demo: DemoTrakt, req: Request) -> Reply:
    """GET /sync/last_activities: the areas the bot compares, the rest at a fixed time."""
    user = demo.user(req)
    plays = [h.watched_at for h in user.history if h.kind == "episode"]
    movies = [h.watched_at for h in user.history if h.kind == "movie"]
    watched = _iso(max(plays, default=EPOCH))
    hidden = _iso(EPOCH + timedelta(seconds=sum(user.hidden_progress) % 10**7))
    settings = _iso(EPOCH + timedelta(seconds=sum(map(ord, str(user.settings["account"])))))
    fixed = _iso(EPOCH)
    everything = max(watched, hidden, settings)
    return ok(
        {
            "all": everything,
            "movies": {
                **dict.fromkeys(
                    ("collected_at", "rated_at", "watchlisted_at", "favorited_at"), fixed
                ),
                **dict.fromkeys(("commented_at", "paused_at", "hidden_at"), fixed),
                "watched_at": _iso(max(movies, default=EPOCH)),
            },
            "episodes": {
                **dict.fromkeys(
                    ("collected_at", "rated_at", "watchlisted_at", "commented_at", "paused_at"),
                    fixed,
                ),
                "watched_at": watched,
            },
            "shows": {
                **dict.fromkeys(
                    ("rated_at", "watchlisted_at", "favorited_at", "commented_at"), fixed
                ),
                "hidden_at": hidden,
                "dropped_at": fixed,
            },
            "seasons": dict.fromkeys(
                ("rated_at", "watchlisted_at", "commented_at", "hidden_at"), fixed
            ),
            "comments": dict.fromkeys(("liked_at", "reacted_at", "blocked_at"), fixed),
            "lists": dict.fromkeys(("liked_at", "reacted_at", "updated_at", "commented_at"), fixed),
            "watchlist": {"updated_at": fixed},
            "favorites": {"updated_at": fixed},
            "collaborations": {"updated_at": fixed},
            "account": {
                "settings_at": settings,
                **dict.fromkeys(
                    ("followed_at", "following_at", "pending_at", "requested_at"), fixed
                ),
            },
            "saved_filters": {"updated_at": fixed},
            "notes": {"updated_at": fixed},
        }
    )


def hidden_progress(demo: DemoTrakt, req: Request) -> Reply:
    """GET /users/hidden/progress_watched?type=show: the shows hidden from progress."""
    user = demo.user(req)
    rows = [
        {
            "hidden_at": _iso(EPOCH),
            "type": "show",
            "show": shape("show", demo.catalogue.shows[show_id].full, req.extended),
        }
        for show_id in sorted(user.hidden_progress)
        if show_id in demo.catalogue.shows
    ]
    return ok(rows)


ROUTES: list[tuple[str, str, Any, str]] = [
    ("GET", r"/sync/last_activities", last_activities, "required"),
    ("GET", r"/users/hidden/progress_watched", hidden_progress, "required"),
]
