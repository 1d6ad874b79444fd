"""/help: every command, one line each, and the command menus Telegram shows.

(/start is the home feature's: the person's home, or the feature a deep link names.)

A command nobody handles gets one line pointing to /help: in a private chat any (one
addressed to another bot too, `/history@otherbot` pasted from a group: no other bot is
in a private chat with us), in a group only one addressed to this bot (`/x@bot`; a bare
`/x` may be another bot's).
"""

from __future__ import annotations

from collections.abc import Sequence

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardMarkup,
    Message,
    Update,
)
from telegram.constants import ChatType
from telegram.ext import CommandHandler, MessageHandler, filters

from bot.i18n import Html, I18n, Translator
from bot.kit.buttons import home_button
from bot.kit.chat import App, Command, Context, leading_command, reply, translator

COMMANDS = (Command("help"),)
UNKNOWN_GROUP = 2  # after every feature's handlers (search takes text in group 1)


async def help_command(update: Update, context: Context) -> None:
    """/help: every command, one line each (in a private chat, with ☰ Menu below)."""
    tr = translator(update, context)
    body = help_text(tr, update, context.bot_data.commands, inline=context.bot_data.inline_mode)
    chat, user = update.effective_chat, update.effective_user
    keyboard = None
    if chat is not None and chat.type == "private" and user is not None:
        keyboard = InlineKeyboardMarkup([[home_button(tr, user.id)]])
    await reply(update, Html(f"{tr.html('help-header')}\n\n{body}"), keyboard)


async def unknown_command(update: Update, context: Context) -> None:
    """A command no feature has: one line pointing to /help."""
    message = update.effective_message
    parsed = leading_command(message) if message is not None and message.text else None
    if parsed is None:
        return
    name, to, _ = parsed
    command = f"/{name}"
    if to and not _ours(to, context.application):  # another bot's, said in a private chat
        command = f"{command}@{to}"
    tr = translator(update, context)
    await reply(update, tr.html("unknown-command", command=command))


def _ours(name: str, app: App) -> bool:
    """Whether a command's @name is this bot's."""
    return name.casefold() == (app.bot.username or "").casefold()


class _Unknown(filters.MessageFilter):
    """A command addressed to this bot that no `CommandHandler` of the application takes."""

    def __init__(self, app: App) -> None:
        super().__init__(name="unknown_command")
        self._app = app
        self._known: frozenset[str] | None = None

    def filter(self, message: Message) -> bool:
        parsed = leading_command(message) if message.text else None
        if parsed is None:
            return False
        name, to, _ = parsed
        private = message.chat.type == ChatType.PRIVATE
        if to and not _ours(to, self._app):
            return private  # another bot's; but no other bot hears a private chat with us
        if not to and not private:
            return False  # in a group a bare /x may be meant for another bot
        return name.casefold() not in self._commands()

    def _commands(self) -> frozenset[str]:
        if self._known is None:  # every handler is registered before the first update
            self._known = frozenset(
                command.casefold()
                for handlers in self._app.handlers.values()
                for handler in handlers
                if isinstance(handler, CommandHandler)
                for command in handler.commands
            )
        return self._known


def help_text(
    tr: Translator, update: Update, commands: Sequence[Command], *, inline: bool = False
) -> Html:
    """One line per command that works in this kind of chat."""
    private = update.effective_chat is None or update.effective_chat.type == "private"
    lines = [
        Html(f"{tr.isolate(f'/{cmd.name}')} — {tr.html(f'cmd-{cmd.name}')}")
        for cmd in commands
        if (cmd.private if private else cmd.group)
    ]
    if inline:
        lines.append(tr.html("help-inline", bot=update.get_bot().username or "bot"))
    return Html("\n".join(lines))


def bot_commands(tr: Translator, commands: Sequence[Command], *, private: bool) -> list[BotCommand]:
    """The command menu for one language and kind of chat."""
    return [
        BotCommand(cmd.name, tr.plain(f"cmd-{cmd.name}"))
        for cmd in commands
        if (cmd.private and cmd.private_menu if private else cmd.group)
    ]


async def publish_commands(app: App, i18n: I18n) -> None:
    """Register the command menu per language (Telegram shows the user's own)."""
    for language in i18n.languages:
        tr = i18n.translator(language)
        code = None if language == i18n.default else language.split("-")[0]
        for scope, private in (
            (BotCommandScopeAllPrivateChats(), True),
            (BotCommandScopeAllGroupChats(), False),
        ):
            await app.bot.set_my_commands(
                bot_commands(tr, app.bot_data.commands, private=private),
                scope=scope,
                language_code=code,
            )


def register(app: App) -> None:
    """Add the handlers of this feature."""
    app.add_handler(CommandHandler("help", help_command))
    unknown = filters.COMMAND & ~filters.UpdateType.EDITED & _Unknown(app)
    app.add_handler(MessageHandler(unknown, unknown_command), group=UNKNOWN_GROUP)
