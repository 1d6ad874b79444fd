## /calendar
cmd-calendar = Calendario: tus episodios y estrenos de películas, día a día, 7 días cada vez
calendar-usage =
    Te muestro lo que se emite para ti en los próximos 7 días, día a día en tu zona horaria:
    <code>/calendar</code> — episodios y películas
    <code>/calendar series</code> — solo episodios
    <code>/calendar películas</code> — solo estrenos de películas
calendar-header-a = 📅 <b>Tu calendario</b> · { $dates }
calendar-header-s = 📺 <b>Tus episodios</b> · { $dates }
calendar-header-m = 🎬 <b>Tus estrenos de películas</b> · { $dates }
calendar-empty-a = No hay nada en tu calendario en estos 7 días. Aquí aparecen las series y películas que ves, coleccionas o tienes en tu lista de pendientes; ◀ ▶ llevan a otras semanas.
calendar-empty-s = Ninguna de tus series emite episodios en estos 7 días. ◀ ▶ llevan a otras semanas.
calendar-empty-m = Ninguna de tus películas se estrena en estos 7 días. ◀ ▶ llevan a otras semanas.
calendar-today = Hoy · { $date }
calendar-tomorrow = Mañana · { $date }
calendar-yesterday = Ayer · { $date }
calendar-episodes =
    { $count ->
        [one] { $count } episodio
       *[other] { $count } episodios
    }
calendar-type-series-premiere = 🆕 estreno de la serie
calendar-type-season-premiere = 🆕 estreno de temporada
calendar-type-mid-season-premiere = ▶️ regreso tras la pausa
calendar-type-mid-season-finale = ⏸ final de mitad de temporada
calendar-type-season-finale = 🏁 final de temporada
calendar-type-series-finale = 🔚 final de la serie
calendar-zone = <i>Horas en { $zone }.</i>
calendar-zone-utc = <i>Horas en UTC. ¿No es tu zona horaria? Cámbiala en tus <a href="{ $url }">ajustes de Trakt</a>.</i>
calendar-kind-a = Todo
calendar-kind-s = 📺 Series
calendar-kind-m = 🎬 Películas
calendar-button-earlier = ◀ { $date }
calendar-button-later = { $date } ▶
calendar-button-this-week = Esta semana
