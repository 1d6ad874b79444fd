## /calendar
cmd-calendar = Календарь: ваши серии и премьеры фильмов по дням, на 7 дней вперёд
calendar-usage =
    Покажу, что выходит для вас в ближайшие 7 дней, по дням в вашем часовом поясе:
    <code>/calendar</code> — серии и фильмы
    <code>/calendar сериалы</code> — только серии
    <code>/calendar фильмы</code> — только премьеры фильмов
calendar-header-a = 📅 <b>Ваш календарь</b> · { $dates }
calendar-header-s = 📺 <b>Ваши серии</b> · { $dates }
calendar-header-m = 🎬 <b>Премьеры ваших фильмов</b> · { $dates }
calendar-empty-a = В эти 7 дней в вашем календаре пусто. Здесь появляются сериалы и фильмы, которые вы смотрите, собираете в коллекцию или добавили в «Буду смотреть»; ◀ ▶ — к другим неделям.
calendar-empty-s = В эти 7 дней у ваших сериалов нет новых серий. ◀ ▶ — к другим неделям.
calendar-empty-m = В эти 7 дней ни один из ваших фильмов не выходит. ◀ ▶ — к другим неделям.
calendar-today = Сегодня · { $date }
calendar-tomorrow = Завтра · { $date }
calendar-yesterday = Вчера · { $date }
calendar-episodes =
    { $count ->
        [one] { $count } серия
        [few] { $count } серии
        [many] { $count } серий
       *[other] { $count } серии
    }
calendar-type-series-premiere = 🆕 премьера сериала
calendar-type-season-premiere = 🆕 премьера сезона
calendar-type-mid-season-premiere = ▶️ возвращение после перерыва
calendar-type-mid-season-finale = ⏸ финал полусезона
calendar-type-season-finale = 🏁 финал сезона
calendar-type-series-finale = 🔚 финал сериала
calendar-zone = <i>Часовой пояс: { $zone }.</i>
calendar-zone-utc = <i>Время указано по UTC. Это не ваш часовой пояс? Укажите свой в <a href="{ $url }">настройках Trakt</a>.</i>
calendar-kind-a = Всё
calendar-kind-s = 📺 Сериалы
calendar-kind-m = 🎬 Фильмы
calendar-button-earlier = ◀ { $date }
calendar-button-later = { $date } ▶
calendar-button-this-week = Эта неделя
