# Home (/start e ☰ Menu): il tuo mondo in pulsanti; impostazioni; /start in un gruppo.

home-menu = ☰ Menu
home-title = ☰ <b>Menu</b>
home-title-linked = ☰ <b>Menu</b> · Trakt: <b>{ $username }</b>
home-hint = <i>Tocca un pulsante, oppure invia /help per tutti i comandi.</i>
home-unlinked = Collega il tuo account Trakt per vedere qui cosa guardare dopo, il tuo calendario, la cronologia, la watchlist e le tue statistiche. Intanto puoi vedere cosa va di moda o cercare un titolo.
home-next = ▶️ Prossimi episodi
home-calendar = 📅 Calendario
home-history = 🕘 Cronologia
home-watchlist = 📌 Watchlist
home-recommend = 💡 Per te
home-lists = 📋 Liste
home-trending = 🔥 Tendenze
home-search = 🔍 Cerca
home-stats = 📊 Statistiche
home-settings = ⚙️ Impostazioni
home-language = 🌐 Lingua
home-notify = 🔔 Notifiche
home-account = 👤 Account Trakt
home-settings-title = ⚙️ <b>Impostazioni</b>
home-settings-language = Lingua: <b>{ $language }</b>
home-settings-language-auto = Lingua: <b>{ $language }</b>, come nel tuo Telegram
home-settings-linked = Account Trakt: <b>{ $username }</b>
home-settings-unlinked = Account Trakt: non ancora collegato
home-group = 👋 Ciao, { $name }! Qui nel gruppo: /party sceglie qualcosa da guardare insieme che nessuno ha ancora visto, /trending mostra cosa va di moda e <code>@{ $bot } titolo</code> condivide un titolo. Il tuo menu personale (prossimi episodi, cronologia, watchlist) è nella nostra chat privata.
home-open-private = ☰ Apri il mio menu
