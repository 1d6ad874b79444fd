## Episodes: an episode's card and a show's seasons → episodes picker

episodes-gone = Diese Folge gibt es bei Trakt nicht mehr.
episodes-special = ✨ Special
episodes-aired = 📅 Ausgestrahlt am { $when }
episodes-airs = 📅 Läuft am { $when }
episodes-no-date = 📅 Noch kein Sendetermin
episodes-runtime = ⏱ { $minutes } Min.
episodes-your-rating = deine Bewertung { $rating }/10
episodes-watched = ✅ Du hast sie gesehen
episodes-show-button = 📺 Serie
episodes-at-release = 📅 Am Sendetag
episodes-another-day = 🗓 Anderer Tag
episodes-yesterday = Gestern
episodes-logged-released = Am Sendetag als gesehen eingetragen
episodes-logged-day = Für diesen Tag als gesehen eingetragen
episodes-not-aired = ⏳ Noch nicht ausgestrahlt: Markieren kannst du die Folge erst, wenn sie gelaufen ist.
episodes-not-aired-toast = Noch nicht ausgestrahlt
episodes-before-air-toast = An dem Tag lief sie noch nicht
episodes-unaired = noch nicht gelaufen
episodes-season-line-unaired = Staffel { $number } · noch nicht gelaufen
episodes-season-unaired = ⏳ Noch nicht gelaufen
episodes-when-now = Jetzt
episodes-when-released = Am Sendetag
episodes-when-line = 👁 Sichtung mit Datum: { $when }
episodes-when-inline-now = jetzt
episodes-when-inline-released = am Sendetag
episodes-when-inline-yesterday = gestern
episodes-seasons = Staffeln
episodes-no-seasons = Trakt führt für diese Serie noch keine Staffeln.
episodes-season-line = Staffel { $number } · { $count ->
    [one] { $count } Folge
   *[other] { $count } Folgen
}
episodes-season-line-progress = Staffel { $number } · { $progress } gesehen
episodes-specials-line = Specials · { $count ->
    [one] { $count } Folge
   *[other] { $count } Folgen
}
episodes-season-button = S{ $number }
episodes-specials-button = ✨ Specials
episodes-seasons-back = ◀ Staffeln
episodes-season-head = Staffel { $number }
episodes-specials-head = Specials
episodes-season-progress = Gesehen: { $progress }
episodes-no-episodes = Trakt führt für diese Staffel noch keine Folgen.
episodes-all-button = ✅ Ganze Staffel
episodes-all-ask = { $count ->
    [one] Die letzte ausgestrahlte Folge von Staffel { $number } als gesehen markieren?
   *[other] Alle { $count } ausgestrahlten Folgen von Staffel { $number } als gesehen markieren?
}
episodes-all-yes = { $count ->
    [one] ✅ Ja, 1 Folge markieren
   *[other] ✅ Ja, { $count } Folgen markieren
}
episodes-cancel = ✖ Abbrechen
episodes-all-none = Alle ausgestrahlten Folgen dieser Staffel sind schon gesehen.
episodes-all-toast = { $count ->
    [one] 1 Folge als gesehen markiert
   *[other] { $count } Folgen als gesehen markiert
}
episodes-remove = 🗑 Sichtung entfernen
episodes-remove-ask = Deine letzte Sichtung dieser Folge entfernen?
