## Check-in: „Ich schaue das gerade“ bei Trakt (/checkin, der 🎬-Button auf Karten)
cmd-checkin = Wo du gerade eingecheckt bist, mit Abbrechen
checkin-button = 🎬 Einchecken

## Hinweise (sieht nur, wer gedrückt hat)
checkin-done = Eingecheckt bei { $title } bis { $time }
checkin-done-no-time = Eingecheckt bei { $title }
checkin-already = Schon eingecheckt bei { $title } bis { $time }
checkin-already-no-time = Schon eingecheckt bei { $title }
checkin-cancelled-toast = Check-in abgebrochen

## Nachrichten
checkin-done-html = 🎬 Eingecheckt bei { $title } bis { $time }.
checkin-done-html-no-time = 🎬 Eingecheckt bei { $title }.
checkin-conflict =
    ⏳ Du bist schon bei { $running } eingecheckt, bis { $time }.
    Abbrechen und stattdessen bei { $title } einchecken?
checkin-conflict-no-time =
    ⏳ Du bist schon bei { $running } eingecheckt.
    Abbrechen und stattdessen bei { $title } einchecken?
checkin-replace = ✖ Abbrechen und hier einchecken
checkin-keep = Beibehalten
checkin-kept = 👍 Dein Check-in läuft weiter.
checkin-too-late = 🎬 Deinen Check-in habe ich nicht gemacht: Trakt hat ihn zu lange warten lassen, er wäre nicht mehr „jetzt“. Schaust du noch? Tippe noch einmal auf 🎬 Einchecken.
checkin-none = Du bist gerade nirgends eingecheckt. Öffne einen Film oder eine Folge und tippe auf 🎬 Einchecken.
checkin-now = 🎬 Eingecheckt bei { $title }
checkin-now-scrobble = ▶️ Du schaust { $title } in einer Player-App
checkin-started = Begonnen um { $time }
checkin-until = Endet um { $time }
checkin-cancel = ✖ Check-in abbrechen
checkin-cancelled = Dein Check-in bei { $title } ist abgebrochen.
checkin-cancel-none = Es läuft nichts mehr.
checkin-me-watching = ▶️ Du schaust gerade: { $title }
checkin-me-watching-until = ▶️ Du schaust gerade: { $title }, bis { $time }
checkin-usage =
    Zeigt, wo du gerade eingecheckt bist, mit einer Möglichkeit zum Abbrechen:
    <code>/checkin</code>
    Mehr Wörter braucht es nicht.
