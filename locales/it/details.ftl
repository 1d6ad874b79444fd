# La scheda di un film o di una serie e le azioni con un tocco.
# I messaggi sono HTML di Telegram; etichette dei pulsanti, notifiche e avvisi sono testo semplice.

## Scheda
details-button = ℹ️ Dettagli
details-link = 🔗 <a href="{ $url }">Apri su Trakt</a>
details-no-overview = <i>Ancora nessuna descrizione.</i>
details-not-out-toast = Non è ancora uscito
details-runtime = { $minutes } min
details-released = uscito il { $date }
details-first-aired = debutto il { $date }
details-releases = esce il { $date }
details-first-airs = debutta il { $date }
details-next = ▶ Prossimo: { $episode }
details-related = <b>Simili:</b> { $titles }

## Stati (quelli di Trakt, come slug)
details-status-returning-series = in corso
details-status-continuing = in corso
details-status-in-production = in produzione
details-status-post-production = in post-produzione
details-status-planned = in programma
details-status-upcoming = in arrivo
details-status-pilot = pilota
details-status-rumored = non confermato
details-status-canceled = cancellata
details-status-ended = conclusa
details-status-released = uscito

## Pulsanti delle azioni
action-wl = ➕ Watchlist
action-wl-done = ✅ In watchlist
action-unwl = ➖ Togli dalla watchlist
action-unwl-done = ✅ Tolto
action-seen = 👁 Segna come visto
action-seen-done = ✅ Visto
action-hide = 🙈 Non fa per me
action-hide-done = ✅ Nascosto
action-rate = ⭐ Vota
action-rate-done = ✅ Votato
action-rated = ✅ Voto { $rating }/10
action-rate-cancel = ✖ Annulla

## Notifiche e avvisi delle azioni
action-wl-toast = Aggiunto alla tua watchlist
action-wl-already = È già nella tua watchlist
action-unwl-toast = Tolto dalla tua watchlist
action-unwl-already = Non era nella tua watchlist
action-seen-toast = Segnato come visto
action-seen-toast-show = Tutti gli episodi usciti segnati come visti
action-seen-already = È già segnato come visto
action-hide-toast = Nascosto: non te lo proporrò più
action-hide-already = È già nascosto
action-rate-pick = Scegli un voto da 1 a 10
action-rate-toast = Voto { $rating }/10 salvato
action-not-found = Trakt non conosce questo titolo.
action-limit-watchlist =
    La tua watchlist su Trakt è piena ({ $limit ->
        [one] { $limit } titolo
       *[other] { $limit } titoli
    }). Togli qualcosa oppure passa a Trakt VIP per averne una più grande.
action-limit-watchlist-unknown = La tua watchlist su Trakt è piena. Togli qualcosa oppure passa a Trakt VIP per averne una più grande.

## Rivisto, e una serie intera (con conferma)
action-again = 🔁 Rivisto
action-again-ask = L’hai già visto. Aggiungere un’altra visione?
action-again-toast = Aggiunta un’altra visione
action-again-recent = Una visione è stata appena aggiunta
action-all = { $count ->
    [one] ✅ L’episodio
   *[other] ✅ Tutti i { $count } episodi
}
action-all-ask = { $count ->
    [one] Segnare come visto l’episodio andato in onda di { $title }?
   *[other] Segnare come visti tutti i { $count } episodi andati in onda di { $title }?
}
action-all-none = Trakt non elenca ancora episodi andati in onda di questa serie.

## Undo (a few minutes after a change)
action-undo = ↩ Annulla
action-undo-toast = Annullato
action-undo-late = Troppo tardi per annullare: sono passati più di 5 minuti.
action-undo-done = Già annullato
action-undo-other-account = Questa modifica è stata fatta su un account Trakt non più collegato, quindi non si può annullare.
seasons-button = 📚 Stagioni

## Your progress on a show's card
details-progress-next = 👁 Visti { $completed } su { $aired } · poi { $episode }
details-progress = 👁 Visti { $completed } su { $aired }
details-progress-done = { $aired ->
    [one] ✅ Hai visto l’episodio andato in onda
   *[other] ✅ Hai visto tutti i { $aired } episodi andati in onda
}
action-next-episode = 👁 Ho visto { $episode }
action-all-rest = ✅ I { $count } rimanenti
action-all-ask-rest = { $count ->
    [one] Segnare come visto l’episodio andato in onda di { $title } che non hai visto?
   *[other] Segnare come visti i { $count } episodi andati in onda di { $title } che non hai visto?
}
action-unrate = ✖ Togli il voto
action-unrate-toast = Voto tolto
action-unrate-already = Non ha un voto
