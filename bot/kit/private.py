"""A person's own data typed for in a group is answered in their private chat.

/next, /calendar, /history, /watchlist, /lists, /recommend, /checkin and /me show what
someone has at Trakt; in a group that is for them, not for everyone. Typed in a group, the
answer goes to the person's private chat with the bot and the group gets one line saying
so. When the bot can't write to them yet (they never opened a private chat with it), the
group line says how: a button opens the private chat. In a private chat nothing changes.

A view sent privately this way carries 📤 *Share in the group* (unless it is not
`shareable`: settings, "nothing running"): its owner (only) posts a
snapshot of the view's text into the group it was asked from, rendered in the group's
language and without buttons (they would act for the owner). One post per press: a
double tap posts once. The button names the group (its id, positive, in the data) and
survives the view's redraws (`views.STICKY`).

Which view a message shows lives in memory (`ChatData.views`), gone after a restart. So
the button of a view without arguments (/me, /checkin) also names the view, which then
renders again as before; any other view, forgotten, is posted as its message shows it
(Telegram's text and entities, escaped again), with the header in the group's language.
Only a view without arguments may keep part of its text private (`View.shared`: /me's
limits), since only such a view is never posted as shown.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Message, Update
from telegram.constants import ChatMemberStatus, ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import CallbackQueryHandler

from bot.i18n import Html, Translator
from bot.kit import views
from bot.kit.callback import Callback, InvalidCallback, encode, pattern
from bot.kit.chat import (
    NO_PREVIEW,
    Alert,
    App,
    Context,
    button,
    personal_translator,
    reply,
    translator,
)
from bot.kit.codes import Action
from bot.render import cards

logger = logging.getLogger(__name__)


def language(update: Update, context: Context) -> Translator:
    """What a personal answer is written in: the person's own language when it goes to
    their private chat, else the chat's."""
    if in_group(update):
        return personal_translator(update, context)
    return translator(update, context)


def in_group(update: Update) -> bool:
    """Whether the update comes from a group (not the person's private chat)."""
    chat = update.effective_chat
    return chat is not None and chat.type != "private"


async def open_view(update: Update, context: Context, action: Action, *args: object) -> None:
    """Open a person's own view: here in a private chat; from a group, in their private
    chat (remembered there, so its buttons redraw it), with a pointer in the group."""
    user = update.effective_user
    if not in_group(update) or user is None:
        await views.open_view(update, context, action, *args)
        return
    data = encode(action, *args, owner=user.id)
    me = personal_translator(update, context)
    shown = await views.render(context, me, data)
    if args and shown.shared is not None:
        raise ValueError(f"view {action!r} keeps text private but takes arguments")
    shown = views.way_home(context, me, data, shown)  # in their private chat: ☰ Menu
    chat = update.effective_chat
    named = None if args else action  # renders again from the button alone
    rows = [list(row) for row in (shown.keyboard.inline_keyboard if shown.keyboard else ())]
    if chat is not None and shown.shareable:  # (nothing worth posting: no button)
        rows.append([share_button(me, chat.id, user.id, named)])
    sent = await send(update, context, shown.text, InlineKeyboardMarkup(rows) if rows else None)
    if sent is not None:
        memory = context.application.chat_data[user.id].views
        memory[sent.message_id] = data
        while len(memory) > views.MEMORY_SIZE:
            memory.pop(next(iter(memory)))


async def send(
    update: Update, context: Context, text: Html, keyboard: InlineKeyboardMarkup | None = None
) -> Message | None:
    """Send `text` to the person: here in a private chat; from a group, in their private
    chat with a one-line pointer in the group (or how to open that chat)."""
    user = update.effective_user
    if not in_group(update) or user is None:
        return await reply(update, text, keyboard)
    return await _to_person(
        update,
        context,
        lambda: context.bot.send_message(
            user.id,
            text,
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard,
            link_preview_options=NO_PREVIEW,
        ),
    )


async def send_photo(
    update: Update,
    context: Context,
    photo: str | InputFile,
    caption: Html,
    keyboard: InlineKeyboardMarkup | None = None,
) -> Message | None:
    """Send a picture (a Telegram file id or an upload) with its caption to the person, as
    `send` sends text. A file id Telegram refuses raises BadRequest (upload afresh)."""
    user, chat = update.effective_user, update.effective_chat
    if not in_group(update) or user is None:
        if chat is None:
            return None
        return await chat.send_photo(
            photo, caption=caption, parse_mode=ParseMode.HTML, reply_markup=keyboard
        )
    return await _to_person(
        update,
        context,
        lambda: context.bot.send_photo(
            user.id, photo, caption=caption, parse_mode=ParseMode.HTML, reply_markup=keyboard
        ),
    )


async def _to_person(
    update: Update, context: Context, sending: Callable[[], Awaitable[Message]]
) -> Message | None:
    """Run `sending` (a message to the person's private chat, asked for in a group) and
    point to it in the group; when the bot may not write to them, say how to let it."""
    user = update.effective_user
    assert user is not None
    group = translator(update, context)
    try:
        sent = await sending()
    except (Forbidden, BadRequest) as exc:
        if isinstance(exc, BadRequest) and "chat not found" not in exc.message.lower():
            raise  # a bug of ours (too long, bad markup): the error handler tells and logs it
        # never started a private chat with the bot, or blocked it
        logger.info("could not write to user %s privately: %s", user.id, exc)
        url = f"https://t.me/{context.bot.username}"
        button = InlineKeyboardButton(group.plain("private-open"), url=url)
        await reply(
            update,
            group.html("private-start-first", name=user.first_name),
            InlineKeyboardMarkup([[button]]),
        )
        return None
    await reply(update, group.html("private-sent", name=user.first_name))
    return sent


SHARE = Action.SHARE
_GONE = (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED)
_MAX_CHAT = 10**14  # group ids are negative: -100xxxxxxxxxx at most in size


def share_button(
    tr: Translator, group_id: int, owner: int, view: str | None = None
) -> InlineKeyboardButton:
    """📤 Share in the group: posts the view of the message it sits on into `group_id`;
    `view`: the action of that view when it takes no arguments."""
    data = encode(SHARE, abs(group_id), *((view,) if view else ()), owner=owner)
    return InlineKeyboardButton(tr.plain("private-share"), callback_data=data)


@button
async def on_share(update: Update, context: Context, cb: Callback, tr: Translator) -> str | Alert:
    """📤 Share in the group: post a snapshot of this view there (its owner only, once per
    press), in the group's language."""
    query, me = update.callback_query, personal_translator(update, context)
    group_id = -cb.int_arg(0, low=1, high=_MAX_CHAT)
    message = query.message if query is not None else None
    if query is None or not isinstance(message, Message) or not _carries(message, query.data):
        raise InvalidCallback("not a Share button on a message of ours")
    data = views.recall(context, message.message_id)
    if data is None and cb.arg(1):  # a view without arguments, named by the button
        data = encode(cb.arg(1), owner=query.from_user.id)
    if not await _still_in(context, group_id, query.from_user.id):
        return Alert(me.plain("private-share-failed"))

    async def post() -> None:
        name = query.from_user.first_name
        if data is None:  # forgotten since (a restart): the message as it shows
            await _post_as_shown(context, group_id, name, message, me)
        else:
            await _post(context, group_id, name, data, me)

    try:
        if not await views.once(update, context, query.data or "", post):
            return me.plain("private-shared")  # a double tap: the first press posts
    except (Forbidden, BadRequest) as exc:
        logger.info("could not share into chat %s: %s", group_id, exc)
        return Alert(me.plain("private-share-failed"))
    return me.plain("private-shared")


async def _still_in(context: Context, group_id: int, user_id: int) -> bool:
    """Whether the person is still in the group (and the bot can see it)."""
    try:
        member = await context.bot.get_chat_member(group_id, user_id)
    except TelegramError as exc:
        logger.info("could not check membership in chat %s: %s", group_id, exc)
        return False
    return member.status not in _GONE


async def _post(context: Context, group_id: int, name: str, data: str, me: Translator) -> None:
    """Render the view again in the group's language and post it there, without buttons."""
    group = _group_language(context, group_id, me)
    shown = await views.render(context, group, data)
    await _send_snapshot(context, group_id, group, name, shown.public_text)


async def _post_as_shown(
    context: Context, group_id: int, name: str, message: Message, me: Translator
) -> None:
    """Post the message's text as Telegram shows it (its entities as HTML, every character
    escaped again), under a header in the group's language, without buttons."""
    shown = message.text_html if message.text is not None else message.caption_html
    if not shown:
        raise InvalidCallback("nothing to share on this message")
    group = _group_language(context, group_id, me)
    await _send_snapshot(context, group_id, group, name, Html(shown))


def _group_language(context: Context, group_id: int, me: Translator) -> Translator:
    """The group's language: the one its admins set, else the person's (as the group's
    pointer line was)."""
    svc = context.services
    chosen = svc.i18n.match(svc.store.get_chat_language(group_id))
    return svc.i18n.translator(chosen) if chosen is not None else me


async def _send_snapshot(
    context: Context, group_id: int, group: Translator, name: str, text: Html
) -> None:
    """The header (📤 <name> shared this:), then the text's blank-line separated blocks, as
    many as fit."""
    header = cards.directed(group, group.html("private-shared-by", name=name))
    snapshot = cards.join_blocks(header, [Html(block) for block in text.split("\n\n")])
    await context.bot.send_message(
        group_id, snapshot, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
    )


def _carries(message: Message, data: str | None) -> bool:
    """Whether the message has a button with this very data (a forged press on another
    message of the bot's shares nothing)."""
    markup = message.reply_markup
    rows = markup.inline_keyboard if markup is not None else ()
    return data is not None and any(b.callback_data == data for row in rows for b in row)


def register(app: App) -> None:
    """The 📤 Share in the group button."""
    app.add_handler(CallbackQueryHandler(on_share, pattern=pattern(SHARE)))
