# /search: buscar séries, filmes e pessoas no Trakt.
# As mensagens são HTML do Telegram; botões e alertas são texto simples.

cmd-search = Buscar série, filme ou pessoa
search-usage = 🔎 O que devo procurar? Responda com um título ou um nome, ou envie <code>/search título</code> — por exemplo, <code>/search breaking bad</code>.
search-field = Um título ou um nome
search-prompt =
    🔍 <b>Buscar</b>
    Me mande um título ou um nome (uma série, um filme ou uma pessoa) e eu procuro no Trakt.
search-prompt-inline =
    🔍 <b>Buscar</b>
    Me mande um título ou um nome (uma série, um filme ou uma pessoa) e eu procuro no Trakt.
    Ou toque no botão abaixo para ver os resultados enquanto digita.
search-inline-button = 🔎 Buscar ao digitar
search-header = 🔎 <b>{ $query }</b> · página { $page } de { $pages }
search-footer = <i>Toque em um número para ver os detalhes.</i>
search-none = 🔎 Não encontrei nada para <b>{ $query }</b>. Confira a grafia ou tente o título original.
search-no-more = 🔎 Não há mais resultados para <b>{ $query }</b>.
search-expired = Esta busca expirou. Envie /search de novo.
search-kind-show = 📺 série
search-kind-movie = 🎬 filme
