# /search: cerca serie TV, film e persone su Trakt.
# I messaggi sono HTML di Telegram; etichette dei pulsanti e avvisi sono testo semplice.

cmd-search = Cerca serie TV, film o persone
search-usage = 🔎 Cosa cerco? Rispondi con un titolo o un nome, o invia <code>/search titolo</code>, per esempio <code>/search breaking bad</code>.
search-field = Un titolo o un nome
search-prompt =
    🔍 <b>Cerca</b>
    Mandami un titolo o un nome (una serie TV, un film o una persona) e lo cerco su Trakt.
search-prompt-inline =
    🔍 <b>Cerca</b>
    Mandami un titolo o un nome (una serie TV, un film o una persona) e lo cerco su Trakt.
    Oppure tocca il pulsante qui sotto per vedere i risultati mentre scrivi.
search-inline-button = 🔎 Cerca mentre scrivi
search-header = 🔎 <b>{ $query }</b> · pagina { $page } di { $pages }
search-footer = <i>Tocca un numero per i dettagli.</i>
search-none = 🔎 Nessun risultato per <b>{ $query }</b>. Controlla come l’hai scritto o prova il titolo originale.
search-no-more = 🔎 Non ci sono altri risultati per <b>{ $query }</b>.
search-expired = Questa ricerca è scaduta. Invia di nuovo /search.
search-kind-show = 📺 serie TV
search-kind-movie = 🎬 film
