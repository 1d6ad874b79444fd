# /party: a watch party in a group chat. Shown to the whole group: titles and first names only.

cmd-party = Pick something to watch together (in a group)

party-private = 🍿 Watch parties happen in groups: add me to a group chat and send /party there. Everyone who joins gets a vote, and I only suggest titles none of you has seen.

## The party message
party-title = 🍿 <b>Watch party</b> · { $kind }
party-kind-all = movies and shows
party-kind-movies = movies
party-kind-shows = shows
party-intro = { $name } wants to watch something together. Press “I'm in” to join: I'll look at everyone's Trakt and suggest titles none of you has seen.
party-nobody = Nobody is in yet.
party-members =
    { $count ->
        [one] <b>{ $count } person is in:</b> { $names }
       *[other] <b>{ $count } people are in:</b> { $names }
    }
party-need-more = I need at least two people with Trakt linked. Not linked yet? Tap “🔗 Link Trakt privately” first.
party-ready = Ready! Anyone can press “Pick now”.
party-picking = ⏳ Looking through everyone's Trakt…
party-voting = 🗳 Vote in the poll below.
party-over = 🏁 Tonight: { $title }
party-closed = 🏁 This party is over.
party-replaced = This party was replaced by a newer one.

## Buttons (plain text)
party-button-join = 🙋 I'm in
party-button-leave = 👋 Leave
party-button-pick = 🎲 Pick now
party-button-link = 🔗 Link Trakt privately
party-button-done = ✅ Done

## Answers to presses (plain text, at most 200 characters)
party-joined = You're in! 🎉
party-already-in = You're already in.
party-left = You left the party.
party-not-in = You weren't in this party.
party-link-first = Link your Trakt first: tap “🔗 Link Trakt privately” under the party message, link it in our private chat, then press “I'm in” again.
party-full =
    { $count ->
        [one] Sorry, this party is full ({ $count } person). Start another one with /party.
       *[other] Sorry, this party is full ({ $count } people). Start another one with /party.
    }
party-starter-only = Until two people are in, only { $name } (who started the party) can press this.
party-members-only = Only people in the party can press this. Press “I'm in” first.
party-too-few =
    { $count ->
        [0] I need at least two people with Trakt linked, and nobody is in yet. Ask friends to press “I'm in”.
        [1] I need at least two people with Trakt linked, and only one is in so far. Ask a friend to press “I'm in”.
       *[other] I need at least two people with Trakt linked; { $count } are in so far.
    }
party-picking-toast = Picking… 🎲
party-done-starter-only = Only { $name } (who started the party) can close the vote.
party-closing-toast = Counting the votes…
party-busy = I'm picking right now, one moment.
party-vote-started = The vote has started: vote in the poll below.
party-ended = This party has ended. Start a new one with /party.

## Messages to the group
party-too-few-reached =
    { $count ->
        [0] I couldn't read anyone's Trakt, and I need at least two people to pick. Press “Pick now” again in a minute.
        [1] I could read only one person's Trakt, and I need at least two to pick. Press “Pick now” again in a minute.
       *[other] I could read only { $count } people's Trakt. Press “Pick now” again in a minute.
    }
party-nothing = I couldn't find anything none of you has seen. Try /party shows or /party movies.
party-shortlist-header = 🎬 <b>Tonight's shortlist for { $names }</b>
party-widened = Your lists had too few titles that none of you has seen, so I added trending ones nobody has watched.
party-skipped = ⚠️ Couldn't reach { $name }'s Trakt, picking without them.
party-unlinked = ⚠️ { $name } no longer has Trakt linked, picking without them.
party-wanted-by = 🙋 On the watchlist of { $names }
party-suggested-for = 💡 Trakt suggests it to { $names }
party-trending = 🔥 Trending now
party-poll-question = 🍿 What do we watch?
party-winner = 🏆 <b>Tonight:</b> { $title }
party-votes =
    { $count ->
        [one] 🗳 { $count } vote
       *[other] 🗳 { $count } votes
    }
party-no-votes = Nobody voted, so I went with the top of the list.
party-only-one = Only one title fits, so that's the pick.
