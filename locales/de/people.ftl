# Personenkarte: /search findet auch Personen; die Karte zeigt, wofür sie bekannt sind.
# Nachrichten sind Telegram-HTML; die Faktenzeile und Button-Beschriftungen sind reiner Text.

people-known-for = <b>Bekannt für</b>
people-tap = <i>Tippe auf eine Nummer, um die Details des Titels zu sehen.</i>
people-no-credits = <i>Trakt führt für diese Person noch keine Filme oder Serien.</i>
people-credits-failed = <i>Trakt konnte die Filme und Serien dieser Person gerade nicht liefern. Versuche es gleich noch einmal.</i>
people-born = geb. { $date }
people-died = gest. { $date }
people-as = als { $role }
people-episodes = { $count ->
    [one] { $count } Folge
   *[other] { $count } Folgen
}
people-department-acting = Schauspiel
people-department-directing = Regie
people-department-writing = Drehbuch
people-department-production = Produktion
people-department-sound = Ton
people-department-camera = Kamera
people-department-editing = Schnitt
people-department-art = Ausstattung
people-department-crew = Stab
people-department-costume = Kostüm und Maske
people-department-lighting = Licht
people-department-visual-effects = Visuelle Effekte
people-department-created-by = Idee

# A title's people, opened from its details card.
people-button = 👥 Besetzung und Crew
people-of-title = 👥 { $title } · Besetzung und Crew
people-tap-person = <i>Tippe auf eine Nummer für die Karte der Person.</i>
people-nobody = <i>Trakt führt noch keine Besetzung oder Crew dafür.</i>
