## /stats
cmd-stats = Vos chiffres et un graphique de votre année
stats-usage = Envoyez simplement <code>/stats</code> : vos chiffres Trakt et un graphique des 12 derniers mois.
stats-header = 📊 <b>Votre Trakt en chiffres</b>
stats-movies =
    🎬 <b>Films</b> : { $count ->
        [one] { $count } vu
       *[other] { $count } vus
    } · { $plays ->
        [one] { $plays } visionnage
       *[other] { $plays } visionnages
    } · { $time }
stats-shows =
    📺 <b>Séries</b> : { $count ->
        [one] { $count } commencée
       *[other] { $count } commencées
    }
stats-episodes =
    🎞 <b>Épisodes</b> : { $count ->
        [one] { $count } vu
       *[other] { $count } vus
    } · { $plays ->
        [one] { $plays } visionnage
       *[other] { $plays } visionnages
    } · { $time }
stats-total = ⏱ <b>Temps total</b> : { $time }
stats-total-days =
    ⏱ <b>Temps total</b> : { $time }, soit environ { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
stats-ratings =
    ⭐ <b>Notes</b> : { $count ->
        [one] { $count } donnée
       *[other] { $count } données
    }, { $average } en moyenne
stats-ratings-none = ⭐ <b>Notes</b> : aucune pour l’instant
stats-chart-caption = <i>Sur l’image : les heures regardées par mois sur les 12 derniers mois, et vos notes.</i>

## The chart (plain text drawn into the picture)
stats-chart-title = Votre année sur Trakt
stats-chart-subtitle = { $time } regardées ces 12 derniers mois
stats-chart-hours = Heures regardées par mois
stats-chart-hours-empty = Rien regardé ces 12 derniers mois
stats-chart-ratings = Vos notes
stats-chart-ratings-average = Vos notes · { $average } en moyenne
stats-chart-ratings-empty = Pas encore de notes
stats-chart-since = Compté depuis le { $date } : vous avez regardé plus que ce que je demande à Trakt pour un graphique.
