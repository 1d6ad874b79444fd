# /recommend: персональні рекомендації від Trakt.

cmd-recommend = Серіали й фільми, підібрані для вас
recommend-header-shows =
    💡 <b>Серіали для вас</b> · { $count ->
        [one] { $count } рекомендація
        [few] { $count } рекомендації
        [many] { $count } рекомендацій
       *[other] { $count } рекомендації
    } від Trakt
recommend-header-movies =
    💡 <b>Фільми для вас</b> · { $count ->
        [one] { $count } рекомендація
        [few] { $count } рекомендації
        [many] { $count } рекомендацій
       *[other] { $count } рекомендації
    } від Trakt
recommend-empty-shows = Trakt поки не має для вас рекомендацій серіалів. Перегляньте й оцініть на Trakt кілька серіалів, а тоді запитайте знову.
recommend-empty-movies = Trakt поки не має для вас рекомендацій фільмів. Перегляньте й оцініть на Trakt кілька фільмів, а тоді запитайте знову.
recommend-in-watchlist = ✅ У списку перегляду
recommend-watched = 👁 Переглянуто
recommend-hidden = 🙈 <i>Не цікаво: Trakt більше не рекомендуватиме це.</i>
recommend-legend = <i>Натисніть назву, щоб відкрити картку · ➕ додати до списку перегляду (➖ прибрати) · 👁 позначити переглянутим · 🙈 не цікаво</i>
recommend-icon-wl = ➕
recommend-icon-unwl = ➖
recommend-icon-seen = 👁
recommend-icon-seen-done = ✅
recommend-icon-hide = 🙈
