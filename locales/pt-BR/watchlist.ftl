## /watchlist
# «Watchlist» vira «lista para assistir».
# As palavras depois do comando vêm de args.ftl (entendidas em qualquer idioma).
cmd-watchlist = Séries e filmes que você quer assistir
watchlist-usage =
    Mostro sua lista para assistir:
    <code>/watchlist</code> — tudo, na sua ordem
    <code>/watchlist séries</code> ou <code>/watchlist filmes</code>
    Para ordenar: <code>ordem</code> (sua ordem), <code>adicionados</code> (quando você adicionou), <code>lançamento</code> ou <code>título</code>; por exemplo, <code>/watchlist filmes adicionados</code>.
watchlist-header-a = 📌 <b>Sua lista para assistir</b>
watchlist-header-s = 📌 <b>Sua lista para assistir: séries</b>
watchlist-header-m = 📌 <b>Sua lista para assistir: filmes</b>
watchlist-count =
    { $count ->
        [0] { $count } títulos
        [one] { $count } título
        [many] { $count } de títulos
       *[other] { $count } títulos
    }
watchlist-empty-a = Sua lista para assistir está vazia. Encontre algo em /trending e adicione com um toque.
watchlist-empty-s = Nenhuma série na sua lista para assistir.
watchlist-empty-m = Nenhum filme na sua lista para assistir.
watchlist-page-empty = É só isso: não há mais nada depois da página anterior.
watchlist-season = Temporada { $number }
watchlist-added-on = adicionado em { $date }
watchlist-released-on = lançamento: { $date }
watchlist-kind-a = Tudo
watchlist-kind-s = 📺 Séries
watchlist-kind-m = 🎬 Filmes
watchlist-sort-rank = Minha ordem
watchlist-sort-added = Adicionados
watchlist-sort-released = Lançamento
watchlist-sort-title = A–Z
watchlist-button-seen = 👁
watchlist-button-seen-done = ✅
watchlist-button-remove = ➖
watchlist-legend = <i>👁 marcar como assistido · ➖ tirar da lista · o título abre a ficha</i>
