## /history
# Слова після команди беруться з args.ftl (бот розуміє їх будь-якою мовою).
cmd-history = Що ви дивилися, від найновішого
history-usage =
    Покажу, що ви дивилися, від найновішого:
    <code>/history</code> — усе
    <code>/history серіали</code> або <code>/history фільми</code> — лише серіали або фільми
    <code>/history тиждень</code>, <code>місяць</code> або <code>рік</code> — лише за останній час
    Їх можна поєднувати: <code>/history фільми місяць</code>.
history-header-a = 🕘 <b>Ваша історія</b>{ $period }
history-header-s = 🕘 <b>Ваша історія: серіали</b>{ $period }
history-header-m = 🕘 <b>Ваша історія: фільми</b>{ $period }
history-period-a = {""}
history-period-w = {" "}· за останній тиждень
history-period-m = {" "}· за останній місяць
history-period-y = {" "}· за останній рік
history-empty = Поки що порожньо. Тут з’являтиметься все, що ви дивитеся або відмічаєте на Trakt.
history-empty-filtered = За цими фільтрами нічого немає. Спробуйте <b>Усе</b> або <b>За весь час</b>.
history-page-empty = Це все: після попередньої сторінки більше нічого немає.
history-today = Сьогодні
history-yesterday = Учора
history-day-unknown = Дата невідома
history-kind-a = Усе
history-kind-s = 📺 Серіали
history-kind-m = 🎬 Фільми
history-period-button-a = За весь час
history-period-button-w = Тиждень
history-period-button-m = Місяць
history-period-button-y = Рік

## Removing one play
history-remove-mode = 🗑 Видалити перегляд
history-remove-done = ✔ Готово
history-remove-ask = Видалити перегляд { $number }: { $play }?
history-remove-yes = 🗑 Видалити
history-remove-toast = Перегляд видалено
history-remove-gone = Цей перегляд уже видалено
history-remove-hint = <i>Натисніть номер перегляду, який треба видалити.</i>

## How long the person watched on a day (beside the day's name)
history-day-time = <b>{ $day }</b> · { $time }
duration-minutes = { $minutes } хв
duration-hours = { $hours } год
duration-hours-minutes = { $hours } год { $minutes } хв
