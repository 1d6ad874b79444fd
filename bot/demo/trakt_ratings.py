"""The signed-in user's ratings and recommendations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.demo.catalogue import iso, shape
from bot.demo.trakt_http import Reply, Request, not_found, ok, paged
from bot.demo.trakt_media import kind_of, media_id
from bot.demo.trakt_state import Rating
from bot.demo.trakt_sync import GROUPS, empty_groups, parse_when, watchlist_targets

if TYPE_CHECKING:
    from bot.demo.trakt import DemoTrakt


# ---- ratings ----------------------------------------------------------------------------------
def add_ratings(demo: DemoTrakt, req: Request) -> Reply:
    """POST /sync/ratings: rate movies, shows and episodes 1-10."""
    body, user = req.json_object(), demo.user(req)
    missing = empty_groups()
    added = dict.fromkeys(GROUPS, 0)
    for kind, trakt_id, item in watchlist_targets(demo, body, missing):
        rating = item.get("rating")
        if not isinstance(rating, int) or not 1 <= rating <= 10:
            missing[kind + "s"].append(item)
            continue
        when = parse_when(demo, item.get("rated_at"), None)
        user.ratings[(kind, trakt_id)] = Rating(kind, trakt_id, rating, when)
        added[kind + "s"] += 1
    return ok({"added": added, "not_found": missing}, status=201)


def remove_ratings(demo: DemoTrakt, req: Request) -> Reply:
    """POST /sync/ratings/remove."""
    body, user = req.json_object(), demo.user(req)
    missing = empty_groups()
    deleted = dict.fromkeys(GROUPS, 0)
    for kind, trakt_id, item in watchlist_targets(demo, body, missing):
        if user.ratings.pop((kind, trakt_id), None) is None:
            missing[kind + "s"].append(item)
        else:
            deleted[kind + "s"] += 1
    return ok({"deleted": deleted, "not_found": missing})


def get_ratings(demo: DemoTrakt, req: Request) -> Reply:
    """GET /sync/ratings[/{type}[/{rating}]], newest first."""
    user = demo.target_user(req)
    group = req.params.get("type") or "all"
    if group not in (*GROUPS, "all"):
        raise not_found("unknown ratings type")
    wanted = {int(r) for r in (req.params.get("rating") or "").split(",") if r.isdigit()}
    rows = [
        r
        for r in user.ratings.values()
        if group in ("all", r.kind + "s") and (not wanted or r.rating in wanted)
    ]
    rows.sort(key=lambda r: (r.rated_at, r.trakt), reverse=True)
    return paged(
        [
            {
                "rated_at": iso(r.rated_at),
                "rating": r.rating,
                "type": r.kind,
                **demo.media_json(r.kind, r.trakt, req.extended),
            }
            for r in rows
        ],
        req.query,
    )


# ---- recommendations --------------------------------------------------------------------------
def get_recommendations(demo: DemoTrakt, req: Request) -> Reply:
    """GET /recommendations/{shows|movies}: flat list; hidden and watched titles drop out."""
    user, group = demo.user(req), req.params["kind"]
    kind = kind_of(group)
    rows = []
    for trakt_id in user.recommendations.get(group, []):
        if (kind, trakt_id) in user.hidden or user.watched(kind, trakt_id, demo.catalogue):
            continue
        if req.flag("ignore_watchlisted") and user.on_watchlist(kind, trakt_id):
            continue
        obj = shape(kind, demo.catalogue.object(kind, trakt_id), req.extended)
        rows.append({**obj, "favorited_by": [], "recommended_by": []})
    return paged(rows, req.query, max_limit=100)


def hide_recommendation(demo: DemoTrakt, req: Request) -> Reply:
    """DELETE /recommendations/{shows|movies}/{id} → 204."""
    kind = kind_of(req.params["kind"])
    demo.user(req).hidden.add((kind, media_id(demo, kind, req.params["id"])))
    return Reply(204)


_TYPE = r"(?:/(?P<type>[a-z,]+))?"
ROUTES: list[tuple[str, str, Any, str]] = [
    ("GET", rf"/sync/ratings{_TYPE}(?:/(?P<rating>[0-9,]+))?", get_ratings, "required"),
    ("POST", r"/sync/ratings", add_ratings, "required"),
    ("POST", r"/sync/ratings/remove", remove_ratings, "required"),
    ("GET", r"/recommendations/(?P<kind>shows|movies)", get_recommendations, "required"),
    (
        "DELETE",
        r"/recommendations/(?P<kind>shows|movies)/(?P<id>[^/]+)",
        hide_recommendation,
        "required",
    ),
]
