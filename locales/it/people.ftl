# Scheda di una persona: /search trova anche le persone; la scheda elenca i lavori per cui sono note.
# I messaggi sono HTML di Telegram; la riga dei dati e le etichette dei pulsanti sono testo semplice.

people-known-for = <b>Lavori più noti</b>
people-tap = <i>Tocca un numero per i dettagli del titolo.</i>
people-no-credits = <i>Trakt non ha ancora film o serie TV di questa persona.</i>
people-credits-failed = <i>Trakt non è riuscito a elencare i suoi film e serie in questo momento. Riprova tra poco.</i>
people-born = nascita: { $date }
people-died = morte: { $date }
people-as = ruolo: { $role }
people-episodes = { $count ->
    [one] { $count } episodio
   *[other] { $count } episodi
}
people-department-acting = Recitazione
people-department-directing = Regia
people-department-writing = Sceneggiatura
people-department-production = Produzione
people-department-sound = Suono
people-department-camera = Fotografia
people-department-editing = Montaggio
people-department-art = Scenografia
people-department-crew = Troupe tecnica
people-department-costume = Costumi e trucco
people-department-lighting = Illuminazione
people-department-visual-effects = Effetti visivi
people-department-created-by = Ideato da

# A title's people, opened from its details card.
people-button = 👥 Cast e troupe
people-of-title = 👥 { $title } · cast e troupe
people-tap-person = <i>Tocca un numero per la scheda della persona.</i>
people-nobody = <i>Trakt non indica ancora cast o troupe per questo titolo.</i>
