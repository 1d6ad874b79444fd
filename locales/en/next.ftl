## /next
cmd-next = Up next: the next episode of every show you are watching
next-usage =
    Show the next episode of every show you are watching, most recent first:
    <code>/next</code>
    It takes no other words.
next-header =
    ▶️ <b>Up next</b> · { $count ->
        [one] { $count } show in progress
       *[other] { $count } shows in progress
    }
next-empty = Nothing in progress. Watch the first episode of a show and its next one shows up here; /trending has ideas.
next-progress = { $number } of { $count }
next-aired = aired { $date }
next-aired-today = aired today
next-aired-yesterday = aired yesterday
next-legend = <i>✅ watched this episode · 🎞 the episode · 📺 the show · 🎬 check in</i>
next-button-seen = ✅ { $number }
next-button-episode = 🎞 { $number }
next-button-show = 📺 { $number }
next-button-checkin = 🎬 { $number }
