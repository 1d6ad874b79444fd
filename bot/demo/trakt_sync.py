"""The signed-in user's data: history, watchlist, ratings and recommendations."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.demo.catalogue import NotInCatalogue, iso, parse_iso
from bot.demo.trakt_http import HttpError, Reply, Request, not_found, ok, paged
from bot.demo.trakt_media import kind_of, media_id
from bot.demo.trakt_state import HistoryEntry, ListedItem, UserState

if TYPE_CHECKING:
    from bot.demo.trakt import DemoTrakt

Json = dict[str, Any]
GROUPS = ("movies", "shows", "seasons", "episodes")
_SORTS = {"rank": "asc", "added": "desc", "released": "desc", "title": "asc"}


def bad_request(text: str) -> HttpError:
    """A 400 with Trakt's JSON error shape."""
    return HttpError(400, {"error": "bad_request", "error_description": text})


def empty_groups(*extra: str) -> dict[str, list[Any]]:
    """The `not_found` skeleton: movies, shows, seasons, episodes (+ extra keys)."""
    return {group: [] for group in (*GROUPS, *extra)}


def _items(body: Json, group: str) -> list[Json]:
    value = body.get(group) or []
    if not isinstance(value, list):
        raise bad_request(f"{group} must be a list")
    return [item for item in value if isinstance(item, dict)]


def parse_when(demo: DemoTrakt, value: Any, released: str | None) -> datetime:
    """A body timestamp: ISO, "released"/"unknown" (release date) or missing (now)."""
    if value in (None, "") or (value in ("released", "unknown") and not released):
        return demo.now()
    text = released if value in ("released", "unknown") and released else str(value)
    try:
        return parse_iso(text)
    except (TypeError, ValueError):
        raise bad_request(f"invalid date {value!r}") from None


# ---- resolving request bodies to episode / movie ids ----------------------------------------
def _show_episodes(demo: DemoTrakt, item: Json) -> Iterator[tuple[Json, Json]]:
    """(episode, item-with-watched_at) pairs for a `shows` entry, possibly narrowed."""
    show_id = demo.catalogue.find_by_ids("show", item.get("ids") or {})
    seasons = item.get("seasons")
    if not seasons:
        yield from ((e, item) for e in demo.catalogue.aired_episodes(show_id))
        return
    for season in seasons:
        found = demo.catalogue.season(show_id, int(season.get("number", -1)))
        numbers = season.get("episodes")
        for episode in found.episodes:
            picks = (
                [e for e in numbers if e.get("number") == episode["number"]]
                if numbers
                else [season]
            )
            for pick in picks:
                yield episode, {**item, **season, **pick}


def episodes_in(
    demo: DemoTrakt, body: Json, missing: dict[str, list[Any]]
) -> list[tuple[Json, Json]]:
    """Every (episode, source item) a sync body names; unknown entries go to `missing`."""
    found: list[tuple[Json, Json]] = []
    for item in _items(body, "shows"):
        try:
            found.extend(_show_episodes(demo, item))
        except (NotInCatalogue, ValueError, TypeError):
            missing["shows"].append(item)
    for item in _items(body, "seasons"):
        season = _season_by_id(demo, item.get("ids") or {})
        if season is None:
            missing["seasons"].append(item)
        else:
            found.extend((e, item) for e in season)
    for item in _items(body, "episodes"):
        try:
            trakt_id = demo.catalogue.find_episode_by_ids(item.get("ids") or {})
        except NotInCatalogue:
            missing["episodes"].append(item)
        else:
            found.append((demo.catalogue.episodes[trakt_id][1], item))
    return found


def _season_by_id(demo: DemoTrakt, ids: Json) -> list[Json] | None:
    for entry in demo.catalogue.shows.values():
        for season in entry.seasons:
            if ids.get("trakt") is not None and season.ids["trakt"] == ids.get("trakt"):
                return season.episodes
    return None


def movies_in(demo: DemoTrakt, body: Json, missing: dict[str, list[Any]]) -> list[tuple[int, Json]]:
    """Every (movie id, source item) a sync body names; unknown ones go to `missing`."""
    found = []
    for item in _items(body, "movies"):
        try:
            found.append((demo.catalogue.find_by_ids("movie", item.get("ids") or {}), item))
        except NotInCatalogue:
            missing["movies"].append(item)
    return found


# ---- history ----------------------------------------------------------------------------------
def history_json(demo: DemoTrakt, entry: HistoryEntry, extended: set[str]) -> Json:
    """One history row shaped like sync_history_episodes.json."""
    row: Json = {
        "id": entry.id,
        "watched_at": iso(entry.watched_at),
        "action": entry.action,
        "type": entry.kind,
    }
    row.update(demo.media_json(entry.kind, entry.trakt, extended))
    return row


def _history_filter(demo: DemoTrakt, req: Request) -> Callable[[HistoryEntry], bool]:
    group, ref = req.params.get("type"), req.params.get("id")
    if group not in (None, *GROUPS):
        raise not_found("unknown history type")
    if group == "movies":
        movie = media_id(demo, "movie", ref) if ref else None
        return lambda h: h.kind == "movie" and movie in (None, h.trakt)
    if group == "shows" and ref:
        show = media_id(demo, "show", ref)
        return lambda h: h.kind == "episode" and demo.catalogue.episodes[h.trakt][0] == show
    if group in ("episodes", "seasons", "shows"):
        if group == "episodes" and ref:
            return lambda h: h.kind == "episode" and str(h.trakt) == ref
        return lambda h: h.kind == "episode"
    return lambda h: True


def get_history(demo: DemoTrakt, req: Request) -> Reply:
    """GET /sync/history[/{type}[/{id}]]?start_at&end_at, newest first."""
    user = demo.target_user(req)
    keep = _history_filter(demo, req)
    start = parse_when(demo, req.query.get("start_at"), None) if req.query.get("start_at") else None
    end = parse_when(demo, req.query.get("end_at"), None) if req.query.get("end_at") else None
    rows = [
        h
        for h in user.history
        if keep(h)
        and (start is None or h.watched_at >= start)
        and (end is None or h.watched_at <= end)
    ]
    rows.sort(key=lambda h: (h.watched_at, h.id), reverse=True)
    return paged([history_json(demo, h, req.extended) for h in rows], req.query)


def add_history(demo: DemoTrakt, req: Request) -> Reply:
    """POST /sync/history: add plays (Trakt doesn't de-duplicate them)."""
    body, user = req.json_object(), demo.user(req)
    missing = empty_groups("people")
    added = {"movies": 0, "episodes": 0}
    for movie_id, item in movies_in(demo, body, missing):
        released = demo.catalogue.movies[movie_id]["released"]
        when = parse_when(demo, item.get("watched_at"), released)
        user.history.append(HistoryEntry(demo.next_id(), when, "watch", "movie", movie_id))
        added["movies"] += 1
    for episode, item in episodes_in(demo, body, missing):
        when = parse_when(demo, item.get("watched_at"), episode["first_aired"])
        user.history.append(
            HistoryEntry(demo.next_id(), when, "watch", "episode", episode["ids"]["trakt"])
        )
        added["episodes"] += 1
    updated = {"movies": 0, "episodes": 0}  # the 2026 contract's counts of changed plays
    return ok({"added": added, "updated": updated, "not_found": missing}, status=201)


def remove_history(demo: DemoTrakt, req: Request) -> Reply:
    """POST /sync/history/remove: remove plays of titles, or plays by history id."""
    body, user = req.json_object(), demo.user(req)
    missing = empty_groups("ids")
    doomed = {("movie", m) for m, _ in movies_in(demo, body, missing)}
    doomed |= {("episode", e["ids"]["trakt"]) for e, _ in episodes_in(demo, body, missing)}
    ids = {i for i in body.get("ids") or [] if isinstance(i, int)}
    missing["ids"] = sorted(ids - {h.id for h in user.history})
    gone = [h for h in user.history if (h.kind, h.trakt) in doomed or h.id in ids]
    user.history = [h for h in user.history if h not in gone]
    deleted = {
        "movies": sum(h.kind == "movie" for h in gone),
        "episodes": sum(h.kind == "episode" for h in gone),
    }
    return ok({"deleted": deleted, "not_found": missing})


# ---- watchlist --------------------------------------------------------------------------------
def watchlist_json(demo: DemoTrakt, rank: int, item: ListedItem, extended: set[str]) -> Json:
    """One watchlist or list row shaped like sync_watchlist_movies.json."""
    row: Json = {
        "rank": rank,
        "id": item.id,
        "listed_at": iso(item.listed_at),
        "notes": item.notes,
        "type": item.kind,
    }
    row.update(demo.media_json(item.kind, item.trakt, extended))
    return row


def _sort_key(demo: DemoTrakt, sort: str) -> Callable[[tuple[int, ListedItem]], Any]:
    def key(pair: tuple[int, ListedItem]) -> Any:
        rank, item = pair
        if sort == "added":
            return item.listed_at
        obj = demo.media_object(item.kind, item.trakt)
        if sort == "title":
            return str(obj.get("title") or "").casefold()
        if sort == "released":
            return str(obj.get("released") or obj.get("first_aired") or "")
        return rank

    return key


def get_watchlist(demo: DemoTrakt, req: Request) -> Reply:
    """GET /sync/watchlist[/{type}[/{sort_by}[/{sort_how}]]]: echoes X-Sort-By/-How."""
    user = demo.target_user(req)
    kinds = {kind_of(t) for t in (req.params.get("type") or "all").split(",") if t in GROUPS} or {
        "movie",
        "show",
        "season",
        "episode",
    }
    sort = req.params.get("sort") or "rank"
    if sort not in _SORTS:
        raise bad_request("sort_by must be rank, added, released or title")
    how = req.params.get("how") or _SORTS[sort]
    if how not in ("asc", "desc"):
        raise bad_request("sort_how must be asc or desc")
    ranked = [(n, i) for n, i in enumerate(user.watchlist, start=1) if i.kind in kinds]
    ranked.sort(key=_sort_key(demo, sort), reverse=how == "desc")
    rows = [watchlist_json(demo, n, i, req.extended) for n, i in ranked]
    return paged(rows, req.query, headers={"X-Sort-By": sort, "X-Sort-How": how})


def watchlist_targets(
    demo: DemoTrakt, body: Json, missing: dict[str, list[Any]]
) -> list[tuple[str, int, Json]]:
    """(kind, trakt id, item) for movies, shows and episodes; seasons count as not found."""
    found = [("movie", m, item) for m, item in movies_in(demo, body, missing)]
    for item in _items(body, "shows"):
        try:
            found.append(("show", demo.catalogue.find_by_ids("show", item.get("ids") or {}), item))
        except NotInCatalogue:
            missing["shows"].append(item)
    for item in _items(body, "episodes"):
        try:
            found.append(
                ("episode", demo.catalogue.find_episode_by_ids(item.get("ids") or {}), item)
            )
        except NotInCatalogue:
            missing["episodes"].append(item)
    missing["seasons"].extend(_items(body, "seasons"))
    return found


def _list_info(user: UserState) -> Json:
    updated = user.watchlist_updated_at
    return {"updated_at": iso(updated) if updated else None, "item_count": len(user.watchlist)}


def add_watchlist(demo: DemoTrakt, req: Request) -> Reply:
    """POST /sync/watchlist: 420 with an empty body when the watchlist limit is reached."""
    body, user = req.json_object(), demo.user(req)
    missing = empty_groups()
    counts = {"added": dict.fromkeys(GROUPS, 0), "existing": dict.fromkeys(GROUPS, 0)}
    targets = watchlist_targets(demo, body, missing)
    new = {(k, t) for k, t, _ in targets if not user.on_watchlist(k, t)}
    if len(user.watchlist) + len(new) > int(user.limits["watchlist"]["item_count"]):
        raise HttpError(420)
    for kind, trakt_id, item in targets:
        if user.on_watchlist(kind, trakt_id):
            counts["existing"][kind + "s"] += 1
            continue
        user.watchlist.append(
            ListedItem(demo.next_id(), kind, trakt_id, demo.now(), item.get("notes"))
        )
        user.watchlist_updated_at = demo.now()
        counts["added"][kind + "s"] += 1
    return ok({**counts, "not_found": missing, "list": _list_info(user)}, status=201)


def remove_watchlist(demo: DemoTrakt, req: Request) -> Reply:
    """POST /sync/watchlist/remove."""
    body, user = req.json_object(), demo.user(req)
    missing = empty_groups()
    deleted = dict.fromkeys(GROUPS, 0)
    for kind, trakt_id, item in watchlist_targets(demo, body, missing):
        if user.on_watchlist(kind, trakt_id):
            user.watchlist = [i for i in user.watchlist if (i.kind, i.trakt) != (kind, trakt_id)]
            user.watchlist_updated_at = demo.now()
            deleted[kind + "s"] += 1
        else:
            missing[kind + "s"].append(item)
    return ok({"deleted": deleted, "not_found": missing, "list": _list_info(user)})


_TYPE = r"(?:/(?P<type>[a-z,]+))?"
ROUTES: list[tuple[str, str, Any, str]] = [
    ("GET", rf"/sync/history{_TYPE}(?:/(?P<id>[^/]+))?", get_history, "required"),
    ("POST", r"/sync/history", add_history, "required"),
    ("POST", r"/sync/history/remove", remove_history, "required"),
    (
        "GET",
        rf"/sync/watchlist{_TYPE}(?:/(?P<sort>[a-z]+))?(?:/(?P<how>[a-z]+))?",
        get_watchlist,
        "required",
    ),
    ("POST", r"/sync/watchlist", add_watchlist, "required"),
    ("POST", r"/sync/watchlist/remove", remove_watchlist, "required"),
]
