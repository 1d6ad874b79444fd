## /calendar
cmd-calendar = Calendar: your episodes and movie releases, day by day, 7 days at a time
calendar-usage =
    Show what airs for you in the next 7 days, day by day in your time zone:
    <code>/calendar</code> — episodes and movies
    <code>/calendar shows</code> — episodes only
    <code>/calendar movies</code> — movie releases only
calendar-header-a = 📅 <b>Your calendar</b> · { $dates }
calendar-header-s = 📺 <b>Your episodes</b> · { $dates }
calendar-header-m = 🎬 <b>Your movie releases</b> · { $dates }
calendar-empty-a = Nothing on your calendar for these 7 days. Shows and movies you watch, collect or put on your watchlist appear here; ◀ ▶ go to other weeks.
calendar-empty-s = No episodes of your shows on these 7 days. ◀ ▶ go to other weeks.
calendar-empty-m = None of your movies comes out on these 7 days. ◀ ▶ go to other weeks.
calendar-today = Today · { $date }
calendar-tomorrow = Tomorrow · { $date }
calendar-yesterday = Yesterday · { $date }
calendar-episodes =
    { $count ->
        [one] { $count } episode
       *[other] { $count } episodes
    }
calendar-type-series-premiere = 🆕 series premiere
calendar-type-season-premiere = 🆕 season premiere
calendar-type-mid-season-premiere = ▶️ back from the break
calendar-type-mid-season-finale = ⏸ mid-season finale
calendar-type-season-finale = 🏁 season finale
calendar-type-series-finale = 🔚 series finale
calendar-zone = <i>Times in { $zone }.</i>
calendar-zone-utc = <i>Times in UTC. Not your time zone? Set yours in your <a href="{ $url }">Trakt settings</a>.</i>
calendar-kind-a = All
calendar-kind-s = 📺 Shows
calendar-kind-m = 🎬 Movies
calendar-button-earlier = ◀ { $date }
calendar-button-later = { $date } ▶
calendar-button-this-week = This week
