## /watchlist
cmd-watchlist = Les séries et films que vous voulez voir
watchlist-usage =
    Voir votre watchlist :
    <code>/watchlist</code> — tout, dans votre ordre
    <code>/watchlist séries</code> ou <code>/watchlist films</code>
    Pour trier : <code>rang</code> (votre ordre), <code>ajout</code>, <code>sortie</code> ou <code>titre</code>, par ex. <code>/watchlist films ajout</code>.
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
