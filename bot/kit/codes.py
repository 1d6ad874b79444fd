"""Every callback action code the bot draws, in one table.

A button's callback data starts with one of these (`bot.kit.callback`); a handler
selects its buttons with `pattern(Action.X)`. `enum.unique` refuses two names for one
code at import, and tests/test_codes.py checks that every button the bot draws decodes
to one of them and that each has a handler.
"""

from __future__ import annotations

from enum import StrEnum, unique


@unique
class Action(StrEnum):
    """The first field of every button's callback data."""

    NOOP = "noop"  # a label-only button ("page 2/5")
    CLOSE = "close"  # ◀ Back on a card (its own message): deletes the card
    HOME = "home"  # ☰ the person's home and its settings: their world as buttons (view)
    LINK = "link"  # starts the device flow in a private chat
    LINK_CANCEL = "linkx"
    UNLINK = "unlink"
    ME = "me"  # /me, the linked account (view)
    LANGUAGE = "lang"
    GROUP_LANGUAGE = "glang"
    HISTORY = "hist"
    WATCHLIST = "wlist"
    LISTS = "lists"
    LIST_ITEMS = "litem"
    RECOMMEND = "rec"
    DISCOVER = "disc"
    SEARCH = "srch"
    DETAILS = "det"  # the card view
    DETAILS_OPEN = "deto"  # the button that opens a card below the list
    PERSON = "ppl"
    PERSON_OPEN = "pplo"
    CAST = "pplc"
    CAST_OPEN = "pplco"
    MARK = "act"  # one-tap actions: watchlist, watched, rating, hide
    UNDO = "undo"  # ↩ Undo under a message for a few minutes after a change
    INLINE_ADD = "inl"  # ➕ on a card sent through inline mode
    PARTY = "party"
    # Episode-level tracking (issue 12): declared here so the features that draw each
    # other's buttons agree on them.
    EPISODE = "ep"  # an episode's card (view)
    EPISODE_OPEN = "epo"  # the button that opens it below a list
    SEASONS = "seas"  # a show's seasons, then one season's episodes, to tick (view)
    SEASONS_OPEN = "seaso"  # the button that opens the picker below a card
    NEXT = "next"  # /next, the person's shows in progress (view)
    CALENDAR = "cal"  # /calendar, the person's week of episodes and releases (view)
    CHECKIN = "chk"  # check in to a movie or an episode, cancel a running one
    CHECKIN_NOW = "chkn"  # /checkin, what runs now (view)
    SHARE = "share"  # 📤 a private answer to a command typed in a group, posted there
    PLAY_REMOVE = "hrm"  # /history: remove one play by its history id (after a confirmation)
    NOTIFY = "ntf"  # /notify: notification settings (view)
    NOTIFY_MESSAGE = "ntfm"  # a notification: ✅ watched, watched all, 🔕 mute (view)
    STATS = "stats"  # 📊 /stats' picture, sent as its own message (home's Stats button)
