## /stats
cmd-stats = Suas estatísticas e um gráfico do seu ano
stats-usage = Envie só <code>/stats</code>: suas estatísticas do Trakt e um gráfico dos últimos 12 meses.
stats-header = 📊 <b>Seu Trakt em números</b>
stats-movies =
    🎬 <b>Filmes</b>: { $count ->
        [one] { $count } assistido
       *[other] { $count } assistidos
    } · { $plays ->
        [one] { $plays } reprodução
       *[other] { $plays } reproduções
    } · { $time }
stats-shows =
    📺 <b>Séries</b>: { $count ->
        [one] { $count } começada
       *[other] { $count } começadas
    }
stats-episodes =
    🎞 <b>Episódios</b>: { $count ->
        [one] { $count } assistido
       *[other] { $count } assistidos
    } · { $plays ->
        [one] { $plays } reprodução
       *[other] { $plays } reproduções
    } · { $time }
stats-total = ⏱ <b>Tempo total</b>: { $time }
stats-total-days =
    ⏱ <b>Tempo total</b>: { $time }, cerca de { $count ->
        [one] { $count } dia
       *[other] { $count } dias
    }
stats-ratings =
    ⭐ <b>Avaliações</b>: { $count ->
        [one] { $count } dada
       *[other] { $count } dadas
    }, { $average } em média
stats-ratings-none = ⭐ <b>Avaliações</b>: nenhuma ainda
stats-chart-caption = <i>Na imagem: horas assistidas por mês nos últimos 12 meses e suas avaliações.</i>

## The chart (plain text drawn into the picture)
stats-chart-title = Seu ano no Trakt
stats-chart-subtitle = Tempo assistido nos últimos 12 meses: { $time }
stats-chart-hours = Horas assistidas por mês
stats-chart-hours-empty = Nada assistido nos últimos 12 meses
stats-chart-ratings = Suas avaliações
stats-chart-ratings-average = Suas avaliações · { $average } em média
stats-chart-ratings-empty = Nenhuma avaliação ainda
stats-chart-since = Contado a partir de { $date }: você assistiu mais do que eu busco no Trakt para um gráfico.
