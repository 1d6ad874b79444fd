## /lists
cmd-lists = Vos listes Trakt, ou celles de quelqu’un d’autre
lists-usage =
    Voir des listes Trakt :
    <code>/lists</code> — les vôtres, y compris les privées
    <code>/lists pseudo</code> — les listes publiques de quelqu’un d’autre (un lien vers un profil trakt.tv fonctionne aussi)
lists-header-own = 📋 <b>Vos listes</b> · { $count ->
        [one] { $count } liste
        [many] { $count } de listes
       *[other] { $count } listes
    }
lists-header-user = 📋 <b>{ $user }</b> · { $count ->
        [one] { $count } liste publique
        [many] { $count } de listes publiques
       *[other] { $count } listes publiques
    }
lists-empty-own = Vous n’avez pas encore de liste. Créez-en une sur trakt.tv et elle apparaîtra ici.
lists-empty-user = { $user } n’a aucune liste publique.
lists-user-hidden = Je ne peux pas voir les listes de « { $user } » : ce profil Trakt est privé ou n’existe pas. Vérifiez le pseudo.
lists-list-hidden = Cette liste est privée ou n’existe plus.
lists-item-count =
    { $count ->
        [one] { $count } élément
        [many] { $count } d’éléments
       *[other] { $count } éléments
    }
lists-likes = ❤️ { $count }
lists-privacy =
    { $privacy ->
        [public] 🌐 publique
        [private] 🔒 privée
        [friends] 👥 amis uniquement
        [link] 🔗 toute personne ayant le lien
       *[other] { $privacy }
    }
lists-items-header-own = 📋 <b>{ $name }</b> · { $size }
lists-items-header-user = 📋 <b>{ $name }</b> par { $user } · { $size }
lists-items-header-unknown = 📋 <b>Liste</b>
lists-items-empty = Cette liste est vide.
