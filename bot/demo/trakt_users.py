"""User endpoints of the demo Trakt: settings, profiles, custom lists, watched titles.

`/users/{id}/history|watchlist|ratings` reuse the `/sync/...` handlers for another user.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.demo.catalogue import iso, shape
from bot.demo.trakt_http import Reply, Request, not_found, ok, paged
from bot.demo.trakt_ratings import get_ratings
from bot.demo.trakt_state import CustomList, UserState
from bot.demo.trakt_sync import get_history, get_watchlist, watchlist_json

if TYPE_CHECKING:
    from bot.demo.trakt import DemoTrakt

Json = dict[str, Any]


def user_json(user: UserState) -> Json:
    """The short user object embedded in lists and search hits."""
    profile = user.settings["user"]
    return {
        "username": user.username,
        "private": profile["private"],
        "deleted": False,
        "name": profile["name"],
        "vip": profile["vip"],
        "vip_ep": profile["vip_ep"],
        "director": profile["director"],
        "ids": {"slug": user.username, "trakt": profile["ids"]["trakt"]},
    }


def list_json(user: UserState, custom: CustomList) -> Json:
    """A custom list shaped like users_lists.json (2026 fields included)."""
    return {
        "name": custom.name,
        "description": custom.description,
        "privacy": custom.privacy,
        "share_link": f"https://trakt.tv/lists/{custom.trakt}",
        "type": "personal",
        "display_numbers": True,
        "allow_comments": True,
        "sort_by": "rank",
        "sort_how": "asc",
        "created_at": iso(custom.created_at),
        "updated_at": iso(custom.updated_at),
        "item_count": len(custom.items),
        "comment_count": 0,
        "likes": 2 * len(custom.items),
        "ids": {"trakt": custom.trakt, "slug": custom.slug},
        "user": user_json(user),
    }


def settings(demo: DemoTrakt, req: Request) -> Reply:
    """GET /users/settings for the token's user."""
    return ok(demo.user(req).settings)


def profile(demo: DemoTrakt, req: Request) -> Reply:
    """GET /users/{id}."""
    user = demo.target_user(req)
    body = user_json(user)
    if "full" in req.extended:
        full = user.settings["user"]
        body.update(
            {
                k: full[k]
                for k in (
                    "joined_at",
                    "location",
                    "about",
                    "gender",
                    "age",
                    "images",
                    "vip_og",
                    "vip_years",
                )
            }
        )
    return ok(body)


def _visible(demo: DemoTrakt, req: Request, user: UserState) -> list[CustomList]:
    owner = req.username == user.username
    return [c for c in user.lists if owner or c.privacy == "public"]


def _find_list(demo: DemoTrakt, req: Request) -> tuple[UserState, CustomList]:
    user = demo.target_user(req)
    ref = req.params["list_id"].lower()
    for custom in _visible(demo, req, user):
        if ref in (str(custom.trakt), custom.slug):
            return user, custom
    raise not_found("list not found")


def lists(demo: DemoTrakt, req: Request) -> Reply:
    """GET /users/{id}/lists: public lists, plus private ones for their owner."""
    user = demo.target_user(req)
    return paged([list_json(user, c) for c in _visible(demo, req, user)], req.query)


def one_list(demo: DemoTrakt, req: Request) -> Reply:
    """GET /users/{id}/lists/{list_id}."""
    user, custom = _find_list(demo, req)
    return ok(list_json(user, custom))


def list_items(demo: DemoTrakt, req: Request) -> Reply:
    """GET /users/{id}/lists/{list_id}/items[/{type}]; private lists 404 for others."""
    _, custom = _find_list(demo, req)
    kinds = {t.strip().rstrip("s") for t in (req.params.get("type") or "").split(",") if t.strip()}
    rows = [
        watchlist_json(demo, n, item, req.extended)
        for n, item in enumerate(custom.items, start=1)
        if not kinds or item.kind in kinds
    ]
    return paged(rows, req.query)


def watched(demo: DemoTrakt, req: Request) -> Reply:
    """GET /users/{id}/watched/{shows|movies}: plays per title, latest first."""
    user, group = demo.target_user(req), req.params["kind"]
    rows = (
        _watched_movies(demo, user, req) if group == "movies" else _watched_shows(demo, user, req)
    )
    rows.sort(key=lambda r: r["last_watched_at"], reverse=True)
    return paged(rows, req.query)


def _watched_movies(demo: DemoTrakt, user: UserState, req: Request) -> list[Json]:
    plays: dict[int, list[str]] = {}
    for h in user.history:
        if h.kind == "movie":
            plays.setdefault(h.trakt, []).append(iso(h.watched_at))
    return [
        {
            "plays": len(times),
            "last_watched_at": max(times),
            "last_updated_at": max(times),
            "movie": shape("movie", demo.catalogue.movies[trakt_id], req.extended),
        }
        for trakt_id, times in plays.items()
    ]


def _watched_shows(demo: DemoTrakt, user: UserState, req: Request) -> list[Json]:
    shows: dict[int, dict[tuple[int, int], list[str]]] = {}
    for h in user.history:
        if h.kind == "episode":
            show_id, episode = demo.catalogue.episodes[h.trakt]
            key = (episode["season"], episode["number"])
            shows.setdefault(show_id, {}).setdefault(key, []).append(iso(h.watched_at))
    rows = []
    for show_id, episodes in shows.items():
        last = max(max(times) for times in episodes.values())
        row: Json = {
            "plays": sum(len(t) for t in episodes.values()),
            "last_watched_at": last,
            "last_updated_at": last,
            "reset_at": None,
            "show": _watched_show(demo.catalogue.shows[show_id].full, req.extended),
        }
        if "noseasons" not in req.extended:
            row["seasons"] = _seasons(episodes)
        rows.append(row)
    return rows


def _watched_show(full: Json, extended: set[str]) -> Json:
    """A watched row's show: `aired_episodes` even without `full` (Trakt's contract requires it:
    the row's seasons are measured against it)."""
    show = shape("show", full, extended)
    show["aired_episodes"] = full["aired_episodes"]
    return show


def _seasons(episodes: dict[tuple[int, int], list[str]]) -> list[Json]:
    seasons: dict[int, list[Json]] = {}
    for (season, number), times in sorted(episodes.items()):
        seasons.setdefault(season, []).append(
            {"number": number, "plays": len(times), "last_watched_at": max(times)}
        )
    return [{"number": n, "episodes": eps} for n, eps in seasons.items()]


def stats(demo: DemoTrakt, req: Request) -> Reply:
    """GET /users/{id}/stats, counted from the user's plays and ratings (nothing collected,
    commented or followed in the demo)."""
    user = demo.target_user(req)
    movies = [h for h in user.history if h.kind == "movie"]
    episodes = [h for h in user.history if h.kind == "episode"]
    catalogue = demo.catalogue
    shows = {catalogue.episodes[h.trakt][0] for h in episodes}
    rated = list(user.ratings.values())

    def ratings(kind: str) -> int:
        return sum(r.kind == kind for r in rated)

    def minutes(plays: list[Any], runtime: Any) -> int:
        return sum(int(runtime(h.trakt) or 0) for h in plays)

    body = {
        "movies": {
            "plays": len(movies),
            "watched": len({h.trakt for h in movies}),
            "minutes": minutes(movies, lambda i: catalogue.movies[i]["runtime"]),
            "collected": 0,
            "ratings": ratings("movie"),
            "comments": 0,
        },
        "shows": {"watched": len(shows), "collected": 0, "ratings": ratings("show"), "comments": 0},
        "seasons": {"ratings": ratings("season"), "comments": 0},
        "episodes": {
            "plays": len(episodes),
            "watched": len({h.trakt for h in episodes}),
            "minutes": minutes(episodes, lambda i: _episode_runtime(demo, i)),
            "collected": 0,
            "ratings": ratings("episode"),
            "comments": 0,
        },
        "network": {"friends": 0, "followers": 0, "following": 0},
        "ratings": {
            "total": len(rated),
            "distribution": {str(n): sum(r.rating == n for r in rated) for n in range(1, 11)},
        },
    }
    return ok(body)


def _episode_runtime(demo: DemoTrakt, trakt_id: int) -> int:
    """An episode's runtime, else its show's (as Trakt's own stats count it)."""
    show_id, episode = demo.catalogue.episodes[trakt_id]
    return int(episode.get("runtime") or demo.catalogue.shows[show_id].full.get("runtime") or 0)


_USER = r"/users/(?P<user>[^/]+)"
_TYPE = r"(?:/(?P<type>[a-z,]+))?"
ROUTES: list[tuple[str, str, Any, str]] = [
    ("GET", r"/users/settings", settings, "required"),
    ("GET", _USER, profile, "optional"),
    ("GET", rf"{_USER}/lists", lists, "optional"),
    ("GET", rf"{_USER}/lists/(?P<list_id>[^/]+)", one_list, "optional"),
    ("GET", rf"{_USER}/lists/(?P<list_id>[^/]+)/items{_TYPE}", list_items, "optional"),
    ("GET", rf"{_USER}/watched/(?P<kind>shows|movies)", watched, "optional"),
    ("GET", rf"{_USER}/stats", stats, "optional"),
    ("GET", rf"{_USER}/history{_TYPE}(?:/(?P<id>[^/]+))?", get_history, "optional"),
    (
        "GET",
        rf"{_USER}/watchlist{_TYPE}(?:/(?P<sort>[a-z]+))?(?:/(?P<how>[a-z]+))?",
        get_watchlist,
        "optional",
    ),
    ("GET", rf"{_USER}/ratings{_TYPE}(?:/(?P<rating>[0-9,]+))?", get_ratings, "optional"),
]
