## /lists
cmd-lists = Tus listas de Trakt o las de otra persona
lists-usage =
    Te muestro listas de Trakt:
    <code>/lists</code> — las tuyas, privadas incluidas
    <code>/lists usuario</code> — las listas públicas de otra persona (también sirve el enlace a un perfil de trakt.tv)
lists-header-own = 📋 <b>Tus listas</b> · { $count ->
        [one] { $count } lista
        [many] { $count } de listas
       *[other] { $count } listas
    }
lists-header-user = 📋 <b>Listas de { $user }</b> · { $count ->
        [one] { $count } lista pública
        [many] { $count } de listas públicas
       *[other] { $count } listas públicas
    }
lists-empty-own = Aún no tienes listas. Crea una en trakt.tv y aparecerá aquí.
lists-empty-user = { $user } no tiene listas públicas.
lists-user-hidden = No puedo ver las listas de { $user }: este perfil de Trakt es privado o no existe. Revisa el nombre de usuario.
lists-list-hidden = Esta lista es privada o ya no existe.
lists-item-count =
    { $count ->
        [one] { $count } elemento
        [many] { $count } de elementos
       *[other] { $count } elementos
    }
lists-likes = ❤️ { $count }
lists-privacy =
    { $privacy ->
        [public] 🌐 pública
        [private] 🔒 privada
        [friends] 👥 solo amigos
        [link] 🔗 cualquiera con el enlace
       *[other] { $privacy }
    }
lists-items-header-own = 📋 <b>{ $name }</b> · { $size }
lists-items-header-user = 📋 <b>{ $name }</b> de { $user } · { $size }
lists-items-header-unknown = 📋 <b>Lista</b>
lists-items-empty = Esta lista está vacía.
