## /calendar
cmd-calendar = Calendrier : vos épisodes et sorties de films, jour par jour, 7 jours à la fois
calendar-usage =
    Voir ce qui sort pour vous dans les 7 prochains jours, jour par jour dans votre fuseau horaire :
    <code>/calendar</code> — épisodes et films
    <code>/calendar séries</code> — seulement les épisodes
    <code>/calendar films</code> — seulement les sorties de films
calendar-header-a = 📅 <b>Votre calendrier</b> · { $dates }
calendar-header-s = 📺 <b>Vos épisodes</b> · { $dates }
calendar-header-m = 🎬 <b>Vos sorties de films</b> · { $dates }
calendar-empty-a = Rien dans votre calendrier sur ces 7 jours. Les séries et films que vous regardez, collectionnez ou gardez dans votre watchlist apparaissent ici ; ◀ ▶ mènent aux autres semaines.
calendar-empty-s = Aucun épisode de vos séries sur ces 7 jours. ◀ ▶ mènent aux autres semaines.
calendar-empty-m = Aucun de vos films ne sort sur ces 7 jours. ◀ ▶ mènent aux autres semaines.
calendar-today = Aujourd’hui · { $date }
calendar-tomorrow = Demain · { $date }
calendar-yesterday = Hier · { $date }
calendar-episodes =
    { $count ->
        [one] { $count } épisode
       *[other] { $count } épisodes
    }
calendar-type-series-premiere = 🆕 début de la série
calendar-type-season-premiere = 🆕 début de saison
calendar-type-mid-season-premiere = ▶️ retour après la pause
calendar-type-mid-season-finale = ⏸ final de mi-saison
calendar-type-season-finale = 🏁 final de saison
calendar-type-series-finale = 🔚 final de la série
calendar-zone = <i>Heures en { $zone }.</i>
calendar-zone-utc = <i>Heures en UTC. Ce n’est pas votre fuseau ? Réglez le vôtre dans vos <a href="{ $url }">paramètres Trakt</a>.</i>
calendar-kind-a = Tout
calendar-kind-s = 📺 Séries
calendar-kind-m = 🎬 Films
calendar-button-earlier = ◀ { $date }
calendar-button-later = { $date } ▶
calendar-button-this-week = Cette semaine
