## /stats
cmd-stats = Ваші цифри та графік за рік
stats-usage = Надішліть просто <code>/stats</code>: ваша статистика Trakt і графік за останні 12 місяців.
stats-header = 📊 <b>Ваш Trakt у цифрах</b>
stats-movies =
    🎬 <b>Фільми</b>: переглянуто { $count } · { $plays ->
        [one] { $plays } перегляд
        [few] { $plays } перегляди
        [many] { $plays } переглядів
       *[other] { $plays } перегляду
    } · { $time }
stats-shows =
    📺 <b>Серіали</b>: { $count ->
        [one] розпочато { $count }
       *[other] розпочато { $count }
    }
stats-episodes =
    🎞 <b>Серії</b>: переглянуто { $count } · { $plays ->
        [one] { $plays } перегляд
        [few] { $plays } перегляди
        [many] { $plays } переглядів
       *[other] { $plays } перегляду
    } · { $time }
stats-total = ⏱ <b>Усього часу</b>: { $time }
stats-total-days =
    ⏱ <b>Усього часу</b>: { $time }, це приблизно { $count ->
        [one] { $count } день
        [few] { $count } дні
        [many] { $count } днів
       *[other] { $count } дня
    }
stats-ratings =
    ⭐ <b>Оцінки</b>: { $count ->
        [one] поставлено { $count }
       *[other] поставлено { $count }
    }, у середньому { $average }
stats-ratings-none = ⭐ <b>Оцінки</b>: поки жодної
stats-chart-caption = <i>На зображенні: години перегляду за місяцями за останні 12 місяців і ваші оцінки.</i>

## The chart (plain text drawn into the picture)
stats-chart-title = Ваш рік на Trakt
stats-chart-subtitle = { $time } перегляду за останні 12 місяців
stats-chart-hours = Години перегляду за місяцями
stats-chart-hours-empty = За останні 12 місяців нічого не переглянуто
stats-chart-ratings = Ваші оцінки
stats-chart-ratings-average = Ваші оцінки · у середньому { $average }
stats-chart-ratings-empty = Оцінок поки немає
stats-chart-since = Враховано з { $date }: переглядів більше, ніж я беру з Trakt для одного графіка.
