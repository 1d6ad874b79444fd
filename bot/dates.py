"""Numbers, dates and times as one locale writes them (`Translator` hands out a `Style`).

Babel (CLDR) does nearly all of it. Two things it leaves out, both for Persian:

- **The locale's own digits.** Babel takes the group and decimal signs of a locale's
  default numbering system (Persian: `arabext`, `1٬234٫5`) but always writes Latin digits,
  and writes dates and times with Latin digits too; `native` swaps the digits afterwards.
  Fluent formats the numbers of a message itself: `NativeInt` and `NativeFloat` (passed
  in place of the message's numbers, and as the bundle's `NUMBER()`) do the same there.
  A list's item numbers and the buttons that match them are the locale's digits too
  (`Translator.numeral`). What stays Latin on purpose: S01E02 codes (as Trakt prints
  them), commands, codes and callback data.
- **The Solar Hijri calendar**, the one Iran lives by. Babel formats the Gregorian
  calendar only; `jdatetime` converts a day, and the locale's own CLDR patterns lay it
  out (`d MMM y` → `۳ آذر ۱۴۰۵`), so every date a Persian reader sees, a day, a range,
  a month on the /stats chart, is Solar Hijri. A bare year (a film's `(2008)`, a birth
  year in a list) stays the Gregorian year it is known by, in Persian digits.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any, Literal, cast

import jdatetime
from babel import Locale
from babel.dates import (
    PATTERN_CHAR_ORDER,
    DateTimeFormat,
    format_date,
    format_datetime,
    format_interval,
    format_time,
    get_datetime_format,
    get_month_names,
    match_skeleton,
    parse_pattern,
)
from babel.numbers import NumberPattern, format_decimal
from fluent.runtime import FluentBundle
from fluent.runtime.resolver import CurrentEnvironment, Pattern, ResolverEnvironment
from fluent.runtime.types import FluentFloat, FluentInt, FluentNone, FluentNumber
from fluent.runtime.utils import native_to_fluent

Width = Literal["full", "long", "medium", "short"]  # CLDR's date and time formats
SOLAR_HIJRI = frozenset({"fa"})  # languages whose readers date by the Solar Hijri calendar
DIGITS = {"arabext": "۰۱۲۳۴۵۶۷۸۹", "arab": "٠١٢٣٤٥٦٧٨٩"}  # CLDR numbering systems
_LATIN = "0123456789"
# Persian has no short month names: CLDR's abbreviated Solar Hijri months are the wide ones.
SOLAR_MONTHS = tuple(jdatetime.date.j_months_fa)
# A field of a CLDR pattern or skeleton (a run of one letter), or a quoted literal.
_FIELD = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*")
_NAMED = {"E": "E", "c": "E", "e": "E", "M": "M", "L": "M"}  # weekday and month letters


@functools.cache
def _digits(numbering: str) -> dict[int, int] | None:
    native = DIGITS.get(numbering)
    return str.maketrans(_LATIN, native) if native else None


def native_digits(text: str, locale: Locale) -> str:
    """`text` with the Latin digits in the locale's own (Persian `۲۰:۳۰`); else as it is."""
    table = _digits(locale.default_numbering_system)
    return text.translate(table) if table else text


@dataclass(frozen=True)
class Style:
    """How one locale writes numbers, dates and times."""

    locale: Locale
    solar_hijri: bool = False

    @classmethod
    def of(cls, language: str, locale: Locale) -> Style:
        """The style of `language` (a locale code such as `fa` or `pt-BR`)."""
        return cls(locale, language.split("-")[0] in SOLAR_HIJRI)

    def native(self, text: str) -> str:
        """Digits in the locale's own script (see the module docstring)."""
        return native_digits(text, self.locale)

    def number(self, value: float, format: str | None = None) -> str:
        """`1,234.5` / `1 234,5` / `۱٬۲۳۴٫۵`."""
        return self.native(
            format_decimal(value, format=format, locale=self.locale, numbering_system="default")
        )

    def date(self, value: dt.date, format: Width = "medium") -> str:
        """A day in one of CLDR's widths (`short`, `medium`, `long`, `full`)."""
        if self.solar_hijri:
            return self._solar(self.locale.date_formats[format].pattern, value)
        return self.native(format_date(value, format=format, locale=self.locale))

    def time(
        self, value: dt.datetime | dt.time, format: Width = "short", tzinfo: Any = None
    ) -> str:
        """A time of day, `20:30` / `۲۰:۳۰` (in `tzinfo` when given)."""
        return self.native(format_time(value, format=format, tzinfo=tzinfo, locale=self.locale))

    def datetime(self, value: dt.datetime, format: Width = "medium", tzinfo: Any = None) -> str:
        """A day and a time, as the locale joins them."""
        if not self.solar_hijri:
            return self.native(
                format_datetime(value, format=format, tzinfo=tzinfo, locale=self.locale)
            )
        local = value.astimezone(tzinfo) if tzinfo is not None else value
        return self.joined(self.date(local.date(), format), self.time(local, format), format)

    def joined(self, day: str, time: str, format: Width = "medium") -> str:
        """A day and a time already written, joined as the locale joins them."""
        joined = str(get_datetime_format(format, locale=self.locale)).replace("'", "")
        return joined.replace("{0}", time).replace("{1}", day)

    def skeleton(self, skeleton: str, value: dt.date) -> str:
        """A day by a CLDR skeleton: `MMMEd` → `Tue, Nov 24` / `سه‌شنبه ۳ آذر`;
        `MMMMEEEEd` → `Saturday, December 5` / `samedi 5 décembre` / `субота, 5 грудня`."""
        pattern = self._skeleton_pattern(skeleton)
        if not self.solar_hijri:
            return self.native(format_date(value, pattern, locale=self.locale))
        return self._solar(pattern, value)

    def interval(self, first: dt.date, last: dt.date, skeleton: str) -> str:
        """Two days as a range: `Dec 4 – 10` / `۱۳ تا ۱۹ آذر`."""
        if not self.solar_hijri:
            return self.native(format_interval(first, last, skeleton, locale=self.locale))
        formats = self.locale.interval_formats
        found = skeleton if skeleton in formats else match_skeleton(skeleton, formats)
        if first == last or not found:
            return f"{self.skeleton(skeleton, first)} – {self.skeleton(skeleton, last)}"
        ends = (_SolarFormat(first, self.locale), _SolarFormat(last, self.locale))
        for field in PATTERN_CHAR_ORDER:  # the largest field that differs picks the pattern
            if field in formats[found] and ends[0].extract(field) != ends[1].extract(field):
                parts = zip(formats[found][field], ends, strict=True)
                return self.native("".join(parse_pattern(p) % end for p, end in parts))
        return self.skeleton(skeleton, first)

    def same_year(self, one: dt.date, other: dt.date) -> bool:
        """Whether two days fall in one year of the locale's calendar."""
        return self.year(one) == self.year(other)

    def year(self, day: dt.date) -> int:
        """The year `day` is in, in the locale's calendar."""
        return _solar(day).year if self.solar_hijri else day.year

    def month_start(self, day: dt.date) -> dt.date:
        """The first day of the month `day` is in, in the locale's calendar."""
        if self.solar_hijri:
            return day - dt.timedelta(days=_solar(day).day - 1)
        return day.replace(day=1)

    def month_name(self, day: dt.date) -> str:
        """The short stand-alone name of the month `day` is in (`Nov` / `آذر`)."""
        if self.solar_hijri:
            return SOLAR_MONTHS[_solar(day).month - 1]
        return str(get_month_names("abbreviated", "stand-alone", locale=self.locale)[day.month])

    def _skeleton_pattern(self, skeleton: str) -> str:
        skeletons = self.locale.datetime_skeletons
        found = skeleton if skeleton in skeletons else match_skeleton(skeleton, skeletons)
        return widened(str(skeletons[found or skeleton]), skeleton)

    def _solar(self, pattern: str, value: dt.date) -> str:
        return self.native(parse_pattern(pattern) % _SolarFormat(value, self.locale))


def widened(pattern: str, skeleton: str) -> str:
    """`pattern`, the locale's nearest to `skeleton`, with its weekday and month names as
    wide as `skeleton` asks. Babel matches `MMMMEEEEd` to the locale's `MMMMEd` and keeps
    that pattern's short weekday (`E d MMMM` → "sam. 5 décembre"); ICU, which CLDR's
    skeletons are written for, widens the fields to what was asked (`EEEE d MMMM` →
    "samedi 5 décembre"). Only names are widened or narrowed: a number stays a number."""
    asked = {
        _NAMED[found.group(1)]: len(found.group(0))
        for found in _FIELD.finditer(skeleton)
        if found.group(1) in _NAMED
    }

    def adjust(found: re.Match[str]) -> str:
        char, field = found.group(1), found.group(0)
        width = asked.get(_NAMED.get(char or "", ""), 0)
        named = char == "E" or len(field) >= 3  # `c`, `e`, `M`, `L` are numbers below 3
        return char * width if char and named and width >= 3 else field

    return _FIELD.sub(adjust, pattern)


def _solar(day: dt.date) -> jdatetime.date:
    if isinstance(day, dt.datetime):
        day = day.date()
    return jdatetime.date.fromgregorian(date=day)


class _SolarFormat(DateTimeFormat):
    """Babel's pattern fields with the year, month and day of the Solar Hijri calendar;
    weekdays and times are the same in both calendars and stay Babel's."""

    def __init__(self, value: dt.date, locale: Locale) -> None:
        super().__init__(value, locale)
        self.solar = _solar(value)

    def __getitem__(self, name: str) -> str:
        char, width = name[0], len(name)
        if char in "yYu":
            year = self.format(self.solar.year, width)
            return year[-2:] if width == 2 else year
        if char in "ML":
            month = self.solar.month
            return f"{month:0{width}d}" if width <= 2 else SOLAR_MONTHS[month - 1]
        if char == "d":
            return self.format(self.solar.day, width)
        if char == "G":
            return ""  # no era: a Persian reader's year is the Solar Hijri one
        return super().__getitem__(name)

    def extract(self, char: str) -> int:
        """The field that tells two days apart in an interval."""
        found = {"y": self.solar.year, "M": self.solar.month, "d": self.solar.day}
        return found.get(char[0]) or super().extract(char)


class _Native(FluentNumber):
    """A number of a Fluent message written in the locale's own digits and signs."""

    def format(self, locale: Locale) -> str:
        if self.options.style != "decimal":
            return native_digits(super().format(locale), locale)
        pattern = self._apply_options(cast(NumberPattern, locale.decimal_formats.get(None)))
        return native_digits(
            pattern.apply(cast(float, self), locale, numbering_system="default"), locale
        )


class NativeInt(_Native, FluentInt):
    """An int of a Fluent message in native digits."""


class NativeFloat(_Native, FluentFloat):
    """A float of a Fluent message in native digits."""


def native_number(value: Any, **options: Any) -> Any:
    """`value` as a number Fluent writes in native digits (other values: as Fluent takes
    them); the bundle's `NUMBER()` too, so `NUMBER($n, minimumFractionDigits: 1)` keeps them."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (NativeInt if isinstance(value, int) else NativeFloat)(value, **options)
    return native_to_fluent(value)


def uses_native_digits(locale: Locale) -> bool:
    """Whether the locale writes numbers in digits of its own (Persian)."""
    return _digits(locale.default_numbering_system) is not None


class NativeDigitsBundle(FluentBundle):
    """A Fluent bundle that writes the numbers of its messages in the locale's own digits:
    `FluentBundle.format_pattern` turns every int into a plain `FluentInt` first, so this
    one hands the resolver `NativeInt`s instead (fluent.runtime 0.4's resolver, as is)."""

    def __init__(self, locales: list[str], use_isolating: bool = True) -> None:
        super().__init__(locales, functions={"NUMBER": native_number}, use_isolating=use_isolating)

    def format_pattern(
        self, pattern: Pattern, args: dict[str, Any] | None = None
    ) -> tuple[str | FluentNone, list[Exception]]:
        values = {name: native_number(value) for name, value in (args or {}).items()}
        errors: list[Exception] = []
        env = ResolverEnvironment(
            context=self, current=CurrentEnvironment(args=values), errors=errors
        )
        try:
            result = pattern(env)
        except ValueError as error:
            errors.append(error)
            result = "{???}"
        return result, errors
