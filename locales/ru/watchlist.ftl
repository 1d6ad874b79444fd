## /watchlist
cmd-watchlist = Сериалы и фильмы, которые вы хотите посмотреть
watchlist-usage =
    Покажу ваш список «Буду смотреть»:
    <code>/watchlist</code> — всё, в вашем порядке
    <code>/watchlist сериалы</code> или <code>/watchlist фильмы</code>
    Сортировка: <code>порядок</code>, <code>добавлено</code>, <code>выход</code> или <code>название</code>, например <code>/watchlist фильмы добавлено</code>. По-английски тоже понимаю: rank, added, released, title.
watchlist-header-a = 📌 <b>Буду смотреть</b>
watchlist-header-s = 📌 <b>Буду смотреть: сериалы</b>
watchlist-header-m = 📌 <b>Буду смотреть: фильмы</b>
watchlist-count =
    { $count ->
        [one] { $count } название
        [few] { $count } названия
        [many] { $count } названий
       *[other] { $count } названия
    }
watchlist-empty-a = Список пуст. Найдите что-нибудь в /trending и добавьте в одно касание.
watchlist-empty-s = Сериалов в списке нет.
watchlist-empty-m = Фильмов в списке нет.
watchlist-page-empty = Это всё: после предыдущей страницы ничего нет.
watchlist-season = Сезон { $number }
watchlist-added-on = добавлено { $date }
watchlist-released-on = вышло { $date }
watchlist-kind-a = Всё
watchlist-kind-s = 📺 Сериалы
watchlist-kind-m = 🎬 Фильмы
watchlist-sort-rank = Мой порядок
watchlist-sort-added = Добавлено
watchlist-sort-released = Премьера
watchlist-sort-title = А–Я
watchlist-button-seen = 👁
watchlist-button-seen-done = ✅
watchlist-button-remove = ➖
watchlist-legend = <i>👁 отметить просмотренным · ➖ убрать из списка · название открывает карточку</i>
