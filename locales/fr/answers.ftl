## Le bot répond toujours (issue 15) : commandes inconnues, codes égarés, rappels
## d’usage, écritures que Trakt fait attendre, une deuxième /party.

unknown-command = Je ne connais pas { $command }. Envoyez /help pour voir ce que je sais faire.
link-stray-code = 🔐 Cela ressemble à un code Trakt, je l’ai donc supprimé aussitôt. Les codes ne servent que pendant l’association : envoyez /link et je vous montrerai où le saisir.
link-stray-code-kept = 🔐 Cela ressemble à un code Trakt : supprimez votre message, s’il vous plaît. Les codes ne servent que pendant l’association : envoyez /link et je vous montrerai où le saisir.
link-stray-code-pending = 🔐 Cela ressemble à un code Trakt, je l’ai donc supprimé aussitôt. L’association est en cours : envoyez le code seul, dans un message, et je l’utiliserai.
link-needed-alert = Associez d’abord votre compte Trakt : envoyez /link.

discover-usage =
    Ce qui marche sur Trakt :
    <code>/trending</code> — ce que tout le monde regarde en ce moment
    <code>/popular</code> — le plus populaire de tous les temps
    Ajoutez <code>séries</code> ou <code>films</code>, et <code>semaine</code>, <code>mois</code>, <code>année</code> ou <code>tout</code> pour les plus regardés : <code>/trending films semaine</code>.
recommend-usage =
    Des titres que Trakt choisit pour vous :
    <code>/recommend</code> — des séries
    <code>/recommend films</code> — des films

later-saving = ⏳ Trakt me demande de patienter : j’enregistrerai cela dans { $seconds } s.
later-already = ⏳ Déjà en attente : je l’enregistrerai dans { $seconds } s.
later-behind = ⏳ Votre modification précédente attend encore Trakt : j’enregistrerai celle-ci juste après, dans { $seconds } s.
later-failed = Je n’ai pas pu enregistrer votre modification sur Trakt : { $reason }
later-full = ⏳ Trop de vos modifications attendent déjà Trakt. Réessayez une fois qu’elles seront enregistrées.
later-other-account = Je n’ai pas enregistré votre modification en attente : elle a été faite sur un compte Trakt qui n’est plus associé ici.

party-running = 🍿 Une soirée ciné est déjà en cours ici, lancée par { $name } : rejoignez-la plus haut. { $name } ou un administrateur du groupe peut en lancer une nouvelle à la place.
party-button-new = 🔄 Lancer une nouvelle soirée
party-new-not-allowed = Seule la personne qui a lancé la soirée ({ $name }) ou un administrateur du groupe peut la remplacer.
party-new-started = Nouvelle soirée lancée 🍿
party-new-too-late = Une autre soirée a commencé entre-temps : rejoignez plutôt celle-là.
