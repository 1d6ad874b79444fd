"""The bot's translations, one folder of Fluent files per language (data only).

Packaged as `bot.locales` (see setup.py) so a wheel carries them; `bot.i18n` reads them.
"""
