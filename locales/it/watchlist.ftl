## /watchlist
# Le parole dopo il comando vengono da args.ftl (il bot le capisce in ogni lingua).
cmd-watchlist = Serie TV e film che vuoi vedere
watchlist-usage =
    Ti mostro la tua watchlist:
    <code>/watchlist</code> — tutto, nel tuo ordine
    <code>/watchlist serie</code> o <code>/watchlist film</code>
    Ordinala per <code>ordine</code> (il tuo ordine), <code>aggiunta</code>, <code>uscita</code> o <code>titolo</code>, ad esempio <code>/watchlist film aggiunta</code>.
watchlist-header-a = 📌 <b>La tua watchlist</b>
watchlist-header-s = 📌 <b>La tua watchlist: serie TV</b>
watchlist-header-m = 📌 <b>La tua watchlist: film</b>
watchlist-count =
    { $count ->
        [one] { $count } titolo
       *[other] { $count } titoli
    }
watchlist-empty-a = La tua watchlist è vuota. Trova qualcosa in /trending e aggiungilo con un tocco.
watchlist-empty-s = Nessuna serie TV nella tua watchlist.
watchlist-empty-m = Nessun film nella tua watchlist.
watchlist-page-empty = È tutto: dopo la pagina precedente non c’è altro.
watchlist-season = Stagione { $number }
watchlist-added-on = aggiunto il { $date }
watchlist-released-on = uscito il { $date }
watchlist-kind-a = Tutto
watchlist-kind-s = 📺 Serie TV
watchlist-kind-m = 🎬 Film
watchlist-sort-rank = Il mio ordine
watchlist-sort-added = Aggiunti
watchlist-sort-released = Uscita
watchlist-sort-title = A–Z
watchlist-button-seen = 👁
watchlist-button-seen-done = ✅
watchlist-button-remove = ➖
watchlist-legend = <i>👁 segna come visto · ➖ togli dalla watchlist · un titolo apre la sua scheda</i>
