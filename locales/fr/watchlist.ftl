## /watchlist
cmd-watchlist = Les séries et films que vous voulez voir
watchlist-usage =
    Voir votre watchlist :
    <code>/watchlist</code> — tout, dans votre ordre
    <code>/watchlist shows</code> (séries) ou <code>/watchlist movies</code> (films)
    Pour trier : <code>rank</code> (votre ordre), <code>added</code> (ajout), <code>released</code> (sortie) ou <code>title</code> (titre), par ex. <code>/watchlist movies added</code>.
watchlist-header-a = 📌 <b>Votre watchlist</b>
watchlist-header-s = 📌 <b>Votre watchlist : séries</b>
watchlist-header-m = 📌 <b>Votre watchlist : films</b>
watchlist-count =
    { $count ->
        [one] { $count } titre
        [many] { $count } de titres
       *[other] { $count } titres
    }
watchlist-empty-a = Votre watchlist est vide. Trouvez quelque chose dans /trending et ajoutez-le en un geste.
watchlist-empty-s = Aucune série dans votre watchlist.
watchlist-empty-m = Aucun film dans votre watchlist.
watchlist-page-empty = C’est tout : il n’y a rien après la page précédente.
watchlist-season = Saison { $number }
watchlist-added-on = ajouté le { $date }
watchlist-released-on = sortie le { $date }
watchlist-kind-a = Tout
watchlist-kind-s = 📺 Séries
watchlist-kind-m = 🎬 Films
watchlist-sort-rank = Mon ordre
watchlist-sort-added = Ajout
watchlist-sort-released = Sortie
watchlist-sort-title = A–Z
watchlist-button-seen = 👁
watchlist-button-seen-done = ✅
watchlist-button-remove = ➖
watchlist-legend = <i>👁 marquer comme vu · ➖ retirer de la watchlist · un titre ouvre sa fiche</i>
