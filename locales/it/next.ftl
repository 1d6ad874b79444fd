## /next
cmd-next = Prossimi episodi: il prossimo episodio di ogni serie che stai guardando
next-usage =
    Ti mostro il prossimo episodio di ogni serie che stai guardando, dalla più recente:
    <code>/next</code>
    Non servono altre parole.
next-header =
    ▶️ <b>Prossimi episodi</b> · { $count ->
        [one] { $count } serie in corso
       *[other] { $count } serie in corso
    }
next-empty = Niente in corso. Guarda il primo episodio di una serie e qui comparirà il successivo; su /trending trovi qualche idea.
next-progress = { $number } di { $count }
next-aired = andato in onda il { $date }
next-aired-today = andato in onda oggi
next-aired-yesterday = andato in onda ieri
next-legend = <i>✅ episodio visto · 🎞 l’episodio · 📺 la serie · 🎬 check-in</i>
next-button-seen = ✅ { $number }
next-button-episode = 🎞 { $number }
next-button-show = 📺 { $number }
next-button-checkin = 🎬 { $number }
