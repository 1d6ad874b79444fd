## /history
cmd-history = What you watched, newest first
history-usage =
    Show what you watched, newest first:
    <code>/history</code> — everything
    <code>/history shows</code> or <code>/history movies</code>
    <code>/history week</code>, <code>month</code> or <code>year</code> — only lately
    You can combine them: <code>/history movies month</code>.
history-header-a = 🕘 <b>Your history</b>{ $period }
history-header-s = 🕘 <b>Your history: shows</b>{ $period }
history-header-m = 🕘 <b>Your history: movies</b>{ $period }
history-period-a = {""}
history-period-w = {" "}· past week
history-period-m = {" "}· past month
history-period-y = {" "}· past year
history-empty = Nothing here yet. What you watch or check in on Trakt shows up here.
history-empty-filtered = Nothing matches these filters. Try <b>All</b> or <b>All time</b>.
history-page-empty = That’s everything: nothing more after the previous page.
history-today = Today
history-yesterday = Yesterday
history-day-unknown = Date unknown
history-kind-a = All
history-kind-s = 📺 Shows
history-kind-m = 🎬 Movies
history-period-button-a = All time
history-period-button-w = Week
history-period-button-m = Month
history-period-button-y = Year

## Removing one play
history-remove-mode = 🗑 Remove a play
history-remove-done = ✔ Done
history-remove-ask = Remove play { $number }: { $play }?
history-remove-yes = 🗑 Remove
history-remove-toast = Play removed
history-remove-gone = That play was already removed
history-remove-hint = <i>Tap the number of the play to remove.</i>

## How long the person watched on a day (beside the day's name)
history-day-time = <b>{ $day }</b> · { $time }
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
