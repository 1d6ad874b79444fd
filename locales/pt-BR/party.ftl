# /party: uma sessão para assistir algo junto em um grupo. Aparece para o grupo todo: só títulos e primeiros nomes.

cmd-party = Escolher algo para assistir junto (em um grupo)

party-private = 🍿 Para assistir algo junto, me adicione a um grupo e envie /party lá. Todo mundo que entrar tem um voto, e eu só sugiro títulos que ninguém do grupo viu.

## A mensagem da sessão
party-title = 🍿 <b>Sessão em grupo</b> · { $kind }
party-kind-all = filmes e séries
party-kind-movies = filmes
party-kind-shows = séries
party-intro = { $name } quer assistir algo junto. Toque em “Tô dentro” para participar: vou olhar o Trakt de todo mundo e sugerir títulos que ninguém viu ainda.
party-nobody = Ninguém entrou ainda.
party-members =
    { $count ->
        [one] <b>{ $count } pessoa entrou:</b> { $names }
        [many] <b>{ $count } de pessoas entraram:</b> { $names }
       *[other] <b>{ $count } pessoas entraram:</b> { $names }
    }
party-need-more = Preciso de pelo menos duas pessoas com o Trakt vinculado. Ainda não vinculou? Toque primeiro em “🔗 Vincular Trakt no privado”.
party-ready = Pronto! Qualquer um pode tocar em “Escolher agora”.
party-picking = ⏳ Olhando o Trakt de todo mundo…
party-voting = 🗳 Vote na enquete abaixo.
party-over = 🏁 Hoje à noite: { $title }
party-closed = 🏁 Esta sessão acabou.
party-replaced = Esta sessão foi substituída por uma mais nova.

## Botões (texto simples)
party-button-join = 🙋 Tô dentro
party-button-leave = 👋 Sair
party-button-pick = 🎲 Escolher agora
party-button-link = 🔗 Vincular Trakt no privado
party-button-done = ✅ Pronto

## Respostas aos toques (texto simples, no máximo 200 caracteres)
party-joined = Você está dentro! 🎉
party-already-in = Você já está dentro.
party-left = Você saiu da sessão.
party-not-in = Você não estava nesta sessão.
party-link-first = Vincule seu Trakt primeiro: toque em “🔗 Vincular Trakt no privado” na mensagem da sessão, vincule no nosso chat privado e toque em “Tô dentro” de novo.
party-full =
    { $count ->
        [one] Desculpe, esta sessão está lotada ({ $count } pessoa). Comece outra com /party.
        [many] Desculpe, esta sessão está lotada ({ $count } de pessoas). Comece outra com /party.
       *[other] Desculpe, esta sessão está lotada ({ $count } pessoas). Comece outra com /party.
    }
party-starter-only = Até duas pessoas entrarem, só { $name } (quem começou a sessão) pode tocar aqui.
party-members-only = Só quem está na sessão pode tocar aqui. Toque primeiro em “Tô dentro”.
party-too-few =
    { $count ->
        [0] Preciso de pelo menos duas pessoas com o Trakt vinculado, e ninguém entrou ainda. Peça para seus amigos tocarem em “Tô dentro”.
        [one] Preciso de pelo menos duas pessoas com o Trakt vinculado, e só uma entrou até agora. Peça para um amigo tocar em “Tô dentro”.
       *[other] Preciso de pelo menos duas pessoas com o Trakt vinculado; { $count } entraram até agora.
    }
party-picking-toast = Escolhendo… 🎲
party-done-starter-only = Só { $name } (quem começou a sessão) pode encerrar a votação.
party-closing-toast = Contando os votos…
party-busy = Estou escolhendo agora, só um momento.
party-vote-started = A votação começou: vote na enquete abaixo.
party-ended = Esta sessão acabou. Comece uma nova com /party.

## Mensagens para o grupo
party-too-few-reached =
    { $count ->
        [0] Não consegui ler o Trakt de ninguém, e preciso de pelo menos duas pessoas para escolher. Toque em “Escolher agora” de novo daqui a um minuto.
        [one] Só consegui ler o Trakt de uma pessoa, e preciso de pelo menos duas para escolher. Toque em “Escolher agora” de novo daqui a um minuto.
        [many] Só consegui ler o Trakt de { $count } de pessoas. Toque em “Escolher agora” de novo daqui a um minuto.
       *[other] Só consegui ler o Trakt de { $count } pessoas. Toque em “Escolher agora” de novo daqui a um minuto.
    }
party-nothing = Não encontrei nada que seja novidade para o grupo todo. Tente /party séries ou /party filmes.
party-shortlist-header = 🎬 <b>As opções de hoje à noite para { $names }</b>
party-widened = As listas de vocês tinham poucos títulos que ninguém viu, então adicionei alguns em alta que ninguém assistiu ainda.
party-skipped = ⚠️ Não consegui acessar o Trakt de { $name }; vou escolher sem essa pessoa.
party-unlinked = ⚠️ { $name } não tem mais o Trakt vinculado; vou escolher sem essa pessoa.
party-wanted-by = 🙋 Na lista para assistir de { $names }
party-suggested-for = 💡 O Trakt recomenda para { $names }
party-trending = 🔥 Em alta agora
party-poll-question = 🍿 O que vamos assistir?
party-winner = 🏆 <b>Hoje à noite:</b> { $title }
party-votes =
    { $count ->
        [0] 🗳 { $count } votos
        [one] 🗳 { $count } voto
        [many] 🗳 { $count } de votos
       *[other] 🗳 { $count } votos
    }
party-no-votes = Ninguém votou, então fiquei com o primeiro da lista.
party-only-one = Só um título serve, então é esse.
