## The bot always answers (issue 15): unknown commands, stray codes, usage hints,
## writes Trakt asks to wait for, a second /party.

unknown-command = I don’t know { $command }. Send /help to see what I can do.
link-stray-code = 🔐 That looks like a Trakt code, so I deleted it right away. Codes only work while linking: send /link and I’ll show you where to enter it.
link-stray-code-kept = 🔐 That looks like a Trakt code — please delete your message. Codes only work while linking: send /link and I’ll show you where to enter it.
link-stray-code-pending = 🔐 That looks like a Trakt code, so I deleted it right away. You are linking now: send the code on its own, as a message, and I’ll use it.
link-needed-alert = Link your Trakt account first: send /link.

discover-usage =
    Show what’s hot on Trakt:
    <code>/trending</code> — what people watch right now
    <code>/popular</code> — the most popular of all time
    Add <code>shows</code> or <code>movies</code>, and <code>week</code>, <code>month</code>, <code>year</code> or <code>all</code> for the most watched: <code>/trending movies week</code>.
recommend-usage =
    Titles Trakt picks for you:
    <code>/recommend</code> — shows
    <code>/recommend movies</code> — movies

later-saving = ⏳ Trakt asks me to wait, so I’ll save this in { $seconds } s.
later-already = ⏳ Already queued: I’ll save it in { $seconds } s.
later-behind = ⏳ Your earlier change is still waiting for Trakt, so I’ll save this right after it, in { $seconds } s.
later-failed = I couldn’t save your change at Trakt: { $reason }
later-full = ⏳ Too many of your changes are already waiting for Trakt. Try this again once they’re saved.
later-other-account = I didn’t save your waiting change: it was made on a Trakt account that is no longer linked here.

party-running = 🍿 A watch party is already on here, started by { $name } — join it above. { $name } or a group admin can start a new one instead.
party-button-new = 🔄 Start a new party
party-new-not-allowed = Only { $name } (who started the party) or a group admin can replace it.
party-new-started = New party started 🍿
party-new-too-late = Another party started meanwhile: join that one.
