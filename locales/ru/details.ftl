# Карточка фильма или сериала и действия в одно касание.
# Сообщения — Telegram HTML; подписи кнопок, всплывающие подсказки и алерты — обычный текст.

## Карточка
details-button = ℹ️ Подробнее
details-link = 🔗 <a href="{ $url }">Открыть на Trakt</a>
details-no-overview = <i>Описания пока нет.</i>
details-not-out-toast = Фильм ещё не вышел
details-runtime = { $minutes } мин
details-released = вышел { $date }
details-first-aired = премьера { $date }
details-releases = выходит { $date }
details-first-airs = премьера { $date }
details-next = ▶ Следующая: { $episode }
details-related = <b>Похожие:</b> { $titles }

## Статусы (как у Trakt)
details-status-returning-series = продолжается
details-status-continuing = продолжается
details-status-in-production = в производстве
details-status-post-production = на постпродакшне
details-status-planned = запланирован
details-status-upcoming = скоро выйдет
details-status-pilot = пилот
details-status-rumored = по слухам
details-status-canceled = закрыт
details-status-ended = завершён
details-status-released = вышел

## Кнопки действий
action-wl = ➕ Буду смотреть
action-wl-done = ✅ В «Буду смотреть»
action-unwl = ➖ Из «Буду смотреть»
action-unwl-done = ✅ Убрано
action-seen = 👁 Отметить просмотренным
action-seen-done = ✅ Просмотрено
action-hide = 🙈 Неинтересно
action-hide-done = ✅ Скрыто
action-rate = ⭐ Оценить
action-rate-done = ✅ Оценено
action-rated = ✅ Оценка { $rating }/10
action-rate-cancel = ✖ Отмена

## Подсказки и предупреждения
action-wl-toast = Добавлено в «Буду смотреть»
action-wl-already = Уже в списке «Буду смотреть»
action-unwl-toast = Убрано из «Буду смотреть»
action-unwl-already = Этого не было в списке «Буду смотреть»
action-seen-toast = Отмечено как просмотренное
action-seen-toast-show = Все вышедшие серии отмечены как просмотренные
action-seen-already = Уже отмечено как просмотренное
action-hide-toast = Скрыто: больше не буду это предлагать
action-hide-already = Уже скрыто
action-rate-pick = Выберите оценку от 1 до 10
action-rate-toast = Оценка { $rating }/10 сохранена
action-not-found = Trakt не знает такого названия.
action-limit-watchlist =
    Ваш список «Буду смотреть» в Trakt заполнен ({ $limit ->
        [one] { $limit } название
        [few] { $limit } названия
       *[many] { $limit } названий
    }). Уберите что-нибудь из него или оформите Trakt VIP — там список больше.
action-limit-watchlist-unknown = Ваш список «Буду смотреть» в Trakt заполнен. Уберите что-нибудь из него или оформите Trakt VIP — там список больше.

## Пересмотр и весь сериал (с подтверждением)
action-again = 🔁 Ещё один просмотр
action-again-ask = Вы это уже смотрели. Добавить ещё один просмотр?
action-again-toast = Добавлен ещё один просмотр
action-again-recent = Просмотр только что добавлен
action-all = { $count ->
    [one] ✅ { $count } серию
    [few] ✅ Все { $count } серии
   *[many] ✅ Все { $count } серий
}
action-all-ask = { $count ->
    [one] Отметить { $count } вышедшую серию «{ $title }» как просмотренную?
    [few] Отметить все { $count } вышедшие серии «{ $title }» как просмотренные?
   *[many] Отметить все { $count } вышедших серий «{ $title }» как просмотренные?
}
action-all-none = В Trakt у этого сериала пока нет вышедших серий.

## Undo (a few minutes after a change)
action-undo = ↩ Отменить
action-undo-toast = Отменено
action-undo-late = Отменить уже нельзя: прошло больше 5 минут.
action-undo-done = Уже отменено
action-undo-other-account = Это изменение сделано в аккаунте Trakt, который больше не привязан, поэтому отменить его нельзя.
seasons-button = 📚 Сезоны

## Your progress on a show's card
details-progress-next = 👁 Просмотрено { $completed } из { $aired } · дальше { $episode }
details-progress = 👁 Просмотрено { $completed } из { $aired }
details-progress-done = { $aired ->
    [one] ✅ Вы посмотрели { $aired } вышедшую серию
    [few] ✅ Вы посмотрели все { $aired } вышедшие серии
   *[many] ✅ Вы посмотрели все { $aired } вышедших серий
}
action-next-episode = 👁 Отметить { $episode }
action-all-rest = ✅ Оставшиеся { $count }
action-all-ask-rest = { $count ->
    [one] Отметить { $count } непросмотренную вышедшую серию «{ $title }» как просмотренную?
    [few] Отметить { $count } непросмотренные вышедшие серии «{ $title }» как просмотренные?
   *[many] Отметить { $count } непросмотренных вышедших серий «{ $title }» как просмотренные?
}
action-unrate = ✖ Убрать оценку
action-unrate-toast = Оценка убрана
action-unrate-already = Оценки и так нет
