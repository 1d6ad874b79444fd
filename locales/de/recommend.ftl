# /recommend: persönliche Empfehlungen von Trakt.

cmd-recommend = Serien und Filme, für dich ausgesucht
recommend-header-shows =
    💡 <b>Serien für dich</b> · { $count ->
        [one] { $count } Empfehlung
       *[other] { $count } Empfehlungen
    } von Trakt
recommend-header-movies =
    💡 <b>Filme für dich</b> · { $count ->
        [one] { $count } Empfehlung
       *[other] { $count } Empfehlungen
    } von Trakt
recommend-empty-shows = Trakt hat noch keine Serienempfehlungen für dich. Schau und bewerte ein paar Serien auf Trakt und frag dann noch einmal.
recommend-empty-movies = Trakt hat noch keine Filmempfehlungen für dich. Schau und bewerte ein paar Filme auf Trakt und frag dann noch einmal.
recommend-in-watchlist = ✅ Auf deiner Watchlist
recommend-watched = 👁 Gesehen
recommend-hidden = 🙈 <i>Kein Interesse: Trakt empfiehlt das nicht mehr.</i>
recommend-legend = <i>Tippe auf einen Titel für Details · ➕ auf die Watchlist (➖ entfernen) · 👁 als gesehen markieren · 🙈 kein Interesse</i>
recommend-icon-wl = ➕
recommend-icon-unwl = ➖
recommend-icon-seen = 👁
recommend-icon-seen-done = ✅
recommend-icon-hide = 🙈
