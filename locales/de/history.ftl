## /history
cmd-history = Was du gesehen hast, Neuestes zuerst
history-usage =
    Zeigt, was du gesehen hast, Neuestes zuerst:
    <code>/history</code> – alles
    <code>/history serien</code> oder <code>/history filme</code>
    <code>/history woche</code>, <code>monat</code> oder <code>jahr</code> – nur die letzte Woche, den letzten Monat oder das letzte Jahr
    Du kannst beides kombinieren: <code>/history filme monat</code>.
history-header-a = 🕘 <b>Dein Verlauf</b>{ $period }
history-header-s = 🕘 <b>Dein Verlauf: Serien</b>{ $period }
history-header-m = 🕘 <b>Dein Verlauf: Filme</b>{ $period }
history-period-a = {""}
history-period-w = {" "}· letzte 7 Tage
history-period-m = {" "}· letzte 30 Tage
history-period-y = {" "}· letzte 12 Monate
history-empty = Hier ist noch nichts. Was du auf Trakt schaust oder eincheckst, erscheint hier.
history-empty-filtered = Zu diesen Filtern passt nichts. Versuch es mit <b>Alle</b> oder <b>Gesamt</b>.
history-page-empty = Das war alles: Nach der vorigen Seite kommt nichts mehr.
history-today = Heute
history-yesterday = Gestern
history-day-unknown = Datum unbekannt
history-kind-a = Alle
history-kind-s = 📺 Serien
history-kind-m = 🎬 Filme
history-period-button-a = Gesamt
history-period-button-w = Woche
history-period-button-m = Monat
history-period-button-y = Jahr

## Removing one play
history-remove-mode = 🗑 Sichtung entfernen
history-remove-done = ✔ Fertig
history-remove-ask = Sichtung { $number } entfernen: { $play }?
history-remove-yes = 🗑 Entfernen
history-remove-toast = Sichtung entfernt
history-remove-gone = Diese Sichtung ist schon entfernt
history-remove-hint = <i>Tippe auf die Nummer der Sichtung, die weg soll.</i>

## How long the person watched on a day (beside the day's name)
history-day-time = <b>{ $day }</b> · { $time }
duration-minutes = { $minutes } Min.
duration-hours = { $hours } Std.
duration-hours-minutes = { $hours } Std. { $minutes } Min.
