# Меню (/start и ☰ Меню): всё ваше на кнопках; настройки; /start в группе.

home-menu = ☰ Меню
home-title = ☰ <b>Меню</b>
home-title-linked = ☰ <b>Меню</b> · Trakt: <b>{ $username }</b>
home-hint = <i>Нажмите кнопку — или отправьте /help, чтобы увидеть все команды.</i>
home-unlinked = Привяжите аккаунт Trakt — и здесь появятся следующие серии, ваш календарь, история, список «Буду смотреть» и статистика. А пока можно посмотреть, что сейчас в тренде, или найти что-нибудь по названию.
home-next = ▶️ Что дальше
home-calendar = 📅 Календарь
home-history = 🕘 История
home-watchlist = 📌 Буду смотреть
home-recommend = 💡 Для вас
home-lists = 📋 Списки
home-trending = 🔥 В тренде
home-search = 🔍 Поиск
home-stats = 📊 Статистика
home-settings = ⚙️ Настройки
home-language = 🌐 Язык
home-notify = 🔔 Уведомления
home-account = 👤 Аккаунт Trakt
home-settings-title = ⚙️ <b>Настройки</b>
home-settings-language = Язык: <b>{ $language }</b>
home-settings-language-auto = Язык: <b>{ $language }</b>, как в вашем Telegram
home-settings-linked = Аккаунт Trakt: <b>{ $username }</b>
home-settings-unlinked = Аккаунт Trakt: ещё не привязан
home-group = 👋 Привет, { $name }! Здесь, в группе: /party подберёт, что посмотреть вместе — то, чего ещё никто не видел, /trending покажет, что сейчас популярно, а <code>@{ $bot } название</code> поделится фильмом или сериалом. Ваше личное меню — что дальше, история, «Буду смотреть» — в нашем личном чате.
home-open-private = ☰ Открыть моё меню
