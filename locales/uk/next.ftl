## /next
cmd-next = Що далі: наступна серія кожного серіалу, який ви дивитеся
next-usage =
    Покажу наступну серію кожного серіалу, який ви дивитеся, спершу нещодавні:
    <code>/next</code>
    Більше нічого писати не потрібно.
next-header =
    ▶️ <b>Що далі</b> · { $count ->
        [one] ви дивитеся { $count } серіал
        [few] ви дивитеся { $count } серіали
        [many] ви дивитеся { $count } серіалів
       *[other] ви дивитеся { $count } серіалу
    }
next-empty = Зараз ви нічого не дивитеся. Перегляньте першу серію серіалу — і тут з’явиться наступна; ідеї є в /trending.
next-progress = { $number } з { $count }
next-aired = вийшла { $date }
next-aired-today = вийшла сьогодні
next-aired-yesterday = вийшла вчора
next-legend = <i>✅ серію переглянуто · 🎞 серія · 📺 серіал · 🎬 чекін: дивлюся зараз</i>
next-button-seen = ✅ { $number }
next-button-episode = 🎞 { $number }
next-button-show = 📺 { $number }
next-button-checkin = 🎬 { $number }
