## Wörter nach einem Befehl: /history filme woche, /watchlist serien hinzugefügt.
# Synonyme durch Kommas getrennt, kleingeschrieben. Das ERSTE zeigen die Hilfetexte.
# Ein Synonym mit * am Ende ist ein Wortstamm: Es passt auf jedes Wort, das so beginnt.
arg-shows = serien, serie*
arg-movies = filme, film*
arg-week = woche, wöchentlich, woche*
arg-month = monat, monatlich, monat*
arg-year = jahr, jährlich, jahr*
arg-all = alle, alles, gesamt, immer
arg-rank = rang, reihenfolge
arg-added = hinzugefügt, neu, neueste
arg-released = erschienen, veröffentlicht, erscheinung*
arg-title = titel, name, alphabetisch
arg-digest = übersicht, täglich
arg-on = ein, ja
arg-off = aus, nein
arg-quiet = ruhe, nachtruhe
arg-tz = zeitzone, zone
arg-premieres = premieren, premiere
arg-finales = finale, staffelfinale
