# /search: find shows, movies and people on Trakt.
# Messages are Telegram HTML; button labels and alerts are plain text.

cmd-search = Find a show, a movie or a person
search-usage = 🔎 What should I look for? Reply with a title or a name, or send <code>/search title</code> — for example <code>/search breaking bad</code>.
search-field = A title or a name
search-prompt =
    🔍 <b>Search</b>
    Send me a title or a name — a show, a movie or a person — and I’ll look it up on Trakt.
search-prompt-inline =
    🔍 <b>Search</b>
    Send me a title or a name — a show, a movie or a person — and I’ll look it up on Trakt.
    Or tap the button below to see results as you type.
search-inline-button = 🔎 Search as you type
search-header = 🔎 <b>{ $query }</b> · page { $page } of { $pages }
search-footer = <i>Tap a number for details.</i>
search-none = 🔎 Nothing found for <b>{ $query }</b>. Check the spelling or try the original title.
search-no-more = 🔎 No more results for <b>{ $query }</b>.
search-expired = This search has expired. Send /search again.
search-kind-show = 📺 show
search-kind-movie = 🎬 movie
