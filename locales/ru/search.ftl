# /search: поиск сериалов и фильмов на Trakt.
# Сообщения — Telegram HTML; подписи кнопок и алерты — обычный текст.

cmd-search = Найти сериал или фильм
search-usage = 🔎 Что поискать? Ответьте на это сообщение названием или отправьте <code>/search название</code> — например, <code>/search во все тяжкие</code>.
search-field = Название сериала или фильма
search-header = 🔎 <b>{ $query }</b> · страница { $page } из { $pages }
search-footer = <i>Нажмите номер, чтобы открыть подробности.</i>
search-none = 🔎 По запросу <b>{ $query }</b> ничего не нашлось. Проверьте написание или попробуйте оригинальное название.
search-no-more = 🔎 Больше результатов по запросу <b>{ $query }</b> нет.
search-expired = Этот поиск устарел. Отправьте /search ещё раз.
search-kind-show = 📺 сериал
search-kind-movie = 🎬 фильм
