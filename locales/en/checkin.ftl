## Check-in: "I'm watching this now" at Trakt (/checkin, the 🎬 button on cards)
cmd-checkin = What you're checked in to now, with Cancel
checkin-button = 🎬 Check in

## Toasts (only the person who pressed sees them)
checkin-done = Checked in to { $title } until { $time }
checkin-done-no-time = Checked in to { $title }
checkin-already = Already checked in to { $title } until { $time }
checkin-already-no-time = Already checked in to { $title }
checkin-cancelled-toast = Check-in cancelled

## Messages
checkin-done-html = 🎬 Checked in to { $title } until { $time }.
checkin-done-html-no-time = 🎬 Checked in to { $title }.
checkin-conflict =
    ⏳ You're already checked in to { $running } until { $time }.
    Cancel it and check in to { $title } instead?
checkin-conflict-no-time =
    ⏳ You're already checked in to { $running }.
    Cancel it and check in to { $title } instead?
checkin-replace = ✖ Cancel it and check in here
checkin-keep = Keep it
checkin-kept = 👍 Your check-in goes on.
checkin-too-late = 🎬 I didn’t make your check-in: Trakt made it wait too long, so it would no longer be “now”. Still watching? Press 🎬 Check in again.
checkin-none = You're not checked in to anything right now. Open a movie or an episode and press 🎬 Check in.
checkin-now = 🎬 Checked in to { $title }
checkin-now-scrobble = ▶️ Watching { $title } in a player app
checkin-started = Started at { $time }
checkin-until = Ends at { $time }
checkin-cancel = ✖ Cancel check-in
checkin-cancelled = Your check-in to { $title } is cancelled.
checkin-cancel-none = Nothing is running any more.
checkin-me-watching = ▶️ Watching now: { $title }
checkin-me-watching-until = ▶️ Watching now: { $title }, until { $time }
checkin-usage =
    Show what you are checked in to now, with a way to cancel it:
    <code>/checkin</code>
    It takes no other words.
