# Die Detailkarte eines Films oder einer Serie und die Ein-Tipp-Aktionen für Titel.
# Nachrichten sind Telegram-HTML; Button-Beschriftungen, Toasts und Hinweise sind reiner Text.

## Karte
details-button = ℹ️ Details
details-link = 🔗 <a href="{ $url }">Auf Trakt öffnen</a>
details-no-overview = <i>Noch keine Beschreibung.</i>
details-not-out-toast = Noch nicht erschienen
details-runtime = { $minutes } Min.
details-released = erschienen am { $date }
details-first-aired = Erstausstrahlung am { $date }
details-releases = erscheint am { $date }
details-first-airs = Erstausstrahlung ab { $date }
details-next = ▶ Als Nächstes: { $episode }
details-related = <b>Ähnliche Titel:</b> { $titles }

## Status (von Trakt, als Slug)
details-status-returning-series = wird fortgesetzt
details-status-continuing = läuft
details-status-in-production = in Produktion
details-status-post-production = in der Postproduktion
details-status-planned = geplant
details-status-upcoming = demnächst
details-status-pilot = Pilotfolge
details-status-rumored = Gerücht
details-status-canceled = abgesetzt
details-status-ended = beendet
details-status-released = erschienen

## Aktions-Buttons
action-wl = ➕ Watchlist
action-wl-done = ✅ Auf der Watchlist
action-unwl = ➖ Aus der Watchlist
action-unwl-done = ✅ Entfernt
action-seen = 👁 Als gesehen markieren
action-seen-done = ✅ Gesehen
action-hide = 🙈 Nichts für mich
action-hide-done = ✅ Ausgeblendet
action-rate = ⭐ Bewerten
action-rate-done = ✅ Bewertet
action-rated = ✅ Bewertet: { $rating }/10
action-rate-cancel = ✖ Abbrechen

## Toasts und Hinweise zu Aktionen
action-wl-toast = Zu deiner Watchlist hinzugefügt
action-wl-already = Schon auf deiner Watchlist
action-unwl-toast = Aus deiner Watchlist entfernt
action-unwl-already = Das war nicht auf deiner Watchlist
action-seen-toast = Als gesehen markiert
action-seen-toast-show = Alle ausgestrahlten Folgen als gesehen markiert
action-seen-already = Schon als gesehen markiert
action-hide-toast = Ausgeblendet: Ich schlage das nicht mehr vor
action-hide-already = Schon ausgeblendet
action-rate-pick = Wähle eine Bewertung von 1 bis 10
action-rate-toast = Mit { $rating }/10 bewertet
action-not-found = Trakt kennt diesen Titel nicht.
action-limit-watchlist =
    Deine Trakt-Watchlist ist voll ({ $limit ->
        [one] { $limit } Titel
       *[other] { $limit } Titel
    }). Entferne etwas daraus oder hol dir Trakt VIP für eine größere.
action-limit-watchlist-unknown = Deine Trakt-Watchlist ist voll. Entferne etwas daraus oder hol dir Trakt VIP für eine größere.

## Nochmal gesehen, und eine ganze Serie (jeweils mit Rückfrage)
action-again = 🔁 Nochmal gesehen
action-again-ask = Du hast es schon gesehen. Noch eine Sichtung eintragen?
action-again-toast = Noch eine Sichtung eingetragen
action-again-recent = Gerade eben wurde schon eine Sichtung eingetragen
action-all = { $count ->
    [one] ✅ Die { $count } Folge
   *[other] ✅ Alle { $count } Folgen
}
action-all-ask = { $count ->
    [one] Die { $count } ausgestrahlte Folge von { $title } als gesehen markieren?
   *[other] Alle { $count } ausgestrahlten Folgen von { $title } als gesehen markieren?
}
action-all-none = Trakt führt für diese Serie noch keine ausgestrahlten Folgen.

## Undo (a few minutes after a change)
action-undo = ↩ Rückgängig
action-undo-toast = Rückgängig gemacht
action-undo-late = Zu spät zum Rückgängigmachen: Das ist mehr als 5 Minuten her.
action-undo-done = Schon rückgängig gemacht
action-undo-other-account = Diese Änderung betrifft ein Trakt-Konto, das nicht mehr verknüpft ist – sie lässt sich nicht mehr rückgängig machen.
seasons-button = 📚 Staffeln

## Your progress on a show's card
details-progress-next = 👁 Gesehen: { $completed } von { $aired } · als Nächstes { $episode }
details-progress = 👁 Gesehen: { $completed } von { $aired }
details-progress-done = { $aired ->
    [one] ✅ Du hast die ausgestrahlte Folge gesehen
   *[other] ✅ Du hast alle { $aired } ausgestrahlten Folgen gesehen
}
action-next-episode = 👁 { $episode } abhaken
action-all-rest = ✅ Die übrigen { $count }
action-all-ask-rest = { $count ->
    [one] Die { $count } ausgestrahlte Folge von { $title }, die du noch nicht gesehen hast, als gesehen markieren?
   *[other] Die { $count } ausgestrahlten Folgen von { $title }, die du noch nicht gesehen hast, als gesehen markieren?
}
action-unrate = ✖ Bewertung entfernen
action-unrate-toast = Bewertung entfernt
action-unrate-already = Es hat keine Bewertung
