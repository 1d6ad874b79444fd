# Inline-Modus: „@bot Titel“ in einem beliebigen Chat.
# Nachrichten sind Telegram-HTML; Titel und Beschreibungen der Ergebnisse, Buttons und Hinweise sind reiner Text.

inline-title = { $title } · { $kind }
inline-kind-show = Serie
inline-kind-movie = Film
inline-mark-watched = ✅ Gesehen
inline-mark-watchlist = 📌 Auf deiner Watchlist
inline-card-link = 🔗 <a href="{ $url }">Auf Trakt öffnen</a>
inline-add = ➕ Auf meine Watchlist
inline-link = 🔗 Trakt verknüpfen, um Gesehenes anzuzeigen
inline-unavailable = ⚠️ Trakt ist nicht erreichbar, versuch es gleich noch einmal
inline-link-hint = Dein Trakt-Konto ist noch nicht verknüpft. Öffne @{ $bot }, sende /link und tippe dann noch einmal auf den Button.
