# Modalità inline: "@bot titolo" in qualsiasi chat.
# I messaggi sono HTML di Telegram; titoli e descrizioni dei risultati, pulsanti e avvisi sono testo semplice.

inline-title = { $title } · { $kind }
inline-kind-show = Serie TV
inline-kind-movie = Film
inline-mark-watched = ✅ Visto
inline-mark-watchlist = 📌 Nella tua watchlist
inline-card-link = 🔗 <a href="{ $url }">Apri su Trakt</a>
inline-add = ➕ Aggiungi alla mia watchlist
inline-link = 🔗 Collega Trakt per vedere cosa hai già visto
inline-unavailable = ⚠️ Trakt non è disponibile, riprova tra poco
inline-link-hint = Il tuo account Trakt non è ancora collegato. Apri @{ $bot }, invia /link e poi tocca di nuovo il pulsante.
