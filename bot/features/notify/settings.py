"""The /notify settings view and the changes its buttons and words make.

Callback data: ``ntf|<owner>|<screen>[|<change>]``; screens ``m`` (main), ``o`` (offset),
``h`` (digest hour), ``s`` (which shows), ``q`` (quiet hours), ``z`` (time zone), ``u``
(muted shows: `muted.py`). A change is ``key:value`` (`apply`), the same whether it came
from a button or from words typed after /notify; each sets a value (never toggles), so a
double tap changes nothing twice. A zone's ``/`` travels as ``.`` (callback data takes no
slash). ``mode:on`` brings back the mode notifications had before they were turned off.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from babel.dates import get_timezone, get_timezone_location
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.accounts import known_zone
from bot.features.notify import muted
from bot.i18n import Html, Translator
from bot.kit.buttons import choice, in_rows
from bot.kit.callback import Callback, InvalidCallback, encode
from bot.kit.chat import Context
from bot.kit.codes import Action
from bot.kit.listing import account_id
from bot.kit.views import View
from bot.store import NotifySettings

ACTION = Action.NOTIFY
SCREENS = ("m", "o", "h", "s", "q", "z", muted.SCREEN)
MODES = ("off", "each", "digest")
SCOPES = ("followed", "premieres", "finales", "all")
OFFSETS = (0, 15, 60, 180, -60)  # minutes after the air time
QUIET = ((22, 7), (23, 7), (23, 8), (0, 8))  # hours
MAX_OFFSET = 24 * 60
# A few zones near each language's speakers; anything else is typed (/notify tz Area/City).
ZONES: dict[str, tuple[str, ...]] = {
    "en": ("Europe/London", "America/New_York", "America/Chicago", "America/Los_Angeles",
           "Australia/Sydney", "Asia/Kolkata"),
    "de": ("Europe/Berlin", "Europe/Vienna", "Europe/Zurich"),
    "es": ("Europe/Madrid", "America/Mexico_City", "America/Bogota",
           "America/Argentina/Buenos_Aires", "America/Santiago"),
    "fa": ("Asia/Tehran", "Asia/Kabul", "Asia/Dubai", "Europe/Berlin"),
    "fr": ("Europe/Paris", "Europe/Brussels", "Europe/Zurich", "America/Toronto",
           "Africa/Casablanca"),
    "it": ("Europe/Rome", "Europe/Zurich"),
    "pt-BR": ("America/Sao_Paulo", "America/Manaus", "America/Recife", "Europe/Lisbon"),
    "ru": ("Europe/Moscow", "Europe/Kaliningrad", "Europe/Samara", "Asia/Yekaterinburg",
           "Asia/Novosibirsk", "Asia/Vladivostok"),
    "tr": ("Europe/Istanbul", "Europe/Berlin"),
    "uk": ("Europe/Kyiv", "Europe/Warsaw", "Europe/Berlin"),
}  # fmt: skip


def apply(settings: NotifySettings, change: str) -> NotifySettings:
    """`settings` with one change (``mode:each``, ``mode:on``, ``offset:60``, ``hour:8``,
    ``scope:finales``, ``quiet:23-7`` / ``quiet:none``, ``tz:Europe.Berlin`` /
    ``tz:trakt``, ``movies:1``); raises ValueError for anything else."""
    key, _, value = change.partition(":")
    if key == "mode" and value == "on":
        return settings if settings.on else settings.with_(mode=settings.last_mode or "each")
    if key == "mode" and value in MODES:
        if value == "off" and settings.on:
            return settings.with_(mode="off", last_mode=settings.mode)
        return settings.with_(mode=value)
    if key == "offset" and _int(value) is not None and abs(_int(value) or 0) <= MAX_OFFSET:
        return settings.with_(mode="each", offset=int(value))
    if key == "hour" and _int(value) is not None and 0 <= (_int(value) or 0) <= 23:
        return settings.with_(mode="digest", digest_hour=int(value))
    if key == "scope" and value in SCOPES:
        return settings.with_(scope=value)
    if key == "quiet":
        if value == "none":
            return settings.with_(quiet_start=None, quiet_end=None)
        start, _, end = value.partition("-")
        first, last = _hour(start), _hour(end)
        # the same hour twice ("23 023" too) would be quiet hours of no length: refused
        if first is not None and last is not None and first != last:
            return settings.with_(quiet_start=first * 60, quiet_end=last * 60)
    if key == "tz":
        if value == "trakt":
            return settings.with_(timezone=None)
        zone = known_zone(value.replace(".", "/"))
        if zone is not None:
            return settings.with_(timezone=zone)
    if key == "movies" and value in ("0", "1"):
        return settings.with_(movies=value == "1")
    raise ValueError(f"no such notification setting: {change!r}")


def is_hour(text: str) -> bool:
    """Whether `text` is an hour of the day (0-23)."""
    return _hour(text) is not None


def _hour(text: str) -> int | None:
    """An hour of the day (0-23) as typed, or None."""
    found = _int(text)
    return found if found is not None and 0 <= found <= 23 else None


def _int(text: str) -> int | None:
    digits = text.removeprefix("-").removeprefix("+")
    if not digits.isdigit() or len(digits) > 5:
        return None
    return -int(digits) if text.startswith("-") else int(digits)


async def render(context: Context, tr: Translator, cb: Callback) -> View:
    """One screen of the person's notification settings."""
    owner = account_id(cb)
    screen = cb.arg(0, "m")
    if screen not in SCREENS:
        raise InvalidCallback("no such screen")
    if screen == muted.SCREEN:
        return await muted.render(context, tr, cb)
    svc = context.services
    settings = svc.store.notify_settings(owner)
    zone = svc.notify.zone(settings)
    text = summary(tr, settings, zone, from_trakt=settings.timezone is None)
    if screen == "z":
        text = Html(f"{text}\n\n{tr.html('notify-zone-hint')}")
    keyboard = _KEYBOARDS[screen](tr, settings, owner)
    if screen == "m":
        count = len(svc.store.muted_shows(owner))
        if count:
            label = tr.plain("notify-button-muted", count=count)
            keyboard.append([InlineKeyboardButton(label, callback_data=muted.data(owner))])
    # ◀ Back to main on the other screens; nothing a group would want to see
    return View(text, InlineKeyboardMarkup(keyboard), nested=screen != "m", shareable=False)


def summary(tr: Translator, settings: NotifySettings, zone: ZoneInfo, *, from_trakt: bool) -> Html:
    """What is set, in words."""
    if settings.mode == "each":
        when = offset_label(tr, settings.offset)
        mode = tr.html("notify-mode-each-now", when=when)
    elif settings.mode == "digest":
        mode = tr.html("notify-mode-digest-now", time=hour_label(tr, settings.digest_hour))
    else:
        mode = tr.html("notify-mode-off-now")
    if settings.quiet_start is None or settings.quiet_end is None:
        quiet = tr.plain("notify-quiet-none")
    else:
        quiet = f"{minute_label(tr, settings.quiet_start)}–{minute_label(tr, settings.quiet_end)}"
    source = "notify-zone-trakt" if from_trakt else "notify-zone-chosen"
    offset = datetime.now(UTC).astimezone(zone).strftime("%z")
    named = f"{zone.key} (UTC{tr.digits(f'{offset[:3]}:{offset[3:]}')})"  # UTC+۰۳:۳۰
    lines = [
        tr.html("notify-title"),
        mode,
        tr.html("notify-scope-now", scope=tr.plain(f"notify-scope-{settings.scope}")),
        tr.html("notify-quiet-now", quiet=quiet),
        tr.html(source, zone=tr.isolate(named)),
        tr.html("notify-zone-everywhere"),
        tr.html("notify-movies-now", on=str(settings.movies).lower()),
    ]
    return Html("\n".join(lines))


def offset_label(tr: Translator, minutes: int) -> str:
    """ "at air time", "15 min later", "1 hour before" ..."""
    if minutes == 0:
        return tr.plain("notify-at-air")
    key = "notify-later" if minutes > 0 else "notify-before"
    size = abs(minutes)
    if size % 60 == 0:
        return tr.plain(f"{key}-hours", hours=size // 60)
    return tr.plain(f"{key}-minutes", minutes=size)


def hour_label(tr: Translator, hour: int) -> str:
    """08:00 (or 8:00 AM) in the reader's locale."""
    return minute_label(tr, hour * 60)


def minute_label(tr: Translator, minutes: int) -> str:
    """A time of day in the reader's locale."""
    return tr.time(datetime(2000, 1, 1, minutes // 60, minutes % 60))


def _data(owner: int, screen: str, change: str | None = None) -> str:
    return encode(ACTION, screen, *((change,) if change else ()), owner=owner)


def _back(tr: Translator, owner: int) -> list[InlineKeyboardButton]:
    return [InlineKeyboardButton(tr.plain("button-back"), callback_data=_data(owner, "m"))]


def _main(tr: Translator, s: NotifySettings, owner: int) -> list[list[InlineKeyboardButton]]:
    modes = [
        choice(tr.plain(f"notify-button-{mode}"), s.mode == mode, _data(owner, "m", f"mode:{mode}"))
        for mode in MODES
    ]
    rows = [modes]
    if s.mode == "each":
        label = tr.plain("notify-button-when", when=offset_label(tr, s.offset))
        rows.append([InlineKeyboardButton(label, callback_data=_data(owner, "o"))])
    elif s.mode == "digest":
        label = tr.plain("notify-button-hour", time=hour_label(tr, s.digest_hour))
        rows.append([InlineKeyboardButton(label, callback_data=_data(owner, "h"))])
    movies = "0" if s.movies else "1"
    rows += [
        [
            InlineKeyboardButton(tr.plain("notify-button-scope"), callback_data=_data(owner, "s")),
            InlineKeyboardButton(tr.plain("notify-button-quiet"), callback_data=_data(owner, "q")),
        ],
        [
            InlineKeyboardButton(tr.plain("notify-button-zone"), callback_data=_data(owner, "z")),
            choice(
                tr.plain("notify-button-movies"), s.movies, _data(owner, "m", f"movies:{movies}")
            ),
        ],
    ]
    return rows


def _offsets(tr: Translator, s: NotifySettings, owner: int) -> list[list[InlineKeyboardButton]]:
    buttons = [
        choice(
            offset_label(tr, m),
            s.mode == "each" and s.offset == m,
            _data(owner, "m", f"offset:{m}"),
        )
        for m in OFFSETS
    ]
    return [*in_rows(buttons, 2), _back(tr, owner)]


def _hours(tr: Translator, s: NotifySettings, owner: int) -> list[list[InlineKeyboardButton]]:
    buttons = [
        choice(hour_label(tr, h), s.digest_hour == h, _data(owner, "m", f"hour:{h}"))
        for h in (*range(6, 24), *range(0, 6))
    ]
    return [*in_rows(buttons, 6), _back(tr, owner)]


def _scopes(tr: Translator, s: NotifySettings, owner: int) -> list[list[InlineKeyboardButton]]:
    buttons = [
        choice(
            tr.plain(f"notify-scope-{scope}"), s.scope == scope, _data(owner, "m", f"scope:{scope}")
        )
        for scope in SCOPES
    ]
    return [*in_rows(buttons, 1), _back(tr, owner)]


def _quiet(tr: Translator, s: NotifySettings, owner: int) -> list[list[InlineKeyboardButton]]:
    none = choice(
        tr.plain("notify-quiet-none"), s.quiet_start is None, _data(owner, "m", "quiet:none")
    )
    buttons = [none]
    for start, end in QUIET:
        label = f"{hour_label(tr, start)}–{hour_label(tr, end)}"
        chosen = s.quiet_start == start * 60 and s.quiet_end == end * 60
        buttons.append(choice(label, chosen, _data(owner, "m", f"quiet:{start}-{end}")))
    return [*in_rows(buttons, 2), _back(tr, owner)]


def _zones(tr: Translator, s: NotifySettings, owner: int) -> list[list[InlineKeyboardButton]]:
    trakt = choice(
        tr.plain("notify-button-zone-trakt"), s.timezone is None, _data(owner, "m", "tz:trakt")
    )
    buttons = [trakt]
    for zone in ZONES.get(tr.language, ZONES["en"]):
        change = "tz:" + zone.replace("/", ".")
        buttons.append(choice(zone_city(tr, zone), s.timezone == zone, _data(owner, "m", change)))
    return [*in_rows(buttons, 2), _back(tr, owner)]


def zone_city(tr: Translator, zone: str) -> str:
    """The city a zone is named after, as the reader's language names it (CLDR's exemplar
    city, through Babel): `Europe/Kyiv` → `Kyiv` / `Київ` / `Kiew`; `Europe/Brussels` →
    `Bruxelles` in French. A zone CLDR does not know: its own city, `Buenos Aires`."""
    try:
        return str(get_timezone_location(get_timezone(zone), tr.locale, return_city=True))
    except LookupError:
        return zone.rsplit("/", 1)[-1].replace("_", " ")


_KEYBOARDS = {"m": _main, "o": _offsets, "h": _hours, "s": _scopes, "q": _quiet, "z": _zones}
