## /notify: сповіщення, коли виходять ваші серії
cmd-notify = Сповіщення, коли виходять ваші серії
notify-usage =
    Сповіщення про вихід серій. Натискайте кнопки або напишіть:
    <code>/notify серіали</code> — про кожну серію в момент виходу (<code>/notify серіали 60</code>: через годину)
    <code>/notify зведення 8</code> — щоденне зведення о 08:00
    <code>/notify вимк</code> — без сповіщень (<code>/notify увімк</code>: знову увімкнути)
    <code>/notify пояс Europe/Kyiv</code> — ваш часовий пояс
    <code>/notify тиша 23 7</code> — тихі години (<code>/notify тиша вимк</code>)
    <code>/notify фільми увімк</code> — і про вихід фільмів
    <code>/notify прем’єри</code>, <code>фінали</code> або <code>усе</code> — які серії
notify-title = 🔔 <b>Сповіщення</b>
notify-mode-off-now = Вимкнено: нічого не надсилається.
notify-mode-each-now = Про кожну серію, { $when }.
notify-mode-digest-now = Щоденне зведення о { $time }.
notify-scope-now = Серіали: { $scope }
notify-quiet-now = Тихі години: { $quiet }
notify-zone-trakt = Часовий пояс: { $zone }, з налаштувань Trakt
notify-zone-chosen = Часовий пояс: { $zone }, задано тут
notify-movies-now = Вихід фільмів: { $on ->
        [true] увімкнено
       *[false] вимкнено
    }
notify-zone-hint = Виберіть часовий пояс або напишіть: <code>/notify пояс Europe/Kyiv</code>
notify-zone-unknown = 🌍 Часовий пояс «{ $zone }» мені невідомий. Напишіть пояс місця у вигляді Регіон/Місто, наприклад <code>/notify пояс Europe/Kyiv</code>, або виберіть його в /notify.
notify-scope-followed = розпочаті та зі списку перегляду
notify-scope-premieres = лише прем’єри
notify-scope-finales = лише фінали
notify-scope-all = усе з вашого календаря
notify-quiet-none = немає
notify-at-air = у момент виходу
notify-later-minutes = { $minutes ->
        [one] через { $minutes } хвилину
        [few] через { $minutes } хвилини
       *[many] через { $minutes } хвилин
    }
notify-later-hours = { $hours ->
        [one] через { $hours } годину
        [few] через { $hours } години
       *[many] через { $hours } годин
    }
notify-before-minutes = { $minutes ->
        [one] за { $minutes } хвилину
        [few] за { $minutes } хвилини
       *[many] за { $minutes } хвилин
    }
notify-before-hours = { $hours ->
        [one] за { $hours } годину
        [few] за { $hours } години
       *[many] за { $hours } годин
    }
notify-button-off = Вимк.
notify-button-each = Про кожну серію
notify-button-digest = Зведення щодня
notify-button-when = ⏱ Коли: { $when }
notify-button-hour = 🕗 О { $time }
notify-button-scope = 📺 Які серіали
notify-button-quiet = 🌙 Тихі години
notify-button-zone = 🌍 Часовий пояс
notify-button-zone-trakt = З Trakt
notify-button-movies = 🎬 Фільми
## сповіщення
notify-airs = 📺 { $show } · { $time }
notify-binge = 📺 { $show } · { $count ->
        [one] { $count } нова серія
        [few] { $count } нові серії
       *[many] { $count } нових серій
    } · { $time }
notify-digest = 🗓 <b>Виходить у ваших серіалах</b> · { $count ->
        [one] { $count } серія
        [few] { $count } серії
       *[many] { $count } серій
    }
notify-movie = 🎬 Виходить сьогодні: { $movie }
notify-muted-line = <i>🔕 Без звуку: сповіщень про цей серіал більше не буде.</i>
notify-more = … і ще { $count }
notify-type-series_premiere = прем’єра серіалу
notify-type-season_premiere = прем’єра сезону
notify-type-mid_season_premiere = повернення після перерви
notify-type-series_finale = фінал серіалу
notify-type-season_finale = фінал сезону
notify-type-mid_season_finale = фінал півсезону
notify-button-seen = ✅ Переглянуто
notify-button-seen-done = ✅ Переглянуто ✓
notify-button-open = 🎞 Відкрити
notify-button-all = ✅ Усі переглянуто
notify-button-all-yes = ✅ Так, { $count ->
        [one] { $count } серію
        [few] усі { $count }
       *[many] усі { $count }
    }
notify-button-all-no = Скасувати
notify-button-mute = 🔕 Без звуку для серіалу
notify-button-unmute = 🔔 Увімкнути знову
notify-all-done = { $count ->
        [one] { $count } серію позначено як переглянуту
        [few] { $count } серії позначено як переглянуті
       *[many] { $count } серій позначено як переглянуті
    }
notify-muted = Без звуку: сповіщень про цей серіал більше не буде
notify-unmuted = Сповіщення про цей серіал знову увімкнено
notify-hour-range = 🕗 «{ $typed }» — це не година доби: вкажіть від 0 до 23, наприклад <code>/notify зведення 8</code> або <code>/notify тиша 23 7</code>.
notify-offset-range = ⏱ «{ $typed }» не підійде: зсув задається в хвилинах, від -1440 до 1440 (до доби до або після виходу), наприклад <code>/notify серіали 60</code>.
notify-quiet-same = 🌙 Для тихих годин потрібні дві різні години — початок і кінець, наприклад <code>/notify тиша 23 7</code>.
notify-button-muted = 🔕 Серіали без звуку ({ $count })
notify-muted-title = 🔕 <b>Серіали без звуку</b>: про них сповіщень не буде.
notify-muted-none = 🔕 Серіалів без звуку немає. Кнопка 🔕 у сповіщенні вимикає звук для його серіалу.
notify-button-unmute-number = 🔔 Увімкнути { $number }
notify-zone-everywhere = <i>Ваш часовий пояс діє всюди: сповіщення, /calendar, /history, картки та чекіни.</i>
notify-airs-soon = 📺 { $show } · вихід: { $time }
notify-binge-soon = 📺 { $show } · { $count ->
        [one] { $count } нова серія
        [few] { $count } нові серії
        [many] { $count } нових серій
       *[other] { $count } нової серії
    } · вихід: { $time }
notify-link-lost = 🔕 Під’єднання до Trakt більше не працює, тож сповіщення призупинено. Під’єднайте акаунт знову, щоб знову їх отримувати.
## після під’єднання, один раз
notify-offer = 🔔 Надсилати повідомлення, коли виходять ваші серіали? Про кожну серію — з ✅, щоб позначити перегляд, — або одне зведення на день, де кожна серія відкривається одним натисканням.
notify-offer-button = 🔔 Налаштувати сповіщення
## /due
notify-due-off = Сповіщення вимкнено. Увімкніть їх командою /notify.
notify-due-empty = Найближчими днями нічого не заплановано.
notify-due-header = 🗓 <b>Заплановано</b> ({ $zone }) · { $count ->
        [one] { $count } сповіщення
        [few] { $count } сповіщення
       *[many] { $count } сповіщень
    }
