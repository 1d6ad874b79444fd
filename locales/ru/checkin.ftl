## Чекин: «смотрю прямо сейчас» на Trakt (/checkin, кнопка 🎬 на карточках)
cmd-checkin = Текущий чекин и его отмена
checkin-button = 🎬 Смотрю сейчас

## Подсказки (видит только нажавший)
checkin-done = Чекин: { $title }, до { $time }
checkin-done-no-time = Чекин: { $title }
checkin-already = Чекин уже идёт: { $title }, до { $time }
checkin-already-no-time = Чекин уже идёт: { $title }
checkin-cancelled-toast = Чекин отменён

## Сообщения
checkin-done-html = 🎬 Чекин: { $title }, до { $time }.
checkin-done-html-no-time = 🎬 Чекин: { $title }.
checkin-conflict =
    ⏳ У вас уже идёт чекин: { $running }, до { $time }.
    Отменить его и отметиться на { $title }?
checkin-conflict-no-time =
    ⏳ У вас уже идёт чекин: { $running }.
    Отменить его и отметиться на { $title }?
checkin-replace = ✖ Отменить и отметиться здесь
checkin-keep = Оставить
checkin-kept = 👍 Чекин продолжается.
checkin-too-late = 🎬 Чекин не сделан: Trakt заставил его ждать слишком долго, и это уже не «сейчас». Всё ещё смотрите? Нажмите 🎬 Смотрю сейчас ещё раз.
checkin-none = Сейчас чекина нет. Откройте фильм или серию и нажмите 🎬 Смотрю сейчас.
checkin-now = 🎬 Чекин: { $title }
checkin-now-scrobble = ▶️ Вы смотрите { $title } в приложении-плеере
checkin-started = Начало в { $time }
checkin-until = Закончится в { $time }
checkin-cancel = ✖ Отменить чекин
checkin-cancelled = Чекин на { $title } отменён.
checkin-cancel-none = Уже ничего не идёт.
checkin-me-watching = ▶️ Сейчас смотрите: { $title }
checkin-me-watching-until = ▶️ Сейчас смотрите: { $title }, до { $time }
checkin-usage =
    Покажу ваш текущий чекин — что вы сейчас смотрите — и дам его отменить:
    <code>/checkin</code>
    Больше ничего писать не нужно.
