# Українська. Ключі та плейсхолдери ті самі, що в locales/en/bot.ftl.
# Повідомлення — Telegram HTML: теги збалансовані; < і & у тексті не можна залишати «голими».
#
# Словник: один термін для одного поняття в усіх файлах uk/.
#   звертання          — на «ви» (з малої літери); бот говорить про себе в чоловічому роді («я видалив»)
#   watchlist          — список перегляду (на кнопці — «Список перегляду»)
#   history            — історія (переглядів)
#   show / movie       — серіал / фільм; episode — серія (не «епізод»); season — сезон
#   special            — спецвипуск
#   play               — перегляд: «видалити перегляд»
#   mark watched       — позначити як переглянуте; watched — переглянуто
#   check-in           — чекін (кнопка: «Дивлюся зараз»)
#   rating / rate      — оцінка / оцінити
#   link / unlink      — під’єднати / від’єднати акаунт Trakt (не «прив’язати»)
#   private chat       — приватний чат
#   up next            — «Що далі»
#   calendar           — календар; premiere / finale — прем’єра / фінал; mid-season finale — фінал півсезону
#   notifications      — сповіщення; digest — зведення; quiet hours — тихі години; mute — без звуку
#   time zone          — часовий пояс
#   watch party        — спільний перегляд
#   апостроф           — типографський ’ (під’єднати, прем’єра)

language-name = Українська
language-name-inline = українська
separator = {" · "}

## /start і /help
start-welcome =
    👋 Привіт, { $name }! Зі мною ваш акаунт <b>Trakt.tv</b> завжди під рукою в Telegram: що ви дивилися, що подивитися далі, що зараз у тренді та ваш список перегляду. У групі я підберу на вечір те, чого ще ніхто не бачив.
help-header = <b>Що я вмію</b>
help-inline = У будь-якому чаті наберіть <code>@{ $bot } назва</code>, щоб шукати на Trakt.

## Меню команд (по одному рядку; простий текст, без розмітки)
cmd-start = Привітання і що я вмію
cmd-help = Усі команди, по рядку на кожну
cmd-trending = Що дивляться просто зараз
cmd-popular = Найпопулярніші серіали й фільми
cmd-language = Вибрати мову

## Кнопки
button-invalid = Ця кнопка застаріла. Надішліть команду ще раз.
button-not-yours = Ця кнопка належить тому, хто запитував. Надішліть команду самі, щоб отримати свою.
page-of = { $page } / { $pages }
kind-shows = 📺 Серіали
kind-movies = 🎬 Фільми

## Списки та картки
trending-header-shows = 🔥 <b>Серіали в тренді</b> · сторінка { $page } з { $pages }
trending-header-movies = 🔥 <b>Фільми в тренді</b> · сторінка { $page } з { $pages }
popular-header-shows = ⭐ <b>Популярні серіали</b> · сторінка { $page } з { $pages }
popular-header-movies = ⭐ <b>Популярні фільми</b> · сторінка { $page } з { $pages }
list-empty = Тут поки що порожньо.
watching-now =
    { $count ->
        [one] { $count } дивиться зараз
        [few] { $count } дивляться зараз
        [many] { $count } дивляться зараз
       *[other] { $count } дивляться зараз
    }
card-untitled = Без назви

## /language
language-current = Мова спілкування: <b>{ $language }</b>. Можете вибрати іншу:
language-current-auto = Я розмовляю мовою вашого Telegram (зараз це <b>{ $language }</b>). Виберіть мову, щоб закріпити її:
language-auto = 🌐 Як у Telegram
language-saved = ✅ Готово.
language-saved-toast = Мову збережено

## Доступ
not-allowed = Вибачте, це приватний бот. Попросіть власника додати вас.

## Помилки (коротко; їх бачить людина)
error-generic = 😕 У мене щось пішло не так. Спробуйте ще раз за мить.
error-short = Щось пішло не так. Спробуйте ще раз.
error-telegram-busy = Telegram зараз перевантажений. Спробуйте ще раз за мить.
error-store-busy = ⏳ Я зараз трохи зайнятий. Спробуйте ще раз за мить.
error-trakt-rate-limited = Trakt просить не поспішати. Спробуйте ще раз за { $seconds } с.
error-trakt-busy = Trakt зараз перевантажений. Спробуйте ще раз за хвилину.
error-trakt-refusing = Trakt зараз не приймає запити цього бота. Ваш акаунт тут ні до чого; спробуйте пізніше.
error-trakt-unauthorized = Trakt не прийняв ваш вхід. Під’єднайте акаунт знову командою /link.
error-trakt-locked = Ваш акаунт Trakt заблоковано або деактивовано. Розблокувати його може служба підтримки Trakt.
error-trakt-vip = Для цього потрібен Trakt VIP: { $url }
error-trakt-account-limit = Ви досягли ліміту свого акаунта Trakt (наприклад, список перегляду заповнений). Видаліть щось або перейдіть на VIP.
error-trakt-not-found = Trakt не вдалося цього знайти.
error-trakt-down = Trakt зараз не відповідає. Спробуйте ще раз за кілька хвилин.
error-trakt-other = Trakt не зміг цього зробити (помилка { $status }). Спробуйте пізніше.

## Жанри (слаги Trakt)
genre-action = бойовик
genre-adventure = пригоди
genre-animation = анімація
genre-anime = аніме
genre-biography = біографія
genre-children = дитячий
genre-comedy = комедія
genre-crime = кримінал
genre-documentary = документальний
genre-donghua = дунхуа
genre-drama = драма
genre-family = сімейний
genre-fantasy = фентезі
genre-game-show = ігрове шоу
genre-history = історичний
genre-holiday = святковий
genre-home-and-garden = дім і сад
genre-horror = жахи
genre-mini-series = мінісеріал
genre-music = музика
genre-musical = мюзикл
genre-mystery = детектив
genre-news = новини
genre-reality = реаліті-шоу
genre-romance = мелодрама
genre-science-fiction = фантастика
genre-short = короткометражний
genre-soap = мильна опера
genre-special-interest = пізнавальний
genre-sporting-event = спорт
genre-superhero = супергерої
genre-suspense = саспенс
genre-talk-show = ток-шоу
genre-thriller = трилер
genre-war = воєнний
genre-western = вестерн

## Спільні кнопки
button-back = ◀ Назад

## Під’єднання (спільне: будь-якій особистій команді воно може знадобитися)
button-link = 🔗 Під’єднати Trakt
link-needed = Для цього потрібен ваш акаунт Trakt. Під’єднайте його один раз — це займе хвилину, а вашого пароля я не побачу.
link-needed-group = Для цього потрібен ваш акаунт Trakt. Під’єднайте його в приватному чаті зі мною — тут коди ніколи не показуються.
link-needed-short = Спершу під’єднайте акаунт Trakt.
link-lost = Trakt закрив ботові доступ до вашого акаунта (доступ відкликано або термін його дії минув). Під’єднайте акаунт знову, щоб продовжити.

## Найпереглядуваніше
discover-list-trending = 🔥 У тренді
discover-list-popular = ⭐ Популярне
discover-list-watched = 👀 Топ переглядів
discover-period-weekly = Тиждень
discover-period-monthly = Місяць
discover-period-yearly = Рік
discover-period-all = Весь час
discover-when-weekly = за тиждень
discover-when-monthly = за місяць
discover-when-yearly = за рік
discover-when-all = за весь час
discover-watched-header-shows = 👀 <b>Найпереглядуваніші серіали</b> { $period } · сторінка { $page } з { $pages }
discover-watched-header-movies = 👀 <b>Найпереглядуваніші фільми</b> { $period } · сторінка { $page } з { $pages }
discover-watchers =
    { $count ->
        [one] { $count } глядач
        [few] { $count } глядачі
        [many] { $count } глядачів
       *[other] { $count } глядача
    }
discover-plays =
    { $count ->
        [one] { $count } перегляд
        [few] { $count } перегляди
        [many] { $count } переглядів
       *[other] { $count } перегляду
    }
discover-details-hint = <i>Натисніть номер нижче, щоб відкрити картку.</i>

## A person's own data asked for in a group goes to their private chat
private-sent = 📬 { $name }, я надіслав це вам у приватний чат.
private-share = 📤 Поділитися в групі
private-shared-by = 📤 { $name } ділиться:
private-shared = Надіслано в групу.
private-share-failed = Не можу написати в ту групу: вас або мене в ній більше немає.
private-start-first = { $name }, я поки не можу вам написати: відкрийте приватний чат зі мною, натисніть «Почати» і запитайте знову.
private-open = 💬 Відкрити приватний чат

# Fair use (bot/trakt/fair.py): one person over their budget; the shared budget full.
error-too-fast = ⏳ Ви надсилаєте запити швидше, ніж я встигаю питати Trakt. Спробуйте ще раз за { $seconds } с.
error-too-fast-login = ⏳ Забагато спроб входу поспіль. Спробуйте ще раз за { $seconds } с.
error-bot-busy = ⏳ Зараз дуже багато людей одночасно звертаються до Trakt. Спробуйте ще раз за { $seconds } с.
