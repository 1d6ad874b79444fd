## Der Bot antwortet immer (Issue 15): unbekannte Befehle, verirrte Codes, Hinweise zur
## Eingabe, Schreibvorgänge, auf die Trakt warten lässt, eine zweite /party.

unknown-command = { $command } kenne ich nicht. Mit /help siehst du, was ich kann.
link-stray-code = 🔐 Das sieht nach einem Trakt-Code aus, deshalb habe ich die Nachricht sofort gelöscht. Codes gelten nur beim Verknüpfen: Sende /link, dann zeige ich dir, wo du ihn eingibst.
link-stray-code-kept = 🔐 Das sieht nach einem Trakt-Code aus – bitte lösche deine Nachricht. Codes gelten nur beim Verknüpfen: Sende /link, dann zeige ich dir, wo du ihn eingibst.
link-stray-code-pending = 🔐 Das sieht nach einem Trakt-Code aus, deshalb habe ich die Nachricht sofort gelöscht. Du verknüpfst gerade: Schick mir den Code allein als Nachricht, dann verwende ich ihn.
link-needed-alert = Verknüpfe zuerst dein Trakt-Konto: Sende /link.

discover-usage =
    Was auf Trakt gerade angesagt ist:
    <code>/trending</code> – was gerade geschaut wird
    <code>/popular</code> – das Beliebteste aller Zeiten
    Mit <code>serien</code> oder <code>filme</code> und <code>woche</code>, <code>monat</code>, <code>jahr</code> oder <code>alle</code> für das Meistgesehene: <code>/trending filme woche</code>.
recommend-usage =
    Titel, die Trakt für dich aussucht:
    <code>/recommend</code> – Serien
    <code>/recommend filme</code> – Filme

later-saving = ⏳ Trakt bittet mich zu warten, also speichere ich das in { $seconds } s.
later-already = ⏳ Schon vorgemerkt: Ich speichere es in { $seconds } s.
later-behind = ⏳ Deine vorherige Änderung wartet noch auf Trakt, also speichere ich das direkt danach, in { $seconds } s.
later-failed = Ich konnte deine Änderung bei Trakt nicht speichern: { $reason }
later-full = ⏳ Es warten schon zu viele deiner Änderungen auf Trakt. Versuch es noch einmal, sobald sie gespeichert sind.
later-other-account = Deine wartende Änderung habe ich nicht gespeichert: Sie gehört zu einem Trakt-Konto, das hier nicht mehr verknüpft ist.

party-running = 🍿 Hier läuft schon eine Watchparty, gestartet von { $name } – mach oben mit. { $name } oder ein Gruppen-Admin kann stattdessen eine neue starten.
party-button-new = 🔄 Neue Watchparty starten
party-new-not-allowed = Nur { $name } (wer die Watchparty gestartet hat) oder ein Gruppen-Admin kann sie ersetzen.
party-new-started = Neue Watchparty gestartet 🍿
party-new-too-late = Inzwischen hat eine andere Watchparty begonnen: Mach dort mit.
