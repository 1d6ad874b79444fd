# /search: Serien, Filme und Personen auf Trakt finden.
# Nachrichten sind Telegram-HTML; Button-Beschriftungen und Hinweise sind reiner Text.

cmd-search = Serie, Film oder Person finden
search-usage = 🔎 Wonach soll ich suchen? Antworte mit einem Titel oder Namen oder sende <code>/search Titel</code> – zum Beispiel <code>/search breaking bad</code>.
search-field = Titel oder Name
search-prompt =
    🔍 <b>Suche</b>
    Schick mir einen Titel oder Namen – eine Serie, einen Film oder eine Person –, und ich suche auf Trakt danach.
search-prompt-inline =
    🔍 <b>Suche</b>
    Schick mir einen Titel oder Namen – eine Serie, einen Film oder eine Person –, und ich suche auf Trakt danach.
    Oder tippe unten auf den Button und sieh die Treffer schon beim Schreiben.
search-inline-button = 🔎 Beim Schreiben suchen
search-header = 🔎 <b>{ $query }</b> · Seite { $page } von { $pages }
search-footer = <i>Tippe auf eine Nummer für Details.</i>
search-none = 🔎 Nichts gefunden für <b>{ $query }</b>. Prüfe die Schreibweise oder versuch es mit dem Originaltitel.
search-no-more = 🔎 Keine weiteren Ergebnisse für <b>{ $query }</b>.
search-expired = Diese Suche ist abgelaufen. Sende /search noch einmal.
search-kind-show = 📺 Serie
search-kind-movie = 🎬 Film
