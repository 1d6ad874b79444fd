# English — the reference locale. Every other locale must define every message here
# with the same placeables (checked by tests/test_locales.py).
# Messages are Telegram HTML: keep tags balanced; never put < or & bare in text.

# The language's own name: on its button (as it stands alone), and inside a
# sentence or after a label (written as the language writes it there:
# "Langue : français", "Мова: українська").
language-name = English
language-name-inline = English
# What separates the small facts of a line (rating, genres, dates, counts):
# `★ 8.7 · Drama · 47 min`. Persian uses its comma: a middle dot beside
# Persian digits reads as a zero (۹٫۲ · ۷).
separator = {" · "}

## /start and /help
start-welcome =
    👋 Hi, { $name }! I bring your <b>Trakt.tv</b> account into Telegram: what you watched, what to watch next, what is hot, and your watchlist. In a group I can pick something for tonight that nobody has seen yet.
help-header = <b>What I can do</b>
help-inline = In any chat, type <code>@{ $bot } title</code> to search Trakt.

## Command menu (one line each; plain text, no markup)
cmd-start = Welcome and what I do
cmd-help = Every command, one line each
cmd-trending = What people watch right now
cmd-popular = The most popular shows and movies
cmd-language = Choose my language

## Buttons
button-invalid = This button is out of date. Send the command again.
button-not-yours = This button belongs to whoever asked. Send the command yourself to get your own.
page-of = { $page } / { $pages }
kind-shows = 📺 Shows
kind-movies = 🎬 Movies

## Lists and cards
trending-header-shows = 🔥 <b>Trending shows</b> · page { $page } of { $pages }
trending-header-movies = 🔥 <b>Trending movies</b> · page { $page } of { $pages }
popular-header-shows = ⭐ <b>Popular shows</b> · page { $page } of { $pages }
popular-header-movies = ⭐ <b>Popular movies</b> · page { $page } of { $pages }
list-empty = Nothing here yet.
watching-now =
    { $count ->
        [one] { $count } watching
       *[other] { $count } watching
    }
card-untitled = Untitled

## /language
language-current = I speak <b>{ $language }</b> with you. Pick another language:
language-current-auto = I follow your Telegram language (now <b>{ $language }</b>). Pick one to keep:
language-auto = 🌐 Same as Telegram
language-saved = ✅ Done.
language-saved-toast = Language saved

## Access
not-allowed = Sorry, this bot is private. Ask its owner to add you.

## Errors (short; the person sees these)
error-generic = 😕 Something went wrong on my side. Please try again in a moment.
error-short = Something went wrong. Please try again.
error-telegram-busy = Telegram is busy right now. Please try again in a moment.
error-store-busy = ⏳ I’m a little busy right now. Please try again in a moment.
error-trakt-rate-limited = Trakt asks us to slow down. Please try again in { $seconds } s.
error-trakt-busy = Trakt is busy right now. Please try again in a minute.
error-trakt-refusing = Trakt is refusing this bot right now. This is not your account’s fault; please try again later.
error-trakt-unauthorized = Trakt did not accept your sign-in. Link your account again with /link.
error-trakt-locked = Your Trakt account is locked or deactivated. Trakt support can unlock it.
error-trakt-vip = That needs Trakt VIP: { $url }
error-trakt-account-limit = You have reached a limit of your Trakt account (for example a full watchlist). Remove something or upgrade to VIP.
error-trakt-not-found = Trakt could not find that.
error-trakt-down = Trakt is not answering right now. Please try again in a few minutes.
error-trakt-other = Trakt could not do that (error { $status }). Please try again later.

## Genres (Trakt slugs)
genre-action = action
genre-adventure = adventure
genre-animation = animation
genre-anime = anime
genre-biography = biography
genre-children = children
genre-comedy = comedy
genre-crime = crime
genre-documentary = documentary
genre-donghua = donghua
genre-drama = drama
genre-family = family
genre-fantasy = fantasy
genre-game-show = game show
genre-history = history
genre-holiday = holiday
genre-home-and-garden = home and garden
genre-horror = horror
genre-mini-series = mini-series
genre-music = music
genre-musical = musical
genre-mystery = mystery
genre-news = news
genre-reality = reality
genre-romance = romance
genre-science-fiction = science fiction
genre-short = short
genre-soap = soap
genre-special-interest = special interest
genre-sporting-event = sport
genre-superhero = superhero
genre-suspense = suspense
genre-talk-show = talk show
genre-thriller = thriller
genre-war = war
genre-western = western

## Shared buttons
button-back = ◀ Back

## Linking prompts (shared: any personal command may need them)
button-link = 🔗 Link my Trakt
link-needed = This needs your Trakt account. Link it once — it takes a minute and I never see your password.
link-needed-group = This needs your Trakt account. Link it in a private chat with me — no codes are ever shown here.
link-needed-short = Link your Trakt account first.
link-lost = Trakt ended this bot’s access to your account (it was revoked or expired). Link it again to carry on.

## Most watched
discover-list-trending = 🔥 Trending
discover-list-popular = ⭐ Popular
discover-list-watched = 👀 Most watched
discover-period-weekly = Week
discover-period-monthly = Month
discover-period-yearly = Year
discover-period-all = All time
discover-when-weekly = this week
discover-when-monthly = this month
discover-when-yearly = this year
discover-when-all = of all time
discover-watched-header-shows = 👀 <b>Most watched shows</b> { $period } · page { $page } of { $pages }
discover-watched-header-movies = 👀 <b>Most watched movies</b> { $period } · page { $page } of { $pages }
discover-watchers =
    { $count ->
        [one] { $count } viewer
       *[other] { $count } viewers
    }
discover-plays =
    { $count ->
        [one] { $count } play
       *[other] { $count } plays
    }
discover-details-hint = <i>Tap a number below for the title’s details.</i>

## A person's own data asked for in a group goes to their private chat
private-sent = 📬 { $name }, I sent it to you in our private chat.
private-share = 📤 Share in the group
private-shared-by = 📤 { $name } shared this:
private-shared = Shared in the group.
private-share-failed = I can’t post in that group: you or I are no longer in it.
private-start-first = { $name }, I can’t write to you yet: open a private chat with me, press Start, then ask again.
private-open = 💬 Open a private chat

# Fair use (bot/trakt/fair.py): one person over their budget; the shared budget full.
error-too-fast = ⏳ You are going faster than I can ask Trakt. Try again in { $seconds } s.
error-too-fast-login = ⏳ Too many sign-in attempts in a row. Try again in { $seconds } s.
error-bot-busy = ⏳ Many people are asking Trakt at once right now. Please try again in { $seconds } s.
