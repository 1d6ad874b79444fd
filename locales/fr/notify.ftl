## /notify : notifications quand vos épisodes sont diffusés
cmd-notify = Notifications quand vos épisodes sont diffusés
notify-usage =
    Des notifications quand vos séries sont diffusées. Appuyez sur les boutons ou tapez :
    <code>/notify séries</code> — chaque épisode à sa diffusion (<code>/notify séries 60</code> : une heure après)
    <code>/notify résumé 8</code> — un résumé quotidien à 08:00
    <code>/notify non</code> — aucune notification (<code>/notify oui</code> : de nouveau actives)
    <code>/notify fuseau Europe/Paris</code> — votre fuseau horaire
    <code>/notify silence 23 7</code> — heures de silence (<code>/notify silence non</code>)
    <code>/notify films oui</code> — les sorties de films aussi
    <code>/notify premières</code>, <code>fins</code> ou <code>tout</code> — quels épisodes
notify-title = 🔔 <b>Notifications</b>
notify-mode-off-now = Désactivées : rien n’est envoyé.
notify-mode-each-now = Chaque épisode, { $when }.
notify-mode-digest-now = Un résumé quotidien à { $time }.
notify-scope-now = Séries : { $scope }
notify-quiet-now = Heures de silence : { $quiet }
notify-zone-trakt = Fuseau horaire : { $zone }, d’après vos réglages Trakt
notify-zone-chosen = Fuseau horaire : { $zone }, choisi ici
notify-movies-now = Sorties de films : { $on ->
        [true] oui
       *[false] non
    }
notify-zone-hint = Choisissez un fuseau horaire ou tapez-le : <code>/notify fuseau Europe/Paris</code>
notify-zone-unknown = 🌍 Je ne connais pas le fuseau horaire « { $zone } ». Tapez le fuseau d’un lieu sous la forme Région/Ville, par exemple <code>/notify fuseau Europe/Paris</code>, ou choisissez-en un dans /notify.
notify-scope-followed = en cours et dans la watchlist
notify-scope-premieres = débuts de saison seulement
notify-scope-finales = fins de saison seulement
notify-scope-all = tout votre calendrier
notify-quiet-none = aucune
notify-at-air = à la diffusion
notify-later-minutes = { $minutes ->
        [one] { $minutes } minute après
       *[other] { $minutes } minutes après
    }
notify-later-hours = { $hours ->
        [one] { $hours } heure après
       *[other] { $hours } heures après
    }
notify-before-minutes = { $minutes ->
        [one] { $minutes } minute avant
       *[other] { $minutes } minutes avant
    }
notify-before-hours = { $hours ->
        [one] { $hours } heure avant
       *[other] { $hours } heures avant
    }
notify-button-off = Désactivées
notify-button-each = Chaque épisode
notify-button-digest = Résumé quotidien
notify-button-when = ⏱ Quand : { $when }
notify-button-hour = 🕗 À { $time }
notify-button-scope = 📺 Quelles séries
notify-button-quiet = 🌙 Heures de silence
notify-button-zone = 🌍 Fuseau horaire
notify-button-zone-trakt = Celui de Trakt
notify-button-movies = 🎬 Films
## la notification
notify-airs = 📺 { $show } · { $time }
notify-binge = 📺 { $show } · { $count ->
        [one] { $count } nouvel épisode
       *[other] { $count } nouveaux épisodes
    } · { $time }
notify-digest = 🗓 <b>Au programme de vos séries</b> · { $count ->
        [one] { $count } épisode
       *[other] { $count } épisodes
    }
notify-movie = 🎬 Sort aujourd’hui : { $movie }
notify-muted-line = <i>🔕 En sourdine : plus de notifications pour cette série.</i>
notify-more = … et { $count } autres
notify-type-series_premiere = début de la série
notify-type-season_premiere = début de saison
notify-type-mid_season_premiere = retour après la pause
notify-type-series_finale = final de la série
notify-type-season_finale = final de saison
notify-type-mid_season_finale = final de mi-saison
notify-button-seen = ✅ Vu
notify-button-seen-done = ✅ Vu ✓
notify-button-open = 🎞 Ouvrir
notify-button-all = ✅ Tout vu
notify-button-all-yes = ✅ Oui, { $count ->
        [one] { $count } épisode
       *[other] les { $count }
    }
notify-button-all-no = Annuler
notify-button-mute = 🔕 Mettre en sourdine
notify-button-unmute = 🔔 Réactiver
notify-all-done = { $count ->
        [one] { $count } épisode marqué comme vu
       *[other] { $count } épisodes marqués comme vus
    }
notify-muted = En sourdine : plus de notifications pour cette série
notify-unmuted = Les notifications de cette série reprennent
notify-hour-range = 🕗 « { $typed } » n’est pas une heure de la journée : utilisez 0–23, par exemple <code>/notify résumé 8</code> ou <code>/notify silence 23 7</code>.
notify-offset-range = ⏱ « { $typed } » ne convient pas : le décalage est en minutes, de -1440 à 1440 (jusqu’à un jour avant ou après la diffusion), par exemple <code>/notify séries 60</code>.
notify-quiet-same = 🌙 Il faut deux heures différentes pour les heures de silence, un début et une fin, par exemple <code>/notify silence 23 7</code>.
notify-button-muted = 🔕 Séries en sourdine ({ $count })
notify-muted-title = 🔕 <b>Séries en sourdine</b> : aucune notification pour celles-ci.
notify-muted-none = 🔕 Aucune série en sourdine. Le bouton 🔕 d’une notification met sa série en sourdine.
notify-button-unmute-number = 🔔 Réactiver { $number }
notify-zone-everywhere = <i>Votre fuseau horaire sert partout : notifications, /calendar, /history, fiches et check-ins.</i>
notify-airs-soon = 📺 { $show } · diffusion le { $time }
notify-binge-soon = 📺 { $show } · { $count ->
        [one] { $count } nouvel épisode
       *[other] { $count } nouveaux épisodes
    } · diffusion le { $time }
notify-link-lost = 🔕 L’association avec Trakt ne fonctionne plus : les notifications sont en pause. Associez à nouveau votre compte pour les recevoir.
## après la liaison, une fois
notify-offer = 🔔 Voulez-vous un message quand vos séries sont diffusées ? Un par épisode, avec un ✅ pour le marquer comme vu, ou un seul résumé par jour, d’où chaque épisode s’ouvre d’un simple appui.
notify-offer-button = 🔔 Régler les notifications
## /due
notify-due-off = Les notifications sont désactivées. Activez-les avec /notify.
notify-due-empty = Rien de prévu ces prochains jours.
notify-due-header = 🗓 <b>Prévues</b> ({ $zone }) · { $count ->
        [one] { $count } notification
       *[other] { $count } notifications
    }
