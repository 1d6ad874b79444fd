## Check-in: «Estoy viendo esto ahora» en Trakt (/checkin, el botón 🎬 de las fichas)
cmd-checkin = Dónde tienes el check-in ahora, con opción de cancelarlo
checkin-button = 🎬 Hacer check-in

## Avisos (solo los ve quien pulsó)
checkin-done = Check-in en { $title } hasta las { $time }
checkin-done-no-time = Check-in en { $title }
checkin-already = Ya tienes el check-in en { $title } hasta las { $time }
checkin-already-no-time = Ya tienes el check-in en { $title }
checkin-cancelled-toast = Check-in cancelado

## Mensajes
checkin-done-html = 🎬 Check-in en { $title } hasta las { $time }.
checkin-done-html-no-time = 🎬 Check-in en { $title }.
checkin-conflict =
    ⏳ Ya tienes el check-in en { $running } hasta las { $time }.
    ¿Cancelarlo y hacer check-in en { $title }?
checkin-conflict-no-time =
    ⏳ Ya tienes el check-in en { $running }.
    ¿Cancelarlo y hacer check-in en { $title }?
checkin-replace = ✖ Cancelarlo y hacer check-in aquí
checkin-keep = Mantenerlo
checkin-kept = 👍 Tu check-in sigue en marcha.
checkin-too-late = 🎬 No hice tu check-in: Trakt lo hizo esperar demasiado y ya no sería «ahora». ¿Sigues viéndolo? Pulsa 🎬 Hacer check-in otra vez.
checkin-none = Ahora mismo no tienes ningún check-in. Abre una película o un episodio y pulsa 🎬 Hacer check-in.
checkin-now = 🎬 Check-in en { $title }
checkin-now-scrobble = ▶️ Viendo { $title } en una app de reproducción
checkin-started = Empezó a las { $time }
checkin-until = Termina a las { $time }
checkin-cancel = ✖ Cancelar check-in
checkin-cancelled = Tu check-in en { $title } está cancelado.
checkin-cancel-none = Ya no hay nada en marcha.
checkin-me-watching = ▶️ Viendo ahora: { $title }
checkin-me-watching-until = ▶️ Viendo ahora: { $title }, hasta las { $time }
checkin-usage =
    Muestra en qué has hecho check-in ahora, con la opción de cancelarlo:
    <code>/checkin</code>
    No hace falta nada más.
