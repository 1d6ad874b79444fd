## Parole dopo un comando: /history film settimana, /watchlist serie aggiunta.
# Sinonimi separati da virgole, in minuscolo. Il PRIMO è quello mostrato dai testi di aiuto.
# Un sinonimo che finisce con * è una radice: vale ogni parola che inizia così.
arg-shows = serie, serie*
arg-movies = film, film*
arg-week = settimana, settimanale, settiman*
arg-month = mese, mesi, mensile
arg-year = anno, anni, annuale
arg-all = tutto, tutti, sempre
arg-rank = ordine, classifica, posizione
arg-added = aggiunta, aggiunt*, nuovi, recenti
arg-released = uscita, uscite
arg-title = titolo, nome, alfabetico
arg-digest = riepilogo, giornaliero
arg-on = sì, attivo
arg-off = spento, disattivo
arg-quiet = silenzio
arg-tz = fuso
arg-premieres = debutti, première
arg-finales = finali
