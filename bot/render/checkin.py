"""Text of check-ins: what is being watched (a movie, or an episode with its show), and
when it started and ends in the person's own time zone.

Shared by the check-in feature (/checkin, the answers to a check-in) and /me ("watching
now"); text only, no Telegram.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from bot.i18n import Html, Translator
from bot.render import cards
from bot.trakt.models import Episode, Movie, Show, Translation
from bot.trakt.models_tracking import Watching


def media_line(
    tr: Translator, media: Movie | Episode, show: Show | None, translation: Translation | None
) -> Html:
    """`<b>Movie</b> (2010)` or `<b>Show</b> · S01E02 · Title` (`translation`: the movie's
    or the show's)."""
    if isinstance(media, Episode):
        return cards.episode_line(tr, show, media, translation)
    return cards.title(tr, media, translation)


def plain_name(
    tr: Translator, media: Movie | Episode, show: Show | None, translation: Translation | None
) -> str:
    """The same for a toast, without markup: `Inception` or `Severance S01E05`; a
    placeable, which Fluent isolates whole in a right-to-left language (so only the
    pieces of an episode's name are isolated here, or a right-to-left title elsewhere)."""
    if isinstance(media, Episode):
        code = tr.isolate(cards.episode_code(media))
        name = cards.display_name(show, translation) if show and show.title else ""
        return f"{tr.isolate(name)} {code}" if name else code
    name = cards.display_name(media, translation) or tr.plain("card-untitled")
    return name if tr.rtl else tr.isolate(name)


def clock(tr: Translator, moment: datetime, zone: tzinfo, now: datetime) -> str:
    """`21:30` (`9:30 PM`) in `zone`; when it is not today there, with the day
    (`Fri, Dec 4, 1:51 AM`: `Translator.moment`)."""
    local = moment.astimezone(zone)
    if local.date() == now.astimezone(zone).date():
        return tr.time(local, "short", tzinfo=zone)
    return tr.moment(local, zone, now=now)


def watching_text(
    tr: Translator,
    running: Watching,
    zone: tzinfo,
    now: datetime,
    translation: Translation | None,
) -> Html:
    """What /checkin shows: what is running, since when and until when."""
    scrobble = running.action == "scrobble"
    lines = [
        tr.html(
            "checkin-now-scrobble" if scrobble else "checkin-now",
            title=media_line(tr, running.media, running.show, translation),
        )
    ]
    if running.started_at is not None:
        lines.append(tr.html("checkin-started", time=clock(tr, running.started_at, zone, now)))
    if running.expires_at is not None:
        lines.append(tr.html("checkin-until", time=clock(tr, running.expires_at, zone, now)))
    return Html("\n".join(lines))


def watching_line(
    tr: Translator,
    running: Watching,
    zone: tzinfo,
    now: datetime,
    translation: Translation | None,
) -> Html:
    """One line for /me: `▶️ Watching now: <b>Inception</b> (2010), until 21:30`."""
    title = media_line(tr, running.media, running.show, translation)
    if running.expires_at is None:
        return tr.html("checkin-me-watching", title=title)
    until = clock(tr, running.expires_at, zone, now)
    return tr.html("checkin-me-watching-until", title=title, time=until)
