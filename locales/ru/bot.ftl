# Русский. Ключи и плейсхолдеры те же, что в locales/en/bot.ftl.
#
# Словарь: один термин на одно понятие во всех файлах ru/.
#   обращение         — на «вы» (со строчной), бот говорит о себе в мужском роде («я отправил»)
#   watchlist         — список «Буду смотреть» (в заголовках и на кнопках — без кавычек)
#   history           — история (просмотров)
#   show / movie      — сериал / фильм; episode — серия (не «эпизод»); season — сезон
#   special           — спецвыпуск
#   title (элемент)   — название: «12 названий»
#   play              — просмотр: «добавить ещё один просмотр»
#   mark watched      — отметить как просмотренное; watched — просмотрено
#   check-in          — чекин (кнопка: «Смотрю сейчас»)
#   rating / rate     — оценка / оценить
#   hide              — скрыть; кнопка «Неинтересно»
#   link / unlink     — привязать / отвязать аккаунт Trakt
#   private chat      — личный чат (не «личка»)
#   trending / popular — в тренде / популярное
#   up next           — «Что дальше»
#   cast and crew     — актёры и съёмочная команда (кнопка: «Актёры и команда»)
#   notifications     — уведомления; digest — сводка; quiet hours — тихие часы
#   time zone         — часовой пояс
#   mid-season finale / premiere — финал полусезона / возвращение после перерыва
#   watch party       — совместный просмотр

language-name = Русский
language-name-inline = русский
separator = {" · "}

## /start и /help
start-welcome =
    👋 Привет, { $name }! Со мной ваш <b>Trakt.tv</b> всегда под рукой прямо в Telegram: что вы уже посмотрели, что смотреть дальше, что сейчас в тренде и ваш список «Буду смотреть». А в группе подберу, что посмотреть вечером, — из того, чего ещё никто из вас не видел.
help-header = <b>Что я умею</b>
help-inline = В любом чате наберите <code>@{ $bot } название</code>, чтобы искать на Trakt.

## Меню команд
cmd-start = Приветствие и что я умею
cmd-help = Все команды, по строке на каждую
cmd-trending = Что смотрят прямо сейчас
cmd-popular = Самые популярные сериалы и фильмы
cmd-language = Выбрать язык

## Кнопки
button-invalid = Эта кнопка устарела. Отправьте команду ещё раз.
button-not-yours = Эта кнопка для того, кто спрашивал. Отправьте команду сами, чтобы получить свою.
page-of = { $page } / { $pages }
kind-shows = 📺 Сериалы
kind-movies = 🎬 Фильмы

## Списки и карточки
trending-header-shows = 🔥 <b>Сериалы в тренде</b> · страница { $page } из { $pages }
trending-header-movies = 🔥 <b>Фильмы в тренде</b> · страница { $page } из { $pages }
popular-header-shows = ⭐ <b>Популярные сериалы</b> · страница { $page } из { $pages }
popular-header-movies = ⭐ <b>Популярные фильмы</b> · страница { $page } из { $pages }
list-empty = Здесь пока пусто.
watching-now =
    { $count ->
        [one] { $count } зритель сейчас
        [few] { $count } зрителя сейчас
       *[many] { $count } зрителей сейчас
    }
card-untitled = Без названия

## /language
language-current = Язык бота: <b>{ $language }</b>. Можно выбрать другой:
language-current-auto = Я следую языку вашего Telegram (сейчас <b>{ $language }</b>). Выберите, чтобы закрепить:
language-auto = 🌐 Как в Telegram
language-saved = ✅ Готово.
language-saved-toast = Язык сохранён

## Доступ
not-allowed = Извините, это частный бот. Попросите владельца добавить вас.

## Ошибки
error-generic = 😕 У меня что-то пошло не так. Попробуйте ещё раз чуть позже.
error-short = Что-то пошло не так. Попробуйте ещё раз.
error-telegram-busy = Telegram сейчас перегружен. Попробуйте ещё раз чуть позже.
error-store-busy = ⏳ Я сейчас немного занят. Попробуйте ещё раз чуть позже.
error-trakt-rate-limited = Trakt просит не торопиться. Попробуйте через { $seconds } с.
error-trakt-busy = Trakt сейчас перегружен. Попробуйте через минуту.
error-trakt-refusing = Trakt сейчас не принимает запросы этого бота. Ваш аккаунт тут ни при чём; попробуйте позже.
error-trakt-unauthorized = Trakt не принял ваш вход. Привяжите аккаунт заново командой /link.
error-trakt-locked = Ваш аккаунт Trakt заблокирован или деактивирован. Разблокировать его может поддержка Trakt.
error-trakt-vip = Для этого нужен Trakt VIP: { $url }
error-trakt-account-limit = Вы достигли лимита аккаунта Trakt (например, список «Буду смотреть» заполнен). Удалите что-нибудь или оформите VIP.
error-trakt-not-found = Trakt не нашёл это.
error-trakt-down = Trakt сейчас не отвечает. Попробуйте через несколько минут.
error-trakt-other = Trakt не смог это сделать (ошибка { $status }). Попробуйте позже.

## Жанры
genre-action = боевик
genre-adventure = приключения
genre-animation = мультфильм
genre-anime = аниме
genre-biography = биография
genre-children = детский
genre-comedy = комедия
genre-crime = криминал
genre-documentary = документальный
genre-donghua = дунхуа
genre-drama = драма
genre-family = семейный
genre-fantasy = фэнтези
genre-game-show = игровое шоу
genre-history = история
genre-holiday = праздничный
genre-home-and-garden = дом и сад
genre-horror = ужасы
genre-mini-series = мини-сериал
genre-music = музыка
genre-musical = мюзикл
genre-mystery = детектив
genre-news = новости
genre-reality = реалити-шоу
genre-romance = мелодрама
genre-science-fiction = фантастика
genre-short = короткометражка
genre-soap = мыльная опера
genre-special-interest = познавательный
genre-sporting-event = спорт
genre-superhero = супергерои
genre-suspense = саспенс
genre-talk-show = ток-шоу
genre-thriller = триллер
genre-war = военный
genre-western = вестерн

## Общие кнопки
button-back = ◀ Назад

## Привязка (общее: любой личной команде может понадобиться)
button-link = 🔗 Привязать Trakt
link-needed = Для этого нужен ваш аккаунт Trakt. Привяжите его один раз — это займёт минуту, а пароль я не увижу.
link-needed-group = Для этого нужен ваш аккаунт Trakt. Привяжите его в личном чате со мной — здесь коды не показываются.
link-needed-short = Сначала привяжите аккаунт Trakt.
link-lost = Trakt закрыл боту доступ к вашему аккаунту (доступ отозван или истёк). Привяжите аккаунт заново, чтобы продолжить.

## Самое просматриваемое
discover-list-trending = 🔥 В тренде
discover-list-popular = ⭐ Популярное
discover-list-watched = 👀 Топ просмотров
discover-period-weekly = Неделя
discover-period-monthly = Месяц
discover-period-yearly = Год
discover-period-all = Всё время
discover-when-weekly = за неделю
discover-when-monthly = за месяц
discover-when-yearly = за год
discover-when-all = за всё время
discover-watched-header-shows = 👀 <b>Самые просматриваемые сериалы</b> { $period } · страница { $page } из { $pages }
discover-watched-header-movies = 👀 <b>Самые просматриваемые фильмы</b> { $period } · страница { $page } из { $pages }
discover-watchers =
    { $count ->
        [one] { $count } зритель
        [few] { $count } зрителя
       *[many] { $count } зрителей
    }
discover-plays =
    { $count ->
        [one] { $count } просмотр
        [few] { $count } просмотра
       *[many] { $count } просмотров
    }
discover-details-hint = <i>Нажмите на номер ниже, чтобы открыть карточку.</i>

## A person's own data asked for in a group goes to their private chat
private-sent = 📬 { $name }, я отправил это вам в личный чат.
private-share = 📤 Поделиться в группе
private-shared-by = 📤 { $name } делится:
private-shared = Отправлено в группу.
private-share-failed = Не могу написать в ту группу: вас или меня в ней больше нет.
private-start-first = { $name }, я пока не могу вам написать: откройте личный чат со мной, нажмите «Запустить» и спросите снова.
private-open = 💬 Открыть личный чат

# Fair use (bot/trakt/fair.py): one person over their budget; the shared budget full.
error-too-fast = ⏳ Вы отправляете запросы быстрее, чем я успеваю спрашивать Trakt. Попробуйте через { $seconds } с.
error-too-fast-login = ⏳ Слишком много попыток входа подряд. Попробуйте через { $seconds } с.
error-bot-busy = ⏳ Сейчас очень много людей одновременно обращаются к Trakt. Попробуйте через { $seconds } с.
