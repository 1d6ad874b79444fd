# /link, /unlink і /me (bot/features/link.py, link_poll.py, account.py).
# Жодних токенів у повідомленнях; короткий код пристрою — лише в приватний чат.

## Меню команд (простий текст)
cmd-link = Під’єднати акаунт Trakt
cmd-unlink = Від’єднати акаунт Trakt
cmd-me = Ваш під’єднаний акаунт Trakt і його ліміти

## /link у приватному чаті
link-device =
    🔗 <b>Під’єднання акаунта Trakt</b>

    1. Натисніть <b>Відкрити Trakt</b> нижче й увійдіть у Trakt, якщо він попросить.
    2. Перевірте, що на сторінці показано код <code>{ $code }</code>, і підтвердьте.

    Код діє { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }. Щойно ви підтвердите, я одразу напишу тут.
link-device-relink = Зараз тут під’єднано акаунт <b>{ $username }</b>; після підтвердження цей чат перейде на новий акаунт.
link-device-fallback = Сторінка не працює? <a href="{ $url }">Увійдіть за цим посиланням</a> і надішліть мені код, який покаже Trakt.
link-button-open = 🔑 Відкрити Trakt
link-button-cancel = ✖️ Скасувати
link-button-again = 🔄 Почати знову
link-button-private = 🔗 Під’єднати в приватному чаті
link-open-private = Відкрийте приватний чат зі мною, щоб під’єднати акаунт.
link-stale = Цю спробу входу вже завершено.
link-cancelled = Скасовано: нічого не під’єднано.
link-cancelled-toast = Скасовано
link-replaced = ↪️ Цей код замінено новішим — він нижче.

## Чим закінчилося під’єднання
link-code-used = 🔐 Вхід завершено, код більше не діє.
link-done = ✅ Під’єднано акаунт <b>{ $username }</b>. Особисті команди тепер працюють: /me покаже акаунт, /unlink від’єднає його, /help — усі команди.
# Linked, but Trakt did not say yet whose account it is (the name shows on /me later).
link-done-unnamed = ✅ Акаунт Trakt під’єднано. Особисті команди тепер працюють: /me покаже акаунт, /unlink від’єднає його, /help — усі команди.
link-denied = 🚫 Запит відхилено на Trakt, тож нічого не під’єднано.
link-expired = ⌛ Термін дії коду минув, а підтвердження так і не надійшло. Нічого не під’єднано.
link-invalid = ❓ Trakt більше не знає цього коду. Нічого не під’єднано.
link-already-used = ⚠️ Цей код уже використано. Якщо ви його підтвердили, перевірте через /me; якщо ні — почніть знову.
link-failed = Під’єднання не завершилося. { $reason }
link-expired-away = ⌛ Поки мене не було, термін вашої спроби під’єднання минув — вибачте! Почніть знову, коли буде зручно: це займе хвилину.
link-unreadable-away = ⌛ Після перезапуску я не зміг продовжити вашу спробу під’єднання — вибачте! Почніть знову, коли буде зручно: це займе хвилину.

## Надісланий код
link-code-wrong = ❌ Trakt не прийняв цей код: можливо, в ньому помилка, він застарів або вже використаний. Отримайте новий і спробуйте ще раз. (Ваше повідомлення з кодом я видалив.)
link-code-is-device = Цей код треба ввести на сторінці Trakt, а не тут. Натисніть <b>Відкрити Trakt</b> вище й підтвердьте там.

## /link у групі
link-group = 🔒 Під’єднання відбувається в приватному чаті зі мною, тож коди тут ніколи не з’являються. Натисніть кнопку, щоб продовжити там.
link-group-code-deleted = 🔒 Я видалив це повідомлення: коди входу не можна публікувати в групі. Натомість надішліть мені /link у приватному чаті.
link-group-code-not-deleted = 🔒 Будь ласка, видаліть своє останнє повідомлення: у ньому код входу, а я не можу видалити його тут. Натомість надішліть мені /link у приватному чаті.

## /unlink
unlink-confirm = Від’єднати акаунт Trakt <b>{ $username }</b>? Я забуду його тут і попрошу Trakt закрити мені доступ.
unlink-button-yes = Так, від’єднати
unlink-button-no = Скасувати
unlink-done = ✅ Акаунт <b>{ $username }</b> від’єднано: я забув його тут, а Trakt закрив мені доступ. Під’єднати знову можна будь-коли командою /link.
unlink-done-local = ✅ Акаунт <b>{ $username }</b> від’єднано тут. Trakt не відповів, тому мій доступ може ще значитися серед <a href="{ $url }">під’єднаних застосунків</a> на Trakt — там його можна відкликати.
unlink-unreadable = 🧹 Я більше не міг прочитати збережене для вас під’єднання до Trakt, тому видалив його. Мій доступ може ще значитися серед <a href="{ $url }">під’єднаних застосунків</a> на Trakt — там його можна відкликати. Під’єднати знову можна будь-коли командою /link.
unlink-kept = Нічого не змінилося: ви й далі під’єднані як <b>{ $username }</b>.
unlink-none = Тут більше не під’єднано жодного акаунта Trakt.

## /me
me-header = 👤 <b>Ваш акаунт Trakt</b>
me-user = <a href="{ $url }">{ $username }</a>
me-user-named = <a href="{ $url }">{ $username }</a> ({ $name })
me-since = Під’єднано тут з { $date }
me-vip = ⭐ Trakt VIP
me-free = Безкоштовний акаунт (не VIP)
me-private = 🔒 Ваш профіль на Trakt приватний.
me-header-shared = 👤 <b>Акаунт Trakt користувача { $username }</b>
me-since-shared = Під’єднано до цього бота з { $date }
me-private-shared = 🔒 Цей профіль на Trakt приватний.
me-limits-header = <b>Ліміти Trakt для цього акаунта</b>
me-limit-lists = • Особисті списки: до { $count ->
        [one] { $count } списку
        [few] { $count } списків
        [many] { $count } списків
       *[other] { $count } списку
    }, у кожному до { $limit ->
        [one] { $limit } позиції
        [few] { $limit } позицій
        [many] { $limit } позицій
       *[other] { $limit } позиції
    }
me-limit-lists-count = • Особисті списки: до { $count ->
        [one] { $count } списку
        [few] { $count } списків
        [many] { $count } списків
       *[other] { $count } списку
    }
me-limit-watchlist = • Список перегляду: до { $count ->
        [one] { $count } назви
        [few] { $count } назв
        [many] { $count } назв
       *[other] { $count } назви
    }
me-limit-collection = • Колекція: до { $count ->
        [one] { $count } назви
        [few] { $count } назв
        [many] { $count } назв
       *[other] { $count } назви
    }
me-limit-favorites = • Улюблене: до { $count ->
        [one] { $count } назви
        [few] { $count } назв
        [many] { $count } назв
       *[other] { $count } назви
    }
me-limit-notes = • Нотатки: до { $count ->
        [one] { $count } нотатки
        [few] { $count } нотаток
        [many] { $count } нотаток
       *[other] { $count } нотатки
    }
me-limits-none = Trakt не повідомив жодних лімітів для цього акаунта.
me-button-profile = 🌐 Профіль на Trakt
me-button-unlink = Від’єднати
