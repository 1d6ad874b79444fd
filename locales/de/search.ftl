# /search: Serien und Filme auf Trakt finden.
# Nachrichten sind Telegram-HTML; Button-Beschriftungen und Hinweise sind reiner Text.

cmd-search = Eine Serie oder einen Film finden
search-usage = 🔎 Wonach soll ich suchen? Antworte mit einem Titel oder sende <code>/search Titel</code> – zum Beispiel <code>/search breaking bad</code>.
search-field = Titel einer Serie oder eines Films
search-header = 🔎 <b>{ $query }</b> · Seite { $page } von { $pages }
search-footer = <i>Tippe auf eine Nummer für Details.</i>
search-none = 🔎 Nichts gefunden für <b>{ $query }</b>. Prüfe die Schreibweise oder versuch es mit dem Originaltitel.
search-no-more = 🔎 Keine weiteren Ergebnisse für <b>{ $query }</b>.
search-expired = Diese Suche ist abgelaufen. Sende /search noch einmal.
search-kind-show = 📺 Serie
search-kind-movie = 🎬 Film
