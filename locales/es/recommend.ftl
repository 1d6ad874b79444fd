# /recommend: recomendaciones personales de Trakt.

cmd-recommend = Series y películas elegidas para ti
recommend-header-shows =
    💡 <b>Series para ti</b> · { $count ->
        [one] { $count } recomendación
        [many] { $count } de recomendaciones
       *[other] { $count } recomendaciones
    } de Trakt
recommend-header-movies =
    💡 <b>Películas para ti</b> · { $count ->
        [one] { $count } recomendación
        [many] { $count } de recomendaciones
       *[other] { $count } recomendaciones
    } de Trakt
recommend-empty-shows = Trakt aún no tiene recomendaciones de series para ti. Mira y puntúa algunas series en Trakt y vuelve a pedírmelas.
recommend-empty-movies = Trakt aún no tiene recomendaciones de películas para ti. Mira y puntúa algunas películas en Trakt y vuelve a pedírmelas.
recommend-in-watchlist = ✅ En tus pendientes
recommend-watched = 👁 Visto
recommend-hidden = 🙈 <i>No te interesa: Trakt no volverá a recomendártelo.</i>
recommend-legend = <i>Toca un título para ver los detalles · ➕ añadir a pendientes (➖ quitar) · 👁 marcar como visto · 🙈 no me interesa</i>
recommend-icon-wl = ➕
recommend-icon-unwl = ➖
recommend-icon-seen = 👁
recommend-icon-seen-done = ✅
recommend-icon-hide = 🙈
