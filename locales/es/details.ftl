# La ficha de una película o serie y las acciones de un toque sobre los títulos.
# Los mensajes son HTML de Telegram; botones, avisos y alertas son texto plano.

## Ficha
details-button = ℹ️ Detalles
details-link = 🔗 <a href="{ $url }">Abrir en Trakt</a>
details-no-overview = <i>Aún no hay descripción.</i>
details-not-out-toast = Aún no se ha estrenado
details-runtime = { $minutes } min
details-released = estreno: { $date }
details-first-aired = primera emisión: { $date }
details-releases = se estrena el { $date }
details-first-airs = se estrena el { $date }
details-next = ▶ Siguiente: { $episode }
details-related = <b>Relacionados:</b> { $titles }

## Estados (los de Trakt, como slug). «Serie» y «película» son femeninos: concuerdan.
details-status-returning-series = renovada
details-status-continuing = en emisión
details-status-in-production = en producción
details-status-post-production = en posproducción
details-status-planned = prevista
details-status-upcoming = próximamente
details-status-pilot = piloto
details-status-rumored = sin confirmar
details-status-canceled = cancelada
details-status-ended = finalizada
details-status-released = estrenada

## Botones de acción
action-wl = ➕ Pendientes
action-wl-done = ✅ En pendientes
action-unwl = ➖ Quitar de pendientes
action-unwl-done = ✅ Quitado
action-seen = 👁 Marcar como visto
action-seen-done = ✅ Visto
action-hide = 🙈 No me interesa
action-hide-done = ✅ Oculto
action-rate = ⭐ Puntuar
action-rate-done = ✅ Puntuado
action-rated = ✅ Tu nota: { $rating }/10
action-rate-cancel = ✖ Cancelar

## Avisos y alertas de las acciones
action-wl-toast = Añadido a tus pendientes
action-wl-already = Ya está en tus pendientes
action-unwl-toast = Quitado de tus pendientes
action-unwl-already = No estaba en tus pendientes
action-seen-toast = Marcado como visto
action-seen-toast-show = Marcados como vistos todos los episodios emitidos
action-seen-already = Ya estaba marcado como visto
action-hide-toast = Oculto: no te lo volveré a sugerir
action-hide-already = Ya estaba oculto
action-rate-pick = Elige una nota del 1 al 10
action-rate-toast = Nota guardada: { $rating }/10
action-not-found = Trakt no conoce este título.
action-limit-watchlist =
    Tu lista de pendientes de Trakt está llena ({ $limit ->
        [one] { $limit } título
        [many] { $limit } de títulos
       *[other] { $limit } títulos
    }). Quita algo o hazte Trakt VIP para tener una más grande.
action-limit-watchlist-unknown = Tu lista de pendientes de Trakt está llena. Quita algo o hazte Trakt VIP para tener una más grande.

## Visto otra vez, y una serie entera (con confirmación)
action-again = 🔁 Visto otra vez
action-again-ask = Ya lo has visto. ¿Añadir otra reproducción?
action-again-toast = Añadida otra reproducción
action-again-recent = Se acaba de añadir una reproducción
action-all = { $count ->
    [one] ✅ El episodio
   *[other] ✅ Los { $count } episodios
}
action-all-ask = { $count ->
    [one] ¿Marcar como visto el episodio emitido de { $title }?
   *[other] ¿Marcar como vistos los { $count } episodios emitidos de { $title }?
}
action-all-none = Trakt aún no tiene episodios emitidos de esta serie.

## Undo (a few minutes after a change)
action-undo = ↩ Deshacer
action-undo-toast = Deshecho
action-undo-late = Demasiado tarde para deshacer: fue hace más de 5 minutos.
action-undo-done = Ya se deshizo
action-undo-other-account = Este cambio se hizo en una cuenta de Trakt que ya no está vinculada, así que no se puede deshacer.
seasons-button = 📚 Temporadas

## Your progress on a show's card
details-progress-next = 👁 Has visto { $completed } de { $aired } · sigue { $episode }
details-progress = 👁 Has visto { $completed } de { $aired }
details-progress-done = { $aired ->
    [one] ✅ Has visto el episodio emitido
   *[other] ✅ Has visto los { $aired } episodios emitidos
}
action-next-episode = 👁 Ya vi el { $episode }
action-all-rest = ✅ Los { $count } que faltan
action-all-ask-rest = { $count ->
    [one] ¿Marcar como visto el episodio emitido de { $title } que no has visto?
   *[other] ¿Marcar como vistos los { $count } episodios emitidos de { $title } que no has visto?
}
action-unrate = ✖ Quitar la puntuación
action-unrate-toast = Puntuación quitada
action-unrate-already = No tiene puntuación
