## /calendar
cmd-calendar = Calendário: seus episódios e estreias de filmes, dia a dia, 7 dias por vez
calendar-usage =
    Mostro o que estreia para você nos próximos 7 dias, dia a dia no seu fuso horário:
    <code>/calendar</code> — episódios e filmes
    <code>/calendar séries</code> — só episódios
    <code>/calendar filmes</code> — só estreias de filmes
calendar-header-a = 📅 <b>Seu calendário</b> · { $dates }
calendar-header-s = 📺 <b>Seus episódios</b> · { $dates }
calendar-header-m = 🎬 <b>Estreias dos seus filmes</b> · { $dates }
calendar-empty-a = Nada no seu calendário nestes 7 dias. Aqui aparecem as séries e os filmes que você assiste, coleciona ou tem na sua lista para assistir; ◀ ▶ levam a outras semanas.
calendar-empty-s = Nenhum episódio das suas séries nestes 7 dias. ◀ ▶ levam a outras semanas.
calendar-empty-m = Nenhum dos seus filmes estreia nestes 7 dias. ◀ ▶ levam a outras semanas.
calendar-today = Hoje · { $date }
calendar-tomorrow = Amanhã · { $date }
calendar-yesterday = Ontem · { $date }
calendar-episodes =
    { $count ->
        [one] { $count } episódio
       *[other] { $count } episódios
    }
calendar-type-series-premiere = 🆕 estreia da série
calendar-type-season-premiere = 🆕 estreia de temporada
calendar-type-mid-season-premiere = ▶️ volta após o intervalo
calendar-type-mid-season-finale = ⏸ final de meio de temporada
calendar-type-season-finale = 🏁 final de temporada
calendar-type-series-finale = 🔚 final da série
calendar-zone = <i>Horários em { $zone }.</i>
calendar-zone-utc = <i>Horários em UTC. Não é o seu fuso? Ajuste o seu nas <a href="{ $url }">configurações do Trakt</a>.</i>
calendar-kind-a = Tudo
calendar-kind-s = 📺 Séries
calendar-kind-m = 🎬 Filmes
calendar-button-earlier = ◀ { $date }
calendar-button-later = { $date } ▶
calendar-button-this-week = Esta semana
