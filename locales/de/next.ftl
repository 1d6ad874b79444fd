## /next
cmd-next = Als Nächstes: die nächste Folge jeder Serie, die du schaust
next-usage =
    Zeigt die nächste Folge jeder Serie, die du schaust, zuletzt Gesehenes zuerst:
    <code>/next</code>
    Weitere Wörter braucht es nicht.
next-header =
    ▶️ <b>Als Nächstes</b> · { $count ->
        [one] { $count } angefangene Serie
       *[other] { $count } angefangene Serien
    }
next-empty = Du schaust gerade keine Serie. Schau die erste Folge einer Serie, dann erscheint hier die nächste; Ideen gibt es unter /trending.
next-progress = { $number } von { $count }
next-aired = ausgestrahlt am { $date }
next-aired-today = heute ausgestrahlt
next-aired-yesterday = gestern ausgestrahlt
next-legend = <i>✅ diese Folge gesehen · 🎞 die Folge · 📺 die Serie · 🎬 einchecken</i>
next-button-seen = ✅ { $number }
next-button-episode = 🎞 { $number }
next-button-show = 📺 { $number }
next-button-checkin = 🎬 { $number }
