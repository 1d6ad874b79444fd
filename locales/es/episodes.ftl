## Episodes: an episode's card and a show's seasons → episodes picker

episodes-gone = Este episodio ya no existe en Trakt.
episodes-special = ✨ Especial
episodes-aired = 📅 Emitido el { $when }
episodes-airs = 📅 Se emite el { $when }
episodes-no-date = 📅 Aún sin fecha de emisión
episodes-runtime = ⏱ { $minutes } min
episodes-your-rating = tu nota { $rating }/10
episodes-watched = ✅ Lo has visto
episodes-show-button = 📺 Serie
episodes-at-release = 📅 El día de emisión
episodes-another-day = 🗓 Otro día
episodes-yesterday = Ayer
episodes-logged-released = Registrado como visto el día de su emisión
episodes-logged-day = Registrado como visto ese día
episodes-not-aired = ⏳ Aún no se ha emitido: podrás marcarlo cuando se emita.
episodes-not-aired-toast = Aún no se ha emitido
episodes-before-air-toast = Ese día aún no se había emitido
episodes-unaired = aún no emitida
episodes-season-line-unaired = Temporada { $number } · aún no emitida
episodes-season-unaired = ⏳ Aún no emitida
episodes-when-now = Ahora
episodes-when-released = El día de emisión
episodes-when-line = 👁 registra: { $when }
episodes-when-inline-now = ahora
episodes-when-inline-released = el día de emisión
episodes-when-inline-yesterday = ayer
episodes-seasons = temporadas
episodes-no-seasons = Trakt aún no tiene temporadas de esta serie.
episodes-season-line = Temporada { $number } · { $count ->
    [one] { $count } episodio
   *[other] { $count } episodios
}
episodes-season-line-progress = Temporada { $number } · { $progress } vistos
episodes-specials-line = Especiales · { $count ->
    [one] { $count } episodio
   *[other] { $count } episodios
}
episodes-season-button = T{ $number }
episodes-specials-button = ✨ Especiales
episodes-seasons-back = ◀ Temporadas
episodes-season-head = Temporada { $number }
episodes-specials-head = Especiales
episodes-season-progress = Vistos: { $progress }
episodes-no-episodes = Trakt aún no tiene episodios de esta temporada.
episodes-all-button = ✅ Toda la temporada
episodes-all-ask = { $count ->
    [one] ¿Marcar como visto el último episodio emitido de la temporada { $number }?
   *[other] ¿Marcar como vistos los { $count } episodios emitidos de la temporada { $number }?
}
episodes-all-yes = { $count ->
    [one] ✅ Sí, marcar 1 episodio
   *[other] ✅ Sí, marcar { $count } episodios
}
episodes-cancel = ✖ Cancelar
episodes-all-none = Ya has visto todos los episodios emitidos de esta temporada.
episodes-all-toast = { $count ->
    [one] 1 episodio marcado como visto
   *[other] { $count } episodios marcados como vistos
}
episodes-remove = 🗑 Quitar una reproducción
episodes-remove-ask = ¿Quitar tu última reproducción de este episodio?
