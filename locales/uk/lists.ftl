## /lists
cmd-lists = Ваші списки на Trakt або чужі
lists-usage =
    Покажу списки на Trakt:
    <code>/lists</code> — ваші власні, разом із приватними
    <code>/lists ім’я</code> — публічні списки іншої людини (підійде й посилання на профіль trakt.tv)
lists-header-own = 📋 <b>Ваші списки</b> · { $count ->
        [one] { $count } список
        [few] { $count } списки
        [many] { $count } списків
       *[other] { $count } списку
    }
lists-header-user = 📋 <b>Списки користувача { $user }</b> · { $count ->
        [one] { $count } публічний список
        [few] { $count } публічні списки
        [many] { $count } публічних списків
       *[other] { $count } публічного списку
    }
lists-empty-own = У вас поки немає списків. Створіть список на trakt.tv, і він з’явиться тут.
lists-empty-user = У користувача { $user } немає публічних списків.
lists-user-hidden = Не бачу списків користувача { $user }: цей профіль на Trakt приватний або не існує. Перевірте ім’я користувача.
lists-list-hidden = Цей список приватний або більше не існує.
lists-item-count =
    { $count ->
        [one] { $count } позиція
        [few] { $count } позиції
        [many] { $count } позицій
       *[other] { $count } позиції
    }
lists-likes = ❤️ { $count }
lists-privacy =
    { $privacy ->
        [public] 🌐 публічний
        [private] 🔒 приватний
        [friends] 👥 лише для друзів
        [link] 🔗 для всіх, хто має посилання
       *[other] { $privacy }
    }
lists-items-header-own = 📋 <b>{ $name }</b> · { $size }
lists-items-header-user = 📋 <b>{ $name }</b> · автор: { $user } · { $size }
lists-items-header-unknown = 📋 <b>Список</b>
lists-items-empty = Цей список порожній.
