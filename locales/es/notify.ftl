## /notify: avisos cuando se emiten tus episodios
cmd-notify = Avisos cuando se emiten tus episodios
notify-usage =
    Avisos cuando se emiten tus series. Toca los botones o escribe:
    <code>/notify series</code> — cada episodio al emitirse (<code>/notify series 60</code>: una hora después)
    <code>/notify resumen 8</code> — un resumen diario a las 08:00
    <code>/notify no</code> — sin avisos (<code>/notify sí</code>: de nuevo activos)
    <code>/notify zona Europe/Madrid</code> — tu zona horaria
    <code>/notify silencio 23 7</code> — horas de silencio (<code>/notify silencio no</code>)
    <code>/notify películas sí</code> — también estrenos de películas
    <code>/notify comienzos</code>, <code>finales</code> o <code>todo</code> — qué episodios
notify-title = 🔔 <b>Avisos</b>
notify-mode-off-now = Desactivados: no se envía nada.
notify-mode-each-now = Cada episodio, { $when }.
notify-mode-digest-now = Un resumen diario a las { $time }.
notify-scope-now = Series: { $scope }
notify-quiet-now = Horas de silencio: { $quiet }
notify-zone-trakt = Zona horaria: { $zone }, de tus ajustes de Trakt
notify-zone-chosen = Zona horaria: { $zone }, elegida aquí
notify-movies-now = Estrenos de películas: { $on ->
        [true] sí
       *[false] no
    }
notify-zone-hint = Elige una zona horaria o escríbela: <code>/notify zona Europe/Madrid</code>
notify-zone-unknown = 🌍 No conozco la zona horaria «{ $zone }». Escribe la zona de un lugar como Región/Ciudad, por ejemplo <code>/notify zona Europe/Madrid</code>, o elige una en /notify.
notify-scope-followed = empezadas y en pendientes
notify-scope-premieres = solo estrenos
notify-scope-finales = solo finales
notify-scope-all = todo tu calendario
notify-quiet-none = ninguna
notify-at-air = al emitirse
notify-later-minutes = { $minutes ->
        [one] { $minutes } minuto después
       *[other] { $minutes } minutos después
    }
notify-later-hours = { $hours ->
        [one] { $hours } hora después
       *[other] { $hours } horas después
    }
notify-before-minutes = { $minutes ->
        [one] { $minutes } minuto antes
       *[other] { $minutes } minutos antes
    }
notify-before-hours = { $hours ->
        [one] { $hours } hora antes
       *[other] { $hours } horas antes
    }
notify-button-off = No
notify-button-each = Cada episodio
notify-button-digest = Resumen diario
notify-button-when = ⏱ Cuándo: { $when }
notify-button-hour = 🕗 A las { $time }
notify-button-scope = 📺 Qué series
notify-button-quiet = 🌙 Horas de silencio
notify-button-zone = 🌍 Zona horaria
notify-button-zone-trakt = La de Trakt
notify-button-movies = 🎬 Películas
## el aviso
notify-airs = 📺 { $show } · { $time }
notify-binge = 📺 { $show } · { $count ->
        [one] { $count } episodio nuevo
       *[other] { $count } episodios nuevos
    } · { $time }
notify-digest = 🗓 <b>Novedades de tus series</b> · { $count ->
        [one] { $count } episodio
       *[other] { $count } episodios
    }
notify-movie = 🎬 Se estrena hoy: { $movie }
notify-muted-line = <i>🔕 Silenciada: no habrá más avisos de esta serie.</i>
notify-more = … y { $count } más
notify-type-series_premiere = estreno de la serie
notify-type-season_premiere = estreno de temporada
notify-type-mid_season_premiere = regreso tras la pausa
notify-type-series_finale = final de la serie
notify-type-season_finale = final de temporada
notify-type-mid_season_finale = final de mitad de temporada
notify-button-seen = ✅ Visto
notify-button-seen-done = ✅ Visto ✓
notify-button-open = 🎞 Abrir
notify-button-all = ✅ Todos vistos
notify-button-all-yes = ✅ Sí, { $count ->
        [one] { $count } episodio
       *[other] los { $count }
    }
notify-button-all-no = Cancelar
notify-button-mute = 🔕 Silenciar esta serie
notify-button-unmute = 🔔 Reactivar
notify-all-done = { $count ->
        [one] { $count } episodio marcado como visto
       *[other] { $count } episodios marcados como vistos
    }
notify-muted = Silenciada: no habrá más avisos de esta serie
notify-unmuted = Vuelven los avisos de esta serie
notify-hour-range = 🕗 «{ $typed }» no es una hora del día: usa 0–23, como <code>/notify resumen 8</code> o <code>/notify silencio 23 7</code>.
notify-offset-range = ⏱ «{ $typed }» no sirve: el desfase va en minutos, de -1440 a 1440 (hasta un día antes o después de la emisión), como <code>/notify series 60</code>.
notify-quiet-same = 🌙 Las horas de silencio necesitan dos horas distintas, un inicio y un final, como <code>/notify silencio 23 7</code>.
notify-button-muted = 🔕 Series silenciadas ({ $count })
notify-muted-title = 🔕 <b>Series silenciadas</b>: no recibirás avisos de ellas.
notify-muted-none = 🔕 No hay series silenciadas. El botón 🔕 de un aviso silencia su serie.
notify-button-unmute-number = 🔔 Reactivar { $number }
notify-zone-everywhere = <i>Tu zona horaria se usa en todo: avisos, /calendar, /history, fichas y check-ins.</i>
notify-airs-soon = 📺 { $show } · se emite el { $time }
notify-binge-soon = 📺 { $show } · { $count ->
        [one] { $count } episodio nuevo se emite
       *[other] { $count } episodios nuevos se emiten
    } el { $time }
notify-link-lost = 🔕 Tu vínculo con Trakt dejó de funcionar, así que los avisos están en pausa. Vuelve a vincular tu cuenta para recuperarlos.
## tras vincular, una vez
notify-offer = 🔔 ¿Quieres un mensaje cuando se emitan tus series? Uno por episodio, con ✅ para marcarlo como visto, o un resumen diario donde cada episodio se abre con un toque.
notify-offer-button = 🔔 Configurar avisos
## /due
notify-due-off = Los avisos están desactivados. Actívalos con /notify.
notify-due-empty = No hay nada previsto para los próximos días.
notify-due-header = 🗓 <b>Previstos</b> ({ $zone }) · { $count ->
        [one] { $count } aviso
       *[other] { $count } avisos
    }
