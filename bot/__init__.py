"""trakt-telegram-bot: your Trakt.tv account in Telegram."""

__version__ = "0.1.0"
