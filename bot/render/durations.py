"""How long, in words of the person's language: `45 min`, `2 h 15 min`, `1,829 h`."""

from __future__ import annotations

from bot.i18n import Translator

HOURS_ONLY = 100 * 60  # from 100 hours up, minutes are noise


def duration(tr: Translator, minutes: int, *, hours_only: int = HOURS_ONLY) -> str:
    """`minutes` as hours and minutes; whole hours from `hours_only` minutes up."""
    minutes = max(int(minutes), 0)
    hours, rest = divmod(minutes, 60)
    if not hours:
        return tr.plain("duration-minutes", minutes=rest)
    if minutes >= hours_only:
        return tr.plain("duration-hours", hours=round(minutes / 60))
    if not rest:
        return tr.plain("duration-hours", hours=hours)
    return tr.plain("duration-hours-minutes", hours=hours, minutes=rest)
