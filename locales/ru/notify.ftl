## /notify: уведомления, когда выходят ваши серии
cmd-notify = Уведомления, когда выходят ваши серии
notify-usage =
    Уведомления о выходе серий. Нажимайте кнопки или напишите:
    <code>/notify сериалы</code> — о каждой серии в момент выхода (<code>/notify сериалы 60</code>: через час)
    <code>/notify сводка 8</code> — ежедневная сводка в 08:00
    <code>/notify выкл</code> — без уведомлений (<code>/notify вкл</code>: снова включить)
    <code>/notify пояс Europe/Moscow</code> — ваш часовой пояс
    <code>/notify тишина 23 7</code> — тихие часы (<code>/notify тишина выкл</code>)
    <code>/notify фильмы вкл</code> — и о выходе фильмов
    <code>/notify премьеры</code>, <code>финалы</code> или <code>всё</code> — какие серии
notify-title = 🔔 <b>Уведомления</b>
notify-mode-off-now = Выключены: ничего не приходит.
notify-mode-each-now = О каждой серии, { $when }.
notify-mode-digest-now = Ежедневная сводка в { $time }.
notify-scope-now = Сериалы: { $scope }
notify-quiet-now = Тихие часы: { $quiet }
notify-zone-trakt = Часовой пояс: { $zone }, из настроек Trakt
notify-zone-chosen = Часовой пояс: { $zone }, задан здесь
notify-movies-now = Выход фильмов: { $on ->
        [true] включено
       *[false] выключено
    }
notify-zone-hint = Выберите часовой пояс или напишите: <code>/notify пояс Europe/Moscow</code>
notify-zone-unknown = 🌍 Часовой пояс «{ $zone }» мне неизвестен. Напишите пояс места в виде Регион/Город, например <code>/notify пояс Europe/Moscow</code>, или выберите его в /notify.
notify-scope-followed = начатые и из «Буду смотреть»
notify-scope-premieres = только премьеры
notify-scope-finales = только финалы
notify-scope-all = всё из вашего календаря
notify-quiet-none = нет
notify-at-air = в момент выхода
notify-later-minutes = { $minutes ->
        [one] через { $minutes } минуту
        [few] через { $minutes } минуты
       *[many] через { $minutes } минут
    }
notify-later-hours = { $hours ->
        [one] через { $hours } час
        [few] через { $hours } часа
       *[many] через { $hours } часов
    }
notify-before-minutes = { $minutes ->
        [one] за { $minutes } минуту
        [few] за { $minutes } минуты
       *[many] за { $minutes } минут
    }
notify-before-hours = { $hours ->
        [one] за { $hours } час
        [few] за { $hours } часа
       *[many] за { $hours } часов
    }
notify-button-off = Выкл.
notify-button-each = О каждой серии
notify-button-digest = Сводка раз в день
notify-button-when = ⏱ Когда: { $when }
notify-button-hour = 🕗 В { $time }
notify-button-scope = 📺 Какие сериалы
notify-button-quiet = 🌙 Тихие часы
notify-button-zone = 🌍 Часовой пояс
notify-button-zone-trakt = Из Trakt
notify-button-movies = 🎬 Фильмы
## уведомление
notify-airs = 📺 { $show } · { $time }
notify-binge = 📺 { $show } · { $count ->
        [one] { $count } новая серия
        [few] { $count } новые серии
       *[many] { $count } новых серий
    } · { $time }
notify-digest = 🗓 <b>Выходит в ваших сериалах</b> · { $count ->
        [one] { $count } серия
        [few] { $count } серии
       *[many] { $count } серий
    }
notify-movie = 🎬 Выходит сегодня: { $movie }
notify-muted-line = <i>🔕 Уведомления об этом сериале отключены.</i>
notify-more = … и ещё { $count }
notify-type-series_premiere = премьера сериала
notify-type-season_premiere = премьера сезона
notify-type-mid_season_premiere = возвращение после перерыва
notify-type-series_finale = финал сериала
notify-type-season_finale = финал сезона
notify-type-mid_season_finale = финал полусезона
notify-button-seen = ✅ Просмотрено
notify-button-seen-done = ✅ Просмотрено ✓
notify-button-open = 🎞 Открыть
notify-button-all = ✅ Все просмотрены
notify-button-all-yes = ✅ Да, { $count ->
        [one] { $count } серию
        [few] все { $count }
       *[many] все { $count }
    }
notify-button-all-no = Отмена
notify-button-mute = 🔕 Не уведомлять о сериале
notify-button-unmute = 🔔 Снова уведомлять
notify-all-done = { $count ->
        [one] { $count } серия отмечена просмотренной
        [few] { $count } серии отмечены просмотренными
       *[many] { $count } серий отмечено просмотренными
    }
notify-muted = Уведомления об этом сериале отключены
notify-unmuted = Уведомления об этом сериале снова включены
notify-hour-range = 🕗 «{ $typed }» — это не час суток: укажите от 0 до 23, например <code>/notify сводка 8</code> или <code>/notify тишина 23 7</code>.
notify-offset-range = ⏱ «{ $typed }» не подойдёт: сдвиг задаётся в минутах, от -1440 до 1440 (до суток до или после выхода), например <code>/notify сериалы 60</code>.
notify-quiet-same = 🌙 Для тихих часов нужны два разных часа — начало и конец, например <code>/notify тишина 23 7</code>.
notify-button-muted = 🔕 Без уведомлений ({ $count })
notify-muted-title = 🔕 <b>Сериалы без уведомлений</b>: о них я не пишу.
notify-muted-none = 🔕 Таких сериалов нет. Кнопка 🔕 в уведомлении отключает уведомления о его сериале.
notify-button-unmute-number = 🔔 Вернуть { $number }
notify-zone-everywhere = <i>Ваш часовой пояс действует везде: уведомления, /calendar, /history, карточки и чекины.</i>
notify-airs-soon = 📺 { $show } · выход: { $time }
notify-binge-soon = 📺 { $show } · { $count ->
        [one] { $count } новая серия
        [few] { $count } новые серии
        [many] { $count } новых серий
       *[other] { $count } новой серии
    } · выход: { $time }
notify-link-lost = 🔕 Привязка к Trakt перестала работать, поэтому уведомления приостановлены. Привяжите аккаунт заново, чтобы снова их получать.
## после привязки, один раз
notify-offer = 🔔 Присылать сообщение, когда выходят ваши сериалы? О каждой серии — с ✅, чтобы отметить просмотр, — или одну сводку в день, где каждая серия открывается одним нажатием.
notify-offer-button = 🔔 Настроить уведомления
## /due
notify-due-off = Уведомления выключены. Включите их командой /notify.
notify-due-empty = В ближайшие дни ничего не запланировано.
notify-due-header = 🗓 <b>Запланировано</b> ({ $zone }) · { $count ->
        [one] { $count } уведомление
        [few] { $count } уведомления
       *[many] { $count } уведомлений
    }
