"""Locale choice and message lookup over `locales/<lang>/*.ftl` (Project Fluent).

`locales/` sits at the repository's top level and ships as the package `bot.locales`
(setup.py), found through `importlib.resources` in a wheel and in the editable install.

Each feature keeps its messages in its own file (`bot.ftl` for the shared ones,
`link.ftl`, `history.ftl`, ...); a message id must be unique across a language's files.

Messages are HTML for Telegram's HTML parse mode. `Translator.html` escapes every
string argument unless it is wrapped in `Html` (already-safe markup built by our
own renderers), so a Trakt title or a user's text can never inject markup.
`Translator.plain` is for button labels, alerts and command descriptions, which
Telegram shows as plain text.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import logging
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.lists import format_list
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax.ast import Junk, Message

from bot.dates import NativeDigitsBundle, Style, Width, uses_native_digits

logger = logging.getLogger(__name__)


def _locales_dir() -> Path:
    """The `locales/` folder: the installed package `bot.locales`, else this checkout's."""
    try:
        return Path(str(resources.files("bot.locales")))
    except ModuleNotFoundError:  # a source tree run without `pip install`
        return Path(__file__).resolve().parent.parent / "locales"


LOCALES_DIR = _locales_dir()
DEFAULT_LANGUAGE = "en"
RESOURCE = "bot.ftl"  # every locale has this one; others are per feature
RTL_LANGUAGES = frozenset({"fa", "ar", "he", "ur"})
FSI, PDI = "\u2068", "\u2069"  # FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE
_TAG = re.compile(r"<[^>]+>")
# Fluent isolates every placeable of a right-to-left bundle; inside a link target or a
# <code> span (a code to copy, a command to type) the marks would break what is copied.
_VERBATIM = re.compile(r'href="[^"]*"|<code>.*?</code>', re.DOTALL)
# A day inside a sentence ("aired Friday, March 18, 2022"): the weekday and the month spelt
# out, but for languages where the weekday would need what CLDR does not give, a case
# (Russian, Ukrainian: "вышла в пятницу") or an article (Portuguese: "na sexta-feira"):
# there the day and the month alone ("вышла 18 марта", "exibido em 18 de março").
_SENTENCE_DAY = "MMMMEEEEd"
_SENTENCE_DAY_BY_LANGUAGE = {"ru": "MMMMd", "uk": "MMMMd", "pt": "MMMMd"}
# Babel formats numbers through `decimal`, which gives up from about 10**25; no count the
# bot shows comes near this, but Trakt may send anything: an absurd one stays digits.
_MAX_FORMATTED = 10**18


class Html(str):
    """A string of trusted HTML that `Translator.html` inserts without escaping."""

    __slots__ = ()


def escape(text: object) -> Html:
    """Escape any value for Telegram's HTML parse mode."""
    return Html(html.escape(str(text), quote=False))


@functools.cache
def shared_i18n() -> I18n:
    """The locales under `locales/`, parsed once per process (they never change at run time)."""
    return I18n()


def html_to_plain(text: str) -> str:
    """Drop tags and unescape entities: for alerts and toasts, which are plain text."""
    return html.unescape(_TAG.sub("", text))


class I18n:
    """All locales of the bot, loaded once."""

    def __init__(self, root: Path = LOCALES_DIR, default: str = DEFAULT_LANGUAGE) -> None:
        self.root = root
        self.default = default
        self._bundles = {lang: self._load(lang) for lang in self._discover()}
        self._constant: dict[tuple[str, str], str] = {}  # (language, key) -> text, no args
        if default not in self._bundles:
            raise FileNotFoundError(f"no {RESOURCE} for the default language {default!r}")

    @property
    def languages(self) -> tuple[str, ...]:
        """Codes of every available locale, default first."""
        others = sorted(lang for lang in self._bundles if lang != self.default)
        return (self.default, *others)

    def resolve(self, *candidates: str | None) -> str:
        """The first candidate we have a locale for (`pt-br` → `pt-BR` → `pt`), else default."""
        for candidate in candidates:
            found = self.match(candidate)
            if found:
                return found
        return self.default

    def match(self, code: str | None) -> str | None:
        """Our locale for a language code such as Telegram's `language_code`, if any."""
        if not code:
            return None
        by_lower = {lang.lower(): lang for lang in self._bundles}
        parts = code.replace("_", "-").lower().split("-")
        for size in range(len(parts), 0, -1):
            found = by_lower.get("-".join(parts[:size]))
            if found:
                return found
        # `pt-PT` or plain `pt` when we only have `pt-BR`: the same language beats English.
        same = [lang for lang in self.languages if lang.lower().split("-")[0] == parts[0]]
        return same[0] if same else None

    def translator(self, language: str) -> Translator:
        """A translator bound to one language (falls back to the default per key)."""
        return Translator(self, self.resolve(language))

    def bundle(self, language: str) -> FluentBundle:
        """The Fluent bundle of one locale."""
        return self._bundles[language]

    def format(self, language: str, key: str, args: Mapping[str, Any]) -> str:
        """Format one message, falling back to the default locale, never raising.
        A message without arguments (most button labels) is formatted once."""
        if args:
            return self._format(language, key, args)
        found = self._constant.get((language, key))
        if found is None:
            found = self._constant[(language, key)] = self._format(language, key, args)
        return found

    def _format(self, language: str, key: str, args: Mapping[str, Any]) -> str:
        values = {k: _formattable(v) for k, v in args.items()}
        for lang in dict.fromkeys((language, self.default)):
            bundle = self._bundles[lang]
            pattern = bundle.get_message(key).value if bundle.has_message(key) else None
            if pattern is not None:
                text, errors = bundle.format_pattern(pattern, values)
                if errors:
                    logger.warning("locale %s, message %s: %s", lang, key, errors)
                if bundle.use_isolating:  # an empty argument shows nothing, not an empty pair
                    text = _once(str(text), args).replace(f"{FSI}{PDI}", "")
                    return _VERBATIM.sub(_without_isolates, text)
                return str(text)
        logger.error("missing message %s", key)
        return key

    def _discover(self) -> Iterable[str]:
        return sorted(p.parent.name for p in self.root.glob(f"*/{RESOURCE}"))

    def _load(self, language: str) -> FluentBundle:
        isolating = language.split("-")[0] in RTL_LANGUAGES
        bundle = FluentBundle([language], use_isolating=isolating)
        if uses_native_digits(bundle._babel_locale):  # Persian: its own digits
            bundle = NativeDigitsBundle([language], use_isolating=isolating)
        for path in sorted((self.root / language).glob("*.ftl")):
            resource = FluentResource(path.read_text(encoding="utf-8"))
            junk = [entry for entry in resource.body if isinstance(entry, Junk)]
            if junk:
                raise ValueError(f"{path} has a syntax error near: {junk[0].content!r}")
            clash = {m.id.name for m in resource.body if isinstance(m, Message)} & set(
                bundle._messages
            )
            if clash:
                raise ValueError(f"{path} redefines {sorted(clash)}")
            bundle.add_resource(resource)
        return bundle


def _formattable(value: Any) -> Any:
    """`value`, or its digits when it is a number too large for Babel to format."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value if abs(value) < _MAX_FORMATTED else str(value)
    return value


def _once(text: str, args: Mapping[str, Any]) -> str:
    """Drop Fluent's isolates around an `Html` placeable that carries its own (a title
    built by the cards helpers): isolated twice, its pieces read in the wrong order."""
    for value in args.values():
        if isinstance(value, Html) and FSI in value:
            text = text.replace(f"{FSI}{value}{PDI}", value)
    return text


def has_rtl(text: str) -> bool:
    """Whether `text` holds right-to-left letters (Arabic, Persian, Hebrew…)."""
    if text.isascii():  # most titles, every number: no scan
        return False
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def _without_isolates(found: re.Match[str]) -> str:
    return found.group(0).replace(FSI, "").replace(PDI, "")


@dataclass(frozen=True)
class Translator:
    """Messages, dates and numbers in one language."""

    i18n: I18n
    language: str

    def html(self, key: str, **args: Any) -> Html:
        """A message as HTML; str arguments are escaped unless they are `Html`."""
        safe = {
            k: v if isinstance(v, Html) or not isinstance(v, str) else escape(v)
            for k, v in args.items()
        }
        return Html(self.i18n.format(self.language, key, safe))

    def plain(self, key: str, **args: Any) -> str:
        """A message as plain text (buttons, alerts, command descriptions)."""
        return self.i18n.format(self.language, key, args)

    def optional(self, key: str) -> str | None:
        """A message without arguments as plain text, or None when no locale has `key`: for
        names built from what Trakt sends (a genre, a show's status), where a new one is
        news, not an error (`plain` logs a missing key as an error)."""
        if not self.i18n.bundle(self.i18n.default).has_message(key):
            return None
        return self.plain(key)

    @cached_property
    def locale(self) -> Locale:
        """The Babel locale for dates and numbers."""
        try:
            return Locale.parse(self.language.replace("-", "_"))
        except (UnknownLocaleError, ValueError):
            return Locale.parse(DEFAULT_LANGUAGE)

    @property
    def rtl(self) -> bool:
        """Whether the language is written right to left."""
        return self.language.split("-")[0] in RTL_LANGUAGES

    def isolate(self, text: str) -> str:
        """`text` wrapped in FSI…PDI where it could upset the line around it: in a
        right-to-left language always, so a Latin title, a year, an S01E02 code or a number
        keeps its own direction (Fluent does the same for placeables); in a left-to-right
        language when `text` holds right-to-left letters, so "جدایی نادر از سیمین (2011)"
        keeps its year after it and the line stays left-to-right."""
        if text and (self.rtl or has_rtl(text)):
            return f"{FSI}{text}{PDI}"
        return text

    @cached_property
    def style(self) -> Style:
        """How this language writes numbers and dates: its digits and its calendar."""
        return Style.of(self.language, self.locale)

    def date(self, value: dt.date | dt.datetime, format: Width = "medium") -> str:
        """A date in this locale, e.g. `24 Nov 2026` / `24 нояб. 2026 г.` / `۳ آذر ۱۴۰۵`."""
        if isinstance(value, dt.datetime):
            value = value.date()
        return self.style.date(value, format)

    def datetime(self, value: dt.datetime, format: Width = "medium", tzinfo: Any = None) -> str:
        """A date and time in this locale."""
        return self.style.datetime(value, format, tzinfo)

    def time(
        self, value: dt.datetime | dt.time, format: Width = "short", tzinfo: Any = None
    ) -> str:
        """A time of day in this locale: `8:30 PM` / `20:30` / `۲۰:۳۰`."""
        return self.style.time(value, format, tzinfo)

    def moment(
        self, value: dt.datetime, zone: dt.tzinfo | None = None, *, now: dt.datetime | None = None
    ) -> str:
        """A date and time as the bot writes them everywhere: the weekday, the day and the
        month spelt out, then the time (`Fri, Dec 4, 1:51 AM` / `пт, 4 дек., 01:51`), in
        `zone` (else the value's own); with the year when it is not the year of `now`."""
        local = value.astimezone(zone) if zone is not None else value
        today = now.astimezone(local.tzinfo).date() if now is not None else local.date()
        day = self.day(local.date(), today)
        return self.style.joined(day, self.time(local, "short", tzinfo=local.tzinfo))

    def day(self, value: dt.date, today: dt.date, skeleton: str = "MMMEd") -> str:
        """A day by a CLDR skeleton, its year added when it is not `today`'s year (in this
        locale's calendar): `Tue, Nov 24`, `Mon, Nov 24, 2025`, `سه‌شنبه ۳ آذر`."""
        same = self.style.same_year(value, today)
        return self.style.skeleton(skeleton if same else f"y{skeleton}", value)

    def day_in_sentence(self, value: dt.date, today: dt.date) -> str:
        """A day as a sentence says it, written out (its year when not `today`'s):
        `Friday, March 18, 2022` / `18 Mart 2022 Cuma` / `18 марта 2022 г.`."""
        language = self.language.split("-")[0]
        return self.day(value, today, _SENTENCE_DAY_BY_LANGUAGE.get(language, _SENTENCE_DAY))

    def days(self, first: dt.date, last: dt.date, today: dt.date, skeleton: str = "MMMd") -> str:
        """A range of days, `Dec 4 – 10`; with the year when it is not all this year's."""
        same = self.style.same_year(first, today) and self.style.same_year(last, today)
        return self.style.interval(first, last, skeleton if same else f"y{skeleton}")

    @cached_property
    def dot(self) -> str:
        """What separates the small facts of a line: ` · ` (`★ 8.7 · Drama · 47 min`), in
        Persian its comma `، ` (a middle dot beside Persian digits reads as a zero)."""
        return self.plain("separator")

    def join(self, items: Iterable[str]) -> str:
        """A list in this locale: `A, B, and C` / `A, B и C` / `A، B و C` (Babel, CLDR)."""
        return format_list(list(items), style="standard", locale=self.locale)

    def series(self, items: Iterable[str]) -> str:
        """Items one after another with no "and": genres, related titles (`A, B, C` /
        `A، B، C`), with the comma of the locale's lists (CLDR's "middle" list pattern)."""
        middle = self.locale.list_patterns["standard"].get("middle", "{0}, {1}")
        found = list(items)
        return functools.reduce(middle.format, found) if found else ""

    def number(self, value: float, format: str | None = None) -> str:
        """A number in this locale (`1,234.5` / `1 234,5` / `۱٬۲۳۴٫۵`); an absurdly large
        one as digits."""
        found = _formattable(value)
        if isinstance(found, str):
            return self.digits(found)
        return self.style.number(found, format)

    def digits(self, text: str) -> str:
        """`text` (a year, a code of digits) in this locale's own digits: `(۲۰۰۸)`."""
        return self.style.native(text)

    def numeral(self, number: int) -> str:
        """A whole number in this locale's own digits, without grouping: a list's item
        numbers and the buttons that match them (`۱۲`); callback data stays ASCII."""
        return self.digits(str(number))
