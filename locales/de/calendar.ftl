## /calendar
cmd-calendar = Kalender: deine Folgen und Filmstarts, Tag für Tag, jeweils 7 Tage
calendar-usage =
    Zeigt, was in den nächsten 7 Tagen für dich läuft, Tag für Tag in deiner Zeitzone:
    <code>/calendar</code> – Folgen und Filme
    <code>/calendar serien</code> – nur Folgen
    <code>/calendar filme</code> – nur Filmstarts
calendar-header-a = 📅 <b>Dein Kalender</b> · { $dates }
calendar-header-s = 📺 <b>Deine Folgen</b> · { $dates }
calendar-header-m = 🎬 <b>Deine Filmstarts</b> · { $dates }
calendar-empty-a = In diesen 7 Tagen steht nichts in deinem Kalender. Hier erscheinen Serien und Filme, die du schaust, sammelst oder auf deiner Watchlist hast; ◀ ▶ blättern zu anderen Wochen.
calendar-empty-s = In diesen 7 Tagen läuft keine Folge deiner Serien. ◀ ▶ blättern zu anderen Wochen.
calendar-empty-m = In diesen 7 Tagen startet keiner deiner Filme. ◀ ▶ blättern zu anderen Wochen.
calendar-today = Heute · { $date }
calendar-tomorrow = Morgen · { $date }
calendar-yesterday = Gestern · { $date }
calendar-episodes =
    { $count ->
        [one] { $count } Folge
       *[other] { $count } Folgen
    }
calendar-type-series-premiere = 🆕 Serienstart
calendar-type-season-premiere = 🆕 Staffelstart
calendar-type-mid-season-premiere = ▶️ zurück aus der Pause
calendar-type-mid-season-finale = ⏸ Midseason-Finale
calendar-type-season-finale = 🏁 Staffelfinale
calendar-type-series-finale = 🔚 Serienfinale
calendar-zone = <i>Zeiten in { $zone }.</i>
calendar-zone-utc = <i>Zeiten in UTC. Nicht deine Zeitzone? Stell deine in den <a href="{ $url }">Trakt-Einstellungen</a> ein.</i>
calendar-kind-a = Alle
calendar-kind-s = 📺 Serien
calendar-kind-m = 🎬 Filme
calendar-button-earlier = ◀ { $date }
calendar-button-later = { $date } ▶
calendar-button-this-week = Diese Woche
