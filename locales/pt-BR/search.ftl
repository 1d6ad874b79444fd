# /search: buscar séries e filmes no Trakt.
# As mensagens são HTML do Telegram; botões e alertas são texto simples.

cmd-search = Buscar uma série ou um filme
search-usage = 🔎 O que devo procurar? Responda com um título ou envie <code>/search título</code> — por exemplo, <code>/search breaking bad</code>.
search-field = Título de uma série ou de um filme
search-header = 🔎 <b>{ $query }</b> · página { $page } de { $pages }
search-footer = <i>Toque em um número para ver os detalhes.</i>
search-none = 🔎 Não encontrei nada para <b>{ $query }</b>. Confira a grafia ou tente o título original.
search-no-more = 🔎 Não há mais resultados para <b>{ $query }</b>.
search-expired = Esta busca expirou. Envie /search de novo.
search-kind-show = 📺 série
search-kind-movie = 🎬 filme
