## Episodes: an episode's card and a show's seasons → episodes picker

episodes-gone = Cet épisode n’existe plus sur Trakt.
episodes-special = ✨ Épisode spécial
episodes-aired = 📅 Diffusé le { $when }
episodes-airs = 📅 Diffusion le { $when }
episodes-no-date = 📅 Pas encore de date de diffusion
episodes-runtime = ⏱ { $minutes } min
episodes-your-rating = votre note { $rating }/10
episodes-watched = ✅ Vous l’avez vu
episodes-show-button = 📺 Série
episodes-at-release = 📅 À la diffusion
episodes-another-day = 🗓 Un autre jour
episodes-yesterday = Hier
episodes-logged-released = Enregistré comme vu à sa diffusion
episodes-logged-day = Enregistré comme vu ce jour-là
episodes-not-aired = ⏳ Pas encore diffusé : vous pourrez le marquer une fois diffusé.
episodes-not-aired-toast = Pas encore diffusé
episodes-before-air-toast = Ce jour-là, il n’était pas encore diffusé
episodes-unaired = pas encore diffusée
episodes-season-line-unaired = Saison { $number } · pas encore diffusée
episodes-season-unaired = ⏳ Pas encore diffusée
episodes-when-now = Maintenant
episodes-when-released = À la diffusion
episodes-when-line = 👁 enregistre le visionnage : { $when }
episodes-when-inline-now = maintenant
episodes-when-inline-released = à la diffusion
episodes-when-inline-yesterday = hier
episodes-seasons = saisons
episodes-no-seasons = Trakt ne liste encore aucune saison de cette série.
episodes-season-line = Saison { $number } · { $count ->
    [one] { $count } épisode
   *[other] { $count } épisodes
}
episodes-season-line-progress = Saison { $number } · { $progress } vus
episodes-specials-line = Épisodes spéciaux · { $count ->
    [one] { $count } épisode
   *[other] { $count } épisodes
}
episodes-season-button = S{ $number }
episodes-specials-button = ✨ Spéciaux
episodes-seasons-back = ◀ Saisons
episodes-season-head = Saison { $number }
episodes-specials-head = Épisodes spéciaux
episodes-season-progress = Vus : { $progress }
episodes-no-episodes = Trakt ne liste encore aucun épisode de cette saison.
episodes-all-button = ✅ Toute la saison
episodes-all-ask = { $count ->
    [one] Marquer le dernier épisode diffusé de la saison { $number } comme vu ?
   *[other] Marquer les { $count } épisodes diffusés de la saison { $number } comme vus ?
}
episodes-all-yes = { $count ->
    [one] ✅ Oui, marquer 1 épisode
   *[other] ✅ Oui, marquer { $count } épisodes
}
episodes-cancel = ✖ Annuler
episodes-all-none = Tous les épisodes diffusés de cette saison sont déjà vus.
episodes-all-toast = { $count ->
    [one] 1 épisode marqué comme vu
   *[other] { $count } épisodes marqués comme vus
}
episodes-remove = 🗑 Retirer un visionnage
episodes-remove-ask = Retirer votre dernier visionnage de cet épisode ?
