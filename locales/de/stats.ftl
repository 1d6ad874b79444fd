## /stats
cmd-stats = Deine Zahlen und ein Diagramm deines Jahres
stats-usage = Sende einfach <code>/stats</code>: deine Trakt-Zahlen und ein Diagramm der letzten 12 Monate.
stats-header = 📊 <b>Dein Trakt in Zahlen</b>
stats-movies =
    🎬 <b>Filme</b>: { $count } gesehen · { $plays ->
        [one] { $plays } Sichtung
       *[other] { $plays } Sichtungen
    } · { $time }
stats-shows =
    📺 <b>Serien</b>: { $count ->
        [one] { $count } angefangen
       *[other] { $count } angefangen
    }
stats-episodes =
    🎞 <b>Folgen</b>: { $count } gesehen · { $plays ->
        [one] { $plays } Sichtung
       *[other] { $plays } Sichtungen
    } · { $time }
stats-total = ⏱ <b>Zeit insgesamt</b>: { $time }
stats-total-days =
    ⏱ <b>Zeit insgesamt</b>: { $time }, etwa { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }
stats-ratings =
    ⭐ <b>Bewertungen</b>: { $count ->
        [one] { $count } vergeben
       *[other] { $count } vergeben
    }, im Schnitt { $average }
stats-ratings-none = ⭐ <b>Bewertungen</b>: noch keine
stats-chart-caption = <i>Im Bild: geschaute Stunden pro Monat in den letzten 12 Monaten und deine Bewertungen.</i>

## The chart (plain text drawn into the picture)
stats-chart-title = Dein Jahr auf Trakt
stats-chart-subtitle = { $time } geschaut in den letzten 12 Monaten
stats-chart-hours = Geschaute Stunden pro Monat
stats-chart-hours-empty = In den letzten 12 Monaten nichts geschaut
stats-chart-ratings = Deine Bewertungen
stats-chart-ratings-average = Deine Bewertungen · im Schnitt { $average }
stats-chart-ratings-empty = Noch keine Bewertungen
stats-chart-since = Gezählt ab { $date }: Du hast mehr geschaut, als ich für ein Diagramm von Trakt abrufe.
