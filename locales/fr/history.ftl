## /history
cmd-history = Ce que vous avez regardé, du plus récent au plus ancien
history-usage =
    Voir ce que vous avez regardé, du plus récent au plus ancien :
    <code>/history</code> — tout
    <code>/history séries</code> ou <code>/history films</code>
    <code>/history semaine</code>, <code>mois</code> ou <code>année</code> — seulement la dernière semaine, le dernier mois ou la dernière année
    Vous pouvez les combiner : <code>/history films mois</code>.
history-header-a = 🕘 <b>Votre historique</b>{ $period }
history-header-s = 🕘 <b>Votre historique : séries</b>{ $period }
history-header-m = 🕘 <b>Votre historique : films</b>{ $period }
history-period-a = {""}
history-period-w = {" "}· 7 derniers jours
history-period-m = {" "}· 30 derniers jours
history-period-y = {" "}· 12 derniers mois
history-empty = Rien ici pour l’instant. Les titres que vous regardez ou enregistrez sur Trakt apparaîtront ici.
history-empty-filtered = Rien ne correspond à ces filtres. Essayez <b>Tout</b> ou <b>Depuis toujours</b>.
history-page-empty = C’est tout : il n’y a rien après la page précédente.
history-today = Aujourd’hui
history-yesterday = Hier
history-day-unknown = Date inconnue
history-kind-a = Tout
history-kind-s = 📺 Séries
history-kind-m = 🎬 Films
history-period-button-a = Depuis toujours
history-period-button-w = Semaine
history-period-button-m = Mois
history-period-button-y = Année

## Removing one play
history-remove-mode = 🗑 Retirer un visionnage
history-remove-done = ✔ Terminé
history-remove-ask = Retirer le visionnage { $number } : { $play } ?
history-remove-yes = 🗑 Retirer
history-remove-toast = Visionnage retiré
history-remove-gone = Ce visionnage a déjà été retiré
history-remove-hint = <i>Appuyez sur le numéro du visionnage à retirer.</i>

## How long the person watched on a day (beside the day's name)
history-day-time = <b>{ $day }</b> · { $time }
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
