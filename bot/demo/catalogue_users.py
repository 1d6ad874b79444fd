"""Demo users and their seed data (data only, times relative to the demo clock).

History rows: ("movie", slug, days_ago) or ("episode", show_slug, season, number, days_ago).
Watchlist rows: (kind, slug, days_ago). Ratings: (kind, slug, rating, days_ago), or for an
episode ("episode", show_slug, season, number, rating, days_ago).

Overlaps for group watch parties: demo, alice and bob all want Dune: Part Two, Past Lives
and Shōgun and nobody has watched them; alice and bob also both want Arrival. Alice watched
Inception, which bob wants; bob watched Oppenheimer, which alice wants. Carol is nearly new.
"""

from __future__ import annotations

from typing import Any

FREE_LIMITS: dict[str, Any] = {
    "list": {"count": 2, "item_count": 100},
    "watchlist": {"item_count": 100},
    "favorites": {"item_count": 100},
    "search": {"recent_count": 5},
    "collection": {"item_count": 100},
    "notes": {"item_count": 100},
}
VIP_LIMITS: dict[str, Any] = {
    "list": {"count": 1000, "item_count": 5000},
    "watchlist": {"item_count": 5000},
    "favorites": {"item_count": 5000},
    "search": {"recent_count": 25},
    "collection": {"item_count": 100000},
    "notes": {"item_count": 5000},
}

_SEVERANCE_S1 = [("episode", "severance", 1, n, 30 - 3 * n) for n in range(1, 10)]

USERS: dict[str, dict[str, Any]] = {
    "demo": {
        "name": "Demo User",
        "vip": False,
        "uuid": "89e5a0d1b6c44d2e9b5e8f6a7c3d2b10",
        "joined_at": "2023-05-14T18:22:10.000Z",
        "location": "London, UK",
        "about": "The console's demo account.",
        "timezone": "Europe/London",
        "history": [
            ("episode", "severance", 1, 4, 1),
            ("episode", "severance", 1, 3, 2),
            ("episode", "severance", 1, 2, 2),
            ("episode", "severance", 1, 1, 3),
            ("episode", "tom-jerry-classic", 1, 1, 6),
            ("movie", "inception-2010", 9),
            ("episode", "breaking-bad", 1, 7, 20),
            ("episode", "breaking-bad", 1, 6, 22),
            ("episode", "breaking-bad", 1, 5, 25),
            ("episode", "breaking-bad", 1, 4, 27),
            ("episode", "breaking-bad", 1, 3, 30),
            ("episode", "breaking-bad", 1, 2, 33),
            ("episode", "breaking-bad", 1, 1, 36),
            ("movie", "parasite-2019", 45),
            ("episode", "the-office-us", 1, 3, 60),
            ("episode", "the-office-us", 1, 2, 61),
            ("episode", "the-office-us", 1, 1, 62),
            ("movie", "spirited-away-2001", 75),
            ("movie", "a-separation-2011", 90),
            ("episode", "dark", 1, 1, 100),
            ("movie", "the-dark-knight-2008", 120),
            ("movie", "amelie-2001", 150),
        ],
        "watchlist": [
            ("movie", "dune-part-two-2024", 5),
            ("show", "shogun", 12),
            ("movie", "past-lives-2023", 18),
            ("show", "fauda", 26),
            ("movie", "your-name-2016", 40),
            ("movie", "oldboy-2003", 55),
            ("show", "money-heist", 70),
            ("movie", "the-lord-of-the-rings-the-fellowship-of-the-ring-2001", 95),
        ],
        "ratings": [
            ("show", "breaking-bad", 10, 19),
            ("movie", "inception-2010", 9, 9),
            ("movie", "parasite-2019", 10, 45),
            ("show", "the-office-us", 8, 60),
            ("movie", "a-separation-2011", 9, 90),
            ("episode", "severance", 1, 1, 9, 3),
        ],
        "lists": [
            {
                "name": "Mind-benders",
                "privacy": "public",
                "trakt": 4101,
                "description": "Films and shows that bend your brain.",
                "items": [
                    ("movie", "inception-2010"),
                    ("show", "dark"),
                    ("show", "severance"),
                    ("movie", "arrival-2016"),
                    ("movie", "interstellar-2014"),
                    ("movie", "everything-everywhere-all-at-once-2022"),
                ],
            },
            {
                "name": "Date night 💕",
                "privacy": "private",
                "trakt": 4102,
                "description": None,
                "items": [
                    ("movie", "la-la-land-2016"),
                    ("movie", "amelie-2001"),
                    ("movie", "past-lives-2023"),
                ],
            },
            {
                "name": "Tom & Jerry's <favourites>",
                "privacy": "public",
                "trakt": 4103,
                "description": 'Cartoons & "classics" <i>for everyone</i>',
                "items": [
                    ("show", "tom-jerry-classic"),
                    ("movie", "coco-2017"),
                    ("movie", "wall-e-2008"),
                    ("movie", "spirited-away-2001"),
                ],
            },
        ],
        "recommendations": {
            "shows": [
                "better-call-saul",
                "the-wire",
                "chernobyl",
                "succession",
                "mr-robot",
                "shogun",
                "slow-horses",
                "the-bear",
                "fleabag",
                "squid-game",
                "attack-on-titan",
                "twin-peaks",
                "planet-earth-ii",
                "detectorists",
                "peep-show",
            ],
            "movies": [
                "interstellar-2014",
                "everything-everywhere-all-at-once-2022",
                "oldboy-2003",
                "whiplash-2014",
                "the-matrix-1999",
                "pulp-fiction-1994",
                "knives-out-2019",
                "i-heart-huckabees-2004",
                "lock-stock-and-two-smoking-barrels-1998",
                "wadjda-2012",
                "the-grand-budapest-hotel-2014",
                "get-out-2017",
            ],
        },
    },
    "alice": {
        "name": "Alice Liddell",
        "vip": True,
        "uuid": "a11ce0d1b6c44d2e9b5e8f6a7c3d2b11",
        "joined_at": "2019-02-02T10:00:00.000Z",
        "location": "Oxford, UK",
        "about": "Curiouser and curiouser.",
        "timezone": "Europe/London",
        "history": [
            ("movie", "inception-2010", 4),
            ("episode", "the-bear", 1, 3, 6),
            ("episode", "the-bear", 1, 2, 7),
            ("episode", "the-bear", 1, 1, 8),
            ("movie", "interstellar-2014", 11),
            *_SEVERANCE_S1,
            ("movie", "la-la-land-2016", 35),
            ("episode", "fleabag", 1, 2, 41),
            ("episode", "fleabag", 1, 1, 42),
            ("movie", "the-matrix-1999", 64),
            ("movie", "coco-2017", 80),
        ],
        "watchlist": [
            ("movie", "dune-part-two-2024", 3),
            ("movie", "past-lives-2023", 9),
            ("show", "shogun", 14),
            ("movie", "oppenheimer-2023", 20),
            ("movie", "arrival-2016", 33),
            ("show", "succession", 47),
            ("movie", "knives-out-2019", 52),
        ],
        "ratings": [
            ("movie", "interstellar-2014", 10, 11),
            ("movie", "la-la-land-2016", 8, 35),
            ("show", "severance", 9, 4),
        ],
        "lists": [
            {
                "name": "Comfort watches",
                "privacy": "public",
                "trakt": 4201,
                "description": "For rainy Sundays.",
                "items": [
                    ("movie", "coco-2017"),
                    ("show", "friends"),
                    ("show", "ted-lasso"),
                    ("show", "abbott-elementary"),
                ],
            },
            {
                "name": "Secret guilty pleasures",
                "privacy": "private",
                "trakt": 4202,
                "description": "Nobody needs to know.",
                "items": [("movie", "top-gun-maverick-2022"), ("show", "money-heist")],
            },
        ],
        "recommendations": {
            "shows": ["the-wire", "chernobyl", "black-mirror", "dark", "better-call-saul"],
            "movies": [
                "whiplash-2014",
                "get-out-2017",
                "blade-runner-2049-2017",
                "parasite-2019",
                "spirited-away-2001",
            ],
        },
    },
    "bob": {
        "name": "Bob Kowalski",
        "vip": False,
        "uuid": "b0b00d1b6c44d2e9b5e8f6a7c3d2b12",
        "joined_at": "2021-07-19T21:15:00.000Z",
        "location": "Chicago, IL",
        "about": None,
        "timezone": "America/Chicago",
        "history": [
            ("movie", "oppenheimer-2023", 2),
            ("episode", "the-mandalorian", 1, 2, 5),
            ("episode", "the-mandalorian", 1, 1, 6),
            ("movie", "top-gun-maverick-2022", 13),
            *[("episode", "breaking-bad", 1, n, 50 - n) for n in range(1, 8)],
            ("episode", "better-call-saul", 1, 3, 58),
            ("episode", "better-call-saul", 1, 2, 59),
            ("episode", "better-call-saul", 1, 1, 60),
            ("movie", "the-dark-knight-2008", 77),
            ("movie", "mad-max-fury-road-2015", 88),
            ("movie", "pulp-fiction-1994", 130),
        ],
        "watchlist": [
            ("movie", "inception-2010", 2),
            ("movie", "dune-part-two-2024", 4),
            ("show", "shogun", 10),
            ("movie", "past-lives-2023", 21),
            ("movie", "arrival-2016", 30),
            ("movie", "blade-runner-2049-2017", 44),
            ("show", "the-last-of-us", 61),
        ],
        "ratings": [
            ("movie", "the-dark-knight-2008", 10, 77),
            ("show", "breaking-bad", 9, 43),
        ],
        "lists": [
            {
                "name": "Action night",
                "privacy": "public",
                "trakt": 4301,
                "description": "Loud, fast, popcorn.",
                "items": [
                    ("movie", "mad-max-fury-road-2015"),
                    ("movie", "top-gun-maverick-2022"),
                    ("movie", "the-dark-knight-2008"),
                    ("movie", "dune-part-two-2024"),
                ],
            },
        ],
        "recommendations": {
            "shows": ["the-wire", "succession", "mr-robot", "arcane", "game-of-thrones"],
            "movies": [
                "the-godfather-1972",
                "fight-club-1999",
                "knives-out-2019",
                "the-matrix-1999",
                "whiplash-2014",
            ],
        },
    },
    "carol": {
        "name": "Carol Danvers",
        "vip": False,
        "uuid": "ca1010d1b6c44d2e9b5e8f6a7c3d2b13",
        "joined_at": "2025-09-30T08:00:00.000Z",
        "location": None,
        "about": None,
        "timezone": "America/New_York",
        "history": [("movie", "spirited-away-2001", 7)],
        "watchlist": [],
        "ratings": [],
        "lists": [],
        "recommendations": {
            "shows": ["friends", "the-office-us"],
            "movies": ["coco-2017", "la-la-land-2016"],
        },
    },
}


def user_settings(username: str, seed: dict[str, Any], limits: dict[str, Any]) -> dict[str, Any]:
    """The `/users/settings` body for a demo user, shaped like users_settings.json."""
    return {
        "user": {
            "username": username,
            "private": False,
            "name": seed["name"],
            "vip": seed["vip"],
            "vip_ep": False,
            "ids": {"slug": username, "uuid": seed["uuid"]},
            "joined_at": seed["joined_at"],
            "location": seed["location"],
            "about": seed["about"],
            "gender": None,
            "age": None,
            "images": {
                "avatar": {
                    "full": "https://walter-r2.trakt.tv/images/users/000/000/"
                    f"000/avatars/large/{seed['uuid'][:10]}.jpg.webp"
                }
            },
            "vip_og": False,
            "vip_years": 3 if seed["vip"] else 0,
        },
        "account": {
            "timezone": seed["timezone"],
            "date_format": "dmy",
            "time_24hr": True,
            "cover_image": None,
        },
        "connections": {
            "facebook": False,
            "twitter": False,
            "mastodon": False,
            "google": True,
            "tumblr": False,
            "medium": False,
            "slack": False,
            "apple": False,
            "dropbox": False,
            "microsoft": False,
        },
        "sharing_text": {
            "watching": "I'm watching [item]",
            "watched": "I just watched [item]",
            "rated": "[item] [stars]",
        },
        "limits": limits,
    }
