# /search : trouver des séries, des films et des personnes sur Trakt.
# Les messages sont du HTML Telegram ; libellés de boutons et alertes sont du texte brut.

cmd-search = Trouver série, film ou personne
search-usage = 🔎 Que dois-je chercher ? Répondez avec un titre ou un nom, ou envoyez <code>/search titre</code> — par exemple <code>/search breaking bad</code>.
search-field = Un titre ou un nom
search-prompt =
    🔍 <b>Recherche</b>
    Envoyez-moi un titre ou un nom (une série, un film ou une personne) et je le cherche sur Trakt.
search-prompt-inline =
    🔍 <b>Recherche</b>
    Envoyez-moi un titre ou un nom (une série, un film ou une personne) et je le cherche sur Trakt.
    Ou appuyez sur le bouton ci-dessous pour voir les résultats pendant que vous tapez.
search-inline-button = 🔎 Chercher en tapant
search-header = 🔎 <b>{ $query }</b> · page { $page } sur { $pages }
search-footer = <i>Appuyez sur un numéro pour voir la fiche.</i>
search-none = 🔎 Aucun résultat pour <b>{ $query }</b>. Vérifiez l’orthographe ou essayez le titre original.
search-no-more = 🔎 Plus d’autres résultats pour <b>{ $query }</b>.
search-expired = Cette recherche a expiré. Renvoyez /search.
search-kind-show = 📺 série
search-kind-movie = 🎬 film
