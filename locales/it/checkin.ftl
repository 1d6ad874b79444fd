## Check-in: «Lo sto guardando ora» su Trakt (/checkin, il pulsante 🎬 delle schede)
cmd-checkin = Il tuo check-in in corso, con Annulla
checkin-button = 🎬 Check-in

## Avvisi (li vede solo chi ha premuto)
checkin-done = Check-in su { $title } fino alle { $time }
checkin-done-no-time = Check-in su { $title }
checkin-already = Hai già il check-in su { $title } fino alle { $time }
checkin-already-no-time = Hai già il check-in su { $title }
checkin-cancelled-toast = Check-in annullato

## Messaggi
checkin-done-html = 🎬 Check-in su { $title } fino alle { $time }.
checkin-done-html-no-time = 🎬 Check-in su { $title }.
checkin-conflict =
    ⏳ Hai già il check-in su { $running } fino alle { $time }.
    Annullarlo e fare il check-in su { $title }?
checkin-conflict-no-time =
    ⏳ Hai già il check-in su { $running }.
    Annullarlo e fare il check-in su { $title }?
checkin-replace = ✖ Annullalo e fai il check-in qui
checkin-keep = Tienilo
checkin-kept = 👍 Il tuo check-in continua.
checkin-too-late = 🎬 Non ho fatto il tuo check-in: Trakt l’ha fatto aspettare troppo, non sarebbe più “adesso”. Stai ancora guardando? Premi di nuovo 🎬 Check-in.
checkin-none = Nessun check-in in corso. Apri un film o un episodio e premi 🎬 Check-in.
checkin-now = 🎬 Check-in su { $title }
checkin-now-scrobble = ▶️ Stai guardando { $title } in un’app di riproduzione
checkin-started = Iniziato alle { $time }
checkin-until = Finisce alle { $time }
checkin-cancel = ✖ Annulla il check-in
checkin-cancelled = Il tuo check-in su { $title } è annullato.
checkin-cancel-none = Non c’è più niente in corso.
checkin-me-watching = ▶️ Stai guardando: { $title }
checkin-me-watching-until = ▶️ Stai guardando: { $title }, fino alle { $time }
checkin-usage =
    Mostra a cosa hai fatto check-in adesso, con la possibilità di annullarlo:
    <code>/checkin</code>
    Non servono altre parole.
