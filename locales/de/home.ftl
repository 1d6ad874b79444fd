# Home (/start und ☰ Menü): die eigene Welt als Buttons; Einstellungen; /start in Gruppen.

home-menu = ☰ Menü
home-title = ☰ <b>Menü</b>
home-title-linked = ☰ <b>Menü</b> · Trakt: <b>{ $username }</b>
home-hint = <i>Tippe auf einen Button – oder sende /help für alle Befehle.</i>
home-unlinked = Verknüpfe dein Trakt-Konto, dann siehst du hier, was als Nächstes dran ist, deinen Kalender, Verlauf, deine Watchlist und deine Statistik. Bis dahin: Schau, was gerade im Trend ist, oder suche nach einem Titel.
home-next = ▶️ Als Nächstes
home-calendar = 📅 Kalender
home-history = 🕘 Verlauf
home-watchlist = 📌 Watchlist
home-recommend = 💡 Für dich
home-lists = 📋 Listen
home-trending = 🔥 Im Trend
home-search = 🔍 Suche
home-stats = 📊 Statistik
home-settings = ⚙️ Einstellungen
home-language = 🌐 Sprache
home-notify = 🔔 Benachrichtigungen
home-account = 👤 Trakt-Konto
home-settings-title = ⚙️ <b>Einstellungen</b>
home-settings-language = Sprache: <b>{ $language }</b>
home-settings-language-auto = Sprache: <b>{ $language }</b>, wie in deinem Telegram
home-settings-linked = Trakt-Konto: <b>{ $username }</b>
home-settings-unlinked = Trakt-Konto: noch nicht verknüpft
home-group = 👋 Hallo { $name }! Hier in der Gruppe: /party findet etwas zum gemeinsamen Schauen, das noch niemand gesehen hat, /trending zeigt, was gerade angesagt ist, und <code>@{ $bot } Titel</code> teilt einen Titel. Dein eigenes Menü – als Nächstes, Verlauf, Watchlist – ist in unserem privaten Chat.
home-open-private = ☰ Mein Menü öffnen
