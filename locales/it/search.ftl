# /search: cerca serie TV e film su Trakt.
# I messaggi sono HTML di Telegram; etichette dei pulsanti e avvisi sono testo semplice.

cmd-search = Cerca una serie TV o un film
search-usage = 🔎 Cosa cerco? Rispondi con un titolo o invia <code>/search titolo</code>, per esempio <code>/search breaking bad</code>.
search-field = Titolo di una serie TV o di un film
search-header = 🔎 <b>{ $query }</b> · pagina { $page } di { $pages }
search-footer = <i>Tocca un numero per i dettagli.</i>
search-none = 🔎 Nessun risultato per <b>{ $query }</b>. Controlla come l’hai scritto o prova il titolo originale.
search-no-more = 🔎 Non ci sono altri risultati per <b>{ $query }</b>.
search-expired = Questa ricerca è scaduta. Invia di nuovo /search.
search-kind-show = 📺 serie TV
search-kind-movie = 🎬 film
