"""/start and /help: what the bot does, every command, and deep-link routing."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    Update,
)
from telegram.ext import CommandHandler

from bot.i18n import Html, I18n, Translator
from bot.kit.chat import App, Command, Context, reply, translator
from bot.kit.context import DeepLink

COMMANDS = (Command("start"), Command("help"))
__all__ = ["DeepLink"]


async def start(update: Update, context: Context) -> None:
    """/start [payload]: welcome, or the feature a deep link names (t.me/bot?start=link)."""
    payload = (context.args or [""])[0].lower()
    target = context.bot_data.deep_links.get(payload)
    if target is not None:
        await target(update, context)
        return
    tr = translator(update, context)
    name = update.effective_user.first_name if update.effective_user else ""
    body = help_text(tr, update, context.bot_data.commands, inline=context.bot_data.inline_mode)
    await reply(update, Html(f"{tr.html('start-welcome', name=name)}\n\n{body}"))


async def help_command(update: Update, context: Context) -> None:
    """/help: every command, one line each."""
    tr = translator(update, context)
    body = help_text(tr, update, context.bot_data.commands, inline=context.bot_data.inline_mode)
    await reply(update, Html(f"{tr.html('help-header')}\n\n{body}"))


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
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("help", help_command))
