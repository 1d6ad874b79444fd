# Accueil (/start et ☰ Menu) : votre univers en boutons ; réglages ; /start dans un groupe.

home-menu = ☰ Menu
home-title = ☰ <b>Menu</b>
home-title-linked = ☰ <b>Menu</b> · Trakt : <b>{ $username }</b>
home-hint = <i>Appuyez sur un bouton, ou envoyez /help pour voir toutes les commandes.</i>
home-unlinked = Associez votre compte Trakt pour retrouver ici ce qui est à suivre, votre calendrier, votre historique, votre watchlist et vos statistiques. En attendant, découvrez les tendances ou cherchez un titre.
home-next = ▶️ À suivre
home-calendar = 📅 Calendrier
home-history = 🕘 Historique
home-watchlist = 📌 Watchlist
home-recommend = 💡 Pour vous
home-lists = 📋 Listes
home-trending = 🔥 Tendances
home-search = 🔍 Recherche
home-stats = 📊 Statistiques
home-settings = ⚙️ Réglages
home-language = 🌐 Langue
home-notify = 🔔 Notifications
home-account = 👤 Compte Trakt
home-settings-title = ⚙️ <b>Réglages</b>
home-settings-language = Langue : <b>{ $language }</b>
home-settings-language-auto = Langue : <b>{ $language }</b>, comme dans votre Telegram
home-settings-linked = Compte Trakt : <b>{ $username }</b>
home-settings-unlinked = Compte Trakt : pas encore associé
home-group = 👋 Bonjour { $name } ! Ici, dans le groupe : /party choisit quelque chose à regarder ensemble que personne n’a encore vu, /trending montre ce qui est tendance, et <code>@{ $bot } titre</code> partage un titre. Votre menu à vous (à suivre, historique, watchlist) est dans notre discussion privée.
home-open-private = ☰ Ouvrir mon menu
