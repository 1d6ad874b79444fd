## /watchlist
# Слова після команди беруться з args.ftl (бот розуміє їх будь-якою мовою).
cmd-watchlist = Серіали й фільми, які ви хочете подивитися
watchlist-usage =
    Покажу ваш список перегляду:
    <code>/watchlist</code> — усе, у вашому порядку
    <code>/watchlist серіали</code> або <code>/watchlist фільми</code> — лише серіали або фільми
    Сортування: <code>порядок</code> (ваш порядок), <code>додано</code> (дата додавання), <code>вихід</code> (дата виходу) або <code>назва</code> (за назвою), наприклад <code>/watchlist фільми додано</code>.
watchlist-header-a = 📌 <b>Ваш список перегляду</b>
watchlist-header-s = 📌 <b>Ваш список перегляду: серіали</b>
watchlist-header-m = 📌 <b>Ваш список перегляду: фільми</b>
watchlist-count =
    { $count ->
        [one] { $count } назва
        [few] { $count } назви
        [many] { $count } назв
       *[other] { $count } назви
    }
watchlist-empty-a = Ваш список перегляду порожній. Знайдіть щось у /trending і додайте одним натисканням.
watchlist-empty-s = У вашому списку перегляду немає серіалів.
watchlist-empty-m = У вашому списку перегляду немає фільмів.
watchlist-page-empty = Це все: після попередньої сторінки більше нічого немає.
watchlist-season = Сезон { $number }
watchlist-added-on = додано { $date }
watchlist-released-on = вихід { $date }
watchlist-kind-a = Усе
watchlist-kind-s = 📺 Серіали
watchlist-kind-m = 🎬 Фільми
watchlist-sort-rank = Мій порядок
watchlist-sort-added = Додано
watchlist-sort-released = Вихід
watchlist-sort-title = А–Я
watchlist-button-seen = 👁
watchlist-button-seen-done = ✅
watchlist-button-remove = ➖
watchlist-legend = <i>👁 позначити переглянутим · ➖ прибрати зі списку перегляду · назва відкриває картку</i>
