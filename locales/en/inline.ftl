# Inline mode: "@bot title" in any chat.
# Messages are Telegram HTML; result titles, descriptions, buttons and alerts are plain text.

inline-title = { $title } · { $kind }
inline-kind-show = Show
inline-kind-movie = Movie
inline-mark-watched = ✅ Watched
inline-mark-watchlist = 📌 On your watchlist
inline-card-link = 🔗 <a href="{ $url }">Open on Trakt</a>
inline-add = ➕ Add to my watchlist
inline-link = 🔗 Link Trakt to see what you’ve watched
inline-unavailable = ⚠️ Trakt is unavailable, try again in a moment
inline-link-hint = Your Trakt account isn’t linked yet. Open @{ $bot }, send /link, then tap the button again.
