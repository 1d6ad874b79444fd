## /calendar
cmd-calendar = Календар: ваші серії та прем’єри фільмів по днях, на 7 днів уперед
calendar-usage =
    Покажу, що виходить для вас у найближчі 7 днів, по днях у вашому часовому поясі:
    <code>/calendar</code> — серії та фільми
    <code>/calendar серіали</code> — лише серії
    <code>/calendar фільми</code> — лише прем’єри фільмів
calendar-header-a = 📅 <b>Ваш календар</b> · { $dates }
calendar-header-s = 📺 <b>Ваші серії</b> · { $dates }
calendar-header-m = 🎬 <b>Прем’єри ваших фільмів</b> · { $dates }
calendar-empty-a = У ці 7 днів у вашому календарі порожньо. Тут з’являються серіали й фільми, які ви дивитеся, збираєте в колекцію або додали до списку перегляду; ◀ ▶ — до інших тижнів.
calendar-empty-s = У ці 7 днів у ваших серіалів немає нових серій. ◀ ▶ — до інших тижнів.
calendar-empty-m = У ці 7 днів жоден із ваших фільмів не виходить. ◀ ▶ — до інших тижнів.
calendar-today = Сьогодні · { $date }
calendar-tomorrow = Завтра · { $date }
calendar-yesterday = Учора · { $date }
calendar-episodes =
    { $count ->
        [one] { $count } серія
        [few] { $count } серії
        [many] { $count } серій
       *[other] { $count } серії
    }
calendar-type-series-premiere = 🆕 прем’єра серіалу
calendar-type-season-premiere = 🆕 прем’єра сезону
calendar-type-mid-season-premiere = ▶️ повернення після перерви
calendar-type-mid-season-finale = ⏸ фінал півсезону
calendar-type-season-finale = 🏁 фінал сезону
calendar-type-series-finale = 🔚 фінал серіалу
calendar-zone = <i>Часовий пояс: { $zone }.</i>
calendar-zone-utc = <i>Час указано за UTC. Це не ваш часовий пояс? Укажіть свій у <a href="{ $url }">налаштуваннях Trakt</a>.</i>
calendar-kind-a = Усе
calendar-kind-s = 📺 Серіали
calendar-kind-m = 🎬 Фільми
calendar-button-earlier = ◀ { $date }
calendar-button-later = { $date } ▶
calendar-button-this-week = Цей тиждень
