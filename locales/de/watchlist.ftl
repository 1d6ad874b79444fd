## /watchlist
cmd-watchlist = Serien und Filme, die du sehen willst
watchlist-usage =
    Deine Watchlist anzeigen:
    <code>/watchlist</code> – alles, in deiner Reihenfolge
    <code>/watchlist serien</code> oder <code>/watchlist filme</code>
    Sortieren: <code>rang</code> (deine Reihenfolge), <code>hinzugefügt</code>, <code>erschienen</code> oder <code>titel</code>, z. B. <code>/watchlist filme hinzugefügt</code>.
watchlist-header-a = 📌 <b>Deine Watchlist</b>
watchlist-header-s = 📌 <b>Deine Watchlist: Serien</b>
watchlist-header-m = 📌 <b>Deine Watchlist: Filme</b>
watchlist-count =
    { $count ->
        [one] { $count } Titel
       *[other] { $count } Titel
    }
watchlist-empty-a = Deine Watchlist ist leer. Such dir etwas unter /trending aus und füge es mit einem Tipp hinzu.
watchlist-empty-s = Keine Serien auf deiner Watchlist.
watchlist-empty-m = Keine Filme auf deiner Watchlist.
watchlist-page-empty = Das war alles: Nach der vorigen Seite kommt nichts mehr.
watchlist-season = Staffel { $number }
watchlist-added-on = hinzugefügt am { $date }
watchlist-released-on = erschienen am { $date }
watchlist-kind-a = Alle
watchlist-kind-s = 📺 Serien
watchlist-kind-m = 🎬 Filme
watchlist-sort-rank = Rang
watchlist-sort-added = Hinzugefügt
watchlist-sort-released = Erschienen
watchlist-sort-title = A–Z
watchlist-button-seen = 👁
watchlist-button-seen-done = ✅
watchlist-button-remove = ➖
watchlist-legend = <i>👁 als gesehen markieren · ➖ von der Watchlist entfernen · ein Tipp auf den Titel öffnet die Details</i>
