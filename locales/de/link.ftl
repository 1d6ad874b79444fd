# /link, /unlink und /me (bot/features/link.py, link_poll.py, account.py).
# Nie ein Token in eine Nachricht; der kurze Gerätecode geht nur in einen privaten Chat.

## Befehlsmenü (reiner Text)
cmd-link = Dein Trakt-Konto verknüpfen
cmd-unlink = Dein Trakt-Konto trennen
cmd-me = Dein verknüpftes Trakt-Konto und seine Limits

## /link in einem privaten Chat
link-device =
    🔗 <b>Trakt-Konto verknüpfen</b>

    1. Tippe unten auf <b>Trakt öffnen</b> und melde dich bei Trakt an, falls nötig.
    2. Prüfe, ob die Seite <code>{ $code }</code> anzeigt, und bestätige dann.

    Der Code gilt { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }. Sobald du bestätigt hast, melde ich mich hier.
link-device-relink = Du bist gerade als <b>{ $username }</b> verknüpft; wenn du bestätigst, wechselt dieser Chat zum neuen Konto.
link-device-fallback = Die Seite funktioniert nicht? <a href="{ $url }">Melde dich stattdessen hier an</a> und schick mir den Code, den Trakt dir anzeigt.
link-button-open = 🔑 Trakt öffnen
link-button-cancel = ✖️ Abbrechen
link-button-again = 🔄 Neu starten
link-button-private = 🔗 Privat verknüpfen
link-open-private = Öffne einen privaten Chat mit mir, um dein Konto zu verknüpfen.
link-stale = Diese Anmeldung ist bereits beendet.
link-cancelled = Abgebrochen: Es wurde nichts verknüpft.
link-cancelled-toast = Abgebrochen
link-replaced = ↪️ Dieser Code wurde durch einen neueren (unten) ersetzt.

## Wie eine Verknüpfung endet
link-code-used = 🔐 Diese Anmeldung ist abgeschlossen; der Code funktioniert nicht mehr.
link-done = ✅ Verknüpft als <b>{ $username }</b>. Deine persönlichen Befehle funktionieren jetzt: /me zeigt das Konto, /unlink trennt es, /help listet alles auf.
# Linked, but Trakt did not say yet whose account it is (the name shows on /me later).
link-done-unnamed = ✅ Dein Trakt-Konto ist verknüpft. Deine persönlichen Befehle funktionieren jetzt: /me zeigt das Konto, /unlink trennt es, /help listet alles auf.
link-denied = 🚫 Die Anfrage wurde auf Trakt abgelehnt, daher wurde nichts verknüpft.
link-expired = ⌛ Der Code ist abgelaufen, bevor er bestätigt wurde. Es wurde nichts verknüpft.
link-invalid = ❓ Trakt kennt diesen Code nicht mehr. Es wurde nichts verknüpft.
link-already-used = ⚠️ Dieser Code wurde bereits verwendet. Falls du ihn bestätigt hast, prüfe es mit /me; sonst fang neu an.
link-failed = Die Verknüpfung wurde nicht abgeschlossen. { $reason }
link-expired-away = ⌛ Dein Verknüpfungsversuch ist abgelaufen, während ich weg war – sorry! Fang einfach neu an, wann du willst; es dauert nur eine Minute.
link-unreadable-away = ⌛ Deinen Verknüpfungsversuch konnte ich nach einem Neustart nicht fortsetzen – sorry! Fang einfach neu an, wann du willst; es dauert nur eine Minute.

## Ein eingefügter Code
link-code-wrong = ❌ Trakt hat diesen Code nicht akzeptiert: Vielleicht ist er vertippt, abgelaufen oder schon benutzt. Hol dir einen neuen und versuch es noch einmal. (Deine Nachricht mit dem Code habe ich gelöscht.)
link-code-is-device = Diesen Code gibst du auf der Trakt-Seite ein, nicht hier. Tippe oben auf <b>Trakt öffnen</b> und bestätige dort.

## /link in einer Gruppe
link-group = 🔒 Die Verknüpfung läuft über einen privaten Chat mit mir, damit hier nie Codes auftauchen. Tippe auf den Button, um dort weiterzumachen.
link-group-code-deleted = 🔒 Ich habe diese Nachricht gelöscht: Anmeldecodes gehören nie in eine Gruppe. Sende /link stattdessen in einem privaten Chat an mich.
link-group-code-not-deleted = 🔒 Bitte lösche deine letzte Nachricht: Sie enthält einen Anmeldecode, und ich kann sie hier nicht löschen. Sende /link stattdessen in einem privaten Chat an mich.

## /unlink
unlink-confirm = Das Trakt-Konto <b>{ $username }</b> trennen? Ich vergesse es hier und bitte Trakt, meinen Zugriff zu beenden.
unlink-button-yes = Ja, trennen
unlink-button-no = Abbrechen
unlink-done = ✅ <b>{ $username }</b> getrennt: Ich habe das Konto hier vergessen, und Trakt hat meinen Zugriff beendet. Mit /link kannst du es jederzeit neu verknüpfen.
unlink-done-local = ✅ <b>{ $username }</b> ist hier getrennt. Trakt hat nicht geantwortet, daher steht mein Zugriff vielleicht noch unter <a href="{ $url }">deinen verbundenen Apps</a> auf Trakt; dort kannst du ihn widerrufen.
unlink-unreadable = 🧹 Die für dich gespeicherte Trakt-Verknüpfung konnte ich nicht mehr lesen, deshalb habe ich sie entfernt. Mein Zugriff steht vielleicht noch unter <a href="{ $url }">deinen verbundenen Apps</a> auf Trakt; dort kannst du ihn widerrufen. Mit /link verknüpfst du jederzeit neu.
unlink-kept = Nichts geändert: Du bist weiterhin als <b>{ $username }</b> verknüpft.
unlink-none = Hier ist kein Trakt-Konto mehr verknüpft.

## /me
me-header = 👤 <b>Dein Trakt-Konto</b>
me-user = <a href="{ $url }">{ $username }</a>
me-user-named = <a href="{ $url }">{ $username }</a> ({ $name })
me-since = Hier verknüpft seit { $date }
me-vip = ⭐ Trakt VIP
me-free = Kostenloses Konto (kein VIP)
me-private = 🔒 Dein Trakt-Profil ist privat.
me-header-shared = 👤 <b>Trakt-Konto von { $username }</b>
me-since-shared = Mit diesem Bot verknüpft seit { $date }
me-private-shared = 🔒 Dieses Trakt-Profil ist privat.
me-limits-header = <b>Limits, die Trakt für dieses Konto festlegt</b>
me-limit-lists = • Eigene Listen: bis zu { $count ->
        [one] { $count } Liste
       *[other] { $count } Listen
    } mit je bis zu { $limit ->
        [one] { $limit } Eintrag
       *[other] { $limit } Einträgen
    }
me-limit-lists-count = • Eigene Listen: bis zu { $count ->
        [one] { $count } Liste
       *[other] { $count } Listen
    }
me-limit-watchlist = • Watchlist: bis zu { $count ->
        [one] { $count } Titel
       *[other] { $count } Titel
    }
me-limit-collection = • Sammlung: bis zu { $count ->
        [one] { $count } Titel
       *[other] { $count } Titel
    }
me-limit-favorites = • Favoriten: bis zu { $count ->
        [one] { $count } Titel
       *[other] { $count } Titel
    }
me-limit-notes = • Notizen: bis zu { $count ->
        [one] { $count } Notiz
       *[other] { $count } Notizen
    }
me-limits-none = Trakt hat für dieses Konto keine Limits gemeldet.
me-button-profile = 🌐 Profil auf Trakt
me-button-unlink = Trennen
