## /watchlist
# «Watchlist» se traduce como «pendientes» (tu lista de pendientes).
# Las palabras tras el comando salen de args.ftl (se entienden en cualquier idioma).
cmd-watchlist = Series y películas que quieres ver
watchlist-usage =
    Te muestro tus pendientes:
    <code>/watchlist</code> — todo, en tu orden
    <code>/watchlist series</code> o <code>/watchlist películas</code>
    Para ordenarlos: <code>orden</code> (tu orden), <code>añadido</code> (fecha en que los añadiste), <code>estreno</code> o <code>título</code>; p. ej., <code>/watchlist películas añadido</code>.
watchlist-header-a = 📌 <b>Tus pendientes</b>
watchlist-header-s = 📌 <b>Tus pendientes: series</b>
watchlist-header-m = 📌 <b>Tus pendientes: películas</b>
watchlist-count =
    { $count ->
        [one] { $count } título
        [many] { $count } de títulos
       *[other] { $count } títulos
    }
watchlist-empty-a = Tu lista de pendientes está vacía. Busca algo en /trending y añádelo con un toque.
watchlist-empty-s = No tienes series pendientes.
watchlist-empty-m = No tienes películas pendientes.
watchlist-page-empty = Eso es todo: no hay nada más después de la página anterior.
watchlist-season = Temporada { $number }
watchlist-added-on = añadido el { $date }
watchlist-released-on = estreno: { $date }
watchlist-kind-a = Todo
watchlist-kind-s = 📺 Series
watchlist-kind-m = 🎬 Películas
watchlist-sort-rank = Mi orden
watchlist-sort-added = Añadidos
watchlist-sort-released = Estreno
watchlist-sort-title = A–Z
watchlist-button-seen = 👁
watchlist-button-seen-done = ✅
watchlist-button-remove = ➖
watchlist-legend = <i>👁 marcar como visto · ➖ quitar de pendientes · cada título abre su ficha</i>
