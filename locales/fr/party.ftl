# /party : une soirée ciné dans un groupe. Visible par tout le groupe : titres et prénoms uniquement.

cmd-party = Choisir quoi regarder ensemble (dans un groupe)

party-private = 🍿 Les soirées ciné se passent en groupe : ajoutez-moi à un groupe et envoyez-y /party. Chaque participant vote, et je ne propose que des titres qu’aucun de vous n’a vus.

## Le message de la soirée
party-title = 🍿 <b>Soirée ciné</b> · { $kind }
party-kind-all = films et séries
party-kind-movies = films
party-kind-shows = séries
party-intro = { $name } veut regarder quelque chose ensemble. Appuyez sur « J’en suis » pour participer : je consulterai le Trakt de chacun et proposerai des titres qu’aucun de vous n’a vus.
party-nobody = Personne n’a encore rejoint.
party-members =
    { $count ->
        [one] <b>{ $count } personne participe :</b> { $names }
        [many] <b>{ $count } de personnes participent :</b> { $names }
       *[other] <b>{ $count } personnes participent :</b> { $names }
    }
party-need-more = Il me faut au moins deux personnes avec Trakt associé. Trakt pas encore associé ? Appuyez d’abord sur « 🔗 Associer Trakt en privé ».
party-ready = C’est bon ! Tout le monde peut appuyer sur « Choisir ».
party-picking = ⏳ Je parcours le Trakt de chacun…
party-voting = 🗳 Votez dans le sondage ci-dessous.
party-over = 🏁 Ce soir : { $title }
party-closed = 🏁 Cette soirée est terminée.
party-replaced = Cette soirée a été remplacée par une plus récente.

## Boutons (texte brut)
party-button-join = 🙋 J’en suis
party-button-leave = 👋 Quitter
party-button-pick = 🎲 Choisir
party-button-link = 🔗 Associer Trakt en privé
party-button-done = ✅ Terminé

## Réponses aux appuis (texte brut, 200 caractères au plus)
party-joined = C’est noté, vous en êtes ! 🎉
party-already-in = Vous en êtes déjà.
party-left = Vous avez quitté la soirée.
party-not-in = Vous ne participiez pas à cette soirée.
party-link-first = Associez d’abord Trakt : appuyez sur « 🔗 Associer Trakt en privé » sous le message de la soirée, associez-le en privé, puis appuyez à nouveau sur « J’en suis ».
party-full =
    { $count ->
        [one] Désolé, cette soirée est complète ({ $count } personne). Lancez-en une autre avec /party.
        [many] Désolé, cette soirée est complète ({ $count } de personnes). Lancez-en une autre avec /party.
       *[other] Désolé, cette soirée est complète ({ $count } personnes). Lancez-en une autre avec /party.
    }
party-starter-only = Tant que deux personnes n’ont pas rejoint, seule la personne qui a lancé la soirée ({ $name }) peut appuyer ici.
party-members-only = Seules les personnes de la soirée peuvent appuyer ici. Appuie d’abord sur « J’en suis ».
party-too-few =
    { $count ->
        [0] Il me faut au moins deux personnes avec Trakt associé, et personne n’a encore rejoint. Demandez à des amis d’appuyer sur « J’en suis ».
        [one] Il me faut au moins deux personnes avec Trakt associé, et une seule a rejoint pour l’instant. Demandez à un ami d’appuyer sur « J’en suis ».
        [many] Il me faut au moins deux personnes avec Trakt associé ; { $count } de personnes ont rejoint pour l’instant.
       *[other] Il me faut au moins deux personnes avec Trakt associé ; { $count } ont rejoint pour l’instant.
    }
party-picking-toast = Je choisis… 🎲
party-done-starter-only = Seule la personne qui a lancé la soirée ({ $name }) peut clore le vote.
party-closing-toast = Je compte les votes…
party-busy = Je suis en train de choisir, un instant.
party-vote-started = Le vote a commencé : votez dans le sondage ci-dessous.
party-ended = Cette soirée est terminée. Lancez-en une nouvelle avec /party.

## Messages au groupe
party-too-few-reached =
    { $count ->
        [0] Je n’ai pu lire le Trakt de personne, et il me faut au moins deux personnes pour choisir. Appuyez à nouveau sur « Choisir » dans une minute.
        [one] Je n’ai pu lire le Trakt que d’une seule personne, et il m’en faut au moins deux pour choisir. Appuyez à nouveau sur « Choisir » dans une minute.
        [many] Je n’ai pu lire que { $count } de comptes Trakt. Appuyez à nouveau sur « Choisir » dans une minute.
       *[other] Je n’ai pu lire que { $count } comptes Trakt. Appuyez à nouveau sur « Choisir » dans une minute.
    }
party-nothing = Je n’ai rien trouvé qu’aucun de vous n’ait vu. Essayez /party séries ou /party films.
party-shortlist-header = 🎬 <b>La sélection de ce soir pour { $names }</b>
party-widened = Vos listes contenaient trop peu de titres qu’aucun de vous n’a vus, alors j’ai ajouté des titres tendance que personne n’a regardés.
party-skipped = ⚠️ Trakt ne répond pas pour { $name } : je choisis sans cette personne.
party-unlinked = ⚠️ { $name } n’a plus de compte Trakt associé : je choisis sans cette personne.
party-wanted-by = 🙋 Envie de le voir : { $names }
party-suggested-for = 💡 Suggéré par Trakt à { $names }
party-trending = 🔥 Tendance en ce moment
party-poll-question = 🍿 On regarde quoi ?
party-winner = 🏆 <b>Ce soir :</b> { $title }
party-votes =
    { $count ->
        [one] 🗳 { $count } vote
        [many] 🗳 { $count } de votes
       *[other] 🗳 { $count } votes
    }
party-no-votes = Personne n’a voté, j’ai donc pris le premier de la liste.
party-only-one = Un seul titre convient, c’est donc lui.
