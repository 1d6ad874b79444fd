# Встроенный режим: «@bot название» в любом чате.
# Сообщения — HTML Telegram; заголовки и описания результатов, кнопки и уведомления — простой текст.

inline-title = { $title } · { $kind }
inline-kind-show = Сериал
inline-kind-movie = Фильм
inline-mark-watched = ✅ Просмотрено
inline-mark-watchlist = 📌 В списке «Буду смотреть»
inline-card-link = 🔗 <a href="{ $url }">Открыть на Trakt</a>
inline-add = ➕ Добавить себе в «Буду смотреть»
inline-link = 🔗 Привяжите Trakt, чтобы видеть просмотренное
inline-unavailable = ⚠️ Trakt недоступен, попробуйте чуть позже
inline-link-hint = Ваш аккаунт Trakt ещё не привязан. Откройте @{ $bot }, отправьте /link и нажмите кнопку ещё раз.
