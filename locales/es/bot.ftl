# Español. Mismos mensajes y placeables que locales/en/bot.ftl.
# Los mensajes son HTML de Telegram: etiquetas equilibradas; nunca < ni & sueltos en el texto.
# Tratamiento: «tú». Español neutro (sin «vosotros»).

language-name = Español
language-name-inline = español
separator = {" · "}

## /start y /help
start-welcome =
    👋 ¡Hola, { $name }! Conmigo tienes tu cuenta de <b>Trakt.tv</b> a mano en Telegram: lo que has visto, qué ver a continuación, lo que está de moda y tus pendientes. En un grupo puedo elegir algo para esta noche que nadie haya visto todavía.
help-header = <b>Lo que puedo hacer</b>
help-inline = En cualquier chat, escribe <code>@{ $bot } título</code> para buscar en Trakt.

## Menú de comandos (una línea cada uno; texto plano, sin marcado)
cmd-start = Bienvenida y lo que hago
cmd-help = Todos los comandos, uno por línea
cmd-trending = Lo que la gente ve ahora mismo
cmd-popular = Las series y películas más populares
cmd-language = Elegir el idioma

## Botones
button-invalid = Este botón ya no sirve. Envía el comando de nuevo.
button-not-yours = Este botón es de quien lo pidió. Envía tú el comando para tener el tuyo.
page-of = { $page } / { $pages }
kind-shows = 📺 Series
kind-movies = 🎬 Películas

## Listas y fichas
trending-header-shows = 🔥 <b>Series en tendencia</b> · página { $page } de { $pages }
trending-header-movies = 🔥 <b>Películas en tendencia</b> · página { $page } de { $pages }
popular-header-shows = ⭐ <b>Series populares</b> · página { $page } de { $pages }
popular-header-movies = ⭐ <b>Películas populares</b> · página { $page } de { $pages }
list-empty = Aquí no hay nada todavía.
watching-now =
    { $count ->
        [one] { $count } persona viendo ahora
        [many] { $count } de personas viendo ahora
       *[other] { $count } personas viendo ahora
    }
card-untitled = Sin título

## /language
language-current = Te hablo en <b>{ $language }</b>. Elige otro idioma:
language-current-auto = Uso el idioma de tu Telegram (ahora <b>{ $language }</b>). Elige uno para fijarlo:
language-auto = 🌐 Igual que Telegram
language-saved = ✅ Listo.
language-saved-toast = Idioma guardado

## Acceso
not-allowed = Lo siento, este bot es privado. Pídele a su dueño que te añada.

## Errores (breves; los ve la persona)
error-generic = 😕 Algo falló por mi parte. Inténtalo de nuevo en un momento.
error-short = Algo falló. Inténtalo de nuevo.
error-telegram-busy = Telegram está saturado ahora mismo. Inténtalo de nuevo en un momento.
error-store-busy = ⏳ Estoy un poco ocupado ahora mismo. Inténtalo de nuevo en un momento.
error-trakt-rate-limited = Trakt nos pide ir más despacio. Inténtalo de nuevo en { $seconds } s.
error-trakt-busy = Trakt está saturado ahora mismo. Inténtalo de nuevo en un minuto.
error-trakt-refusing = Trakt está rechazando a este bot ahora mismo. No es culpa de tu cuenta; inténtalo más tarde.
error-trakt-unauthorized = Trakt no aceptó tu inicio de sesión. Vuelve a vincular tu cuenta con /link.
error-trakt-locked = Tu cuenta de Trakt está bloqueada o desactivada. El soporte de Trakt puede desbloquearla.
error-trakt-vip = Para esto necesitas Trakt VIP: { $url }
error-trakt-account-limit = Has llegado a un límite de tu cuenta de Trakt (por ejemplo, tu lista de pendientes está llena). Quita algo o pásate a VIP.
error-trakt-not-found = Trakt no lo encontró.
error-trakt-down = Trakt no responde ahora mismo. Inténtalo de nuevo en unos minutos.
error-trakt-other = Trakt no pudo hacerlo (error { $status }). Inténtalo más tarde.

## Géneros (slugs de Trakt)
genre-action = acción
genre-adventure = aventura
genre-animation = animación
genre-anime = anime
genre-biography = biografía
genre-children = infantil
genre-comedy = comedia
genre-crime = crimen
genre-documentary = documental
genre-donghua = donghua
genre-drama = drama
genre-family = familiar
genre-fantasy = fantasía
genre-game-show = concurso
genre-history = historia
genre-holiday = fiestas
genre-home-and-garden = hogar y jardín
genre-horror = terror
genre-mini-series = miniserie
genre-music = música
genre-musical = musical
genre-mystery = misterio
genre-news = noticias
genre-reality = reality
genre-romance = romance
genre-science-fiction = ciencia ficción
genre-short = cortometraje
genre-soap = telenovela
genre-special-interest = divulgativo
genre-sporting-event = deporte
genre-superhero = superhéroes
genre-suspense = suspense
genre-talk-show = talk show
genre-thriller = thriller
genre-war = bélico
genre-western = western

## Botones comunes
button-back = ◀ Atrás

## Vinculación (común: cualquier comando personal puede necesitarla)
button-link = 🔗 Vincular mi Trakt
link-needed = Para esto necesito tu cuenta de Trakt. Vincúlala una sola vez: tarda un minuto y nunca veo tu contraseña.
link-needed-group = Para esto necesito tu cuenta de Trakt. Vincúlala en un chat privado conmigo; aquí nunca se muestran códigos.
link-needed-short = Primero vincula tu cuenta de Trakt.
link-lost = Trakt retiró el acceso de este bot a tu cuenta (se revocó o caducó). Vuelve a vincularla para seguir.

## Lo más visto
discover-list-trending = 🔥 Tendencias
discover-list-popular = ⭐ Populares
discover-list-watched = 👀 Lo más visto
discover-period-weekly = Semana
discover-period-monthly = Mes
discover-period-yearly = Año
discover-period-all = Histórico
discover-when-weekly = esta semana
discover-when-monthly = este mes
discover-when-yearly = este año
discover-when-all = de todos los tiempos
discover-watched-header-shows = 👀 <b>Series más vistas</b> { $period } · página { $page } de { $pages }
discover-watched-header-movies = 👀 <b>Películas más vistas</b> { $period } · página { $page } de { $pages }
discover-watchers =
    { $count ->
        [one] { $count } espectador
        [many] { $count } de espectadores
       *[other] { $count } espectadores
    }
discover-plays =
    { $count ->
        [one] { $count } reproducción
        [many] { $count } de reproducciones
       *[other] { $count } reproducciones
    }
discover-details-hint = <i>Toca un número de abajo para ver los detalles del título.</i>

## A person's own data asked for in a group goes to their private chat
private-sent = 📬 { $name }, te lo envié por privado.
private-share = 📤 Compartir en el grupo
private-shared-by = 📤 { $name } compartió esto:
private-shared = Compartido en el grupo.
private-share-failed = No puedo publicar en ese grupo: tú o yo ya no estamos en él.
private-start-first = { $name }, todavía no puedo escribirte: abre un chat privado conmigo, toca Iniciar y vuelve a pedirlo.
private-open = 💬 Abrir un chat privado

# Fair use (bot/trakt/fair.py): one person over their budget; the shared budget full.
error-too-fast = ⏳ Vas más rápido de lo que puedo consultar a Trakt. Inténtalo de nuevo en { $seconds } s.
error-too-fast-login = ⏳ Demasiados intentos de inicio de sesión seguidos. Inténtalo de nuevo en { $seconds } s.
error-bot-busy = ⏳ Ahora mismo mucha gente consulta a Trakt a la vez. Inténtalo de nuevo en { $seconds } s.
