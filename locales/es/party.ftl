# /party: una sesión para ver algo juntos en un chat de grupo. La ve todo el grupo: solo títulos y nombres de pila.
# Español neutro: ni «vosotros» ni «ustedes»; se habla del «grupo».

cmd-party = Elegir algo para ver juntos (en un grupo)

party-private = 🍿 Para ver algo juntos, añádeme a un grupo y envía /party allí. Cada persona que se una tiene un voto, y solo propongo títulos que nadie del grupo haya visto.

## El mensaje de la sesión
party-title = 🍿 <b>Sesión en grupo</b> · { $kind }
party-kind-all = películas y series
party-kind-movies = películas
party-kind-shows = series
party-intro = { $name } quiere ver algo en grupo. Toca «Me uno» para unirte: miraré el Trakt de todos y propondré títulos que nadie haya visto.
party-nobody = Todavía no se ha unido nadie.
party-members =
    { $count ->
        [one] <b>Se ha unido { $count } persona:</b> { $names }
        [many] <b>Se han unido { $count } de personas:</b> { $names }
       *[other] <b>Se han unido { $count } personas:</b> { $names }
    }
party-need-more = Necesito al menos dos personas con Trakt vinculado. ¿Aún no lo has vinculado? Toca primero «🔗 Vincular Trakt en privado».
party-ready = ¡Listo! Cualquiera puede tocar «Elegir ya».
party-picking = ⏳ Revisando el Trakt de todos…
party-voting = 🗳 Vota en la encuesta de abajo.
party-over = 🏁 Esta noche: { $title }
party-closed = 🏁 Esta sesión ha terminado.
party-replaced = Esta sesión se sustituyó por una más nueva.

## Botones (texto plano)
party-button-join = 🙋 Me uno
party-button-leave = 👋 Salir
party-button-pick = 🎲 Elegir ya
party-button-link = 🔗 Vincular Trakt en privado
party-button-done = ✅ Listo

## Respuestas a los toques (texto plano, 200 caracteres como máximo)
party-joined = ¡Estás dentro! 🎉
party-already-in = Ya estás dentro.
party-left = Has salido de la sesión.
party-not-in = No estabas en esta sesión.
party-link-first = Primero vincula tu Trakt: toca «🔗 Vincular Trakt en privado» bajo el mensaje de la sesión, vincúlalo en nuestro chat privado y vuelve a tocar «Me uno».
party-full =
    { $count ->
        [one] Lo siento, esta sesión está completa ({ $count } persona). Empieza otra con /party.
        [many] Lo siento, esta sesión está completa ({ $count } de personas). Empieza otra con /party.
       *[other] Lo siento, esta sesión está completa ({ $count } personas). Empieza otra con /party.
    }
party-starter-only = Hasta que haya dos personas, solo { $name } (quien empezó la sesión) puede tocar esto.
party-members-only = Solo quienes están en la sesión pueden tocar esto. Toca primero «Me uno».
party-too-few =
    { $count ->
        [0] Necesito al menos dos personas con Trakt vinculado y todavía no se ha unido nadie. Pide a tus amigos que toquen «Me uno».
        [one] Necesito al menos dos personas con Trakt vinculado y de momento solo hay una. Pide a alguien que toque «Me uno».
       *[other] Necesito al menos dos personas con Trakt vinculado; de momento hay { $count }.
    }
party-picking-toast = Eligiendo… 🎲
party-done-starter-only = Solo { $name } (quien empezó la sesión) puede cerrar la votación.
party-closing-toast = Contando los votos…
party-busy = Estoy eligiendo ahora mismo, un momento.
party-vote-started = La votación ya empezó: vota en la encuesta de abajo.
party-ended = Esta sesión ha terminado. Empieza una nueva con /party.

## Mensajes al grupo
party-too-few-reached =
    { $count ->
        [0] No pude leer el Trakt de nadie, y necesito al menos dos personas para elegir. Vuelve a tocar «Elegir ya» dentro de un minuto.
        [one] Solo pude leer el Trakt de una persona, y necesito al menos dos para elegir. Vuelve a tocar «Elegir ya» dentro de un minuto.
        [many] Solo pude leer el Trakt de { $count } de personas. Vuelve a tocar «Elegir ya» dentro de un minuto.
       *[other] Solo pude leer el Trakt de { $count } personas. Vuelve a tocar «Elegir ya» dentro de un minuto.
    }
party-nothing = No encontré nada que sea nuevo para todo el grupo. Prueba con /party series o /party películas.
party-shortlist-header = 🎬 <b>Propuestas de esta noche para { $names }</b>
party-widened = En las listas del grupo había pocos títulos que nadie hubiera visto, así que añadí tendencias que nadie ha visto todavía.
party-skipped = ⚠️ No pude acceder al Trakt de { $name }; elijo sin esa persona.
party-unlinked = ⚠️ { $name } ya no tiene Trakt vinculado; elijo sin esa persona.
party-wanted-by = 🙋 En los pendientes de { $names }
party-suggested-for = 💡 Trakt se lo recomienda a { $names }
party-trending = 🔥 En tendencia ahora
party-poll-question = 🍿 ¿Qué vemos?
party-winner = 🏆 <b>Esta noche:</b> { $title }
party-votes =
    { $count ->
        [one] 🗳 { $count } voto
        [many] 🗳 { $count } de votos
       *[other] 🗳 { $count } votos
    }
party-no-votes = Nadie votó, así que me quedo con el primero de la lista.
party-only-one = Solo encaja un título, así que es el elegido.
