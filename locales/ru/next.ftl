## /next
cmd-next = Что дальше: следующая серия каждого сериала, который вы смотрите
next-usage =
    Покажу следующую серию каждого сериала, который вы смотрите, сначала недавние:
    <code>/next</code>
    Больше ничего писать не нужно.
next-header =
    ▶️ <b>Что дальше</b> · { $count ->
        [one] вы смотрите { $count } сериал
        [few] вы смотрите { $count } сериала
        [many] вы смотрите { $count } сериалов
       *[other] вы смотрите { $count } сериала
    }
next-empty = Сейчас вы ничего не смотрите. Посмотрите первую серию сериала — и здесь появится следующая; идеи есть в /trending.
next-progress = { $number } из { $count }
next-aired = вышла { $date }
next-aired-today = вышла сегодня
next-aired-yesterday = вышла вчера
next-legend = <i>✅ серия просмотрена · 🎞 серия · 📺 сериал · 🎬 чекин: смотрю сейчас</i>
next-button-seen = ✅ { $number }
next-button-episode = 🎞 { $number }
next-button-show = 📺 { $number }
next-button-checkin = 🎬 { $number }
