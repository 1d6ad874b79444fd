# /link, /unlink et /me (bot/features/link.py, link_poll.py, account.py).
# Jamais de jeton dans un message ; le code court de l’appareil ne va que dans une discussion privée.

## Menu des commandes (texte brut)
cmd-link = Associer votre compte Trakt
cmd-unlink = Dissocier votre compte Trakt
cmd-me = Votre compte Trakt associé et ses limites

## /link dans une discussion privée
link-device =
    🔗 <b>Associer votre compte Trakt</b>

    1. Appuyez sur <b>Ouvrir Trakt</b> ci-dessous et connectez-vous à Trakt si on vous le demande.
    2. Vérifiez que la page affiche <code>{ $code }</code>, puis autorisez l’accès.

    Le code est valable { $minutes ->
        [one] { $minutes } minute
        [many] { $minutes } de minutes
       *[other] { $minutes } minutes
    }. Je vous préviens ici dès que vous avez autorisé l’accès.
link-device-relink = Le compte <b>{ $username }</b> est associé en ce moment ; si vous autorisez l’accès, cette discussion passera au nouveau compte.
link-device-fallback = La page ne fonctionne pas ? <a href="{ $url }">Connectez-vous plutôt ici</a> et envoyez-moi le code que Trakt vous affiche.
link-button-open = 🔑 Ouvrir Trakt
link-button-cancel = ✖️ Annuler
link-button-again = 🔄 Recommencer
link-button-private = 🔗 Associer en privé
link-open-private = Ouvrez une discussion privée avec moi pour associer votre compte.
link-stale = Cette connexion est déjà terminée.
link-cancelled = Annulé : rien n’a été associé.
link-cancelled-toast = Annulé
link-replaced = ↪️ Ce code a été remplacé par un plus récent, ci-dessous.

## Comment se termine une association
link-code-used = 🔐 Cette connexion est terminée ; le code ne fonctionne plus.
link-done = ✅ Compte <b>{ $username }</b> associé. Vos commandes personnelles fonctionnent maintenant : /me affiche le compte, /unlink le dissocie, /help liste tout.
# Linked, but Trakt did not say yet whose account it is (the name shows on /me later).
link-done-unnamed = ✅ Votre compte Trakt est associé. Vos commandes personnelles fonctionnent maintenant : /me affiche le compte, /unlink le dissocie, /help liste tout.
link-denied = 🚫 La demande a été refusée sur Trakt, donc rien n’a été associé.
link-expired = ⌛ Le code a expiré avant d’être autorisé. Rien n’a été associé.
link-invalid = ❓ Trakt ne reconnaît plus ce code. Rien n’a été associé.
link-already-used = ⚠️ Ce code a déjà été utilisé. Si vous l’avez autorisé, vérifiez avec /me ; sinon, recommencez.
link-failed = L’association n’a pas abouti. { $reason }
link-expired-away = ⌛ Votre tentative d’association a expiré pendant mon absence, désolé ! Recommencez quand vous voulez : ça prend une minute.
link-unreadable-away = ⌛ Je n’ai pas pu reprendre votre tentative d’association après un redémarrage, désolé ! Recommencez quand vous voulez : ça prend une minute.

## Un code collé dans la discussion
link-code-wrong = ❌ Trakt n’a pas accepté ce code : il est peut-être mal saisi, expiré ou déjà utilisé. Obtenez-en un nouveau et réessayez. (J’ai supprimé votre message qui le contenait.)
link-code-is-device = Ce code est à saisir sur la page de Trakt, pas ici. Appuyez sur <b>Ouvrir Trakt</b> ci-dessus et autorisez l’accès là-bas.

## /link dans un groupe
link-group = 🔒 L’association se fait dans une discussion privée avec moi, pour qu’aucun code n’apparaisse jamais ici. Appuyez sur le bouton pour continuer là-bas.
link-group-code-deleted = 🔒 J’ai supprimé ce message : les codes de connexion ne doivent jamais être publiés dans un groupe. Envoyez plutôt /link dans une discussion privée avec moi.
link-group-code-not-deleted = 🔒 Supprimez votre dernier message : il contient un code de connexion, et je ne peux pas le supprimer ici. Envoyez plutôt /link dans une discussion privée avec moi.

## /unlink
unlink-confirm = Dissocier le compte Trakt <b>{ $username }</b> ? Je l’oublierai ici et demanderai à Trakt de mettre fin à mon accès.
unlink-button-yes = Oui, dissocier
unlink-button-no = Annuler
unlink-done = ✅ Compte <b>{ $username }</b> dissocié : je l’ai oublié ici et Trakt a mis fin à mon accès. Vous pouvez l’associer de nouveau à tout moment avec /link.
unlink-done-local = ✅ Compte <b>{ $username }</b> dissocié ici. Trakt n’a pas répondu, donc mon accès figure peut-être encore dans <a href="{ $url }">vos applications connectées</a> sur Trakt ; vous pouvez le révoquer là-bas.
unlink-unreadable = 🧹 Je ne pouvais plus lire l’association Trakt enregistrée pour vous, je l’ai donc supprimée. Mon accès figure peut-être encore dans <a href="{ $url }">vos applications connectées</a> sur Trakt ; vous pouvez le révoquer là-bas. Réassociez-vous quand vous voulez avec /link.
unlink-kept = Rien n’a changé : le compte <b>{ $username }</b> reste associé.
unlink-none = Aucun compte Trakt n’est plus associé ici.

## /me
me-header = 👤 <b>Votre compte Trakt</b>
me-user = <a href="{ $url }">{ $username }</a>
me-user-named = <a href="{ $url }">{ $username }</a> ({ $name })
me-since = Associé ici depuis le { $date }
me-vip = ⭐ Trakt VIP
me-free = Compte gratuit (pas VIP)
me-private = 🔒 Votre profil Trakt est privé.
me-header-shared = 👤 <b>Compte Trakt de { $username }</b>
me-since-shared = Associé à ce bot depuis le { $date }
me-private-shared = 🔒 Ce profil Trakt est privé.
me-limits-header = <b>Limites fixées par Trakt pour ce compte</b>
me-limit-lists = • Listes personnelles : jusqu’à { $count ->
        [one] { $count } liste
        [many] { $count } de listes
       *[other] { $count } listes
    } de { $limit ->
        [one] { $limit } élément
        [many] { $limit } d’éléments
       *[other] { $limit } éléments
    } maximum chacune
me-limit-lists-count = • Listes personnelles : jusqu’à { $count ->
        [one] { $count } liste
        [many] { $count } de listes
       *[other] { $count } listes
    }
me-limit-watchlist = • Watchlist : jusqu’à { $count ->
        [one] { $count } titre
        [many] { $count } de titres
       *[other] { $count } titres
    }
me-limit-collection = • Collection : jusqu’à { $count ->
        [one] { $count } titre
        [many] { $count } de titres
       *[other] { $count } titres
    }
me-limit-favorites = • Favoris : jusqu’à { $count ->
        [one] { $count } titre
        [many] { $count } de titres
       *[other] { $count } titres
    }
me-limit-notes = • Notes : jusqu’à { $count ->
        [one] { $count } note
        [many] { $count } de notes
       *[other] { $count } notes
    }
me-limits-none = Trakt n’a indiqué aucune limite pour ce compte.
me-button-profile = 🌐 Profil sur Trakt
me-button-unlink = Dissocier
