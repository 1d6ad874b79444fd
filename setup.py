"""Packaging that pyproject.toml cannot say: the top-level `locales/` ships as `bot.locales`.

The translations stay at the repository's top level for translators; in a wheel (and in the
editable install) they are the package `bot.locales`, which `bot.i18n` finds through
`importlib.resources`. Everything else about the project is in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

# Namespace discovery: data folders (bot/demo/data, locales/<lang>) count as packages, so
# setuptools ships their package data without warnings.
_SKIP = ["*__pycache__*"]
_CODE = find_namespace_packages(include=["bot", "bot.*"], exclude=_SKIP)
_LANGUAGES = find_namespace_packages("locales", exclude=_SKIP)
_LOCALES = ["bot.locales", *(f"bot.locales.{lang}" for lang in _LANGUAGES)]

setup(packages=[*_CODE, *_LOCALES], package_dir={"bot.locales": "locales"})
