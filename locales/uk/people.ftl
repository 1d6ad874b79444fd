# Картка людини: /search знаходить і людей; у картці — те, чим вони відомі.
# Повідомлення — Telegram HTML; рядок фактів і підписи кнопок — простий текст.

people-known-for = <b>Відомі роботи</b>
people-tap = <i>Натисніть номер, щоб побачити подробиці.</i>
people-no-credits = <i>На Trakt поки немає фільмів і серіалів цієї людини.</i>
people-credits-failed = <i>Trakt зараз не зміг показати фільми й серіали цієї людини. Спробуйте трохи згодом.</i>
people-born = нар. { $date }
people-died = пом. { $date }
people-as = роль: { $role }
people-episodes = { $count ->
    [one] { $count } серія
    [few] { $count } серії
    [many] { $count } серій
   *[other] { $count } серії
}
people-department-acting = Акторська робота
people-department-directing = Режисура
people-department-writing = Сценарій
people-department-production = Продюсування
people-department-sound = Звук
people-department-camera = Операторська робота
people-department-editing = Монтаж
people-department-art = Художнє оформлення
people-department-crew = Знімальна група
people-department-costume = Костюми і грим
people-department-lighting = Освітлення
people-department-visual-effects = Візуальні ефекти
people-department-created-by = Автор ідеї

# A title's people, opened from its details card.
people-button = 👥 Актори та команда
people-of-title = 👥 { $title } · актори та знімальна команда
people-tap-person = <i>Натисніть номер, щоб відкрити картку людини.</i>
people-nobody = <i>На Trakt поки немає акторів і знімальної команди.</i>
