"""Episodes: an episode's card and a show's seasons → episodes picker (issue 12).

- `card`: the episode card (``ep``), opened by `episode_button` (``epo``) from any list
  that draws an episode (history, /next, the picker): show, S×E, title, air date in the
  person's zone, runtime, overview, ratings; watched now / at release / another day,
  rate, the show's card.
- `picker`: a show's seasons (``seas``), opened by `seasons_button` (``seaso``) below a
  show's card: progress per season, specials apart; a season's episodes to tick one by
  one or all at once (behind a question that names the count).
- `plays`: the writes behind both (one play per intent, ↩ Undo for exactly what was added).
"""

from __future__ import annotations

from bot.features.episodes import card, picker
from bot.kit.chat import App

COMMANDS = ()


def register(app: App) -> None:
    """Add the handlers of this feature: the episode card and the season picker."""
    card.register(app)
    picker.register(app)
