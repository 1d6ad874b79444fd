# /recommend : recommandations personnelles de Trakt.

cmd-recommend = Des séries et des films choisis pour vous
recommend-header-shows =
    💡 <b>Séries pour vous</b> · { $count ->
        [one] { $count } suggestion
        [many] { $count } de suggestions
       *[other] { $count } suggestions
    } de Trakt
recommend-header-movies =
    💡 <b>Films pour vous</b> · { $count ->
        [one] { $count } suggestion
        [many] { $count } de suggestions
       *[other] { $count } suggestions
    } de Trakt
recommend-empty-shows = Trakt n’a pas encore de séries à vous recommander. Regardez et notez quelques séries sur Trakt, puis redemandez.
recommend-empty-movies = Trakt n’a pas encore de films à vous recommander. Regardez et notez quelques films sur Trakt, puis redemandez.
recommend-in-watchlist = ✅ Dans votre watchlist
recommend-watched = 👁 Vu
recommend-hidden = 🙈 <i>Pas intéressé : Trakt ne le recommandera plus.</i>
recommend-legend = <i>Appuyez sur un titre pour sa fiche · ➕ ajouter à la watchlist (➖ retirer) · 👁 marquer comme vu · 🙈 pas intéressé</i>
recommend-icon-wl = ➕
recommend-icon-unwl = ➖
recommend-icon-seen = 👁
recommend-icon-seen-done = ✅
recommend-icon-hide = 🙈
