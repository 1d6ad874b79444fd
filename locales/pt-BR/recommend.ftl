# /recommend: recomendações pessoais do Trakt.

cmd-recommend = Séries e filmes escolhidos para você
recommend-header-shows =
    💡 <b>Séries para você</b> · { $count ->
        [0] { $count } sugestões
        [one] { $count } sugestão
        [many] { $count } de sugestões
       *[other] { $count } sugestões
    } do Trakt
recommend-header-movies =
    💡 <b>Filmes para você</b> · { $count ->
        [0] { $count } sugestões
        [one] { $count } sugestão
        [many] { $count } de sugestões
       *[other] { $count } sugestões
    } do Trakt
recommend-empty-shows = O Trakt ainda não tem recomendações de séries para você. Assista e avalie algumas séries no Trakt e peça de novo.
recommend-empty-movies = O Trakt ainda não tem recomendações de filmes para você. Assista e avalie alguns filmes no Trakt e peça de novo.
recommend-in-watchlist = ✅ Na sua lista para assistir
recommend-watched = 👁 Assistido
recommend-hidden = 🙈 <i>Sem interesse: o Trakt não vai recomendar isso de novo.</i>
recommend-legend = <i>Toque em um título para ver os detalhes · ➕ adicionar à lista para assistir (➖ remover) · 👁 marcar como assistido · 🙈 não me interessa</i>
recommend-icon-wl = ➕
recommend-icon-unwl = ➖
recommend-icon-seen = 👁
recommend-icon-seen-done = ✅
recommend-icon-hide = 🙈
