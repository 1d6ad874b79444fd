## /next
cmd-next = A seguir: o próximo episódio de cada série que você está vendo
next-usage =
    Mostro o próximo episódio de cada série que você está vendo, da mais recente à mais antiga:
    <code>/next</code>
    Não precisa de mais nenhuma palavra.
next-header =
    ▶️ <b>A seguir</b> · { $count ->
        [one] { $count } série em andamento
       *[other] { $count } séries em andamento
    }
next-empty = Nada em andamento. Assista ao primeiro episódio de uma série e o próximo aparece aqui; o /trending tem ideias.
next-progress = { $number } de { $count }
next-aired = exibido em { $date }
next-aired-today = exibido hoje
next-aired-yesterday = exibido ontem
next-legend = <i>✅ assisti a este episódio · 🎞 o episódio · 📺 a série · 🎬 fazer check-in</i>
next-button-seen = ✅ { $number }
next-button-episode = 🎞 { $number }
next-button-show = 📺 { $number }
next-button-checkin = 🎬 { $number }
