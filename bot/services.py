"""The services every feature shares, built once per process (`context.services`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from bot import __version__
from bot.accounts import Accounts
from bot.config import Settings
from bot.crypto import TokenCipher
from bot.i18n import I18n, shared_i18n
from bot.marks import Marks
from bot.notify import Notifier
from bot.posters import LOCAL_HOSTS, PosterFetcher
from bot.store import Store
from bot.trakt import TraktAPI, TraktHTTP
from bot.trakt.cache import TTLCache
from bot.translations import Translations

if TYPE_CHECKING:
    from telegram.ext import Application

USER_AGENT = (
    f"trakt-telegram-bot/{__version__} (+https://github.com/trakt-telegram-bot/trakt-telegram-bot)"
)


@dataclass
class Services:
    """Settings, storage, the Trakt client, the locales, translated Trakt titles, every
    person's marks, the poster fetcher and the notification engine."""

    settings: Settings
    store: Store
    http: TraktHTTP
    trakt: TraktAPI
    i18n: I18n
    accounts: Accounts
    translations: Translations
    marks: Marks
    posters: PosterFetcher
    notify: Notifier

    def attach(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """Make these services reachable from every handler (`context.services`)."""
        application.bot_data.services = self

    async def aclose(self) -> None:
        """Stop notifications, let token pairs waiting for the database be stored, stop
        translation requests, close the Trakt client and the database."""
        await self.notify.stop()
        await self.accounts.writes.flush()
        await self.translations.aclose()
        await self.http.aclose()
        self.store.close()


def create_services(
    settings: Settings,
    *,
    transport: Any = None,
    retry: Any = None,
    limits: Any = None,
    cipher: TokenCipher | None = None,
) -> Services:
    """Open the store and the Trakt client for these settings.

    `transport`, `retry` and `limits` let tests and benchmarks swap the network
    and the client-side limits; production passes none of them.
    """
    store = Store(settings.database, cipher or TokenCipher(settings.encryption_keys))
    http = TraktHTTP(
        api_url=settings.trakt_api_url,
        auth_url=settings.trakt_auth_url,
        client_id=settings.trakt_client_id,
        client_secret=settings.trakt_client_secret,
        user_agent=USER_AGENT,
        transport=transport,
        retry=retry,
        limits=limits,
    )
    api = TraktAPI(http, cache=TTLCache())
    accounts = Accounts(store, api)
    marks = Marks(api)
    accounts.on_change.append(marks.forget)
    notify = Notifier(store, accounts, api)
    accounts.on_change.append(notify.account_changed)
    # Against the offline demo Trakt (on this machine) the catalogue's image URLs are made
    # up, so only local hosts are fetched.
    local = httpx.URL(settings.trakt_api_url).host in LOCAL_HOSTS
    return Services(
        settings,
        store,
        http,
        api,
        shared_i18n(),
        accounts,
        Translations(api, store),
        marks,
        PosterFetcher(user_agent=USER_AGENT, local_only=local),
        notify,
    )
