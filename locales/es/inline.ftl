# Modo inline: «@bot título» en cualquier chat.
# Los mensajes son HTML de Telegram; títulos y descripciones de resultados, botones y alertas son texto plano.

inline-title = { $title } · { $kind }
inline-kind-show = Serie
inline-kind-movie = Película
inline-mark-watched = ✅ Visto
inline-mark-watchlist = 📌 En tus pendientes
inline-card-link = 🔗 <a href="{ $url }">Abrir en Trakt</a>
inline-add = ➕ Añadir a mis pendientes
inline-link = 🔗 Vincula Trakt para ver lo que ya has visto
inline-unavailable = ⚠️ Trakt no está disponible, inténtalo en un momento
inline-link-hint = Tu cuenta de Trakt aún no está vinculada. Abre @{ $bot }, envía /link y vuelve a tocar el botón.
