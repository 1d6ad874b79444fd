# /link, /unlink и /me (bot/features/link.py, link_poll.py, account.py).

## Меню команд (простой текст)
cmd-link = Привязать аккаунт Trakt
cmd-unlink = Отвязать аккаунт Trakt
cmd-me = Ваш аккаунт Trakt и его лимиты

## /link в личном чате
link-device =
    🔗 <b>Привязка аккаунта Trakt</b>

    1. Нажмите <b>Открыть Trakt</b> ниже и войдите в Trakt, если он попросит.
    2. Убедитесь, что на странице код <code>{ $code }</code>, и подтвердите.

    Код действует { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }. Как только вы подтвердите, я сразу напишу здесь.
link-device-relink = Сейчас здесь привязан аккаунт <b>{ $username }</b>; после подтверждения его заменит новый.
link-device-fallback = Страница не открывается? <a href="{ $url }">Войдите по этой ссылке</a> и пришлите мне код, который покажет Trakt.
link-button-open = 🔑 Открыть Trakt
link-button-cancel = ✖️ Отмена
link-button-again = 🔄 Начать заново
link-button-private = 🔗 Привязать в личном чате
link-open-private = Чтобы привязать аккаунт, откройте личный чат со мной.
link-stale = Эта попытка привязки уже завершена.
link-cancelled = Отменено: ничего не привязано.
link-cancelled-toast = Отменено
link-replaced = ↪️ Этот код заменён новым — он ниже.

## Чем закончилась привязка
link-code-used = 🔐 Вход завершён, код больше не действует.
link-done = ✅ Аккаунт <b>{ $username }</b> привязан. Личные команды теперь работают: /me покажет аккаунт, /unlink отвяжет его, /help — все команды.
# Linked, but Trakt did not say yet whose account it is (the name shows on /me later).
link-done-unnamed = ✅ Аккаунт Trakt привязан. Личные команды теперь работают: /me покажет аккаунт, /unlink отвяжет его, /help — все команды.
link-denied = 🚫 Запрос отклонён на Trakt, ничего не привязано.
link-expired = ⌛ Срок действия кода истёк, а подтверждения так и не было. Ничего не привязано.
link-invalid = ❓ Trakt больше не знает этот код. Ничего не привязано.
link-already-used = ⚠️ Этот код уже использован. Если вы его подтвердили, проверьте /me; если нет — начните заново.
link-failed = Привязка не удалась. { $reason }
link-expired-away = ⌛ Пока меня не было, срок вашей попытки привязки истёк — простите! Начните заново, когда будет удобно: это займёт минуту.
link-unreadable-away = ⌛ После перезапуска я не смог продолжить вашу попытку привязки — простите! Начните заново, когда будет удобно: это займёт минуту.

## Присланный код
link-code-wrong = ❌ Trakt не принял этот код: возможно, в нём опечатка, он устарел или уже использован. Получите новый и попробуйте ещё раз. (Сообщение с кодом я удалил.)
link-code-is-device = Этот код нужно ввести на странице Trakt, а не здесь. Нажмите <b>Открыть Trakt</b> выше и подтвердите там.

## /link в группе
link-group = 🔒 Привязка проходит в личном чате со мной, поэтому коды здесь никогда не появляются. Нажмите кнопку, чтобы продолжить там.
link-group-code-deleted = 🔒 Я удалил это сообщение: коды входа нельзя публиковать в группе. Отправьте /link мне в личном чате.
link-group-code-not-deleted = 🔒 Пожалуйста, удалите своё последнее сообщение: в нём код входа, а удалить его здесь я не могу. Отправьте /link мне в личном чате.

## /unlink
unlink-confirm = Отвязать аккаунт Trakt <b>{ $username }</b>? Я удалю его здесь и попрошу Trakt закрыть мне доступ.
unlink-button-yes = Да, отвязать
unlink-button-no = Отмена
unlink-done = ✅ Аккаунт <b>{ $username }</b> отвязан: я удалил его здесь, а Trakt закрыл мне доступ. Привязать снова можно в любой момент командой /link.
unlink-done-local = ✅ Аккаунт <b>{ $username }</b> отвязан здесь. Trakt не ответил, поэтому мой доступ может ещё значиться в <a href="{ $url }">подключённых приложениях</a> на Trakt — там его можно отозвать.
unlink-unreadable = 🧹 Я больше не мог прочитать сохранённую для вас привязку к Trakt, поэтому удалил её. Мой доступ может ещё значиться в <a href="{ $url }">подключённых приложениях</a> на Trakt — там его можно отозвать. Привязать снова можно в любой момент командой /link.
unlink-kept = Ничего не изменилось: привязан по-прежнему аккаунт <b>{ $username }</b>.
unlink-none = Здесь больше не привязан ни один аккаунт Trakt.

## /me
me-header = 👤 <b>Ваш аккаунт Trakt</b>
me-user = <a href="{ $url }">{ $username }</a>
me-user-named = <a href="{ $url }">{ $username }</a> ({ $name })
me-since = Привязан здесь с { $date }
me-vip = ⭐ Trakt VIP
me-free = Бесплатный аккаунт (не VIP)
me-private = 🔒 Ваш профиль на Trakt закрыт.
me-header-shared = 👤 <b>Аккаунт Trakt пользователя { $username }</b>
me-since-shared = Привязан к этому боту с { $date }
me-private-shared = 🔒 Этот профиль на Trakt закрыт.
me-limits-header = <b>Лимиты Trakt для этого аккаунта</b>
me-limit-lists = • Личные списки: до { $count ->
        [one] { $count } списка
       *[other] { $count } списков
    }, в каждом до { $limit ->
        [one] { $limit } элемента
       *[other] { $limit } элементов
    }
me-limit-lists-count = • Личные списки: до { $count ->
        [one] { $count } списка
       *[other] { $count } списков
    }
me-limit-watchlist = • «Буду смотреть»: до { $count ->
        [one] { $count } названия
       *[other] { $count } названий
    }
me-limit-collection = • Коллекция: до { $count ->
        [one] { $count } названия
       *[other] { $count } названий
    }
me-limit-favorites = • Избранное: до { $count ->
        [one] { $count } названия
       *[other] { $count } названий
    }
me-limit-notes = • Заметки: до { $count ->
        [one] { $count } заметки
       *[other] { $count } заметок
    }
me-limits-none = Trakt не сообщил лимиты этого аккаунта.
me-button-profile = 🌐 Профиль на Trakt
me-button-unlink = Отвязать
