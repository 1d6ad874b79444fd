## /stats
cmd-stats = Le tue statistiche e un grafico del tuo anno
stats-usage = Invia solo <code>/stats</code>: le tue statistiche di Trakt e un grafico degli ultimi 12 mesi.
stats-header = 📊 <b>Il tuo Trakt in numeri</b>
stats-movies =
    🎬 <b>Film</b>: { $count ->
        [one] { $count } visto
       *[other] { $count } visti
    } · { $plays ->
        [one] { $plays } visione
       *[other] { $plays } visioni
    } · { $time }
stats-shows =
    📺 <b>Serie TV</b>: { $count ->
        [one] { $count } iniziata
       *[other] { $count } iniziate
    }
stats-episodes =
    🎞 <b>Episodi</b>: { $count ->
        [one] { $count } visto
       *[other] { $count } visti
    } · { $plays ->
        [one] { $plays } visione
       *[other] { $plays } visioni
    } · { $time }
stats-total = ⏱ <b>Tempo totale</b>: { $time }
stats-total-days =
    ⏱ <b>Tempo totale</b>: { $time }, circa { $count ->
        [one] { $count } giorno
       *[other] { $count } giorni
    }
stats-ratings =
    ⭐ <b>Voti</b>: { $count ->
        [one] { $count } dato
       *[other] { $count } dati
    }, { $average } di media
stats-ratings-none = ⭐ <b>Voti</b>: ancora nessuno
stats-chart-caption = <i>Nell’immagine: le ore guardate al mese negli ultimi 12 mesi e i tuoi voti.</i>

## The chart (plain text drawn into the picture)
stats-chart-title = Il tuo anno su Trakt
stats-chart-subtitle = { $time } di visione negli ultimi 12 mesi
stats-chart-hours = Ore guardate al mese
stats-chart-hours-empty = Niente guardato negli ultimi 12 mesi
stats-chart-ratings = I tuoi voti
stats-chart-ratings-average = I tuoi voti · { $average } di media
stats-chart-ratings-empty = Ancora nessun voto
stats-chart-since = Contato dal { $date }: hai guardato più di quanto chiedo a Trakt per un grafico.
