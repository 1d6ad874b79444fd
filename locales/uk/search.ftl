# /search: пошук серіалів, фільмів і людей на Trakt.
# Повідомлення — Telegram HTML; підписи кнопок і сповіщення — простий текст.

cmd-search = Знайти серіал, фільм або людину
search-usage = 🔎 Що шукати? Надішліть назву або ім’я у відповідь на це повідомлення або <code>/search назва</code> — наприклад, <code>/search breaking bad</code>.
search-field = Назва або ім’я
search-header = 🔎 <b>{ $query }</b> · сторінка { $page } з { $pages }
search-footer = <i>Натисніть номер, щоб побачити подробиці.</i>
search-none = 🔎 За запитом <b>{ $query }</b> нічого не знайдено. Перевірте написання або спробуйте оригінальну назву.
search-no-more = 🔎 Більше результатів за запитом <b>{ $query }</b> немає.
search-expired = Цей пошук застарів. Надішліть /search ще раз.
search-kind-show = 📺 серіал
search-kind-movie = 🎬 фільм
