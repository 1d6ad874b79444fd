# /link, /unlink and /me (bot/features/link.py, link_poll.py, account.py).
# Never put a token in a message; the short device code only ever goes to a private chat.

## Command menu (plain text)
cmd-link = Link your Trakt account
cmd-unlink = Disconnect your Trakt account
cmd-me = Your linked Trakt account and its limits

## /link in a private chat
link-device =
    🔗 <b>Link your Trakt account</b>

    1. Tap <b>Open Trakt</b> below and sign in to Trakt if it asks.
    2. Check that the page shows <code>{ $code }</code>, then approve.

    The code works for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. I’ll tell you here as soon as you approve.
link-device-relink = You are linked as <b>{ $username }</b> now; approving switches this chat to the new account.
link-device-fallback = Page not working? <a href="{ $url }">Sign in here instead</a> and send me the code Trakt shows you.
link-button-open = 🔑 Open Trakt
link-button-cancel = ✖️ Cancel
link-button-again = 🔄 Start again
link-button-private = 🔗 Link in a private chat
link-open-private = Open a private chat with me to link your account.
link-stale = This sign-in has already ended.
link-cancelled = Cancelled: nothing was linked.
link-cancelled-toast = Cancelled
link-replaced = ↪️ This code was replaced by a newer one below.

## How a link ends
link-code-used = 🔐 This sign-in is finished; the code no longer works.
link-done = ✅ Linked as <b>{ $username }</b>. Your personal commands work now: /me shows the account, /unlink disconnects it, /help lists everything.
# Linked, but Trakt did not say yet whose account it is (the name shows on /me later).
link-done-unnamed = ✅ Your Trakt account is linked. Your personal commands work now: /me shows the account, /unlink disconnects it, /help lists everything.
link-denied = 🚫 The request was declined on Trakt, so nothing was linked.
link-expired = ⌛ The code expired before it was approved. Nothing was linked.
link-invalid = ❓ Trakt no longer knows this code. Nothing was linked.
link-already-used = ⚠️ This code was already used. If you approved it, check with /me; otherwise start again.
link-failed = Linking did not finish. { $reason }
link-expired-away = ⌛ Your link attempt expired while I was away — sorry! Start again whenever you like; it takes a minute.
link-unreadable-away = ⌛ I could not resume your link attempt after a restart — sorry! Start again whenever you like; it takes a minute.

## A pasted code
link-code-wrong = ❌ Trakt did not accept that code: it may be mistyped, expired or already used. Get a new one and try again. (I deleted your message with it.)
link-code-is-device = That is the code to enter on the Trakt page, not here. Tap <b>Open Trakt</b> above and approve there.

## /link in a group
link-group = 🔒 Linking happens in a private chat with me, so no codes ever show up here. Tap the button to continue there.
link-group-code-deleted = 🔒 I deleted that message: sign-in codes must never be posted in a group. Send /link to me in a private chat instead.
link-group-code-not-deleted = 🔒 Please delete your last message: it holds a sign-in code, and I can’t delete it here. Send /link to me in a private chat instead.

## /unlink
unlink-confirm = Unlink the Trakt account <b>{ $username }</b>? I’ll forget it here and ask Trakt to end my access.
unlink-button-yes = Yes, unlink
unlink-button-no = Cancel
unlink-done = ✅ Unlinked <b>{ $username }</b>: I forgot it here and Trakt ended my access. Link again any time with /link.
unlink-done-local = ✅ Unlinked <b>{ $username }</b> here. Trakt did not answer, so my access may still be listed under <a href="{ $url }">your connected apps</a> on Trakt; you can revoke it there.
unlink-unreadable = 🧹 I could no longer read the Trakt link stored for you, so I removed it. My access may still be listed under <a href="{ $url }">your connected apps</a> on Trakt; you can revoke it there. Link again any time with /link.
unlink-kept = Nothing changed: you are still linked as <b>{ $username }</b>.
unlink-none = No Trakt account is linked here any more.

## /me
me-header = 👤 <b>Your Trakt account</b>
me-user = <a href="{ $url }">{ $username }</a>
me-user-named = <a href="{ $url }">{ $username }</a> ({ $name })
me-since = Linked here since { $date }
me-vip = ⭐ Trakt VIP
me-free = Free account (not VIP)
me-private = 🔒 Your Trakt profile is private.
me-header-shared = 👤 <b>{ $username }’s Trakt account</b>
me-since-shared = Linked to this bot since { $date }
me-private-shared = 🔒 This Trakt profile is private.
me-limits-header = <b>Limits Trakt sets for this account</b>
me-limit-lists = • Personal lists: up to { $count ->
        [one] { $count } list
       *[other] { $count } lists
    } of up to { $limit ->
        [one] { $limit } item
       *[other] { $limit } items
    } each
me-limit-lists-count = • Personal lists: up to { $count ->
        [one] { $count } list
       *[other] { $count } lists
    }
me-limit-watchlist = • Watchlist: up to { $count ->
        [one] { $count } title
       *[other] { $count } titles
    }
me-limit-collection = • Collection: up to { $count ->
        [one] { $count } title
       *[other] { $count } titles
    }
me-limit-favorites = • Favorites: up to { $count ->
        [one] { $count } title
       *[other] { $count } titles
    }
me-limit-notes = • Notes: up to { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }
me-limits-none = Trakt did not report any limits for this account.
me-button-profile = 🌐 Profile on Trakt
me-button-unlink = Unlink
