## /lists
cmd-lists = Suas listas do Trakt ou as de outra pessoa
lists-usage =
    Mostro listas do Trakt:
    <code>/lists</code> — as suas, incluindo as privadas
    <code>/lists usuário</code> — as listas públicas de outra pessoa (um link de perfil do trakt.tv também funciona)
lists-header-own = 📋 <b>Suas listas</b> · { $count ->
        [0] { $count } listas
        [one] { $count } lista
        [many] { $count } de listas
       *[other] { $count } listas
    }
lists-header-user = 📋 <b>Listas de { $user }</b> · { $count ->
        [0] { $count } listas públicas
        [one] { $count } lista pública
        [many] { $count } de listas públicas
       *[other] { $count } listas públicas
    }
lists-empty-own = Você ainda não tem listas. Crie uma no trakt.tv e ela vai aparecer aqui.
lists-empty-user = { $user } não tem listas públicas.
lists-user-hidden = Não consigo ver as listas de { $user }: este perfil do Trakt é privado ou não existe. Confira o nome de usuário.
lists-list-hidden = Esta lista é privada ou não existe mais.
lists-item-count =
    { $count ->
        [0] { $count } itens
        [one] { $count } item
        [many] { $count } de itens
       *[other] { $count } itens
    }
lists-likes = ❤️ { $count }
lists-privacy =
    { $privacy ->
        [public] 🌐 pública
        [private] 🔒 privada
        [friends] 👥 só amigos
        [link] 🔗 qualquer pessoa com o link
       *[other] { $privacy }
    }
lists-items-header-own = 📋 <b>{ $name }</b> · { $size }
lists-items-header-user = 📋 <b>{ $name }</b> de { $user } · { $size }
lists-items-header-unknown = 📋 <b>Lista</b>
lists-items-empty = Esta lista está vazia.
