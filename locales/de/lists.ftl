## /lists
cmd-lists = Deine Trakt-Listen oder die von anderen
lists-usage =
    Trakt-Listen anzeigen:
    <code>/lists</code> – deine eigenen, auch die privaten
    <code>/lists nutzername</code> – die öffentlichen Listen von jemand anderem (ein Link zum trakt.tv-Profil geht auch)
lists-header-own = 📋 <b>Deine Listen</b> · { $count ->
        [one] { $count } Liste
       *[other] { $count } Listen
    }
lists-header-user = 📋 <b>Listen von { $user }</b> · { $count ->
        [one] { $count } öffentliche Liste
       *[other] { $count } öffentliche Listen
    }
lists-empty-own = Du hast noch keine Listen. Leg eine auf trakt.tv an, dann erscheint sie hier.
lists-empty-user = { $user } hat keine öffentlichen Listen.
lists-user-hidden = Ich kann die Listen von { $user } nicht sehen: Dieses Trakt-Profil ist privat oder existiert nicht. Prüfe den Nutzernamen.
lists-list-hidden = Diese Liste ist privat oder existiert nicht mehr.
lists-item-count =
    { $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    }
lists-likes = ❤️ { $count }
lists-privacy =
    { $privacy ->
        [public] 🌐 öffentlich
        [private] 🔒 privat
        [friends] 👥 nur für Freunde
        [link] 🔗 alle mit dem Link
       *[other] { $privacy }
    }
lists-items-header-own = 📋 <b>{ $name }</b> · { $size }
lists-items-header-user = 📋 <b>{ $name }</b> von { $user } · { $size }
lists-items-header-unknown = 📋 <b>Liste</b>
lists-items-empty = Diese Liste ist leer.
