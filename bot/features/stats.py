"""/stats: the person's Trakt numbers, with a picture of their year.

The numbers (movies and episodes watched, plays, time, shows started, ratings given and
their average) come from `GET /users/me/stats`: one request, every time. The picture
(hours watched per month over the last 12 months, and how the person's ratings spread over
1–10) is drawn by `bot.render.chart` from the person's history (`bot.watch_time.year`:
one to eight more requests, pages of 250 plays) and the stats' ratings distribution.

The picture is drawn once per person per day: Telegram's file id of the uploaded photo is
kept in the store's value cache until the person's midnight, keyed by the person, their
link, the language and the day, so a second /stats that day sends it again by id: no
history, no drawing, no upload. A file id Telegram no longer takes is drawn afresh.

In a group, the answer goes to the person's private chat (`bot.kit.private`), as /next and
/history do. Home's 📊 Stats (``stats|<owner>``) sends the same picture below home: a
picture is a message of its own, and its ◀ Back closes it (so does the one /stats sends).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from datetime import UTC, date, datetime, timedelta, tzinfo

from telegram import InlineKeyboardMarkup, InputFile, Update
from telegram.constants import MessageLimit
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot import watch_time
from bot.accounts import TraktSession
from bot.i18n import Translator
from bot.kit import private, views
from bot.kit.callback import Callback, pattern
from bot.kit.chat import App, Command, Context, button, reply, translator
from bot.kit.codes import Action
from bot.kit.listing import require_link
from bot.render import cards
from bot.render.chart import render_png
from bot.render.stats import caption, chart
from bot.trakt.models_stats import UserStats

logger = logging.getLogger(__name__)

COMMANDS = (Command("stats"),)
CACHE_PREFIX = "stats-chart"


async def stats(update: Update, context: Context) -> None:
    """/stats: the person's numbers, under a chart of their last 12 months."""
    require_link(update, context)
    user = update.effective_user
    if context.args or user is None:
        await reply(update, translator(update, context).html("stats-usage"))
        return
    await _send(update, context, user.id)


@button
async def on_open(update: Update, context: Context, cb: Callback, tr: Translator) -> None:
    """Home's 📊 Stats: the picture below, once however often it is tapped."""
    query = update.callback_query
    assert query is not None
    owner = query.from_user.id
    await views.once(update, context, query.data or "", lambda: _send(update, context, owner))


async def _send(update: Update, context: Context, owner: int) -> None:
    """The numbers and the chart, as a picture with ◀ Back (which closes it)."""
    tr = private.language(update, context)
    svc = context.services
    session = await svc.accounts.session(owner)
    numbers = await session.call(lambda token: svc.trakt.user_stats(token))
    zone = await svc.accounts.zone(session)
    now = datetime.fromtimestamp(svc.accounts.clock(), UTC)
    text = cards.directed(tr, caption(tr, numbers), MessageLimit.CAPTION_LENGTH)
    key = _chart_key(session, tr, now.astimezone(zone).date(), numbers)
    keyboard = InlineKeyboardMarkup([[views.close_button(tr, owner)]])
    file_id = svc.store.cache_get(key, now.timestamp())
    if file_id:
        try:
            await private.send_photo(update, context, file_id, text, keyboard)
            return
        except BadRequest as exc:  # e.g. the bot's token changed: draw and upload afresh
            logger.info("Telegram refused a cached stats chart (%s); drawing it again", exc)
    png = await _draw(context, session, tr, numbers, zone, now)
    upload = InputFile(png, filename="stats.png")
    sent = await private.send_photo(update, context, upload, text, keyboard)
    if sent is not None and sent.photo:
        svc.store.cache_set(key, sent.photo[-1].file_id, _midnight_after(now, zone))


def _chart_key(session: TraktSession, tr: Translator, day: date, numbers: UserStats) -> str:
    """Where the day's picture of this person (this link, this language) is remembered,
    for as long as their numbers stay the same: a play or a rating added since (here or
    elsewhere) draws it again, so the picture never disagrees with the caption."""
    account = session.account
    seen = (numbers.movies, numbers.episodes, numbers.distribution)
    digest = hashlib.blake2s(repr(seen).encode(), digest_size=6).hexdigest()
    return (
        f"{CACHE_PREFIX}:{account.chat_id}:{account.linked_at}:{tr.language}:"
        f"{day.isoformat()}:{digest}"
    )


async def _draw(
    context: Context,
    session: TraktSession,
    tr: Translator,
    numbers: UserStats,
    zone: tzinfo,
    now: datetime,
) -> bytes:
    """The chart as PNG: the year's history from Trakt, drawn off the event loop."""
    year = await watch_time.year(
        session, context.services.trakt, zone, now, month_start=tr.style.month_start
    )
    return await asyncio.to_thread(render_png, chart(tr, numbers, year))


def _midnight_after(now: datetime, zone: tzinfo) -> int:
    """When the person's day ends (unix seconds): the picture is kept until then."""
    tomorrow = now.astimezone(zone).date() + timedelta(days=1)
    return int(watch_time.day_start(tomorrow, zone).timestamp())


def register(app: App) -> None:
    """Add the handlers of this feature."""
    app.add_handler(CommandHandler("stats", stats))
    app.add_handler(CallbackQueryHandler(on_open, pattern=pattern(Action.STATS)))
