## Episodes: an episode's card and a show's seasons → episodes picker

episodes-gone = Цієї серії більше немає в Trakt.
episodes-special = ✨ Спецвипуск
episodes-aired = 📅 Вийшла { $when }
episodes-airs = 📅 Вийде { $when }
episodes-no-date = 📅 Дата виходу поки невідома
episodes-runtime = ⏱ { $minutes } хв
episodes-your-rating = ваша оцінка { $rating }/10
episodes-watched = ✅ Ви її дивилися
episodes-show-button = 📺 Серіал
episodes-at-release = 📅 У день виходу
episodes-another-day = 🗓 Іншого дня
episodes-yesterday = Учора
episodes-logged-released = Позначено як переглянуте в день виходу
episodes-logged-day = Позначено як переглянуте того дня
episodes-not-aired = ⏳ Серія ще не вийшла: позначити її можна буде після виходу.
episodes-not-aired-toast = Серія ще не вийшла
episodes-before-air-toast = Того дня серія ще не вийшла
episodes-unaired = ще не вийшов
episodes-season-line-unaired = Сезон { $number } · ще не вийшов
episodes-season-unaired = ⏳ Ще не вийшов
episodes-when-now = Зараз
episodes-when-released = У день виходу
episodes-when-line = 👁 позначає: { $when }
episodes-when-inline-now = зараз
episodes-when-inline-released = у день виходу
episodes-when-inline-yesterday = учора
episodes-seasons = сезони
episodes-no-seasons = У Trakt цей серіал поки не має сезонів.
episodes-season-line = Сезон { $number } · { $count ->
    [one] { $count } серія
    [few] { $count } серії
   *[many] { $count } серій
}
episodes-season-line-progress = Сезон { $number } · переглянуто { $progress }
episodes-specials-line = Спецвипуски · { $count ->
    [one] { $count } серія
    [few] { $count } серії
   *[many] { $count } серій
}
episodes-season-button = С{ $number }
episodes-specials-button = ✨ Спецвипуски
episodes-seasons-back = ◀ Сезони
episodes-season-head = Сезон { $number }
episodes-specials-head = Спецвипуски
episodes-season-progress = Переглянуто: { $progress }
episodes-no-episodes = У Trakt цей сезон поки не має серій.
episodes-all-button = ✅ Увесь сезон
episodes-all-ask = { $count ->
    [one] Позначити { $count } серію сезону { $number }, що вийшла, як переглянуту?
    [few] Позначити всі { $count } серії сезону { $number }, що вийшли, як переглянуті?
   *[many] Позначити всі { $count } серій сезону { $number }, що вийшли, як переглянуті?
}
episodes-all-yes = { $count ->
    [one] ✅ Так, позначити { $count } серію
    [few] ✅ Так, позначити { $count } серії
   *[many] ✅ Так, позначити { $count } серій
}
episodes-cancel = ✖ Скасувати
episodes-all-none = Усі серії цього сезону, що вийшли, уже переглянуто.
episodes-all-toast = { $count ->
    [one] { $count } серію позначено як переглянуту
    [few] { $count } серії позначено як переглянуті
   *[many] { $count } серій позначено як переглянуті
}
episodes-remove = 🗑 Видалити перегляд
episodes-remove-ask = Видалити ваш останній перегляд цієї серії?
