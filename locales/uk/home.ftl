# Меню (/start і ☰ Меню): усе ваше на кнопках; налаштування; /start у групі.

home-menu = ☰ Меню
home-title = ☰ <b>Меню</b>
home-title-linked = ☰ <b>Меню</b> · Trakt: <b>{ $username }</b>
home-hint = <i>Натисніть кнопку — або надішліть /help, щоб побачити всі команди.</i>
home-unlinked = Під’єднайте акаунт Trakt — і тут з’являться наступні серії, ваш календар, історія, список перегляду та статистика. А поки що можна подивитися, що зараз у тренді, або знайти щось за назвою.
home-next = ▶️ Що далі
home-calendar = 📅 Календар
home-history = 🕘 Історія
home-watchlist = 📌 Список перегляду
home-recommend = 💡 Для вас
home-lists = 📋 Списки
home-trending = 🔥 У тренді
home-search = 🔍 Пошук
home-stats = 📊 Статистика
home-settings = ⚙️ Налаштування
home-language = 🌐 Мова
home-notify = 🔔 Сповіщення
home-account = 👤 Акаунт Trakt
home-settings-title = ⚙️ <b>Налаштування</b>
home-settings-language = Мова: <b>{ $language }</b>
home-settings-language-auto = Мова: <b>{ $language }</b>, як у вашому Telegram
home-settings-linked = Акаунт Trakt: <b>{ $username }</b>
home-settings-unlinked = Акаунт Trakt: ще не під’єднано
home-group = 👋 Привіт, { $name }! Тут, у групі: /party підбере, що подивитися разом — те, чого ще ніхто не бачив, /trending покаже, що зараз популярне, а <code>@{ $bot } назва</code> поділиться фільмом чи серіалом. Ваше особисте меню — що далі, історія, список перегляду — у нашому приватному чаті.
home-open-private = ☰ Відкрити моє меню
