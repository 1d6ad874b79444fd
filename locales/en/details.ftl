# The details card of a movie or a show, and the one-tap actions on titles.
# Messages are Telegram HTML; button labels, toasts and alerts are plain text.

## Card
details-button = ℹ️ Details
details-link = 🔗 <a href="{ $url }">Open on Trakt</a>
details-no-overview = <i>No description yet.</i>
details-not-out-toast = It isn’t out yet
details-runtime = { $minutes } min
details-released = released { $date }
details-first-aired = first aired { $date }
details-releases = comes out { $date }
details-first-airs = premieres { $date }
details-next = ▶ Next: { $episode }
details-related = <b>Related:</b> { $titles }

## Statuses (Trakt's, slugified)
details-status-returning-series = returning series
details-status-continuing = continuing
details-status-in-production = in production
details-status-post-production = post-production
details-status-planned = planned
details-status-upcoming = upcoming
details-status-pilot = pilot
details-status-rumored = rumoured
details-status-canceled = cancelled
details-status-ended = ended
details-status-released = released

## Action buttons
action-wl = ➕ Watchlist
action-wl-done = ✅ On watchlist
action-unwl = ➖ Remove from watchlist
action-unwl-done = ✅ Removed
action-seen = 👁 Mark watched
action-seen-done = ✅ Watched
action-hide = 🙈 Not for me
action-hide-done = ✅ Hidden
action-rate = ⭐ Rate
action-rate-done = ✅ Rated
action-rated = ✅ Rated { $rating }/10
action-rate-cancel = ✖ Cancel

## Action toasts and alerts
action-wl-toast = Added to your watchlist
action-wl-already = Already on your watchlist
action-unwl-toast = Removed from your watchlist
action-unwl-already = It was not on your watchlist
action-seen-toast = Marked as watched
action-seen-toast-show = Marked every aired episode as watched
action-seen-already = Already marked as watched
action-hide-toast = Hidden: I won’t suggest it again
action-hide-already = Already hidden
action-rate-pick = Pick a rating from 1 to 10
action-rate-toast = Rated { $rating }/10
action-not-found = Trakt does not know this title.
action-limit-watchlist =
    Your Trakt watchlist is full ({ $limit ->
        [one] { $limit } title
       *[other] { $limit } titles
    }). Remove something from it, or get Trakt VIP for a bigger one.
action-limit-watchlist-unknown = Your Trakt watchlist is full. Remove something from it, or get Trakt VIP for a bigger one.

## Watched again, and a whole show (one confirmation each)
action-again = 🔁 Watch again
action-again-ask = You have watched it. Add another play?
action-again-toast = Added another play
action-again-recent = A play was added a moment ago
action-all = { $count ->
    [one] ✅ The { $count } episode
   *[other] ✅ All { $count } episodes
}
action-all-ask = { $count ->
    [one] Mark the { $count } aired episode of { $title } as watched?
   *[other] Mark all { $count } aired episodes of { $title } as watched?
}
action-all-none = Trakt lists no aired episodes of this show yet.

## Undo (a few minutes after a change)
action-undo = ↩ Undo
action-undo-toast = Undone
action-undo-late = Too late to undo: it was more than 5 minutes ago.
action-undo-done = Already undone
action-undo-other-account = This change was made on a Trakt account that is no longer linked, so it can’t be undone.
seasons-button = 📚 Seasons

## Your progress on a show's card
details-progress-next = 👁 You watched { $completed } of { $aired } · next { $episode }
details-progress = 👁 You watched { $completed } of { $aired }
details-progress-done = { $aired ->
    [one] ✅ You watched the aired episode
   *[other] ✅ You watched all { $aired } aired episodes
}
action-next-episode = 👁 Mark { $episode } watched
action-all-rest = ✅ The { $count } left
action-all-ask-rest = { $count ->
    [one] Mark the { $count } aired episode of { $title } you have not watched as watched?
   *[other] Mark the { $count } aired episodes of { $title } you have not watched as watched?
}
action-unrate = ✖ Remove rating
action-unrate-toast = Rating removed
action-unrate-already = It has no rating
