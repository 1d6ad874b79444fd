## /lists
cmd-lists = Le tue liste Trakt o quelle di altri
lists-usage =
    Ti mostro le liste di Trakt:
    <code>/lists</code> — le tue, comprese quelle private
    <code>/lists nomeutente</code> — le liste pubbliche di un altro utente (va bene anche il link a un profilo trakt.tv)
lists-header-own = 📋 <b>Le tue liste</b> · { $count ->
        [one] { $count } lista
       *[other] { $count } liste
    }
lists-header-user = 📋 <b>Le liste di { $user }</b> · { $count ->
        [one] { $count } lista pubblica
       *[other] { $count } liste pubbliche
    }
lists-empty-own = Non hai ancora nessuna lista. Creane una su trakt.tv e comparirà qui.
lists-empty-user = { $user } non ha liste pubbliche.
lists-user-hidden = Non riesco a vedere le liste di { $user }: questo profilo Trakt è privato o non esiste. Controlla il nome utente.
lists-list-hidden = Questa lista è privata o non esiste più.
lists-item-count =
    { $count ->
        [one] { $count } elemento
       *[other] { $count } elementi
    }
lists-likes = ❤️ { $count }
lists-privacy =
    { $privacy ->
        [public] 🌐 pubblica
        [private] 🔒 privata
        [friends] 👥 solo amici
        [link] 🔗 chiunque abbia il link
       *[other] { $privacy }
    }
lists-items-header-own = 📋 <b>{ $name }</b> · { $size }
lists-items-header-user = 📋 <b>{ $name }</b> di { $user } · { $size }
lists-items-header-unknown = 📋 <b>Lista</b>
lists-items-empty = Questa lista è vuota.
