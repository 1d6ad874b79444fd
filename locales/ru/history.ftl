## /history
cmd-history = Что вы смотрели, сначала новое
history-usage =
    Покажу, что вы смотрели, сначала новое:
    <code>/history</code> — всё подряд
    <code>/history сериалы</code> или <code>/history фильмы</code>
    <code>/history неделя</code>, <code>месяц</code> или <code>год</code> — только за последнее время
    Можно вместе: <code>/history фильмы месяц</code>. По-английски тоже понимаю: shows, movies, week, month, year.
history-header-a = 🕘 <b>Ваша история</b>{ $period }
history-header-s = 🕘 <b>Ваша история: сериалы</b>{ $period }
history-header-m = 🕘 <b>Ваша история: фильмы</b>{ $period }
history-period-a = {""}
history-period-w = {" "}· за неделю
history-period-m = {" "}· за месяц
history-period-y = {" "}· за год
history-empty = Пока пусто. Здесь появится всё, что вы посмотрите или отметите на Trakt.
history-empty-filtered = С такими фильтрами ничего не нашлось. Попробуйте «Всё» или «За всё время».
history-page-empty = Это всё: после предыдущей страницы ничего нет.
history-today = Сегодня
history-yesterday = Вчера
history-day-unknown = Дата неизвестна
history-kind-a = Всё
history-kind-s = 📺 Сериалы
history-kind-m = 🎬 Фильмы
history-period-button-a = За всё время
history-period-button-w = Неделя
history-period-button-m = Месяц
history-period-button-y = Год

## Removing one play
history-remove-mode = 🗑 Удалить просмотр
history-remove-done = ✔ Готово
history-remove-ask = Удалить просмотр { $number }: { $play }?
history-remove-yes = 🗑 Удалить
history-remove-toast = Просмотр удалён
history-remove-gone = Этот просмотр уже удалён
history-remove-hint = <i>Нажмите номер просмотра, который нужно удалить.</i>

## How long the person watched on a day (beside the day's name)
history-day-time = <b>{ $day }</b> · { $time }
duration-minutes = { $minutes } мин
duration-hours = { $hours } ч
duration-hours-minutes = { $hours } ч { $minutes } мин
