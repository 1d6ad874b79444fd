## Check-in : « Je regarde ça maintenant » sur Trakt (/checkin, le bouton 🎬 des fiches)
cmd-checkin = Votre check-in en cours, avec Annuler
checkin-button = 🎬 Check-in

## Notifications (visibles seulement par qui a appuyé)
checkin-done = Check-in sur { $title } jusqu’à { $time }
checkin-done-no-time = Check-in sur { $title }
checkin-already = Déjà en check-in sur { $title } jusqu’à { $time }
checkin-already-no-time = Déjà en check-in sur { $title }
checkin-cancelled-toast = Check-in annulé

## Messages
checkin-done-html = 🎬 Check-in sur { $title } jusqu’à { $time }.
checkin-done-html-no-time = 🎬 Check-in sur { $title }.
checkin-conflict =
    ⏳ Vous êtes déjà en check-in sur { $running } jusqu’à { $time }.
    L’annuler et faire le check-in sur { $title } à la place ?
checkin-conflict-no-time =
    ⏳ Vous êtes déjà en check-in sur { $running }.
    L’annuler et faire le check-in sur { $title } à la place ?
checkin-replace = ✖ L’annuler et faire le check-in ici
checkin-keep = Le garder
checkin-kept = 👍 Votre check-in continue.
checkin-too-late = 🎬 Je n’ai pas fait votre check-in : Trakt l’a fait attendre trop longtemps, ce ne serait plus « maintenant ». Vous regardez encore ? Appuyez de nouveau sur 🎬 Check-in.
checkin-none = Aucun check-in en cours. Ouvrez un film ou un épisode et appuyez sur 🎬 Check-in.
checkin-now = 🎬 Check-in sur { $title }
checkin-now-scrobble = ▶️ Vous regardez { $title } dans une appli de lecture
checkin-started = Commencé à { $time }
checkin-until = Se termine à { $time }
checkin-cancel = ✖ Annuler le check-in
checkin-cancelled = Votre check-in sur { $title } est annulé.
checkin-cancel-none = Plus rien n’est en cours.
checkin-me-watching = ▶️ En ce moment : { $title }
checkin-me-watching-until = ▶️ En ce moment : { $title }, jusqu’à { $time }
checkin-usage =
    Montre à quoi vous êtes enregistré en ce moment, avec de quoi l’annuler :
    <code>/checkin</code>
    Aucun autre mot n’est nécessaire.
