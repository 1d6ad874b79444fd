"""Public media endpoints of the demo Trakt: search, lists of titles, summaries, episodes."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from bot.demo import catalogue_data
from bot.demo.catalogue import NotInCatalogue, shape
from bot.demo.catalogue_data import Credit
from bot.demo.catalogue_search import SEARCH_TYPES, list_score, search_catalogue
from bot.demo.trakt_http import HttpError, Reply, Request, not_found, ok, paged

if TYPE_CHECKING:
    from bot.demo.trakt import DemoTrakt

Json = dict[str, Any]
_PERIODS = {"daily": 1, "weekly": 7, "monthly": 30, "yearly": 365, "all": 3650}
_ID_TYPES = {"trakt", "imdb", "tmdb", "tvdb"}
ID_HIT_SCORE = 1000.0  # an id look-up is an exact hit (the contract's score is not nullable)


def kind_of(plural: str) -> str:
    """ "shows" -> "show", "movies" -> "movie"."""
    return plural[:-1]


def media_id(demo: DemoTrakt, kind: str, ref: str) -> int:
    """Resolve a path id (trakt id or slug) or answer 404."""
    try:
        return demo.catalogue.resolve(kind, ref)
    except NotInCatalogue:
        raise not_found(f"{kind} not found") from None


# ---- search ---------------------------------------------------------------------------
def search(demo: DemoTrakt, req: Request) -> Reply:
    """GET /search/{types}?query= (or /search/{id_type}/{id})."""
    types = [t.strip() for t in req.params["types"].split(",") if t.strip()]
    if len(types) == 1 and types[0] in _ID_TYPES:
        raise not_found("use /search/{id_type}/{id}")
    if not types or any(t not in SEARCH_TYPES for t in types):
        raise HttpError(
            400,
            {"error": "bad_request", "error_description": f"type must be one of {SEARCH_TYPES}"},
        )
    query = req.query.get("query", "")
    fields = {f.strip() for f in req.query.get("fields", "").split(",") if f.strip()}
    rows = [
        _hit_json(h.type, h.score, h.obj, h.show, req)
        for h in search_catalogue(demo.catalogue, query, types, fields)
    ]
    if "list" in types and query.strip():
        rows.extend(_list_hits(demo, query))
        rows.sort(key=lambda row: -float(row["score"]))
    return paged(rows, req.query)


def search_id(demo: DemoTrakt, req: Request) -> Reply:
    """GET /search/{id_type}/{id}?type=movie,show,episode."""
    id_type, wanted = req.params["id_type"], req.params["id"]
    types = req.query.get("type", "movie,show,episode").split(",")
    rows = []
    for kind in ("movie", "show"):
        if kind in types:
            for obj in demo.catalogue.all_objects(kind):
                if str(obj["ids"].get(id_type)) == wanted:
                    rows.append(_hit_json(kind, ID_HIT_SCORE, obj, None, req))
    if "episode" in types:
        for show_id, episode in demo.catalogue.episodes.values():
            if str(episode["ids"].get(id_type)) == wanted:
                show = demo.catalogue.shows[show_id].full
                rows.append(_hit_json("episode", ID_HIT_SCORE, episode, show, req))
    return paged(rows, req.query)


def _hit_json(kind: str, score: float | None, obj: Json, show: Json | None, req: Request) -> Json:
    row: Json = {"type": kind, "score": score, kind: shape(kind, obj, req.extended)}
    if show is not None:
        row["show"] = shape("show", show, req.extended)
    return row


def _list_hits(demo: DemoTrakt, query: str) -> list[Json]:
    rows = []
    for user in demo.users.values():
        for custom in user.lists:
            score = list_score(query, custom.name, custom.description)
            if custom.privacy == "public" and score:
                rows.append({"type": "list", "score": score, "list": demo.list_json(user, custom)})
    return rows


# ---- lists of titles ------------------------------------------------------------------
def _watchers(obj: Json) -> int:
    return int(obj["votes"]) // 400 + int(obj["ids"]["trakt"]) % 37 + 1


def trending(demo: DemoTrakt, req: Request) -> Reply:
    """GET /{shows|movies}/trending: [{watchers, show|movie}]."""
    kind = kind_of(req.params["kind"])
    objs = sorted(
        demo.catalogue.all_objects(kind), key=lambda o: (-_watchers(o), o["ids"]["trakt"])
    )
    return paged(
        [{"watchers": _watchers(o), kind: shape(kind, o, req.extended)} for o in objs], req.query
    )


def popular(demo: DemoTrakt, req: Request) -> Reply:
    """GET /{shows|movies}/popular: flat list."""
    kind = kind_of(req.params["kind"])
    objs = sorted(
        demo.catalogue.all_objects(kind),
        key=lambda o: (-o["rating"] * math.sqrt(o["votes"]), o["ids"]["trakt"]),
    )
    return paged([shape(kind, o, req.extended) for o in objs], req.query)


def watched(demo: DemoTrakt, req: Request) -> Reply:
    """GET /{shows|movies}/watched/{period}: play statistics per title."""
    kind = kind_of(req.params["kind"])
    days = _PERIODS.get(req.params.get("period") or "weekly")
    if days is None:
        raise not_found("unknown period")
    rows = []
    for obj in demo.catalogue.all_objects(kind):
        watchers = obj["votes"] * days // 60 + obj["ids"]["trakt"] % 11
        plays = watchers * (6 if kind == "show" else 1) + obj["ids"]["trakt"] % 7
        rows.append(
            {
                "watcher_count": watchers,
                "play_count": plays,
                "collected_count": plays // 2,
                "collector_count": watchers // 3,
                kind: shape(kind, obj, req.extended),
            }
        )
    rows.sort(key=lambda r: (-r["watcher_count"], r[kind]["ids"]["trakt"]))
    return paged(rows, req.query)


# ---- one title ----------------------------------------------------------------------
def summary(demo: DemoTrakt, req: Request) -> Reply:
    """GET /{shows|movies}/{id}."""
    kind = kind_of(req.params["kind"])
    obj = demo.catalogue.object(kind, media_id(demo, kind, req.params["id"]))
    return ok(shape(kind, obj, req.extended))


def related(demo: DemoTrakt, req: Request) -> Reply:
    """GET /{shows|movies}/{id}/related: flat list of similar titles."""
    kind = kind_of(req.params["kind"])
    objs = demo.catalogue.related(kind, media_id(demo, kind, req.params["id"]))
    return paged([shape(kind, o, req.extended) for o in objs], req.query)


# A few episodes in Russian, in Trakt's translation shape (the rest have none).
EPISODE_TRANSLATIONS: dict[tuple[str, int, int], list[Json]] = {
    ("severance", 1, 5): [
        {
            "title": "Мрачное варварство оптики и дизайна",
            "overview": "Марк узнаёт о своём прошлом больше, чем хотел бы.",
            "language": "ru",
            "country": "ru",
        }
    ],
}


def episode_translations(demo: DemoTrakt, req: Request) -> Reply:
    """GET /shows/{id}/seasons/{s}/episodes/{e}/translations[/{language}]: the demo
    catalogue has Russian titles for a few episodes of Severance."""
    entry = demo.catalogue.shows[media_id(demo, "show", req.params["id"])]
    season, number = int(req.params["season"]), int(req.params["episode"])
    if not any(
        e["season"] == season and e["number"] == number for s in entry.seasons for e in s.episodes
    ):
        raise not_found("episode not found")
    wanted = req.params.get("language")
    found = [
        t
        for t in EPISODE_TRANSLATIONS.get((entry.full["ids"]["slug"], season, number), [])
        if wanted in (None, t["language"])
    ]
    return ok(found)


def translations(demo: DemoTrakt, req: Request) -> Reply:
    """GET /{shows|movies}/{id}/translations[/{language}]."""
    kind = kind_of(req.params["kind"])
    trakt_id = media_id(demo, kind, req.params["id"])
    return ok(demo.catalogue.translations(kind, trakt_id, req.params.get("language")))


def person(demo: DemoTrakt, req: Request) -> Reply:
    """GET /people/{id}."""
    obj = demo.catalogue.object("person", media_id(demo, "person", req.params["id"]))
    return ok(shape("person", obj, req.extended))


def credits(demo: DemoTrakt, req: Request) -> Reply:
    """GET /people/{id}/{movies|shows}: cast and crew, titles shaped by `extended`."""
    plural = req.params["kind"]
    found = demo.catalogue.object("person", media_id(demo, "person", req.params["id"]))
    kind = kind_of(plural)
    return ok(
        _cast_and_crew(
            (credit, kind, shape(kind, demo.catalogue.object(kind, credit[1]), req.extended))
            for credit in catalogue_data.credits().get(found["ids"]["slug"], {}).get(plural, [])
        )
    )


def title_people(demo: DemoTrakt, req: Request) -> Reply:
    """GET /{movies|shows}/{id}/people: the demo people credited on the title."""
    plural = req.params["kind"]
    kind = kind_of(plural)
    slug = demo.catalogue.object(kind, media_id(demo, kind, req.params["id"]))["ids"]["slug"]
    return ok(
        _cast_and_crew(
            (credit, "person", shape("person", demo.catalogue.object("person", name), req.extended))
            for name, kinds in catalogue_data.credits().items()
            for credit in kinds.get(plural, [])
            if credit[1] == slug
        )
    )


def _cast_and_crew(rows: Iterable[tuple[Credit, str, Json]]) -> Json:
    """Trakt's ``{"cast": [...], "crew": {department: [...]}}`` from (credit, the key of
    the other side, "movie" / "show" / "person", and its object)."""
    cast: list[Json] = []
    crew: dict[str, list[Json]] = {}
    for (department, _, roles, episodes), key, other in rows:
        if department == "cast":
            row: Json = {"characters": list(roles), "character": roles[0], key: other}
            if episodes is not None:
                row.update({"episode_count": episodes, "series_regular": episodes > 10})
            cast.append(row)
        else:
            job = {"jobs": list(roles), "job": roles[0], key: other}
            crew.setdefault(department, []).append(job)
    return {"cast": cast, "crew": crew}


# ---- seasons and episodes --------------------------------------------------------------
def next_episode(demo: DemoTrakt, req: Request) -> Reply:
    """GET /shows/{id}/next_episode: the episode, or 204 with no body."""
    episode = demo.catalogue.next_episode(media_id(demo, "show", req.params["id"]))
    return ok(shape("episode", episode, req.extended)) if episode else Reply(204)


def last_episode(demo: DemoTrakt, req: Request) -> Reply:
    """GET /shows/{id}/last_episode: the episode, or 204 with no body."""
    episode = demo.catalogue.last_episode(media_id(demo, "show", req.params["id"]))
    return ok(shape("episode", episode, req.extended)) if episode else Reply(204)


def seasons(demo: DemoTrakt, req: Request) -> Reply:
    """GET /shows/{id}/seasons[?extended=full,episodes]."""
    show_id = media_id(demo, "show", req.params["id"])
    entry = demo.catalogue.shows[show_id]
    rows = []
    for season in entry.seasons:
        row: Json = {"number": season.number, "ids": dict(season.ids)}
        if "full" in req.extended:
            aired = [e for e in season.episodes if demo.catalogue.is_aired(e)]
            dates = [e["first_aired"] for e in season.episodes if e["first_aired"]]
            row.update(
                {
                    "rating": 8.1,
                    "votes": entry.full["votes"] // 20,
                    "episode_count": len(season.episodes),
                    "aired_episodes": len(aired),
                    "title": f"Season {season.number}" if season.number else "Specials",
                    "overview": None,
                    "first_aired": min(dates) if dates else None,
                    "updated_at": entry.full["updated_at"],
                    "network": entry.full["network"],
                }
            )
        if "episodes" in req.extended:
            row["episodes"] = [shape("episode", e, req.extended) for e in season.episodes]
        rows.append(row)
    return ok(rows)


def season(demo: DemoTrakt, req: Request) -> Reply:
    """GET /shows/{id}/seasons/{season}: the season's episodes."""
    show_id = media_id(demo, "show", req.params["id"])
    try:
        found = demo.catalogue.season(show_id, int(req.params["season"]))
    except NotInCatalogue:
        raise not_found("season not found") from None
    return ok([shape("episode", e, req.extended) for e in found.episodes])


def episode(demo: DemoTrakt, req: Request) -> Reply:
    """GET /shows/{id}/seasons/{season}/episodes/{episode}."""
    show_id = media_id(demo, "show", req.params["id"])
    try:
        found = demo.catalogue.episode(
            show_id, int(req.params["season"]), int(req.params["episode"])
        )
    except NotInCatalogue:
        raise not_found("episode not found") from None
    return ok(shape("episode", found, req.extended))


_KINDS = r"(?P<kind>shows|movies)"
_ID = r"(?P<id>[^/]+)"
ROUTES: list[tuple[str, str, Any, str]] = [
    ("GET", r"/search/(?P<id_type>trakt|imdb|tmdb|tvdb)/(?P<id>[^/]+)", search_id, "none"),
    ("GET", r"/search/(?P<types>[^/]+)", search, "none"),
    ("GET", rf"/{_KINDS}/trending", trending, "none"),
    ("GET", rf"/{_KINDS}/popular", popular, "none"),
    ("GET", rf"/{_KINDS}/watched(?:/(?P<period>[^/]+))?", watched, "none"),
    ("GET", rf"/{_KINDS}/{_ID}", summary, "none"),
    ("GET", rf"/{_KINDS}/{_ID}/related", related, "none"),
    ("GET", rf"/{_KINDS}/{_ID}/people", title_people, "none"),
    ("GET", rf"/{_KINDS}/{_ID}/translations(?:/(?P<language>[a-z]{{2}}))?", translations, "none"),
    (
        "GET",
        rf"/shows/{_ID}/seasons/(?P<season>\d+)/episodes/(?P<episode>\d+)/translations"
        r"(?:/(?P<language>[a-z]{2}))?",
        episode_translations,
        "none",
    ),
    ("GET", rf"/shows/{_ID}/next_episode", next_episode, "none"),
    ("GET", rf"/shows/{_ID}/last_episode", last_episode, "none"),
    ("GET", rf"/shows/{_ID}/seasons", seasons, "none"),
    ("GET", rf"/shows/{_ID}/seasons/(?P<season>\d+)", season, "none"),
    ("GET", rf"/shows/{_ID}/seasons/(?P<season>\d+)/episodes/(?P<episode>\d+)", episode, "none"),
    ("GET", rf"/people/{_ID}", person, "none"),
    ("GET", rf"/people/{_ID}/{_KINDS}", credits, "none"),
]
