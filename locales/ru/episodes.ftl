## Episodes: an episode's card and a show's seasons → episodes picker

episodes-gone = Этой серии больше нет в Trakt.
episodes-special = ✨ Спецвыпуск
episodes-aired = 📅 Вышла { $when }
episodes-airs = 📅 Выйдет { $when }
episodes-no-date = 📅 Дата выхода пока неизвестна
episodes-runtime = ⏱ { $minutes } мин
episodes-your-rating = ваша оценка { $rating }/10
episodes-watched = ✅ Вы её смотрели
episodes-show-button = 📺 Сериал
episodes-at-release = 📅 В день выхода
episodes-another-day = 🗓 В другой день
episodes-yesterday = Вчера
episodes-logged-released = Отмечено как просмотренное в день выхода
episodes-logged-day = Отмечено как просмотренное в тот день
episodes-not-aired = ⏳ Серия ещё не вышла: отметить её можно будет после выхода.
episodes-not-aired-toast = Серия ещё не вышла
episodes-before-air-toast = В тот день серия ещё не вышла
episodes-unaired = ещё не вышел
episodes-season-line-unaired = Сезон { $number } · ещё не вышел
episodes-season-unaired = ⏳ Ещё не вышел
episodes-when-now = Сейчас
episodes-when-released = В день выхода
episodes-when-line = 👁 отмечает: { $when }
episodes-when-inline-now = сейчас
episodes-when-inline-released = в день выхода
episodes-when-inline-yesterday = вчера
episodes-seasons = сезоны
episodes-no-seasons = В Trakt у этого сериала пока нет сезонов.
episodes-season-line = Сезон { $number } · { $count ->
    [one] { $count } серия
    [few] { $count } серии
   *[many] { $count } серий
}
episodes-season-line-progress = Сезон { $number } · просмотрено { $progress }
episodes-specials-line = Спецвыпуски · { $count ->
    [one] { $count } серия
    [few] { $count } серии
   *[many] { $count } серий
}
episodes-season-button = С{ $number }
episodes-specials-button = ✨ Спецвыпуски
episodes-seasons-back = ◀ Сезоны
episodes-season-head = Сезон { $number }
episodes-specials-head = Спецвыпуски
episodes-season-progress = Просмотрено: { $progress }
episodes-no-episodes = В Trakt у этого сезона пока нет серий.
episodes-all-button = ✅ Весь сезон
episodes-all-ask = { $count ->
    [one] Отметить { $count } вышедшую серию сезона { $number } как просмотренную?
    [few] Отметить все { $count } вышедшие серии сезона { $number } как просмотренные?
   *[many] Отметить все { $count } вышедших серий сезона { $number } как просмотренные?
}
episodes-all-yes = { $count ->
    [one] ✅ Да, отметить { $count } серию
    [few] ✅ Да, отметить { $count } серии
   *[many] ✅ Да, отметить { $count } серий
}
episodes-cancel = ✖ Отмена
episodes-all-none = Все вышедшие серии этого сезона уже просмотрены.
episodes-all-toast = { $count ->
    [one] { $count } серия отмечена как просмотренная
    [few] { $count } серии отмечены как просмотренные
   *[many] { $count } серий отмечено как просмотренные
}
episodes-remove = 🗑 Удалить просмотр
episodes-remove-ask = Удалить ваш последний просмотр этой серии?
