## /stats
cmd-stats = Your numbers and a chart of your year
stats-usage = Send <code>/stats</code> on its own: your Trakt numbers and a chart of the last 12 months.
stats-header = 📊 <b>Your Trakt in numbers</b>
stats-movies =
    🎬 <b>Movies</b>: { $count } watched · { $plays ->
        [one] { $plays } play
       *[other] { $plays } plays
    } · { $time }
stats-shows =
    📺 <b>Shows</b>: { $count ->
        [one] { $count } show started
       *[other] { $count } shows started
    }
stats-episodes =
    🎞 <b>Episodes</b>: { $count } watched · { $plays ->
        [one] { $plays } play
       *[other] { $plays } plays
    } · { $time }
stats-total = ⏱ <b>Time watched</b>: { $time }
stats-total-days =
    ⏱ <b>Time watched</b>: { $time }, about { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
stats-ratings =
    ⭐ <b>Ratings</b>: { $count ->
        [one] { $count } given
       *[other] { $count } given
    }, { $average } on average
stats-ratings-none = ⭐ <b>Ratings</b>: none given yet
stats-chart-caption = <i>In the picture: hours watched per month over the last 12 months, and how you rate.</i>

## The chart (plain text drawn into the picture)
stats-chart-title = Your year on Trakt
stats-chart-subtitle = { $time } watched in the last 12 months
stats-chart-hours = Hours watched per month
stats-chart-hours-empty = Nothing watched in the last 12 months
stats-chart-ratings = Your ratings
stats-chart-ratings-average = Your ratings · { $average } on average
stats-chart-ratings-empty = No ratings yet
stats-chart-since = Counted from { $date }: older plays are more than one chart reads from Trakt.
