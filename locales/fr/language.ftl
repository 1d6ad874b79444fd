language-group-current = Dans ce groupe, je parle <b>{ $language }</b> : réponses aux commandes et soirées ciné. Choisissez une autre langue pour le groupe :
language-group-current-auto = Dans ce groupe, je réponds à chacun dans sa propre langue. Choisissez une langue pour tout le groupe :
language-group-auto = 🌐 Celle de chacun
language-group-admins-only = Seuls les administrateurs du groupe peuvent changer sa langue. Pour changer la vôtre, envoyez-moi /language dans une discussion privée.
language-group-saved-toast = Langue du groupe enregistrée
