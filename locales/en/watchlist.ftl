## /watchlist
cmd-watchlist = Shows and movies you want to watch
watchlist-usage =
    Show your watchlist:
    <code>/watchlist</code> — everything, in your order
    <code>/watchlist shows</code> or <code>/watchlist movies</code>
    Sort it: <code>rank</code>, <code>added</code>, <code>released</code> or <code>title</code>, e.g. <code>/watchlist movies added</code>.
watchlist-header-a = 📌 <b>Your watchlist</b>
watchlist-header-s = 📌 <b>Your watchlist: shows</b>
watchlist-header-m = 📌 <b>Your watchlist: movies</b>
watchlist-count =
    { $count ->
        [one] { $count } title
       *[other] { $count } titles
    }
watchlist-empty-a = Your watchlist is empty. Find something in /trending and add it with one tap.
watchlist-empty-s = No shows on your watchlist.
watchlist-empty-m = No movies on your watchlist.
watchlist-page-empty = That’s everything: nothing more after the previous page.
watchlist-season = Season { $number }
watchlist-added-on = added { $date }
watchlist-released-on = released { $date }
watchlist-kind-a = All
watchlist-kind-s = 📺 Shows
watchlist-kind-m = 🎬 Movies
watchlist-sort-rank = My order
watchlist-sort-added = Added
watchlist-sort-released = Released
watchlist-sort-title = A–Z
watchlist-button-seen = 👁
watchlist-button-seen-done = ✅
watchlist-button-remove = ➖
watchlist-legend = <i>👁 mark watched · ➖ remove from the watchlist · a title opens its card</i>
