"""Whether a movie or an episode is out yet: nothing is checked in to or rated before.

Cards leave out 🎬 Check in and ⭐ Rate for what is still to come (`to_come`). The
check-in and rating handlers ask again when pressed (`not_out`): a button drawn before,
or forged, may name something that has not aired; they answer a short alert and send
nothing to Trakt. An episode without an air date is not known to be still to come, so it
keeps its buttons (Trakt lacks many old dates); nor is a movie without a release date,
unless Trakt's status says it is not out (`planned` for 2031, `in production`…) or its
year is still ahead.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bot.i18n import Translator
from bot.kit.chat import Alert
from bot.kit.context import Context
from bot.trakt import Episode, Movie, Show
from bot.trakt.ref import MediaRef

# A movie's `status` before it comes out (Trakt's values; `canceled` never came out).
NOT_OUT = frozenset(
    {"rumored", "announced", "planned", "in production", "post production", "canceled"}
)


def to_come(media: Movie | Show | Episode, now: datetime) -> bool:
    """Whether an episode airs or a movie comes out later (a known date still ahead, or
    for a movie with no date, a status or a year that says so); a show is never held back
    here (its episodes are)."""
    if isinstance(media, Episode):
        return media.first_aired is not None and media.first_aired > now
    if isinstance(media, Movie):
        if media.released is not None:
            return media.released > now.date()
        ahead = media.year is not None and media.year > now.year
        return ahead or (media.status or "").casefold() in NOT_OUT
    return False


async def not_out(context: Context, me: Translator, ref: MediaRef, user_id: int) -> Alert | None:
    """The alert for a check-in or a rating of `ref` pressed before it is out, else None
    (the movie or the episode is asked of Trakt: cached, the card just asked it too)."""
    if ref.kind not in ("movie", "episode"):
        return None
    svc = context.services
    token = await svc.accounts.token(user_id)
    now = datetime.fromtimestamp(svc.accounts.clock(), UTC)
    if ref.kind == "episode":
        found = await svc.trakt.episode_by_id(ref.trakt_id, token=token)
        coming, key = to_come(found.episode, now), "episodes-not-aired-toast"
    else:
        movie = await svc.trakt.summary("movies", ref.trakt_id, token=token)
        coming, key = to_come(movie, now), "details-not-out-toast"
    return Alert(me.plain(key)) if coming else None
