## /calendar
cmd-calendar = Calendario: i tuoi episodi e le uscite dei film, giorno per giorno, 7 giorni alla volta
calendar-usage =
    Ti mostro cosa esce per te nei prossimi 7 giorni, giorno per giorno nel tuo fuso orario:
    <code>/calendar</code> — episodi e film
    <code>/calendar serie</code> — solo episodi
    <code>/calendar film</code> — solo uscite di film
calendar-header-a = 📅 <b>Il tuo calendario</b> · { $dates }
calendar-header-s = 📺 <b>I tuoi episodi</b> · { $dates }
calendar-header-m = 🎬 <b>Le uscite dei tuoi film</b> · { $dates }
calendar-empty-a = Niente nel tuo calendario in questi 7 giorni. Qui compaiono le serie e i film che guardi, collezioni o tieni nella tua watchlist; ◀ ▶ portano ad altre settimane.
calendar-empty-s = Nessun episodio delle tue serie in questi 7 giorni. ◀ ▶ portano ad altre settimane.
calendar-empty-m = Nessuno dei tuoi film esce in questi 7 giorni. ◀ ▶ portano ad altre settimane.
calendar-today = Oggi · { $date }
calendar-tomorrow = Domani · { $date }
calendar-yesterday = Ieri · { $date }
calendar-episodes =
    { $count ->
        [one] { $count } episodio
       *[other] { $count } episodi
    }
calendar-type-series-premiere = 🆕 debutto della serie
calendar-type-season-premiere = 🆕 inizio di stagione
calendar-type-mid-season-premiere = ▶️ ritorno dopo la pausa
calendar-type-mid-season-finale = ⏸ finale di metà stagione
calendar-type-season-finale = 🏁 finale di stagione
calendar-type-series-finale = 🔚 finale della serie
calendar-zone = <i>Orari in { $zone }.</i>
calendar-zone-utc = <i>Orari in UTC. Non è il tuo fuso orario? Imposta il tuo nelle <a href="{ $url }">impostazioni di Trakt</a>.</i>
calendar-kind-a = Tutto
calendar-kind-s = 📺 Serie TV
calendar-kind-m = 🎬 Film
calendar-button-earlier = ◀ { $date }
calendar-button-later = { $date } ▶
calendar-button-this-week = Questa settimana
