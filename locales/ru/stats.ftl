## /stats
cmd-stats = Ваши цифры и график за год
stats-usage = Отправьте просто <code>/stats</code>: ваша статистика Trakt и график за последние 12 месяцев.
stats-header = 📊 <b>Ваш Trakt в цифрах</b>
stats-movies =
    🎬 <b>Фильмы</b>: просмотрено { $count } · { $plays ->
        [one] { $plays } просмотр
        [few] { $plays } просмотра
        [many] { $plays } просмотров
       *[other] { $plays } просмотра
    } · { $time }
stats-shows =
    📺 <b>Сериалы</b>: { $count ->
        [one] начат { $count }
       *[other] начато { $count }
    }
stats-episodes =
    🎞 <b>Серии</b>: просмотрено { $count } · { $plays ->
        [one] { $plays } просмотр
        [few] { $plays } просмотра
        [many] { $plays } просмотров
       *[other] { $plays } просмотра
    } · { $time }
stats-total = ⏱ <b>Всего времени</b>: { $time }
stats-total-days =
    ⏱ <b>Всего времени</b>: { $time }, это примерно { $count ->
        [one] { $count } день
        [few] { $count } дня
        [many] { $count } дней
       *[other] { $count } дня
    }
stats-ratings =
    ⭐ <b>Оценки</b>: { $count ->
        [one] поставлена { $count }
       *[other] поставлено { $count }
    }, в среднем { $average }
stats-ratings-none = ⭐ <b>Оценки</b>: пока ни одной
stats-chart-caption = <i>На картинке: часы просмотра по месяцам за последние 12 месяцев и ваши оценки.</i>

## The chart (plain text drawn into the picture)
stats-chart-title = Ваш год на Trakt
stats-chart-subtitle = { $time } просмотра за последние 12 месяцев
stats-chart-hours = Часы просмотра по месяцам
stats-chart-hours-empty = За последние 12 месяцев ничего не просмотрено
stats-chart-ratings = Ваши оценки
stats-chart-ratings-average = Ваши оценки · в среднем { $average }
stats-chart-ratings-empty = Оценок пока нет
stats-chart-since = Учтено с { $date }: просмотров больше, чем я беру с Trakt для одного графика.
