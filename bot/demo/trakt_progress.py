"""Tracking endpoints of the demo Trakt: watched progress, up next, check-in, watching and
un-hiding, in the shapes of Trakt's contract (tests/trakt-contract).

Progress follows Trakt's rules: only aired episodes count; specials (season 0) are left out
unless `specials=true`, and counted only with `count_specials=true` as well; the next episode
is the first aired, unwatched one after the last watched; the last episode is the furthest
watched one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot.demo.catalogue import NotInCatalogue, iso, shape
from bot.demo.catalogue_build import aired as aired_by
from bot.demo.trakt_http import HttpError, Reply, Request, not_found, ok, paginate
from bot.demo.trakt_media import media_id
from bot.demo.trakt_state import HistoryEntry, RunningCheckin, UserState
from bot.demo.trakt_sync import empty_groups

if TYPE_CHECKING:
    from bot.demo.trakt import DemoTrakt

Json = dict[str, Any]
UP_NEXT_ITEM_COUNT = "1337"  # what api.trakt.tv always says (trakt/trakt-api#926)
_HIDDEN_SECTIONS = (
    "calendar",
    "progress_watched",
    "progress_collected",
    "recommendations",
    "dropped",
)


@dataclass(frozen=True)
class _Options:
    specials: bool = False
    count_specials: bool = False


def _plays(demo: DemoTrakt, user: UserState, show_id: int) -> dict[int, datetime]:
    """Episode trakt id -> the latest play of it, for one show."""
    latest: dict[int, datetime] = {}
    for play in user.history:
        if play.kind == "episode" and demo.catalogue.episodes[play.trakt][0] == show_id:
            seen = latest.get(play.trakt)
            latest[play.trakt] = play.watched_at if seen is None else max(seen, play.watched_at)
    return latest


def progress_json(
    demo: DemoTrakt, user: UserState, show_id: int, options: _Options, extended: set[str]
) -> Json:
    """`/shows/{id}/progress/watched` for one user and show."""
    plays = _plays(demo, user, show_id)
    seasons: list[Json] = []
    counted: list[Json] = []  # aired episodes that count, in order
    for season in demo.catalogue.shows[show_id].seasons:
        if season.number == 0 and not options.specials:
            continue
        # by the demo's clock now (an episode may have aired since the catalogue was built)
        aired = [e for e in season.episodes if aired_by(e, demo.now())]
        rows = [
            {
                "number": e["number"],
                "completed": e["ids"]["trakt"] in plays,
                "last_watched_at": _iso(plays.get(e["ids"]["trakt"])),
            }
            for e in aired
        ]
        done = sum(1 for row in rows if row["completed"])
        seasons.append(
            {
                "number": season.number,
                "title": "Specials" if season.number == 0 else f"Season {season.number}",
                "aired": len(aired),
                "completed": done,
                "episodes": rows,
            }
        )
        if season.number != 0 or options.count_specials:
            counted.extend(aired)
    watched = [e for e in counted if e["ids"]["trakt"] in plays]
    last = watched[-1] if watched else None
    after = counted[counted.index(last) + 1 :] if last is not None else counted
    upcoming = next((e for e in after if e["ids"]["trakt"] not in plays), None)
    return {
        "aired": len(counted),
        "completed": len(watched),
        "last_watched_at": _iso(max(plays.values(), default=None)),
        "reset_at": None,
        "seasons": seasons,
        "hidden_seasons": [],
        "next_episode": shape("episode", upcoming, extended) if upcoming else None,
        "last_episode": shape("episode", last, extended) if last else None,
    }


def _iso(moment: datetime | None) -> str | None:
    return iso(moment) if moment is not None else None


def show_progress(demo: DemoTrakt, req: Request) -> Reply:
    """GET /shows/{id}/progress/watched?specials&count_specials&hidden."""
    show_id = media_id(demo, "show", req.params["id"])
    options = _Options(req.flag("specials"), req.flag("specials") and _count_specials(req))
    return ok(progress_json(demo, demo.user(req), show_id, options, req.extended))


def _count_specials(req: Request) -> bool:
    """Trakt's default for `count_specials` is true."""
    return req.query.get("count_specials", "true").lower() in ("true", "1", "yes")


def up_next(demo: DemoTrakt, req: Request) -> Reply:
    """GET /sync/progress/up_next: shows in progress, most recent activity first; the item
    count header is 1337 whatever the count, like the real one."""
    user = demo.user(req)
    shows = {demo.catalogue.episodes[h.trakt][0] for h in user.history if h.kind == "episode"}
    rows: list[tuple[str, int, Json]] = []
    for show_id in shows - user.hidden_progress:
        progress = progress_json(demo, user, show_id, _Options(), req.extended)
        if progress["next_episode"] is None or progress["completed"] >= progress["aired"]:
            continue
        del progress["seasons"], progress["hidden_seasons"]
        row = {"show": shape("show", demo.catalogue.shows[show_id].full, req.extended)}
        rows.append((progress["last_watched_at"] or "", show_id, {**row, "progress": progress}))
    rows.sort(key=lambda item: (item[0], item[1]), reverse=True)
    page = paginate([row for _, _, row in rows], req.query)
    return ok(page.items, headers={**page.headers, "X-Pagination-Item-Count": UP_NEXT_ITEM_COUNT})


# ---- check-in ------------------------------------------------------------------------------
def _checkin_target(demo: DemoTrakt, body: Json) -> tuple[str, int, int]:
    """(kind, trakt id, runtime in minutes) of a check-in body."""
    try:
        if isinstance(body.get("movie"), dict):
            movie_id = demo.catalogue.find_by_ids("movie", body["movie"].get("ids") or {})
            return "movie", movie_id, int(demo.catalogue.movies[movie_id]["runtime"] or 0)
        if isinstance(body.get("episode"), dict):
            episode_id = demo.catalogue.find_episode_by_ids(body["episode"].get("ids") or {})
            return (
                "episode",
                episode_id,
                int(demo.catalogue.episodes[episode_id][1]["runtime"] or 0),
            )
    except NotInCatalogue:
        raise not_found("item not found") from None
    raise not_found("send a movie or an episode")  # Trakt: 404, item not found


def checkin(demo: DemoTrakt, req: Request) -> Reply:
    """POST /checkin: records a play that runs for the item's runtime; 409 {expires_at}
    while another check-in runs."""
    body, user, now = req.json_object(), demo.user(req), demo.now()
    running = user.running_checkin(now)
    if running is not None:
        raise HttpError(409, {"expires_at": iso(running.expires_at)})
    kind, trakt_id, runtime = _checkin_target(demo, body)
    play = HistoryEntry(demo.next_id(), now, "checkin", kind, trakt_id)
    user.history.append(play)
    expires = now + timedelta(minutes=max(runtime, 1))
    user.checkin = RunningCheckin(kind, trakt_id, play.id, now, expires)
    sharing = {"twitter": False, "mastodon": False, "tumblr": False}
    reply = {"id": play.id, "watched_at": iso(now), "sharing": sharing}
    return ok({**reply, **demo.media_json(kind, trakt_id, {"full"})}, status=201)


def cancel_checkin(demo: DemoTrakt, req: Request) -> Reply:
    """DELETE /checkin → 204; the running check-in and its play are removed."""
    user = demo.user(req)
    running = user.running_checkin(demo.now())
    if running is not None:
        user.history = [h for h in user.history if h.id != running.history_id]
        user.checkin = None
    return Reply(204)


def watching(demo: DemoTrakt, req: Request) -> Reply:
    """GET /users/{id}/watching: the running check-in, or 204 with no body."""
    user = demo.target_user(req)
    running = user.running_checkin(demo.now())
    if running is None:
        return Reply(204)
    return ok(
        {
            "expires_at": iso(running.expires_at),
            "started_at": iso(running.started_at),
            "action": "checkin",
            "type": running.kind,
            **demo.media_json(running.kind, running.trakt, req.extended),
        }
    )


# ---- hidden items --------------------------------------------------------------------------
def unhide(demo: DemoTrakt, req: Request) -> Reply:
    """POST /users/hidden/{section}/remove: recommendations, or shows hidden from progress."""
    section, body, user = req.params["section"], req.json_object(), demo.user(req)
    if section not in _HIDDEN_SECTIONS:
        raise not_found("unknown section")
    missing = empty_groups()
    deleted = {"movies": 0, "shows": 0, "seasons": 0, "episodes": 0}
    for group in ("movies", "shows"):
        kind = group[:-1]
        for item in body.get(group) or []:
            try:
                trakt_id = demo.catalogue.find_by_ids(kind, (item or {}).get("ids") or {})
            except (NotInCatalogue, AttributeError):
                missing[group].append(item)
                continue
            if section == "recommendations" and (kind, trakt_id) in user.hidden:
                user.hidden.discard((kind, trakt_id))
            elif (
                section != "recommendations" and kind == "show" and trakt_id in user.hidden_progress
            ):
                user.hidden_progress.discard(trakt_id)
            else:
                missing[group].append(item)
                continue
            deleted[group] += 1
    return ok({"deleted": deleted, "not_found": missing})


ROUTES: list[tuple[str, str, Any, str]] = [
    ("GET", r"/sync/progress/up_next", up_next, "required"),
    ("GET", r"/shows/(?P<id>[^/]+)/progress/watched", show_progress, "required"),
    ("POST", r"/checkin", checkin, "required"),
    ("DELETE", r"/checkin", cancel_checkin, "required"),
    ("GET", r"/users/(?P<user>[^/]+)/watching", watching, "optional"),
    ("POST", r"/users/hidden/(?P<section>[a-z_]+)/remove", unhide, "required"),
]
