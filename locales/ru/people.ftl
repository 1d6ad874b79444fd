# Карточка человека: /search находит и людей; в карточке — то, чем они известны.
# Сообщения — Telegram HTML; строка фактов и подписи кнопок — обычный текст.

people-known-for = <b>Известные работы</b>
people-tap = <i>Нажмите номер, чтобы открыть подробности.</i>
people-no-credits = <i>На Trakt пока нет фильмов и сериалов этого человека.</i>
people-credits-failed = <i>Trakt сейчас не смог выдать фильмы и сериалы этого человека. Попробуйте чуть позже.</i>
people-born = род. { $date }
people-died = ум. { $date }
people-as = роль: { $role }
people-episodes = { $count ->
    [one] { $count } серия
    [few] { $count } серии
   *[many] { $count } серий
}
people-department-acting = Актёрская работа
people-department-directing = Режиссура
people-department-writing = Сценарий
people-department-production = Продюсирование
people-department-sound = Звук
people-department-camera = Операторская работа
people-department-editing = Монтаж
people-department-art = Художественная часть
people-department-crew = Съёмочная группа
people-department-costume = Костюмы и грим
people-department-lighting = Свет
people-department-visual-effects = Визуальные эффекты
people-department-created-by = Создатель

# A title's people, opened from its details card.
people-button = 👥 Актёры и команда
people-of-title = 👥 { $title } · актёры и съёмочная команда
people-tap-person = <i>Нажмите номер, чтобы открыть карточку человека.</i>
people-nobody = <i>На Trakt пока нет актёров и съёмочной команды.</i>
