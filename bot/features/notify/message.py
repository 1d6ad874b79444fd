"""A notification as a message: one episode, a binge drop, or the daily digest.

The message is a view over its rows of the due list (`Store.batch_rows`), so a press
redraws it from what is stored: ``ntfm|<owner>|<batch>|<e|d>[|<op>]``; ops ``w.<episode
id>`` (✅ watched: one play of exactly that episode through `marking.perform`, ↩ Undo
below), ``a`` (watched all? asks), ``A`` (yes: every episode, one after another), ``m`` /
``u`` (🔕 mute / unmute the show); a number is a page. Only the person it was sent to may
press.

Every message fits Telegram's limits however many rows it tells (a binge drop of a whole
season, a digest that folded in a week after downtime): titles are cut, and a binge drop
or a digest shows `PER_PAGE` episodes, each with its button, and "… and N more" with
◀ ▶ to page through the rest in place.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Sequence
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import MessageLimit

from bot.features.notify.muted import set_muted
from bot.i18n import Html, Translator, escape, html_to_plain
from bot.kit import later, release, views
from bot.kit.buttons import (
    checkin_button,
    details_button,
    episode_button,
    in_rows,
    pager,
    undo_button,
)
from bot.kit.callback import Callback, InvalidCallback, decode, encode
from bot.kit.chat import Alert, Context, button, personal_translator
from bot.kit.codes import Action
from bot.kit.listing import account_id, require_link
from bot.kit.marking import Done, limit_message, perform, play_episodes
from bot.kit.undo import carry_undo, offer_undo
from bot.kit.views import View
from bot.marks import SEEN
from bot.render.cards import trim, utf16_len
from bot.store import Due
from bot.trakt import AccountLimit
from bot.trakt.ref import MediaRef

ACTION = Action.NOTIFY_MESSAGE
EACH, DIGEST = "e", "d"
PER_PAGE = 8  # episodes (lines and their buttons) a binge drop or a digest shows at once
MAX_PAGE = 10**4
NAME = 60  # characters of a show's or a movie's title
TITLE = 80  # characters of an episode's title
ROOM = 200  # characters kept free for "… and N more" and right-to-left marks


def data(owner: int, batch: int, digest: bool, op: str | None = None) -> str:
    """The callback data of a notification's view (and of its buttons, with `op`)."""
    return encode(ACTION, batch, DIGEST if digest else EACH, *((op,) if op else ()), owner=owner)


async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """The notification from its stored rows."""
    owner = account_id(cb)
    rows = [
        r for r in context.services.store.batch_rows(cb.int_arg(0, low=1)) if r.user_id == owner
    ]
    if not rows:
        raise InvalidCallback("no such notification")
    digest = cb.choice(1, (EACH, DIGEST)) == DIGEST
    settings = context.services.store.notify_settings(owner)
    zone = context.services.notify.zone(settings)
    page = cb.int_arg(2, low=1, high=MAX_PAGE) if cb.arg(2).isdigit() else 1
    return build(context, tr, owner, rows, digest, zone, asking=cb.arg(2) == "a", page=page)


def build(
    context: Context,
    tr: Translator,
    owner: int,
    rows: Sequence[Due],
    digest: bool,
    zone: ZoneInfo,
    *,
    asking: bool = False,
    page: int = 1,
) -> View:
    """Text and buttons of a notification for `rows` (one page of them)."""
    rows = sorted(rows, key=_order)  # as sent and as redrawn: S01E10 after S01E09
    batch = batch_of(rows)
    if digest:
        return _digest(tr, owner, rows, zone, batch, page)
    marks = context.services.marks
    seen = [r for r in rows if r.kind == "episode" and SEEN in marks.here(owner, ref_of(r))]
    muted = (
        rows[0].show_id in context.services.store.muted_shows(owner) if rows[0].show_id else False
    )
    if rows[0].kind == "movie":
        return _movie(tr, owner, rows[0], zone)
    first = rows[0]
    key = "notify-airs" if len(rows) == 1 else "notify-binge"
    if context.services.notify.clock() < first.air_at:  # sent early (an offset before)
        key += "-soon"
    head = tr.html(
        key,
        show=_show(tr, first),
        count=len(rows),
        time=_when(tr, first.air_at, zone),
    )
    page, pages, shown = _page(rows, page)
    lines = [_episode_line(tr, r, r in seen) for r in shown]
    text = fit(tr, head, lines, len(rows), tail=tr.html("notify-muted-line") if muted else None)
    keyboard: list[list[InlineKeyboardButton]] = []
    if len(rows) == 1:
        ref = ref_of(first)
        keyboard.append(
            [
                _op(
                    tr.plain("notify-button-seen-done" if seen else "notify-button-seen"),
                    owner,
                    batch,
                    f"w.{ref.trakt_id}",
                ),
                checkin_button(tr, ref, owner),
            ]
        )
        keyboard.append([episode_button(tr, ref, owner, label=tr.plain("notify-button-open"))])
    else:
        if asking:
            keyboard.append(
                [
                    _op(tr.plain("notify-button-all-yes", count=len(rows)), owner, batch, "A"),
                    InlineKeyboardButton(
                        tr.plain("notify-button-all-no"), callback_data=data(owner, batch, False)
                    ),
                ]
            )
        elif len(seen) < len(rows):
            keyboard.append([_op(tr.plain("notify-button-all"), owner, batch, "a")])
        opens = [episode_button(tr, ref_of(r), owner, label=f"🎞 {_code(r)}") for r in shown]
        keyboard.extend(in_rows(opens, 4))
        keyboard.append(pager(tr, ACTION, (batch, EACH), page, pages, owner))
    mute = _op(
        tr.plain("notify-button-unmute" if muted else "notify-button-mute"),
        owner,
        batch,
        "u" if muted else "m",
    )
    keyboard.append([mute])
    return View(text, InlineKeyboardMarkup([row for row in keyboard if row]))


def batch_of(rows: Sequence[Due]) -> int:
    """The batch a message's rows were claimed as: what its buttons name, so a press
    finds exactly these rows again (`Store.batch_rows`); rows never claimed (a test's,
    a preview) stand for themselves by their first id."""
    return next((row.batch for row in rows if row.batch), min(row.id for row in rows))


def fit(
    tr: Translator, head: str, lines: Sequence[str], total: int, *, tail: str | None = None
) -> Html:
    """`head`, as many of `lines` as one message takes, "… and N more" for the rest of
    the `total` rows they stand for, and `tail`."""
    limit = MessageLimit.MAX_TEXT_LENGTH - ROOM - utf16_len(tail or "")
    out, size = [head], utf16_len(head)
    for line in lines:
        size += utf16_len(line) + 1
        if size > limit:
            break
        out.append(line)
    hidden = total - (len(out) - 1)
    if hidden > 0:
        out.append(tr.html("notify-more", count=hidden))
    if tail:
        out.append(tail)
    return Html("\n".join(out))


def _page(rows: Sequence[Due], page: int) -> tuple[int, int, Sequence[Due]]:
    """The page shown (within range), how many there are, and its rows."""
    pages = max(1, math.ceil(len(rows) / PER_PAGE))
    page = min(max(page, 1), pages)
    return page, pages, rows[(page - 1) * PER_PAGE : page * PER_PAGE]


def _digest(
    tr: Translator, owner: int, rows: Sequence[Due], zone: ZoneInfo, batch: int, page: int
) -> View:
    page, pages, shown = _page(rows, page)
    start = (page - 1) * PER_PAGE + 1
    lines: list[str] = []
    buttons = []
    for number, row in enumerate(shown, start=start):
        if row.kind == "movie":
            lines.append(f"{tr.numeral(number)}. 🎬 {_movie_name(tr, row)}")
            ref = MediaRef("movie", row.trakt_id)
            buttons.append(details_button(tr, ref, owner, label=tr.numeral(number)))
            continue
        when = escape(_when(tr, row.air_at, zone) + tr.dot)
        lines.append(f"{tr.numeral(number)}. {when}{_show(tr, row)} · {_episode_text(tr, row)}")
        label = f"🎞 {tr.numeral(number)}"
        buttons.append(episode_button(tr, ref_of(row), owner, label=label))
    text = fit(tr, tr.html("notify-digest", count=len(rows)), lines, len(rows))
    keyboard = [*in_rows(buttons, 4), pager(tr, ACTION, (batch, DIGEST), page, pages, owner)]
    return View(text, InlineKeyboardMarkup([row for row in keyboard if row]))


def _movie(tr: Translator, owner: int, row: Due, zone: ZoneInfo) -> View:
    ref = MediaRef("movie", row.trakt_id)
    text = tr.html("notify-movie", movie=Html(_movie_name(tr, row)))
    keyboard = [[details_button(tr, ref, owner, label=tr.plain("notify-button-open"))]]
    return View(text, InlineKeyboardMarkup(keyboard))


def _order(row: Due) -> tuple[int, int, int, int]:
    season, number = row.payload.get("season"), row.payload.get("number")
    return (
        row.air_at,
        season if isinstance(season, int) else 0,
        number if isinstance(number, int) else 0,
        row.id,
    )


def _op(label: str, owner: int, batch: int, op: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=data(owner, batch, False, op))


def ref_of(row: Due) -> MediaRef:
    """The episode or movie a row tells of."""
    return MediaRef("movie" if row.kind == "movie" else "episode", row.trakt_id)


def _show(tr: Translator, row: Due) -> Html:
    return _named(tr, row.payload.get("show"), row.payload.get("year"))


def _movie_name(tr: Translator, row: Due) -> str:
    return _named(tr, row.payload.get("title"), row.payload.get("year"))


def _named(tr: Translator, name: object, year: object) -> Html:
    """`<b>Name</b> (2026)` as the cards write it: the year in the language's digits."""
    bold = f"<b>{escape(trim(str(name or '?'), NAME))}</b>"
    if not year:
        return Html(bold)
    return Html(f"{bold} ({escape(tr.isolate(tr.digits(str(year))))})")


def _code(row: Due) -> str:
    season, number = row.payload.get("season") or 0, row.payload.get("number") or 0
    return f"S{season:02d}E{number:02d}"


def _episode_text(tr: Translator, row: Due) -> str:
    title = row.payload.get("title")
    code = escape(tr.isolate(_code(row)))
    return f"{code} · {escape(tr.isolate(trim(title, TITLE)))}" if title else code


def _episode_line(tr: Translator, row: Due, seen: bool) -> str:
    mark = "✅" if seen else "▫️"
    kind = row.payload.get("type") or ""
    badge = tr.plain(f"notify-type-{kind}") if kind in _BADGES else ""
    return f"{mark} {_episode_text(tr, row)}" + (f" · <i>{escape(badge)}</i>" if badge else "")


_BADGES = frozenset(
    {
        "series_premiere",
        "season_premiere",
        "mid_season_premiere",
        "series_finale",
        "season_finale",
        "mid_season_finale",
    }
)


def _when(tr: Translator, epoch: int, zone: ZoneInfo) -> str:
    """ "Tue, Nov 24, 21:00" in the reader's locale and the person's zone."""
    return tr.moment(datetime.fromtimestamp(epoch, UTC), zone)


# -- presses ---------------------------------------------------------------------------------


async def on_press(update: Update, context: Context) -> None:
    """A button of a notification: ✅, watched all, mute; anything else redraws."""
    query = update.callback_query
    try:
        op = decode(query.data if query else None).arg(2)
    except InvalidCallback:
        op = ""
    if op and op != "a" and not op.isdigit():
        await on_op(update, context)
    else:
        await views.on_view_button(update, context)


@button
@later.writes
async def on_op(update: Update, context: Context, cb: Callback, tr: Translator) -> str | None:
    """✅ one episode, ✅ all (confirmed), 🔕 mute / unmute, then redraw in place; each
    needs the person linked (after /unlink an old button only alerts: NotLinked)."""
    query = update.callback_query
    assert query is not None
    owner = account_id(cb)
    require_link(update, context)
    batch = cb.int_arg(0, low=1)
    op = cb.arg(2)
    me = personal_translator(update, context)
    svc = context.services
    rows = [r for r in svc.store.batch_rows(batch) if r.user_id == owner]
    if not rows:
        raise InvalidCallback("no such notification")
    toast: str | None = None
    below: list[list[InlineKeyboardButton]] = []
    if op.startswith("w."):
        episode = int(op[2:]) if op[2:].isdigit() else 0
        if episode not in {r.trakt_id for r in rows if r.kind == "episode"}:
            raise InvalidCallback("not an episode of this notification")
        ref = MediaRef("episode", episode)
        row = next(r for r in rows if r.kind == "episode" and r.trakt_id == episode)
        early = await _not_aired(context, me, owner, row)
        if early is not None:  # told before its air time (`/notify episodes -60`)
            return early
        try:
            outcome = await perform(context, me, owner, "seen", ref)
        except AccountLimit as exc:
            return Alert(await limit_message(context, me, owner, "seen", exc))
        offer = offer_undo(context, owner, ref, outcome)
        below = [[undo_button(tr, offer, owner)]] if offer else []
        toast = outcome.toast
        if offer is None and toast == me.plain("action-seen-already"):
            return toast  # a second tap: the first one redraws (and keeps its ↩ Undo)
    elif op == "A":
        try:
            done, count = await _all(context, me, owner, rows)
        except AccountLimit as exc:
            return Alert(await limit_message(context, me, owner, "seen", exc))
        show = MediaRef("show", rows[0].show_id) if rows[0].show_id else ref_of(rows[0])
        offer = carry_undo(update, context, offer_undo(context, owner, show, done))
        below = [[undo_button(tr, offer, owner)]] if offer else []
        toast = me.plain("notify-all-done", count=count) if count else done.toast
    elif op in ("m", "u") and rows[0].show_id:
        name = html_to_plain(_show(tr, rows[0]))
        set_muted(context, owner, rows[0].show_id, muted=op == "m", title=name)
        toast = me.plain("notify-muted" if op == "m" else "notify-unmuted")
    else:
        raise InvalidCallback("no such operation")
    if isinstance(query.message, Message):
        views.remember(context, query.message.message_id, data(owner, batch, False))
    await views.rerender(update, context, tr, below=below)
    return toast


async def _all(
    context: Context, me: Translator, owner: int, rows: Sequence[Due]
) -> tuple[Done, int]:
    """✅ Yes, all: one play of each episode aired and not watched yet, in one write; one
    way back for them all (exactly the plays added, by their history ids) and how many."""
    episodes = [row for row in rows if row.kind == "episode"]
    # Asked together (one round trip): told before its air time, only what is out gets a play.
    checks = await asyncio.gather(*(_not_aired(context, me, owner, row) for row in episodes))
    refs = [ref_of(row) for row, not_yet in zip(episodes, checks, strict=True) if not_yet is None]
    early = next((not_yet for not_yet in checks if not_yet is not None), None)
    if not refs:
        return Done(early or me.plain("action-seen-already")), 0
    return await play_episodes(context, me, owner, refs)


async def _not_aired(context: Context, me: Translator, owner: int, row: Due) -> Alert | None:
    """The "not aired yet" alert for ✅ on an episode before it airs: by the air time this
    notification was sent for, then by Trakt's word (`release.not_out`: a date moved since)."""
    if row.air_at > context.services.accounts.clock():
        return Alert(me.plain("episodes-not-aired-toast"))
    return await release.not_out(context, me, ref_of(row), owner)


def describe(tr: Translator, row: Due) -> str:
    """One line naming what a row tells (HTML): a show's episode or a movie."""
    if row.kind == "movie":
        return f"🎬 {_movie_name(tr, row)}"
    return f"{_show(tr, row)} · {_episode_text(tr, row)}"
