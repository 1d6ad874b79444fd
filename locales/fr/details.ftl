# La fiche d’un film ou d’une série, et les actions en un geste sur les titres.
# Les messages sont du HTML Telegram ; libellés de boutons, notifications et alertes sont du texte brut.

## Fiche
details-button = ℹ️ Détails
details-link = 🔗 <a href="{ $url }">Ouvrir sur Trakt</a>
details-no-overview = <i>Pas encore de description.</i>
details-not-out-toast = Pas encore sorti
details-runtime = { $minutes } min
details-released = sortie le { $date }
details-first-aired = première diffusion le { $date }
details-releases = sort le { $date }
details-first-airs = diffusée à partir du { $date }
details-next = ▶ À suivre : { $episode }
details-related = <b>Titres similaires :</b> { $titles }

## Statuts (ceux de Trakt, en slug)
details-status-returning-series = renouvelée
details-status-continuing = en cours
details-status-in-production = en production
details-status-post-production = en post-production
details-status-planned = en projet
details-status-upcoming = à venir
details-status-pilot = pilote
details-status-rumored = rumeur
details-status-canceled = annulée
details-status-ended = terminée
details-status-released = sorti

## Boutons d’action
action-wl = ➕ Watchlist
action-wl-done = ✅ Dans la watchlist
action-unwl = ➖ Retirer de la watchlist
action-unwl-done = ✅ Retiré
action-seen = 👁 Marquer comme vu
action-seen-done = ✅ Vu
action-hide = 🙈 Pas pour moi
action-hide-done = ✅ Masqué
action-rate = ⭐ Noter
action-rate-done = ✅ Noté
action-rated = ✅ Noté { $rating }/10
action-rate-cancel = ✖ Annuler

## Notifications et alertes des actions
action-wl-toast = Ajouté à votre watchlist
action-wl-already = Déjà dans votre watchlist
action-unwl-toast = Retiré de votre watchlist
action-unwl-already = Ce titre n’était pas dans votre watchlist
action-seen-toast = Marqué comme vu
action-seen-toast-show = Tous les épisodes diffusés sont marqués comme vus
action-seen-already = Déjà marqué comme vu
action-hide-toast = Masqué : je ne le proposerai plus
action-hide-already = Déjà masqué
action-rate-pick = Choisissez une note de 1 à 10
action-rate-toast = Noté { $rating }/10
action-not-found = Trakt ne connaît pas ce titre.
action-limit-watchlist =
    Votre watchlist Trakt est pleine ({ $limit ->
        [one] { $limit } titre
        [many] { $limit } de titres
       *[other] { $limit } titres
    }). Retirez-en quelque chose, ou passez à Trakt VIP pour en avoir une plus grande.
action-limit-watchlist-unknown = Votre watchlist Trakt est pleine. Retirez-en quelque chose, ou passez à Trakt VIP pour en avoir une plus grande.

## Revu, et une série entière (avec confirmation)
action-again = 🔁 Revu
action-again-ask = Vous l’avez déjà vu. Ajouter un nouveau visionnage ?
action-again-toast = Nouveau visionnage ajouté
action-again-recent = Un visionnage vient d’être ajouté
action-all = { $count ->
    [one] ✅ L’épisode
   *[other] ✅ Les { $count } épisodes
}
action-all-ask = { $count ->
    [one] Marquer l’épisode diffusé de { $title } comme vu ?
   *[other] Marquer les { $count } épisodes diffusés de { $title } comme vus ?
}
action-all-none = Trakt ne liste encore aucun épisode diffusé de cette série.

## Undo (a few minutes after a change)
action-undo = ↩ Annuler
action-undo-toast = Annulé
action-undo-late = Trop tard pour annuler : c’était il y a plus de 5 minutes.
action-undo-done = Déjà annulé
action-undo-other-account = Cette modification a été faite sur un compte Trakt qui n’est plus associé : impossible de l’annuler.
seasons-button = 📚 Saisons

## Your progress on a show's card
details-progress-next = 👁 Vu { $completed } sur { $aired } · ensuite { $episode }
details-progress = 👁 Vu { $completed } sur { $aired }
details-progress-done = { $aired ->
    [one] ✅ Vous avez vu l’épisode diffusé
   *[other] ✅ Vous avez vu les { $aired } épisodes diffusés
}
action-next-episode = 👁 Marquer { $episode } vu
action-all-rest = ✅ Les { $count } restants
action-all-ask-rest = { $count ->
    [one] Marquer comme vu l’épisode diffusé de { $title } que vous n’avez pas vu ?
   *[other] Marquer comme vus les { $count } épisodes diffusés de { $title } que vous n’avez pas vus ?
}
action-unrate = ✖ Retirer la note
action-unrate-toast = Note retirée
action-unrate-already = Pas de note à retirer
