# Картка фільму чи серіалу та дії в одне натискання.
# Повідомлення — Telegram HTML; підписи кнопок, спливні підказки й сповіщення — простий текст.

## Картка
details-button = ℹ️ Детальніше
details-link = 🔗 <a href="{ $url }">Відкрити на Trakt</a>
details-no-overview = <i>Опису поки немає.</i>
details-not-out-toast = Фільм ще не вийшов
details-runtime = { $minutes } хв
details-released = вихід { $date }
details-first-aired = прем’єра { $date }
details-releases = виходить { $date }
details-first-airs = прем’єра { $date }
details-next = ▶ Наступна серія: { $episode }
details-related = <b>Схожі:</b> { $titles }

## Статуси (як у Trakt)
details-status-returning-series = триває
details-status-continuing = триває
details-status-in-production = у виробництві
details-status-post-production = на постпродакшені
details-status-planned = заплановано
details-status-upcoming = незабаром
details-status-pilot = пілот
details-status-rumored = за чутками
details-status-canceled = скасовано
details-status-ended = завершено
details-status-released = вийшов

## Кнопки дій
action-wl = ➕ До списку перегляду
action-wl-done = ✅ У списку перегляду
action-unwl = ➖ Зі списку перегляду
action-unwl-done = ✅ Прибрано
action-seen = 👁 Позначити переглянутим
action-seen-done = ✅ Переглянуто
action-hide = 🙈 Не для мене
action-hide-done = ✅ Приховано
action-rate = ⭐ Оцінити
action-rate-done = ✅ Оцінено
action-rated = ✅ Оцінка { $rating }/10
action-rate-cancel = ✖ Скасувати

## Підказки та сповіщення
action-wl-toast = Додано до списку перегляду
action-wl-already = Уже є у вашому списку перегляду
action-unwl-toast = Прибрано зі списку перегляду
action-unwl-already = Цього не було у вашому списку перегляду
action-seen-toast = Позначено як переглянуте
action-seen-toast-show = Усі серії, що вже вийшли, позначено як переглянуті
action-seen-already = Уже позначено як переглянуте
action-hide-toast = Приховано: більше не пропонуватиму
action-hide-already = Уже приховано
action-rate-pick = Виберіть оцінку від 1 до 10
action-rate-toast = Оцінку { $rating }/10 збережено
action-not-found = Trakt не знає такого фільму чи серіалу.
action-limit-watchlist =
    Ваш список перегляду в Trakt заповнений ({ $limit ->
        [one] { $limit } назва
        [few] { $limit } назви
        [many] { $limit } назв
       *[other] { $limit } назви
    }). Приберіть щось із нього або оформіть Trakt VIP — там список більший.
action-limit-watchlist-unknown = Ваш список перегляду в Trakt заповнений. Приберіть щось із нього або оформіть Trakt VIP — там список більший.

## Повторний перегляд і весь серіал (з підтвердженням)
action-again = 🔁 Ще один перегляд
action-again-ask = Ви це вже дивилися. Додати ще один перегляд?
action-again-toast = Додано ще один перегляд
action-again-recent = Перегляд щойно додано
action-all = { $count ->
    [one] ✅ { $count } серію
    [few] ✅ Усі { $count } серії
   *[many] ✅ Усі { $count } серій
}
action-all-ask = { $count ->
    [one] Позначити { $count } серію «{ $title }», що вийшла, як переглянуту?
    [few] Позначити всі { $count } серії «{ $title }», що вийшли, як переглянуті?
   *[many] Позначити всі { $count } серій «{ $title }», що вийшли, як переглянуті?
}
action-all-none = У Trakt цей серіал ще не має серій, що вийшли.

## Undo (a few minutes after a change)
action-undo = ↩ Скасувати
action-undo-toast = Скасовано
action-undo-late = Скасувати вже не можна: минуло понад 5 хвилин.
action-undo-done = Уже скасовано
action-undo-other-account = Цю зміну зроблено в акаунті Trakt, який більше не під’єднано, тож скасувати її не можна.
seasons-button = 📚 Сезони

## Your progress on a show's card
details-progress-next = 👁 Переглянуто { $completed } з { $aired } · далі { $episode }
details-progress = 👁 Переглянуто { $completed } з { $aired }
details-progress-done = { $aired ->
    [one] ✅ Ви переглянули { $aired } серію, що вийшла
    [few] ✅ Ви переглянули всі { $aired } серії, що вийшли
   *[many] ✅ Ви переглянули всі { $aired } серій, що вийшли
}
action-next-episode = 👁 Позначити { $episode }
action-all-rest = ✅ Решта { $count }
action-all-ask-rest = { $count ->
    [one] Позначити { $count } непереглянуту серію «{ $title }», що вийшла, як переглянуту?
    [few] Позначити { $count } непереглянуті серії «{ $title }», що вийшли, як переглянуті?
   *[many] Позначити { $count } непереглянутих серій «{ $title }», що вийшли, як переглянуті?
}
action-unrate = ✖ Прибрати оцінку
action-unrate-toast = Оцінку прибрано
action-unrate-already = Оцінки й так немає
