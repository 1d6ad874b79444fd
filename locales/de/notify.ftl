## /notify: Benachrichtigungen, wenn deine Folgen laufen
cmd-notify = Benachrichtigungen, wenn deine Folgen laufen
notify-usage =
    Benachrichtigungen, wenn deine Serien laufen. Tippe auf die Buttons oder schreib:
    <code>/notify serien</code> – jede Folge, sobald sie läuft (<code>/notify serien 60</code>: eine Stunde später)
    <code>/notify übersicht 8</code> – eine tägliche Übersicht um 08:00
    <code>/notify aus</code> – keine Benachrichtigungen (<code>/notify ein</code>: wieder an)
    <code>/notify zeitzone Europe/Berlin</code> – deine Zeitzone
    <code>/notify ruhe 23 7</code> – Ruhezeiten (<code>/notify ruhe aus</code>)
    <code>/notify filme ein</code> – auch Filmstarts
    <code>/notify premieren</code>, <code>finale</code> oder <code>alle</code> – welche Folgen
notify-title = 🔔 <b>Benachrichtigungen</b>
notify-mode-off-now = Aus: Es wird nichts gesendet.
notify-mode-each-now = Jede Folge, { $when }.
notify-mode-digest-now = Eine tägliche Übersicht um { $time }.
notify-scope-now = Serien: { $scope }
notify-quiet-now = Ruhezeiten: { $quiet }
notify-zone-trakt = Zeitzone: { $zone }, aus deinen Trakt-Einstellungen
notify-zone-chosen = Zeitzone: { $zone }, hier festgelegt
notify-movies-now = Filmstarts: { $on ->
        [true] an
       *[false] aus
    }
notify-zone-hint = Wähle eine Zeitzone oder schreib sie: <code>/notify zeitzone Europe/Berlin</code>
notify-zone-unknown = 🌍 „{ $zone }“ kenne ich nicht als Zeitzone. Schreib die Zone eines Ortes als Gebiet/Stadt, etwa <code>/notify zeitzone Europe/Berlin</code>, oder wähle eine unter /notify.
notify-scope-followed = angefangene und Watchlist
notify-scope-premieres = nur Premieren
notify-scope-finales = nur Finale
notify-scope-all = alles in deinem Kalender
notify-quiet-none = keine
notify-at-air = zur Sendezeit
notify-later-minutes = { $minutes ->
        [one] { $minutes } Minute später
       *[other] { $minutes } Minuten später
    }
notify-later-hours = { $hours ->
        [one] { $hours } Stunde später
       *[other] { $hours } Stunden später
    }
notify-before-minutes = { $minutes ->
        [one] { $minutes } Minute vorher
       *[other] { $minutes } Minuten vorher
    }
notify-before-hours = { $hours ->
        [one] { $hours } Stunde vorher
       *[other] { $hours } Stunden vorher
    }
notify-button-off = Aus
notify-button-each = Jede Folge
notify-button-digest = Tägliche Übersicht
notify-button-when = ⏱ Wann: { $when }
notify-button-hour = 🕗 Um { $time }
notify-button-scope = 📺 Welche Serien
notify-button-quiet = 🌙 Ruhezeiten
notify-button-zone = 🌍 Zeitzone
notify-button-zone-trakt = Von Trakt
notify-button-movies = 🎬 Filme
## die Benachrichtigung
notify-airs = 📺 { $show } · { $time }
notify-binge = 📺 { $show } · { $count ->
        [one] { $count } neue Folge
       *[other] { $count } neue Folgen
    } · { $time }
notify-digest = 🗓 <b>Neu bei deinen Serien</b> · { $count ->
        [one] { $count } Folge
       *[other] { $count } Folgen
    }
notify-movie = 🎬 Ab heute: { $movie }
notify-muted-line = <i>🔕 Stummgeschaltet: keine Benachrichtigungen mehr für diese Serie.</i>
notify-more = … und { $count } weitere
notify-type-series_premiere = Serienstart
notify-type-season_premiere = Staffelstart
notify-type-mid_season_premiere = zurück aus der Pause
notify-type-series_finale = Serienfinale
notify-type-season_finale = Staffelfinale
notify-type-mid_season_finale = Midseason-Finale
notify-button-seen = ✅ Gesehen
notify-button-seen-done = ✅ Gesehen ✓
notify-button-open = 🎞 Öffnen
notify-button-all = ✅ Alle gesehen
notify-button-all-yes = ✅ Ja, { $count ->
        [one] { $count } Folge
       *[other] alle { $count }
    }
notify-button-all-no = Abbrechen
notify-button-mute = 🔕 Serie stummschalten
notify-button-unmute = 🔔 Wieder benachrichtigen
notify-all-done = { $count ->
        [one] { $count } Folge als gesehen markiert
       *[other] { $count } Folgen als gesehen markiert
    }
notify-muted = Stummgeschaltet: keine Benachrichtigungen mehr für diese Serie
notify-unmuted = Benachrichtigungen für diese Serie sind wieder an
notify-hour-range = 🕗 „{ $typed }“ ist keine Uhrzeit: Nimm 0–23, etwa <code>/notify übersicht 8</code> oder <code>/notify ruhe 23 7</code>.
notify-offset-range = ⏱ „{ $typed }“ geht nicht: Der Abstand wird in Minuten angegeben, von -1440 bis 1440 (bis zu einem Tag vor oder nach der Ausstrahlung), etwa <code>/notify serien 60</code>.
notify-quiet-same = 🌙 Ruhezeiten brauchen zwei verschiedene Stunden, Beginn und Ende, etwa <code>/notify ruhe 23 7</code>.
notify-button-muted = 🔕 Stumme Serien ({ $count })
notify-muted-title = 🔕 <b>Stummgeschaltete Serien</b>: für diese kommen keine Benachrichtigungen.
notify-muted-none = 🔕 Keine Serie ist stummgeschaltet. Der 🔕-Button einer Benachrichtigung schaltet ihre Serie stumm.
notify-button-unmute-number = 🔔 { $number } wieder an
notify-zone-everywhere = <i>Deine Zeitzone gilt überall: Benachrichtigungen, /calendar, /history, Karten und Check-ins.</i>
notify-airs-soon = 📺 { $show } · läuft am { $time }
notify-binge-soon = 📺 { $show } · { $count ->
        [one] { $count } neue Folge läuft
       *[other] { $count } neue Folgen laufen
    } am { $time }
notify-link-lost = 🔕 Deine Trakt-Verknüpfung funktioniert nicht mehr, deshalb pausieren die Benachrichtigungen. Verknüpfe dein Konto neu, um sie wieder zu bekommen.
## nach dem Verknüpfen, einmal
notify-offer = 🔔 Möchtest du eine Nachricht, wenn deine Serien laufen? Zu jeder Folge eine, mit ✅ zum Abhaken – oder einmal täglich eine Übersicht, aus der du jede Folge mit einem Tipp öffnest.
notify-offer-button = 🔔 Benachrichtigungen einrichten
## /due
notify-due-off = Benachrichtigungen sind aus. Schalte sie mit /notify ein.
notify-due-empty = In den nächsten Tagen steht nichts an.
notify-due-header = 🗓 <b>Geplant</b> ({ $zone }) · { $count ->
        [one] { $count } Benachrichtigung
       *[other] { $count } Benachrichtigungen
    }
