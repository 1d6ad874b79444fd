## /next
cmd-next = À suivre : le prochain épisode de chaque série que vous regardez
next-usage =
    Je vous montre le prochain épisode de chaque série que vous regardez, la plus récente d’abord :
    <code>/next</code>
    Aucun autre mot n’est nécessaire.
next-header =
    ▶️ <b>À suivre</b> · { $count ->
        [one] { $count } série en cours
       *[other] { $count } séries en cours
    }
next-empty = Rien en cours. Regardez le premier épisode d’une série et le suivant apparaîtra ici ; vous trouverez des idées dans /trending.
next-progress = { $number } sur { $count }
next-aired = diffusé le { $date }
next-aired-today = diffusé aujourd’hui
next-aired-yesterday = diffusé hier
next-legend = <i>✅ épisode vu · 🎞 l’épisode · 📺 la série · 🎬 check-in</i>
next-button-seen = ✅ { $number }
next-button-episode = 🎞 { $number }
next-button-show = 📺 { $number }
next-button-checkin = 🎬 { $number }
