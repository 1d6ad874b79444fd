# /link, /unlink y /me (bot/features/link.py, link_poll.py, account.py).
# Nunca pongas un token en un mensaje; el código corto del dispositivo solo va a un chat privado.

## Menú de comandos (texto plano)
cmd-link = Vincular tu cuenta de Trakt
cmd-unlink = Desvincular tu cuenta de Trakt
cmd-me = Tu cuenta de Trakt vinculada y sus límites

## /link en un chat privado
link-device =
    🔗 <b>Vincula tu cuenta de Trakt</b>

    1. Toca <b>Abrir Trakt</b> aquí abajo e inicia sesión en Trakt si te lo pide.
    2. Comprueba que la página muestra <code>{ $code }</code> y aprueba.

    El código vale durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. Te aviso aquí en cuanto lo apruebes.
link-device-relink = Ahora este chat está vinculado a <b>{ $username }</b>; si apruebas, pasará a la nueva cuenta.
link-device-fallback = ¿La página no funciona? <a href="{ $url }">Inicia sesión aquí</a> y envíame el código que te muestre Trakt.
link-button-open = 🔑 Abrir Trakt
link-button-cancel = ✖️ Cancelar
link-button-again = 🔄 Empezar de nuevo
link-button-private = 🔗 Vincular en privado
link-open-private = Abre un chat privado conmigo para vincular tu cuenta.
link-stale = Este inicio de sesión ya terminó.
link-cancelled = Cancelado: no se vinculó nada.
link-cancelled-toast = Cancelado
link-replaced = ↪️ Este código se sustituyó por uno más nuevo, aquí abajo.

## Cómo termina una vinculación
link-code-used = 🔐 Este inicio de sesión ha terminado; el código ya no sirve.
link-done = ✅ Cuenta <b>{ $username }</b> vinculada. Ya funcionan tus comandos personales: /me muestra la cuenta, /unlink la desvincula y /help te enseña todo lo demás.
# Linked, but Trakt did not say yet whose account it is (the name shows on /me later).
link-done-unnamed = ✅ Tu cuenta de Trakt está vinculada. Ya funcionan tus comandos personales: /me muestra la cuenta, /unlink la desvincula y /help te enseña todo lo demás.
link-denied = 🚫 La solicitud se rechazó en Trakt, así que no se vinculó nada.
link-expired = ⌛ El código caducó antes de que lo aprobaras. No se vinculó nada.
link-invalid = ❓ Trakt ya no reconoce este código. No se vinculó nada.
link-already-used = ⚠️ Este código ya se usó. Si lo aprobaste, compruébalo con /me; si no, empieza de nuevo.
link-failed = La vinculación no terminó. { $reason }
link-expired-away = ⌛ Tu intento de vinculación caducó mientras yo no estaba. ¡Lo siento! Empieza de nuevo cuando quieras; tarda un minuto.
link-unreadable-away = ⌛ No pude retomar tu intento de vinculación tras un reinicio. ¡Lo siento! Empieza de nuevo cuando quieras; tarda un minuto.

## Un código pegado en el chat
link-code-wrong = ❌ Trakt no aceptó ese código: puede que esté mal escrito, caducado o ya usado. Consigue uno nuevo e inténtalo otra vez. (He borrado tu mensaje con el código).
link-code-is-device = Ese código se escribe en la página de Trakt, no aquí. Toca <b>Abrir Trakt</b> arriba y apruébalo allí.

## /link en un grupo
link-group = 🔒 La vinculación se hace en un chat privado conmigo, así que aquí nunca aparecen códigos. Toca el botón para seguir allí.
link-group-code-deleted = 🔒 He borrado ese mensaje: los códigos de inicio de sesión nunca deben publicarse en un grupo. Mejor envíame /link en un chat privado.
link-group-code-not-deleted = 🔒 Borra tu último mensaje, por favor: contiene un código de inicio de sesión y aquí no puedo borrarlo. Mejor envíame /link en un chat privado.

## /unlink
unlink-confirm = ¿Desvincular la cuenta de Trakt <b>{ $username }</b>? La olvidaré aquí y le pediré a Trakt que cierre mi acceso.
unlink-button-yes = Sí, desvincular
unlink-button-no = Cancelar
unlink-done = ✅ Cuenta <b>{ $username }</b> desvinculada: la he olvidado aquí y Trakt cerró mi acceso. Vuelve a vincularla cuando quieras con /link.
unlink-done-local = ✅ Cuenta <b>{ $username }</b> desvinculada aquí. Trakt no respondió, así que puede que mi acceso siga apareciendo en <a href="{ $url }">tus aplicaciones conectadas</a> de Trakt; puedes revocarlo allí.
unlink-unreadable = 🧹 Ya no podía leer el vínculo con Trakt que tenía guardado para ti, así que lo eliminé. Puede que mi acceso siga apareciendo en <a href="{ $url }">tus aplicaciones conectadas</a> de Trakt; puedes revocarlo allí. Vuelve a vincular cuando quieras con /link.
unlink-kept = No ha cambiado nada: la cuenta <b>{ $username }</b> sigue vinculada.
unlink-none = Aquí ya no hay ninguna cuenta de Trakt vinculada.

## /me
me-header = 👤 <b>Tu cuenta de Trakt</b>
me-user = <a href="{ $url }">{ $username }</a>
me-user-named = <a href="{ $url }">{ $username }</a> ({ $name })
me-since = Vinculada aquí desde el { $date }
me-vip = ⭐ Trakt VIP
me-free = Cuenta gratuita (no VIP)
me-private = 🔒 Tu perfil de Trakt es privado.
me-header-shared = 👤 <b>Cuenta de Trakt de { $username }</b>
me-since-shared = Vinculada a este bot desde el { $date }
me-private-shared = 🔒 Este perfil de Trakt es privado.
me-limits-header = <b>Límites que Trakt fija para esta cuenta</b>
me-limit-lists = • Listas personales: hasta { $count ->
        [one] { $count } lista
        [many] { $count } de listas
       *[other] { $count } listas
    } de hasta { $limit ->
        [one] { $limit } elemento
        [many] { $limit } de elementos
       *[other] { $limit } elementos
    } cada una
me-limit-lists-count = • Listas personales: hasta { $count ->
        [one] { $count } lista
        [many] { $count } de listas
       *[other] { $count } listas
    }
me-limit-watchlist = • Pendientes: hasta { $count ->
        [one] { $count } título
        [many] { $count } de títulos
       *[other] { $count } títulos
    }
me-limit-collection = • Colección: hasta { $count ->
        [one] { $count } título
        [many] { $count } de títulos
       *[other] { $count } títulos
    }
me-limit-favorites = • Favoritos: hasta { $count ->
        [one] { $count } título
        [many] { $count } de títulos
       *[other] { $count } títulos
    }
me-limit-notes = • Notas: hasta { $count ->
        [one] { $count } nota
        [many] { $count } de notas
       *[other] { $count } notas
    }
me-limits-none = Trakt no indicó ningún límite para esta cuenta.
me-button-profile = 🌐 Perfil en Trakt
me-button-unlink = Desvincular
