## /history
# Le parole dopo il comando vengono da args.ftl (il bot le capisce in ogni lingua).
cmd-history = Cosa hai visto, dal più recente
history-usage =
    Ti mostro cosa hai visto, dal più recente:
    <code>/history</code> — tutto
    <code>/history serie</code> o <code>/history film</code>
    <code>/history settimana</code>, <code>mese</code> o <code>anno</code> — solo l’ultima settimana, l’ultimo mese o l’ultimo anno
    Puoi combinarli: <code>/history film mese</code>.
history-header-a = 🕘 <b>La tua cronologia</b>{ $period }
history-header-s = 🕘 <b>La tua cronologia: serie TV</b>{ $period }
history-header-m = 🕘 <b>La tua cronologia: film</b>{ $period }
history-period-a = {""}
history-period-w = {" "}· ultima settimana
history-period-m = {" "}· ultimo mese
history-period-y = {" "}· ultimo anno
history-empty = Ancora niente qui. Quello che guardi o registri con un check-in su Trakt comparirà in questa lista.
history-empty-filtered = Nessun risultato con questi filtri. Prova <b>Tutto</b> o <b>Di sempre</b>.
history-page-empty = È tutto: dopo la pagina precedente non c’è altro.
history-today = Oggi
history-yesterday = Ieri
history-day-unknown = Data sconosciuta
history-kind-a = Tutto
history-kind-s = 📺 Serie TV
history-kind-m = 🎬 Film
history-period-button-a = Di sempre
history-period-button-w = Settimana
history-period-button-m = Mese
history-period-button-y = Anno

## Removing one play
history-remove-mode = 🗑 Rimuovi una visione
history-remove-done = ✔ Fatto
history-remove-ask = Rimuovere la visione { $number }: { $play }?
history-remove-yes = 🗑 Rimuovi
history-remove-toast = Visione rimossa
history-remove-gone = Quella visione è già stata rimossa
history-remove-hint = <i>Tocca il numero della visione da rimuovere.</i>

## How long the person watched on a day (beside the day's name)
history-day-time = <b>{ $day }</b> · { $time }
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
