# /recommend: персональные рекомендации Trakt.

cmd-recommend = Сериалы и фильмы, подобранные для вас
recommend-header-shows =
    💡 <b>Сериалы для вас</b> · { $count ->
        [one] { $count } рекомендация
        [few] { $count } рекомендации
       *[many] { $count } рекомендаций
    } от Trakt
recommend-header-movies =
    💡 <b>Фильмы для вас</b> · { $count ->
        [one] { $count } рекомендация
        [few] { $count } рекомендации
       *[many] { $count } рекомендаций
    } от Trakt
recommend-empty-shows = У Trakt пока нет для вас рекомендаций сериалов. Посмотрите и оцените на Trakt несколько сериалов, а потом загляните снова.
recommend-empty-movies = У Trakt пока нет для вас рекомендаций фильмов. Посмотрите и оцените на Trakt несколько фильмов, а потом загляните снова.
recommend-in-watchlist = ✅ В списке «Буду смотреть»
recommend-watched = 👁 Просмотрено
recommend-hidden = 🙈 <i>Неинтересно: Trakt больше не будет это советовать.</i>
recommend-legend = <i>Нажмите на название, чтобы открыть карточку · ➕ в «Буду смотреть» (➖ убрать) · 👁 отметить просмотренным · 🙈 неинтересно</i>
recommend-icon-wl = ➕
recommend-icon-unwl = ➖
recommend-icon-seen = 👁
recommend-icon-seen-done = ✅
recommend-icon-hide = 🙈
