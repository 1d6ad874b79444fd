# Mode inline : « @bot titre » dans n’importe quelle discussion.
# Les messages sont du HTML Telegram ; titres et descriptions des résultats, boutons et alertes sont du texte brut.

inline-title = { $title } · { $kind }
inline-kind-show = Série
inline-kind-movie = Film
inline-mark-watched = ✅ Vu
inline-mark-watchlist = 📌 Dans votre watchlist
inline-card-link = 🔗 <a href="{ $url }">Ouvrir sur Trakt</a>
inline-add = ➕ Ajouter à ma watchlist
inline-link = 🔗 Associez Trakt pour afficher vos titres vus
inline-unavailable = ⚠️ Trakt est indisponible, réessayez dans un instant
inline-link-hint = Votre compte Trakt n’est pas encore associé. Ouvrez @{ $bot }, envoyez /link, puis appuyez à nouveau sur le bouton.
