## Чекін: «дивлюся просто зараз» на Trakt (/checkin, кнопка 🎬 на картках)
cmd-checkin = Поточний чекін і його скасування
checkin-button = 🎬 Дивлюся зараз

## Підказки (бачить лише той, хто натиснув)
checkin-done = Чекін: { $title }, до { $time }
checkin-done-no-time = Чекін: { $title }
checkin-already = Чекін уже триває: { $title }, до { $time }
checkin-already-no-time = Чекін уже триває: { $title }
checkin-cancelled-toast = Чекін скасовано

## Повідомлення
checkin-done-html = 🎬 Чекін: { $title }, до { $time }.
checkin-done-html-no-time = 🎬 Чекін: { $title }.
checkin-conflict =
    ⏳ У вас уже триває чекін: { $running }, до { $time }.
    Скасувати його й відмітитися на { $title }?
checkin-conflict-no-time =
    ⏳ У вас уже триває чекін: { $running }.
    Скасувати його й відмітитися на { $title }?
checkin-replace = ✖ Скасувати й відмітитися тут
checkin-keep = Залишити
checkin-kept = 👍 Чекін триває.
checkin-too-late = 🎬 Чекін не зроблено: Trakt змусив його чекати надто довго, і це вже не «зараз». Досі дивитеся? Натисніть 🎬 Дивлюся зараз ще раз.
checkin-none = Зараз чекіну немає. Відкрийте фільм або серію й натисніть 🎬 Дивлюся зараз.
checkin-now = 🎬 Чекін: { $title }
checkin-now-scrobble = ▶️ Ви дивитеся { $title } у застосунку-плеєрі
checkin-started = Початок о { $time }
checkin-until = Закінчиться о { $time }
checkin-cancel = ✖ Скасувати чекін
checkin-cancelled = Чекін на { $title } скасовано.
checkin-cancel-none = Уже нічого не триває.
checkin-me-watching = ▶️ Зараз дивитеся: { $title }
checkin-me-watching-until = ▶️ Зараз дивитеся: { $title }, до { $time }
checkin-usage =
    Покажу ваш поточний чекін — що ви зараз дивитеся — і дам його скасувати:
    <code>/checkin</code>
    Більше нічого писати не треба.
