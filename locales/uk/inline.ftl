# Вбудований режим: «@bot назва» в будь-якому чаті.
# Повідомлення — Telegram HTML; назви й описи результатів, кнопки та сповіщення — простий текст.

inline-title = { $title } · { $kind }
inline-kind-show = Серіал
inline-kind-movie = Фільм
inline-mark-watched = ✅ Переглянуто
inline-mark-watchlist = 📌 У вашому списку перегляду
inline-card-link = 🔗 <a href="{ $url }">Відкрити на Trakt</a>
inline-add = ➕ До мого списку перегляду
inline-link = 🔗 Під’єднайте Trakt, щоб бачити переглянуте
inline-unavailable = ⚠️ Trakt недоступний, спробуйте за мить
inline-link-hint = Ваш акаунт Trakt ще не під’єднано. Відкрийте @{ $bot }, надішліть /link і знову натисніть кнопку.
