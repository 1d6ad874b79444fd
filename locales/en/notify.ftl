## /notify: notifications when your episodes air
cmd-notify = Notifications when your episodes air
notify-usage =
    Notifications when your shows air. Tap the buttons, or type:
    <code>/notify episodes</code> — each episode when it airs (<code>/notify episodes 60</code>: an hour later)
    <code>/notify digest 8</code> — a daily digest at 08:00
    <code>/notify off</code> — no notifications (<code>/notify on</code>: back on)
    <code>/notify tz Europe/Berlin</code> — your time zone
    <code>/notify quiet 23 7</code> — quiet hours (<code>/notify quiet off</code>)
    <code>/notify movies on</code> — movie releases too
    <code>/notify premieres</code>, <code>finales</code> or <code>all</code> — which episodes
notify-title = 🔔 <b>Notifications</b>
notify-mode-off-now = Off: nothing is sent.
notify-mode-each-now = Each episode, { $when }.
notify-mode-digest-now = A daily digest at { $time }.
notify-scope-now = Shows: { $scope }
notify-quiet-now = Quiet hours: { $quiet }
notify-zone-trakt = Time zone: { $zone }, from your Trakt settings
notify-zone-chosen = Time zone: { $zone }, set here
notify-movies-now = Movie releases: { $on ->
        [true] on
       *[false] off
    }
notify-zone-hint = Pick a time zone, or type one: <code>/notify tz Europe/Berlin</code>
notify-zone-unknown = 🌍 “{ $zone }” is not a time zone I know. Type a place's zone as Area/City, like <code>/notify tz Europe/Berlin</code>, or pick one in /notify.
notify-scope-followed = the ones you watch or have on your watchlist
notify-scope-premieres = premieres only
notify-scope-finales = finales only
notify-scope-all = everything on your calendar
notify-quiet-none = none
notify-at-air = at air time
notify-later-minutes = { $minutes ->
        [one] { $minutes } minute later
       *[other] { $minutes } minutes later
    }
notify-later-hours = { $hours ->
        [one] { $hours } hour later
       *[other] { $hours } hours later
    }
notify-before-minutes = { $minutes ->
        [one] { $minutes } minute before
       *[other] { $minutes } minutes before
    }
notify-before-hours = { $hours ->
        [one] { $hours } hour before
       *[other] { $hours } hours before
    }
notify-button-off = Off
notify-button-each = Each episode
notify-button-digest = Daily digest
notify-button-when = ⏱ When: { $when }
notify-button-hour = 🕗 At { $time }
notify-button-scope = 📺 Which shows
notify-button-quiet = 🌙 Quiet hours
notify-button-zone = 🌍 Time zone
notify-button-zone-trakt = From Trakt
notify-button-movies = 🎬 Movies
## the notification
notify-airs = 📺 { $show } · { $time }
notify-binge = 📺 { $show } · { $count ->
        [one] { $count } new episode
       *[other] { $count } new episodes
    } · { $time }
notify-digest = 🗓 <b>Airing on your shows</b> · { $count ->
        [one] { $count } episode
       *[other] { $count } episodes
    }
notify-movie = 🎬 Out today: { $movie }
notify-muted-line = <i>🔕 Muted: no more notifications for this show.</i>
notify-more = … and { $count } more
notify-type-series_premiere = series premiere
notify-type-season_premiere = season premiere
notify-type-mid_season_premiere = mid-season premiere
notify-type-series_finale = series finale
notify-type-season_finale = season finale
notify-type-mid_season_finale = mid-season finale
notify-button-seen = ✅ Watched
notify-button-seen-done = ✅ Watched ✓
notify-button-open = 🎞 Open
notify-button-all = ✅ Watched all
notify-button-all-yes = ✅ Yes, { $count ->
        [one] { $count } episode
       *[other] all { $count }
    }
notify-button-all-no = Cancel
notify-button-mute = 🔕 Mute this show
notify-button-unmute = 🔔 Unmute
notify-all-done = { $count ->
        [one] Marked { $count } episode as watched
       *[other] Marked { $count } episodes as watched
    }
notify-muted = Muted: no more notifications for this show
notify-unmuted = Notifications for this show are back on
notify-hour-range = 🕗 “{ $typed }” is not an hour of the day: use 0–23, like <code>/notify digest 8</code> or <code>/notify quiet 23 7</code>.
notify-offset-range = ⏱ “{ $typed }” won’t do: the offset is in minutes, from -1440 to 1440 (up to a day before or after the air time), like <code>/notify episodes 60</code>.
notify-quiet-same = 🌙 Quiet hours need two different hours, a start and an end, like <code>/notify quiet 23 7</code>.
notify-button-muted = 🔕 Muted shows ({ $count })
notify-muted-title = 🔕 <b>Muted shows</b>: no notifications for these.
notify-muted-none = 🔕 No muted shows. A notification’s 🔕 button mutes its show.
notify-button-unmute-number = 🔔 Unmute { $number }
notify-zone-everywhere = <i>Your time zone is used everywhere: notifications, /calendar, /history, cards and check-ins.</i>
notify-airs-soon = 📺 { $show } · airing at { $time }
notify-binge-soon = 📺 { $show } · { $count ->
        [one] { $count } new episode
       *[other] { $count } new episodes
    } airing at { $time }
notify-link-lost = 🔕 Your Trakt link stopped working, so notifications are paused. Link again to get them back.
## after linking, once
notify-offer = 🔔 Want a message when your shows air? One per episode, with a ✅ to mark it watched, or one daily digest of the day’s episodes.
notify-offer-button = 🔔 Set up notifications
## /due
notify-due-off = Notifications are off. Turn them on with /notify.
notify-due-empty = Nothing is due in the next days.
notify-due-header = 🗓 <b>Due</b> ({ $zone }) · { $count ->
        [one] { $count } notification
       *[other] { $count } notifications
    }
