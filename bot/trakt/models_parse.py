"""Coercion helpers for Trakt JSON: each returns the wanted type, or None.

Trakt sends nulls, missing fields and sometimes the wrong type (a string where an
int belongs); the models build on these helpers so parsing never raises for them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

# A moment this close to the ends of what `datetime` holds can't be shown in every time
# zone (`astimezone` overflows); Trakt never means one.
_EARLIEST = datetime.min.replace(tzinfo=UTC) + timedelta(days=1)
_LATEST = datetime.max.replace(tzinfo=UTC) - timedelta(days=1)


class ParseError(ValueError):
    """A JSON item can't become the requested model (e.g. no media in a wrapper)."""


def as_mapping(value: Any) -> Mapping[str, Any]:
    """`value` if it is a JSON object, else an empty one."""
    return value if isinstance(value, Mapping) else {}


def as_int(value: Any) -> int | None:
    """An int from an int, an integral float or a numeric string."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if math.isfinite(value) else None
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            number = as_float(value)
            return int(number) if number is not None else None
    return None


def as_float(value: Any) -> float | None:
    """A finite float from a number or a numeric string."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def as_rating(value: Any) -> float | None:
    """Trakt's community rating: a number from 0 to 10 (anything else is no rating; a
    huge one would not even format)."""
    number = as_float(value)
    return number if number is not None and 0 <= number <= 10 else None


def as_str(value: Any) -> str | None:
    """A non-empty string; numbers are turned into text, anything else is None."""
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def as_bool(value: Any) -> bool | None:
    """A bool from a bool, 0/1 or "true"/"false"."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


def as_datetime(value: Any) -> datetime | None:
    """An aware UTC datetime from ISO 8601 (with `Z`) or a unix timestamp; None for one
    no time zone could show."""
    moment = _moment(value)
    return moment if moment is not None and _EARLIEST <= moment <= _LATEST else None


def _moment(value: Any) -> datetime | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    except (ValueError, OverflowError):  # overflow: an offset past the ends of the calendar
        return None


def as_date(value: Any) -> date | None:
    """A date from `YYYY-MM-DD` (or the date part of a datetime)."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        parsed = as_datetime(text)
        return parsed.date() if parsed else None


def as_str_tuple(value: Any) -> tuple[str, ...]:
    """The strings of a JSON array (others dropped); () for anything else."""
    if not isinstance(value, list | tuple):
        return ()
    return tuple(item for item in value if isinstance(item, str) and item)


def image_url(value: Any) -> str | None:
    """The first URL of a Trakt image array, made absolute (`https://`)."""
    if isinstance(value, list | tuple):
        value = next((item for item in value if isinstance(item, str) and item), None)
    elif isinstance(value, Mapping):  # old avatar shape: {"full": url}
        value = value.get("full") or value.get("medium") or value.get("thumb")
    if not isinstance(value, str) or not value.strip():
        return None
    url = value.strip()
    if url.startswith("//"):
        return f"https:{url}"
    if "://" not in url:
        return f"https://{url}"
    return url
