# /recommend: personal recommendations from Trakt.

cmd-recommend = Shows and movies picked for you
recommend-header-shows =
    💡 <b>Shows for you</b> · { $count ->
        [one] { $count } pick
       *[other] { $count } picks
    } from Trakt
recommend-header-movies =
    💡 <b>Movies for you</b> · { $count ->
        [one] { $count } pick
       *[other] { $count } picks
    } from Trakt
recommend-empty-shows = Trakt has no show recommendations for you yet. Watch and rate a few shows on Trakt, then ask again.
recommend-empty-movies = Trakt has no movie recommendations for you yet. Watch and rate a few movies on Trakt, then ask again.
recommend-in-watchlist = ✅ In your watchlist
recommend-watched = 👁 Watched
recommend-hidden = 🙈 <i>Not interested: Trakt won’t recommend it again.</i>
recommend-legend = <i>Tap a title for details · ➕ add to watchlist (➖ remove) · 👁 mark watched · 🙈 not interested</i>
recommend-icon-wl = ➕
recommend-icon-unwl = ➖
recommend-icon-seen = 👁
recommend-icon-seen-done = ✅
recommend-icon-hide = 🙈
