## /lists
cmd-lists = Ваши списки на Trakt или чужие
lists-usage =
    Покажу списки на Trakt:
    <code>/lists</code> — ваши собственные, вместе с личными
    <code>/lists имя</code> — открытые списки другого человека (подойдёт и ссылка на профиль trakt.tv)
lists-header-own = 📋 <b>Ваши списки</b> · { $count ->
        [one] { $count } список
        [few] { $count } списка
        [many] { $count } списков
       *[other] { $count } списка
    }
lists-header-user = 📋 <b>Списки { $user }</b> · { $count ->
        [one] { $count } открытый список
        [few] { $count } открытых списка
        [many] { $count } открытых списков
       *[other] { $count } открытого списка
    }
lists-empty-own = У вас пока нет списков. Создайте список на trakt.tv, и он появится здесь.
lists-empty-user = У { $user } нет открытых списков.
lists-user-hidden = Не вижу списков { $user }: этот профиль на Trakt закрыт или не существует. Проверьте имя.
lists-list-hidden = Этот список закрыт или больше не существует.
lists-item-count =
    { $count ->
        [one] { $count } элемент
        [few] { $count } элемента
        [many] { $count } элементов
       *[other] { $count } элемента
    }
lists-likes = ❤️ { $count }
lists-privacy =
    { $privacy ->
        [public] 🌐 открытый
        [private] 🔒 личный
        [friends] 👥 только для друзей
        [link] 🔗 по ссылке
       *[other] { $privacy }
    }
lists-items-header-own = 📋 <b>{ $name }</b> · { $size }
lists-items-header-user = 📋 <b>{ $name }</b> от { $user } · { $size }
lists-items-header-unknown = 📋 <b>Список</b>
lists-items-empty = Этот список пуст.
