"""/help: every command, one line each, and the command menus Telegram shows.

(/start is the home feature's: the person's home, or the feature a deep link names.)"""

from __future__ import annotations

from collections.abc import Sequence

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardMarkup,
    Update,
)
from telegram.ext import CommandHandler

from bot.i18n import Html, I18n, Translator
from bot.kit.buttons import home_button
from bot.kit.chat import App, Command, Context, reply, translator

COMMANDS = (Command("help"),)


async def help_command(update: Update, context: Context) -> None:
    """/help: every command, one line each (in a private chat, with ☰ Menu below)."""
    tr = translator(update, context)
    body = help_text(tr, update, context.bot_data.commands, inline=context.bot_data.inline_mode)
    chat, user = update.effective_chat, update.effective_user
    keyboard = None
    if chat is not None and chat.type == "private" and user is not None:
        keyboard = InlineKeyboardMarkup([[home_button(tr, user.id)]])
    await reply(update, Html(f"{tr.html('help-header')}\n\n{body}"), keyboard)


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
        if (cmd.private if private else cmd.group)
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
