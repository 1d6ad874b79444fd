"""The typed context every handler gets: python-telegram-bot's `ContextTypes` with our
own context class and typed per-person, per-chat and per-bot data.

Nothing is kept in string keys: a value a handler remembers is a field here, so a
reader finds every piece of in-memory state in one file (docs/ARCHITECTURE.md lists
how long each is kept). Services (store, Trakt, marks, …) are built once in
`bot.services.create_services` and reached as `context.services`.
"""

from __future__ import annotations

import asyncio
import weakref
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias

from telegram import Update
from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.i18n import Html
from bot.store import QueuedPress
from bot.trakt import TraktList
from bot.trakt.cache import TTLCache

if TYPE_CHECKING:
    from bot.services import Services


@dataclass(frozen=True)
class Command:
    """A chat command a feature offers, and the kinds of chat it makes sense in
    (`private_menu=False`: /help in a private chat names it, its command menu does not)."""

    name: str
    private: bool = True
    group: bool = True
    private_menu: bool = True


@dataclass(frozen=True)
class Waiting:
    """A private chat was asked for a search: by whom, with which message, until when."""

    user: int
    prompt: int
    until: float


@dataclass(frozen=True)
class PendingCommand:
    """A command that needed a Trakt account: the update as Telegram sent it, and until
    when (monotonic) it runs by itself once its sender links (`bot.kit.pending`)."""

    update: dict[str, Any]
    until: float


@dataclass
class UserData:
    """What the bot remembers of one person (in memory; a restart forgets it)."""

    list_refs: dict[str, str] = field(default_factory=dict)  # short alias -> list/user id
    list_meta: dict[str, TraktList] = field(default_factory=dict)
    next_order: tuple[int, ...] = ()  # /next's shows as last opened, so ticks keep lines put
    # The last check-in made here: (title key, when (the marks' clock), the answer given);
    # a second press within seconds gets the same answer without asking Trakt again.
    last_checkin: tuple[str, float, str] | None = None
    pending: PendingCommand | None = None  # runs again once the person links


@dataclass
class ChatData:
    """What the bot remembers of one chat (in memory; a restart forgets it)."""

    views: dict[int, str] = field(default_factory=dict)  # message id -> its view's data
    # message id -> the menu (home or settings) its view was opened from: ◀ Back goes there
    menus: dict[int, str] = field(default_factory=dict)
    taps: dict[tuple[str, int | None], float] = field(default_factory=dict)  # double taps
    search_queries: dict[str, str] = field(default_factory=dict)  # short key -> query
    search_prompts: dict[int, int] = field(default_factory=dict)  # prompt id -> asker
    search_waiting: Waiting | None = None
    # message id -> (undo offer id, until when, monotonic): the ↩ Undo a message carries, so
    # a second press that changes nothing redraws it with the first press's Undo still there
    undo: dict[int, tuple[int, float]] = field(default_factory=dict)
    # person -> when the group last told them to link (monotonic): once a minute is enough
    link_prompted: dict[int, float] = field(default_factory=dict)
    # person -> when (monotonic) the chat last showed them how to link: a button pressed
    # without an account then only gets an alert, not another message
    link_offered: dict[int, float] = field(default_factory=dict)


DiscoverKey: TypeAlias = tuple[str, str, int, str]


@dataclass
class Queued:
    """One person's queued writes as this process knows them (`bot.kit.later`), read from
    the database once at startup and kept with it: the presses still to run, oldest
    first, and the newest one run whose row the database was too busy to delete (their
    next writes queue behind it until it is gone)."""

    presses: list[QueuedPress] = field(default_factory=list)
    kept: int | None = None

    @property
    def empty(self) -> bool:
        """Nothing to run and nothing left to delete."""
        return not self.presses and self.kept is None


@dataclass
class BotData:
    """The application's registries, caches and locks (built with the application)."""

    services: Services | None = None
    commands: tuple[Command, ...] = ()
    deep_links: dict[str, DeepLink] = field(default_factory=dict)
    inline_mode: bool = False  # /help then mentions @bot queries
    views: dict[str, Callable[..., Awaitable[Any]]] = field(default_factory=dict)
    top_views: set[str] = field(default_factory=set)  # views that end with the way home (☰)
    discover_texts: OrderedDict[DiscoverKey, tuple[Any, Any, Html]] = field(
        default_factory=OrderedDict
    )
    recommendations: TTLCache = field(default_factory=lambda: TTLCache(4096))
    link_locks: dict[int, asyncio.Lock] = field(default_factory=dict)
    party_locks: weakref.WeakValueDictionary[int, asyncio.Lock] = field(
        default_factory=weakref.WeakValueDictionary
    )
    poster_locks: dict[str, asyncio.Lock] = field(default_factory=dict)
    background: set[asyncio.Future[Any]] = field(default_factory=set)  # late inline fetches
    # person -> the task that runs their queued writes, oldest first (`bot.kit.later`; the
    # presses themselves are rows in the database)
    later: dict[int, asyncio.Task[None]] = field(default_factory=dict)
    queued: dict[int, Queued] = field(default_factory=dict)  # person -> their queued presses

    def attached(self) -> Services:
        """The process-wide services (attached when the application is built)."""
        if self.services is None:
            raise RuntimeError("services are attached when the application is built")
        return self.services


class Context(CallbackContext[ExtBot[Any], UserData, ChatData, BotData]):
    """The context of every handler and job."""

    @property
    def services(self) -> Services:
        """The process-wide services."""
        return self.bot_data.attached()

    @property
    def person_data(self) -> UserData:
        """What is remembered of the person behind the update (a throwaway when the
        update has no person)."""
        return self.user_data if self.user_data is not None else UserData()

    @property
    def chat_state(self) -> ChatData:
        """What is remembered of the update's chat (a throwaway when it has no chat)."""
        return self.chat_data if self.chat_data is not None else ChatData()


App: TypeAlias = Application[ExtBot[Any], Any, UserData, ChatData, BotData, Any]
DeepLink: TypeAlias = Callable[[Update, Context], Awaitable[None]]
CONTEXT_TYPES = ContextTypes(
    context=Context, bot_data=BotData, chat_data=ChatData, user_data=UserData
)
