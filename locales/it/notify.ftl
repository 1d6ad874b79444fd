## /notify: notifiche quando vanno in onda i tuoi episodi
cmd-notify = Notifiche quando vanno in onda i tuoi episodi
notify-usage =
    Notifiche quando vanno in onda le tue serie. Tocca i pulsanti o scrivi:
    <code>/notify serie</code> — ogni episodio quando va in onda (<code>/notify serie 60</code>: un’ora dopo)
    <code>/notify riepilogo 8</code> — un riepilogo giornaliero alle 08:00
    <code>/notify no</code> — nessuna notifica (<code>/notify sì</code>: di nuovo attive)
    <code>/notify fuso Europe/Rome</code> — il tuo fuso orario
    <code>/notify silenzio 23 7</code> — ore di silenzio (<code>/notify silenzio no</code>)
    <code>/notify film sì</code> — anche le uscite dei film
    <code>/notify debutti</code>, <code>finali</code> o <code>tutto</code> — quali episodi
notify-title = 🔔 <b>Notifiche</b>
notify-mode-off-now = Disattivate: non viene inviato nulla.
notify-mode-each-now = Ogni episodio, { $when }.
notify-mode-digest-now = Un riepilogo giornaliero alle { $time }.
notify-scope-now = Serie: { $scope }
notify-quiet-now = Ore di silenzio: { $quiet }
notify-zone-trakt = Fuso orario: { $zone }, dalle tue impostazioni Trakt
notify-zone-chosen = Fuso orario: { $zone }, scelto qui
notify-movies-now = Uscite dei film: { $on ->
        [true] sì
       *[false] no
    }
notify-zone-hint = Scegli un fuso orario o scrivilo: <code>/notify fuso Europe/Rome</code>
notify-zone-unknown = 🌍 Non conosco il fuso orario «{ $zone }». Scrivi il fuso di un luogo come Area/Città, ad esempio <code>/notify fuso Europe/Rome</code>, oppure scegline uno in /notify.
notify-scope-followed = iniziate e in watchlist
notify-scope-premieres = solo debutti
notify-scope-finales = solo finali
notify-scope-all = tutto il tuo calendario
notify-quiet-none = nessuna
notify-at-air = alla messa in onda
notify-later-minutes = { $minutes ->
        [one] { $minutes } minuto dopo
       *[other] { $minutes } minuti dopo
    }
notify-later-hours = { $hours ->
        [one] { $hours } ora dopo
       *[other] { $hours } ore dopo
    }
notify-before-minutes = { $minutes ->
        [one] { $minutes } minuto prima
       *[other] { $minutes } minuti prima
    }
notify-before-hours = { $hours ->
        [one] { $hours } ora prima
       *[other] { $hours } ore prima
    }
notify-button-off = Spente
notify-button-each = Ogni episodio
notify-button-digest = Riepilogo giornaliero
notify-button-when = ⏱ Quando: { $when }
notify-button-hour = 🕗 Alle { $time }
notify-button-scope = 📺 Quali serie
notify-button-quiet = 🌙 Ore di silenzio
notify-button-zone = 🌍 Fuso orario
notify-button-zone-trakt = Quello di Trakt
notify-button-movies = 🎬 Film
## la notifica
notify-airs = 📺 { $show } · { $time }
notify-binge = 📺 { $show } · { $count ->
        [one] { $count } nuovo episodio
       *[other] { $count } nuovi episodi
    } · { $time }
notify-digest = 🗓 <b>Nuovi episodi delle tue serie</b> · { $count ->
        [one] { $count } episodio
       *[other] { $count } episodi
    }
notify-movie = 🎬 Esce oggi: { $movie }
notify-muted-line = <i>🔕 Silenziata: niente più notifiche per questa serie.</i>
notify-more = … e altri { $count }
notify-type-series_premiere = debutto della serie
notify-type-season_premiere = inizio di stagione
notify-type-mid_season_premiere = ritorno dopo la pausa
notify-type-series_finale = finale della serie
notify-type-season_finale = finale di stagione
notify-type-mid_season_finale = finale di metà stagione
notify-button-seen = ✅ Visto
notify-button-seen-done = ✅ Visto ✓
notify-button-open = 🎞 Apri
notify-button-all = ✅ Tutti visti
notify-button-all-yes = ✅ Sì, { $count ->
        [one] { $count } episodio
       *[other] tutti e { $count }
    }
notify-button-all-no = Annulla
notify-button-mute = 🔕 Silenzia questa serie
notify-button-unmute = 🔔 Riattiva
notify-all-done = { $count ->
        [one] { $count } episodio segnato come visto
       *[other] { $count } episodi segnati come visti
    }
notify-muted = Silenziata: niente più notifiche per questa serie
notify-unmuted = Le notifiche di questa serie sono di nuovo attive
notify-hour-range = 🕗 «{ $typed }» non è un’ora del giorno: usa 0–23, come <code>/notify riepilogo 8</code> o <code>/notify silenzio 23 7</code>.
notify-offset-range = ⏱ «{ $typed }» non va bene: lo scarto è in minuti, da -1440 a 1440 (fino a un giorno prima o dopo la messa in onda), come <code>/notify serie 60</code>.
notify-quiet-same = 🌙 Le ore di silenzio richiedono due ore diverse, un inizio e una fine, come <code>/notify silenzio 23 7</code>.
notify-button-muted = 🔕 Serie silenziate ({ $count })
notify-muted-title = 🔕 <b>Serie silenziate</b>: niente notifiche per queste.
notify-muted-none = 🔕 Nessuna serie silenziata. Il pulsante 🔕 di una notifica silenzia la sua serie.
notify-button-unmute-number = 🔔 Riattiva { $number }
notify-zone-everywhere = <i>Il tuo fuso orario vale ovunque: notifiche, /calendar, /history, schede e check-in.</i>
notify-airs-soon = 📺 { $show } · in onda il { $time }
notify-binge-soon = 📺 { $show } · { $count ->
        [one] { $count } nuovo episodio in onda
       *[other] { $count } nuovi episodi in onda
    } il { $time }
notify-link-lost = 🔕 Il collegamento con Trakt non funziona più, quindi le notifiche sono in pausa. Ricollega l’account per riaverle.
## dopo il collegamento, una volta
notify-offer = 🔔 Vuoi un messaggio quando vanno in onda le tue serie? Uno per ogni episodio, con ✅ per segnarlo come visto, oppure un riepilogo giornaliero in cui ogni episodio si apre con un tocco.
notify-offer-button = 🔔 Imposta le notifiche
## /due
notify-due-off = Le notifiche sono disattivate. Attivale con /notify.
notify-due-empty = Nulla in programma nei prossimi giorni.
notify-due-header = 🗓 <b>In programma</b> ({ $zone }) · { $count ->
        [one] { $count } notifica
       *[other] { $count } notifiche
    }
