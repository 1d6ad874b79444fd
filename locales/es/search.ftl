# /search: buscar series, películas y personas en Trakt.
# Los mensajes son HTML de Telegram; botones y alertas son texto plano.

cmd-search = Buscar serie, película o persona
search-usage = 🔎 ¿Qué busco? Responde con un título o un nombre, o envía <code>/search título</code>, por ejemplo <code>/search breaking bad</code>.
search-field = Un título o un nombre
search-prompt =
    🔍 <b>Buscar</b>
    Envíame un título o un nombre (una serie, una película o una persona) y lo busco en Trakt.
search-prompt-inline =
    🔍 <b>Buscar</b>
    Envíame un título o un nombre (una serie, una película o una persona) y lo busco en Trakt.
    O toca el botón de abajo para ver resultados mientras escribes.
search-inline-button = 🔎 Buscar al escribir
search-header = 🔎 <b>{ $query }</b> · página { $page } de { $pages }
search-footer = <i>Toca un número para ver los detalles.</i>
search-none = 🔎 No encontré nada para <b>{ $query }</b>. Revisa cómo está escrito o prueba con el título original.
search-no-more = 🔎 No hay más resultados para <b>{ $query }</b>.
search-expired = Esta búsqueda ha caducado. Vuelve a enviar /search.
search-kind-show = 📺 serie
search-kind-movie = 🎬 película
