# /search: find shows and movies on Trakt.
# Messages are Telegram HTML; button labels and alerts are plain text.

cmd-search = Find a show or a movie
search-usage = 🔎 What should I look for? Reply with a title, or send <code>/search title</code> — for example <code>/search breaking bad</code>.
search-field = Title of a show or a movie
search-header = 🔎 <b>{ $query }</b> · page { $page } of { $pages }
search-footer = <i>Tap a number for details.</i>
search-none = 🔎 Nothing found for <b>{ $query }</b>. Check the spelling or try the original title.
search-no-more = 🔎 No more results for <b>{ $query }</b>.
search-expired = This search has expired. Send /search again.
search-kind-show = 📺 show
search-kind-movie = 🎬 movie
