## Mots après une commande : /history films semaine, /watchlist séries ajout.
# Synonymes séparés par des virgules, en minuscules. Le PREMIER est celui des textes d’aide.
# Un synonyme terminé par * est un radical : il accepte tout mot qui commence ainsi.
arg-shows = séries, série*
arg-movies = films, film*
arg-week = semaine, semaine*, hebdo*
arg-month = mois, mensuel*
arg-year = année, années, an, ans, annuel*
arg-all = tout, tous, toujours
arg-rank = rang, ordre
arg-added = ajout, ajouté*, nouveau*, récents
arg-released = sortie, sorties, parution
arg-title = titre, nom, alphabétique
arg-digest = résumé, quotidien
arg-on = oui, activé
arg-off = non, désactivé
arg-quiet = silence
arg-tz = fuseau
arg-premieres = premières
arg-finales = fins
