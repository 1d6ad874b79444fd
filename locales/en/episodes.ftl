## Episodes: an episode's card and a show's seasons → episodes picker

# The episode card
episodes-gone = This episode no longer exists at Trakt.
episodes-special = ✨ Special
episodes-aired = 📅 Aired { $when }
episodes-airs = 📅 Airs { $when }
episodes-no-date = 📅 No air date yet
episodes-runtime = ⏱ { $minutes } min
episodes-your-rating = your rating { $rating }/10
episodes-watched = ✅ You watched it
episodes-show-button = 📺 Show
episodes-at-release = 📅 At release
episodes-another-day = 🗓 Another day
episodes-yesterday = Yesterday
episodes-logged-released = Logged as watched at its release
episodes-logged-day = Logged as watched on that day
episodes-not-aired = ⏳ It hasn’t aired yet: it can be marked once it airs.
episodes-not-aired-toast = It hasn’t aired yet
episodes-before-air-toast = It hadn’t aired yet on that day
episodes-unaired = not aired yet
episodes-season-line-unaired = Season { $number } · not aired yet
episodes-season-unaired = ⏳ Not aired yet

# How a tick logs its play (the season picker)
episodes-when-now = Now
episodes-when-released = At release
episodes-when-line = 👁 logs a play: { $when }
# The same choices inside that line, as a sentence writes them
episodes-when-inline-now = now
episodes-when-inline-released = at release
episodes-when-inline-yesterday = yesterday

# The seasons list
episodes-seasons = seasons
episodes-no-seasons = Trakt lists no seasons for this show yet.
episodes-season-line = Season { $number } · { $count ->
    [one] { $count } episode
   *[other] { $count } episodes
}
episodes-season-line-progress = Season { $number } · watched { $progress }
episodes-specials-line = Specials · { $count ->
    [one] { $count } episode
   *[other] { $count } episodes
}
episodes-season-button = S{ $number }
episodes-specials-button = ✨ Specials
episodes-seasons-back = ◀ Seasons

# One season's episodes
episodes-season-head = Season { $number }
episodes-specials-head = Specials
episodes-season-progress = Watched { $progress }
episodes-no-episodes = Trakt lists no episodes for this season yet.
episodes-all-button = ✅ Whole season
episodes-all-ask = { $count ->
    [one] Mark the last aired episode of season { $number } as watched?
   *[other] Mark all { $count } aired episodes of season { $number } as watched?
}
episodes-all-yes = { $count ->
    [one] ✅ Yes, mark 1 episode
   *[other] ✅ Yes, mark { $count } episodes
}
episodes-cancel = ✖ Cancel
episodes-all-none = Every aired episode of this season is already watched.
episodes-all-toast = { $count ->
    [one] Marked 1 episode as watched
   *[other] Marked { $count } episodes as watched
}
episodes-remove = 🗑 Remove a play
episodes-remove-ask = Remove your latest play of this episode?
