"""People and translations for the demo catalogue (data only)."""

from __future__ import annotations

from typing import Any

PEOPLE: list[dict[str, Any]] = [
    {
        "name": "Bryan Cranston",
        "ids": {"trakt": 297737, "slug": "bryan-cranston", "imdb": "nm0186505", "tmdb": 17419},
        "known_for_department": "acting",
        "birthday": "1956-03-07",
        "birthplace": "Hollywood, California, USA",
        "biography": "Bryan Lee Cranston is an American actor best known for Breaking Bad.",
    },
    {
        "name": "Adam Scott",
        "ids": {"trakt": 9486, "slug": "adam-scott", "imdb": "nm0779084", "tmdb": 55536},
        "known_for_department": "acting",
        "birthday": "1973-04-03",
        "birthplace": "Santa Cruz, California, USA",
        "biography": "Adam Scott is an American actor who plays Mark Scout in Severance.",
    },
    {
        "name": "Christopher Nolan",
        "ids": {"trakt": 4614, "slug": "christopher-nolan", "imdb": "nm0634240", "tmdb": 525},
        "known_for_department": "directing",
        "birthday": "1970-07-30",
        "birthplace": "Westminster, London, England, UK",
        "biography": "British-American filmmaker known for Inception and Interstellar.",
    },
    {
        "name": "봉준호",
        "ids": {"trakt": 24279, "slug": "bong-joon-ho", "imdb": "nm0094435", "tmdb": 21684},
        "known_for_department": "directing",
        "birthday": "1969-09-14",
        "birthplace": "Daegu, South Korea",
        "biography": "Bong Joon-ho directed Parasite.",
    },
    {
        "name": "宮崎駿",
        "ids": {"trakt": 5034, "slug": "hayao-miyazaki", "imdb": "nm0594503", "tmdb": 608},
        "known_for_department": "directing",
        "birthday": "1941-01-05",
        "birthplace": "Tokyo, Japan",
        "biography": "Hayao Miyazaki directed Spirited Away.",
    },
    {
        "name": "اصغر فرهادی",
        "ids": {"trakt": 96125, "slug": "asghar-farhadi", "imdb": "nm1410815", "tmdb": 71609},
        "known_for_department": "directing",
        "birthday": "1972-05-07",
        "birthplace": "Homayoon Shahr, Isfahan, Iran",
        "biography": "Asghar Farhadi wrote and directed A Separation.",
    },
    {
        "name": "Pedro Pascal",
        "ids": {"trakt": 21540, "slug": "pedro-pascal", "imdb": "nm0050959", "tmdb": 1253360},
        "known_for_department": "acting",
        "birthday": "1975-04-02",
        "birthplace": "Santiago, Chile",
        "biography": "Pedro Pascal stars in The Last of Us and The Mandalorian.",
    },
    {
        "name": "Phoebe Waller-Bridge",
        "ids": {
            "trakt": 94623,
            "slug": "phoebe-waller-bridge",
            "imdb": "nm1868917",
            "tmdb": 1023483,
        },
        "known_for_department": "writing",
        "birthday": "1985-07-14",
        "birthplace": "London, England, UK",
        "biography": "Phoebe Waller-Bridge created and stars in Fleabag.",
    },
]

# person slug -> "movies" | "shows" -> their real credits among the catalogue's titles:
# ("cast", title slug, characters, episode count) or (department, title slug, jobs, None).
Credit = tuple[str, str, tuple[str, ...], int | None]
CREDITS: dict[str, dict[str, list[Credit]]] = {
    "bryan-cranston": {
        "shows": [
            ("cast", "breaking-bad", ("Walter White",), 62),
            ("cast", "better-call-saul", ("Walter White",), 2),
            ("production", "breaking-bad", ("Producer",), None),
        ],
    },
    "adam-scott": {
        "shows": [
            ("cast", "severance", ("Mark Scout",), 19),
            ("production", "severance", ("Executive Producer",), None),
        ],
    },
    "christopher-nolan": {
        "movies": [
            ("directing", "inception-2010", ("Director",), None),
            ("directing", "the-dark-knight-2008", ("Director",), None),
            ("directing", "interstellar-2014", ("Director",), None),
            ("directing", "oppenheimer-2023", ("Director",), None),
            ("directing", "the-odyssey-2026", ("Director",), None),
            ("writing", "inception-2010", ("Writer",), None),
            ("writing", "the-dark-knight-2008", ("Screenplay",), None),
            ("writing", "interstellar-2014", ("Writer",), None),
            ("writing", "oppenheimer-2023", ("Screenplay",), None),
            ("production", "inception-2010", ("Producer",), None),
            ("production", "oppenheimer-2023", ("Producer",), None),
        ],
    },
    "bong-joon-ho": {
        "movies": [
            ("directing", "parasite-2019", ("Director",), None),
            ("writing", "parasite-2019", ("Screenplay", "Story"), None),
        ],
    },
    "hayao-miyazaki": {
        "movies": [
            ("directing", "spirited-away-2001", ("Director",), None),
            ("writing", "spirited-away-2001", ("Screenplay", "Original Story"), None),
        ],
    },
    "asghar-farhadi": {
        "movies": [
            ("directing", "a-separation-2011", ("Director",), None),
            ("writing", "a-separation-2011", ("Screenplay",), None),
            ("production", "a-separation-2011", ("Producer",), None),
        ],
    },
    "pedro-pascal": {
        "shows": [
            ("cast", "the-last-of-us", ("Joel Miller",), 16),
            ("cast", "the-mandalorian", ("Din Djarin", "The Mandalorian"), 24),
            ("cast", "game-of-thrones", ("Oberyn Martell",), 7),
        ],
    },
    "phoebe-waller-bridge": {
        "shows": [
            ("cast", "fleabag", ("Fleabag",), 12),
            ("created by", "fleabag", ("Creator",), None),
            ("writing", "fleabag", ("Writer",), None),
        ],
    },
}

# (kind, slug) -> language -> (title, overview, tagline-or-None)
TRANSLATIONS: dict[tuple[str, str], dict[str, tuple[str, str, str | None]]] = {
    ("show", "breaking-bad"): {
        "ru": (
            "Во все тяжкие",
            "Школьный учитель химии Уолтер Уайт узнаёт, что болен раком лёгких, "
            "и решает обеспечить семью, занявшись производством метамфетамина.",
            None,
        )
    },
    ("show", "severance"): {
        "ru": (
            "Разделение",
            "Сотрудники корпорации «Люмон» согласились на процедуру, разделяющую "
            "воспоминания о работе и о личной жизни.",
            None,
        )
    },
    ("show", "the-office-us"): {
        "ru": (
            "Офис",
            "Будни сотрудников филиала бумажной компании «Дандер Миффлин» в Скрэнтоне.",
            None,
        )
    },
    ("show", "dark"): {
        "ru": (
            "Тьма",
            "Исчезновение ребёнка заставляет четыре семьи искать ответы на вопросы, "
            "связанные с тайнами маленького немецкого городка.",
            None,
        )
    },
    ("movie", "inception-2010"): {
        "ru": (
            "Начало",
            "Кобб — талантливый вор, лучший из лучших в опасном искусстве извлечения "
            "ценных секретов из глубин подсознания во время сна.",
            "Твой разум — место преступления",
        )
    },
    ("movie", "parasite-2019"): {
        "ru": (
            "Паразиты",
            "Обычное корейское семейство Кимов жизнь не балует, пока сын не "
            "устраивается репетитором в богатую семью Пак.",
            None,
        )
    },
    ("movie", "spirited-away-2001"): {
        "ru": (
            "Унесённые призраками",
            "Тихиро с мамой и папой переезжают в новый дом и попадают в удивительный мир духов.",
            None,
        )
    },
    ("movie", "interstellar-2014"): {
        "ru": (
            "Интерстеллар",
            "Группа исследователей отправляется через червоточину в космос, "
            "чтобы найти новый дом для человечества.",
            None,
        )
    },
    ("movie", "dune-part-two-2024"): {
        "ru": (
            "Дюна: Часть вторая",
            "Пол Атрейдес объединяется с Чани и фрименами, чтобы отомстить заговорщикам, "
            "уничтожившим его семью.",
            None,
        )
    },
    ("movie", "arrival-2016"): {
        "ru": (
            "Прибытие",
            "Лингвиста Луизу Бэнкс просят понять язык пришельцев, чьи корабли зависли над Землёй.",
            None,
        )
    },
}
