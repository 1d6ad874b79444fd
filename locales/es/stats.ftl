## /stats
cmd-stats = Tus estadísticas y un gráfico de tu año
stats-usage = Envía solo <code>/stats</code>: tus estadísticas de Trakt y un gráfico de los últimos 12 meses.
stats-header = 📊 <b>Tu Trakt en cifras</b>
stats-movies =
    🎬 <b>Películas</b>: { $count ->
        [one] { $count } vista
       *[other] { $count } vistas
    } · { $plays ->
        [one] { $plays } reproducción
       *[other] { $plays } reproducciones
    } · { $time }
stats-shows =
    📺 <b>Series</b>: { $count ->
        [one] { $count } empezada
       *[other] { $count } empezadas
    }
stats-episodes =
    🎞 <b>Episodios</b>: { $count ->
        [one] { $count } visto
       *[other] { $count } vistos
    } · { $plays ->
        [one] { $plays } reproducción
       *[other] { $plays } reproducciones
    } · { $time }
stats-total = ⏱ <b>Tiempo total</b>: { $time }
stats-total-days =
    ⏱ <b>Tiempo total</b>: { $time }, unos { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
stats-ratings =
    ⭐ <b>Valoraciones</b>: { $count ->
        [one] { $count } dada
       *[other] { $count } dadas
    }, { $average } de media
stats-ratings-none = ⭐ <b>Valoraciones</b>: ninguna todavía
stats-chart-caption = <i>En la imagen: horas vistas por mes en los últimos 12 meses y tus valoraciones.</i>

## The chart (plain text drawn into the picture)
stats-chart-title = Tu año en Trakt
stats-chart-subtitle = Tiempo visto en los últimos 12 meses: { $time }
stats-chart-hours = Horas vistas por mes
stats-chart-hours-empty = Nada visto en los últimos 12 meses
stats-chart-ratings = Tus valoraciones
stats-chart-ratings-average = Tus valoraciones · { $average } de media
stats-chart-ratings-empty = Todavía no hay valoraciones
stats-chart-since = Contado desde el { $date }: has visto más de lo que pido a Trakt para un gráfico.
