"""Hand-written show records for the demo catalogue (data only).

Each record holds the fields that cannot be derived; `catalogue.py` turns it into Trakt's
`extended=full` shape (slug, images, aired_episodes, episodes ...). Keys:
`seasons` is the episode count per season (season 1 first); `airing` marks a show whose last
season is on air relative to the demo clock; `images: False` drops the images object;
`episodes` hand-writes (title, overview) pairs per season number.
"""

from __future__ import annotations

from typing import Any

_TWIN_PEAKS_OVERVIEW = (
    "The body of Laura Palmer, the homecoming queen of the small logging town of Twin Peaks, "
    "Washington, washes up on a riverbank wrapped in plastic. FBI Special Agent Dale Cooper "
    "arrives to investigate, armed with a tape recorder he addresses as Diane, a taste for "
    "damn fine coffee and cherry pie, and a method that leans on dreams, intuition and a "
    "Tibetan rock-throwing exercise as much as on forensic evidence. "
    "Together with Sheriff Harry S. Truman and his deputies Hawk, Andy and the receptionist "
    "Lucy, Cooper discovers that the town's wholesome surface hides a web of secrets: Laura "
    "led a double life, the Great Northern Hotel and the One Eyed Jacks casino across the "
    "border are tied by the schemes of Benjamin Horne, the Packard Sawmill is the prize in a "
    "struggle between Catherine Martell and Josie Packard, and the Double R Diner's "
    "waitresses carry their own burdens. "
    "As the investigation deepens, a one-armed man, a log lady whose log has things to say, "
    "a giant who appears in visions and a little man from another place in a red room point "
    "Cooper toward something far older and stranger than a single murderer: a presence in "
    "the woods that surround the town, and a spirit called BOB who wears people like coats. "
    "The series, created by Mark Frost and David Lynch, blends a police procedural with the "
    "conventions of a prime-time soap opera, surreal horror and deadpan comedy. Its first "
    "season of eight episodes made it a cultural phenomenon in 1990, and the question "
    "\u201cWho killed Laura Palmer?\u201d became a national obsession. The second season "
    "resolved the mystery midway through and then followed Cooper into a battle of wits with "
    "his former partner Windom Earle, leading to a finale in the Black Lodge that left "
    "audiences stunned and the story unresolved for a quarter of a century. "
    "In 1992 the feature film Fire Walk with Me told the story of Laura's last seven days, "
    "and in 2017 the limited series The Return brought Cooper, or several versions of him, "
    "back twenty-five years later, as Laura had promised in the red room. "
    "Twin Peaks influenced a generation of television, from The X-Files to Lost and from "
    "True Detective to Atlanta, proving that a network drama could be strange, cinematic and "
    "authored. Its score by Angelo Badalamenti, with Julee Cruise's dreamy vocals, its "
    "Douglas firs swaying in the wind, its owls that are not what they seem and its "
    "unforgettable cast of eccentrics remain among the most recognisable in the history of "
    "the medium. Watching it today is still like entering a dream that someone else is "
    "having: funny and frightening at once, full of coffee, doughnuts and dread, and never "
    "quite willing to explain itself. This overview is deliberately long so that the demo "
    "can test how the bot trims and pages text that does not fit in one Telegram message."
)

SHOWS: list[dict[str, Any]] = [
    {
        "title": "Breaking Bad", "year": 2008, "trakt": 1388, "imdb": "tt0903747",
        "tmdb": 1396, "tvdb": 81189, "network": "AMC", "country": "us", "language": "en",
        "status": "ended", "certification": "TV-MA", "runtime": 47, "rating": 9.25,
        "votes": 115230, "genres": ["drama", "crime", "thriller"],
        "first_aired": "2008-01-21T02:00:00.000Z", "airs": ("Sunday", "21:00", "America/New_York"),
        "seasons": [7, 13, 13, 13, 16], "homepage": "http://www.amc.com/shows/breaking-bad",
        "trailer": "https://youtube.com/watch?v=XZ8daibM3AE",
        "overview": "When Walter White, a New Mexico chemistry teacher, is diagnosed with Stage "
        "III cancer and given a prognosis of only two years left to live, he becomes filled "
        "with a sense of fearlessness and an unrelenting desire to secure his family's "
        "financial future at any cost as he enters the dangerous world of drugs and crime.",
        "episodes": {1: [
            ("Pilot", "Diagnosed with terminal lung cancer, chemistry teacher Walter White teams "
             "up with former student Jesse Pinkman to cook and sell crystal meth."),
            ("Cat's in the Bag...", "Walt and Jesse attempt to tie up loose ends."),
            ("...And the Bag's in the River", "Walter fights with Jesse over his drug use."),
            ("Cancer Man", "Walter finally tells his family that he has been stricken with cancer."),
            ("Gray Matter", "Walter and Skyler attend a former colleague's party."),
            ("Crazy Handful of Nothin'", "The side effects of chemo begin to plague Walt."),
            ("A No-Rough-Stuff-Type Deal", "Walter accepts his new identity as a drug dealer."),
        ]},
    },
    {
        "title": "Severance", "year": 2022, "trakt": 154997, "imdb": "tt11280740",
        "tmdb": 95396, "tvdb": 371980, "network": "Apple TV+", "country": "us",
        "language": "en", "status": "returning series", "certification": "TV-MA",
        "runtime": 50, "rating": 8.69, "votes": 21034,
        "genres": ["drama", "mystery", "science-fiction", "thriller"],
        "first_aired": "2022-02-18T08:00:00.000Z", "airs": ("Friday", "03:00", "America/New_York"),
        "seasons": [9, 10], "homepage": "https://tv.apple.com/show/severance",
        "trailer": "https://youtube.com/watch?v=xEQP4VVuyrY",
        "overview": "Mark leads a team of office workers whose memories have been surgically "
        "divided between their work and personal lives. When a mysterious colleague appears "
        "outside of work, it begins a journey to discover the truth about their jobs.",
        "episodes": {1: [
            ("Good News About Hell", "Mark is promoted to department chief at Lumon."),
            ("Half Loop", "Helly's orientation continues; Mark deals with the loss of Petey."),
            ("In Perpetuity", "The team visits the Perpetuity Wing."),
            ("The You You Are", "Helly attempts to send a message to her outie."),
            ("The Grim Barbarity of Optics and Design", "Dylan and Irving go on a mission."),
            ("Hide and Seek", "Irving wrestles with a dangerous secret."),
            ("Defiant Jazz", "Mark and the team come up with a daring plan."),
            ("What's for Dinner?", "The team puts a desperate plan in motion."),
            ("The We We Are", "Mark, Helly and Irving find themselves on the outside."),
        ]},
    },
    {
        "title": "The Office", "year": 2005, "trakt": 1391, "imdb": "tt0386676",
        "tmdb": 2316, "tvdb": 73244, "network": "NBC", "country": "us", "language": "en",
        "status": "ended", "certification": "TV-14", "runtime": 22, "rating": 8.71,
        "votes": 66720, "genres": ["comedy"], "slug": "the-office-us",
        "first_aired": "2005-03-25T02:30:00.000Z", "airs": ("Thursday", "21:00", "America/New_York"),
        "seasons": [6, 22, 25, 19, 28, 26, 26, 24, 25],
        "homepage": "http://www.nbc.com/the-office", "trailer": None,
        "overview": "The everyday lives of office employees in the Scranton, Pennsylvania branch "
        "of the fictional Dunder Mifflin Paper Company.",
        "episodes": {1: [
            ("Pilot", "A documentary crew arrives to film the employees of Dunder Mifflin."),
            ("Diversity Day", "Michael's offensive imitation prompts a seminar on diversity."),
            ("Health Care", "Michael leaves Dwight in charge of picking the health care plan."),
            ("The Alliance", "Dwight and Jim form an alliance against downsizing."),
            ("Basketball", "Michael challenges the warehouse staff to a basketball game."),
            ("Hot Girl", "A saleswoman selling purses captures the attention of the men."),
        ]},
    },
    {
        "title": "Dark", "year": 2017, "trakt": 119024, "imdb": "tt5753856", "tmdb": 70523,
        "tvdb": 334824, "network": "Netflix", "country": "de", "language": "de",
        "status": "ended", "certification": "TV-MA", "runtime": 60, "rating": 8.62,
        "votes": 30410, "genres": ["drama", "mystery", "science-fiction", "thriller"],
        "first_aired": "2017-12-01T08:00:00.000Z", "airs": ("Friday", "03:00", "America/New_York"),
        "seasons": [10, 8, 8], "homepage": "https://www.netflix.com/title/80100172",
        "trailer": "https://youtube.com/watch?v=rrwycJ08PSA",
        "overview": "A missing child causes four families to help each other for answers. What "
        "they could not imagine is that this mystery would be connected to innumerable other "
        "secrets of the small town.",
        "episodes": {1: [
            ("Secrets", "In 2019, a local boy's disappearance stokes fear in Winden."),
            ("Lies", "Another boy goes missing, and the town's secrets start to surface."),
            ("Past and Present", "It's 1986, and Ulrich's brother Mads has been missing."),
            ("Double Lives", "Winden's residents search for Mikkel."),
            ("Truths", "Jonas follows the trail into the caves."),
            ("Sic Mundus Creatus Est", "A stranger's notebook reveals a 33-year cycle."),
            ("Crossroads", "Hannah's jealousy takes a dangerous turn."),
            ("As You Sow, so You Shall Reap", "The stranger reveals his plan."),
            ("Everything Is Now", "The wormhole leads Jonas to a shocking discovery."),
            ("Alpha and Omega", "Jonas faces the consequences of the stranger's plan."),
        ]},
    },
    {
        "title": "Money Heist", "original_title": "La casa de papel", "year": 2017,
        "trakt": 122640, "imdb": "tt6468322", "tmdb": 71446, "tvdb": 327417,
        "network": "Netflix", "country": "es", "language": "es", "status": "ended",
        "certification": "TV-MA", "runtime": 50, "rating": 8.21, "votes": 24310,
        "genres": ["crime", "drama", "action"], "first_aired": "2017-05-02T20:00:00.000Z",
        "airs": ("Friday", "03:00", "America/New_York"), "seasons": [9, 6, 8, 8, 10],
        "homepage": "https://www.netflix.com/title/80192098", "trailer": None,
        "overview": "To carry out the biggest heist in history, a mysterious man called The "
        "Professor recruits a band of eight robbers who have a single characteristic: none of "
        "them has anything to lose.",
    },
    {
        "title": "Game of Thrones", "year": 2011, "trakt": 1390, "imdb": "tt0944947",
        "tmdb": 1399, "tvdb": 121361, "network": "HBO", "country": "us", "language": "en",
        "status": "ended", "certification": "TV-MA", "runtime": 57, "rating": 8.93,
        "votes": 128012, "genres": ["drama", "fantasy", "science-fiction", "action"],
        "first_aired": "2011-04-18T01:00:00.000Z", "airs": ("Sunday", "21:00", "America/New_York"),
        "seasons": [10, 10, 10, 10, 10, 10, 7, 6], "homepage": "http://www.hbo.com/game-of-thrones",
        "trailer": "https://youtube.com/watch?v=BpJYNVhGf1s",
        "overview": "Seven noble families fight for control of the mythical land of Westeros. "
        "Friction between the houses leads to full-scale war. All while a very ancient evil "
        "awakens in the farthest north.",
    },
    {
        "title": "Stranger Things", "year": 2016, "trakt": 104439, "imdb": "tt4574334",
        "tmdb": 66732, "tvdb": 305288, "network": "Netflix", "country": "us",
        "language": "en", "status": "ended", "certification": "TV-14", "runtime": 60,
        "rating": 8.55, "votes": 61022, "genres": ["drama", "fantasy", "horror", "mystery"],
        "first_aired": "2016-07-15T07:00:00.000Z", "airs": ("Friday", "03:00", "America/New_York"),
        "seasons": [8, 9, 8, 9, 8], "homepage": "https://www.netflix.com/title/80057281",
        "trailer": "https://youtube.com/watch?v=b9EkMc79ZSU",
        "overview": "When a young boy vanishes, a small town uncovers a mystery involving "
        "secret experiments, terrifying supernatural forces, and one strange little girl.",
    },
    {
        "title": "The Wire", "year": 2002, "trakt": 1404, "imdb": "tt0306414", "tmdb": 1438,
        "tvdb": 79126, "network": "HBO", "country": "us", "language": "en", "status": "ended",
        "certification": "TV-MA", "runtime": 60, "rating": 9.02, "votes": 30210,
        "genres": ["crime", "drama", "thriller"], "first_aired": "2002-06-03T01:00:00.000Z",
        "airs": ("Sunday", "21:00", "America/New_York"), "seasons": [13, 12, 12, 13, 10],
        "homepage": "http://www.hbo.com/the-wire", "trailer": None,
        "overview": "Told from the points of view of both the Baltimore homicide and narcotics "
        "detectives and their targets, the series captures a universe in which the national "
        "war on drugs has become a permanent, self-sustaining bureaucracy.",
    },
    {
        "title": "Chernobyl", "year": 2019, "trakt": 143045, "imdb": "tt7366338",
        "tmdb": 87108, "tvdb": 360893, "network": "HBO", "country": "us", "language": "en",
        "status": "ended", "certification": "TV-MA", "runtime": 65, "rating": 9.11,
        "votes": 33400, "genres": ["drama", "history"], "first_aired": "2019-05-07T01:00:00.000Z",
        "airs": ("Monday", "21:00", "America/New_York"), "seasons": [5],
        "homepage": "https://www.hbo.com/chernobyl", "trailer": None,
        "overview": "The true story of one of the worst man-made catastrophes in history: the "
        "catastrophic nuclear accident at Chernobyl.",
    },
    {
        "title": "Fleabag", "year": 2016, "trakt": 104966, "imdb": "tt5687612", "tmdb": 67070,
        "tvdb": 318229, "network": "BBC Three", "country": "gb", "language": "en",
        "status": "ended", "certification": "TV-MA", "runtime": 27, "rating": 8.45,
        "votes": 11900, "genres": ["comedy", "drama"], "first_aired": "2016-07-21T21:00:00.000Z",
        "airs": ("Monday", "22:00", "Europe/London"), "seasons": [6, 6],
        "homepage": "https://www.bbc.co.uk/programmes/p03tpg40", "trailer": None,
        "overview": "A comedy series adapted from the award-winning play about a young woman "
        "trying to cope with life in London whilst coming to terms with a recent tragedy.",
    },
    {
        "title": "Succession", "year": 2018, "trakt": 128827, "imdb": "tt7660850",
        "tmdb": 76331, "tvdb": 338186, "network": "HBO", "country": "us", "language": "en",
        "status": "ended", "certification": "TV-MA", "runtime": 62, "rating": 8.62,
        "votes": 17700, "genres": ["drama", "comedy"], "first_aired": "2018-06-04T01:00:00.000Z",
        "airs": ("Sunday", "21:00", "America/New_York"), "seasons": [10, 10, 9, 10],
        "homepage": "https://www.hbo.com/succession", "trailer": None,
        "overview": "Follow the lives of the Roy family as they contemplate their future once "
        "their aging father begins to step back from the media and entertainment "
        "conglomerate they control.",
    },
    {
        "title": "The Bear", "year": 2022, "trakt": 193186, "imdb": "tt14452776",
        "tmdb": 136315, "tvdb": 403245, "network": "FX", "country": "us", "language": "en",
        "status": "returning series", "certification": "TV-MA", "runtime": 32,
        "rating": 8.31, "votes": 9800, "genres": ["comedy", "drama"], "airing": True,
        "first_aired": "2022-06-23T04:00:00.000Z", "airs": ("Wednesday", "22:00", "America/New_York"),
        "seasons": [8, 10, 10, 10], "homepage": "https://www.fxnetworks.com/shows/the-bear",
        "trailer": None,
        "overview": "Carmen \u201cCarmy\u201d Berzatto, a young chef from the fine dining "
        "world, comes home to Chicago to run his late brother's Italian beef sandwich shop.",
    },
    {
        "title": "Squid Game", "original_title": "오징어 게임", "year": 2021, "trakt": 182389,
        "imdb": "tt10919420", "tmdb": 93405, "tvdb": 383275, "network": "Netflix",
        "country": "kr", "language": "ko", "status": "ended", "certification": "TV-MA",
        "runtime": 55, "rating": 7.88, "votes": 25600,
        "genres": ["action", "drama", "mystery", "thriller"],
        "first_aired": "2021-09-17T07:00:00.000Z", "airs": ("Friday", "16:00", "Asia/Seoul"),
        "seasons": [9, 7, 6], "homepage": "https://www.netflix.com/title/81040344",
        "trailer": None,
        "overview": "Hundreds of cash-strapped players accept a strange invitation to compete "
        "in children's games. Inside, a tempting prize awaits, with deadly high stakes.",
    },
    {
        "title": "Attack on Titan", "original_title": "進撃の巨人", "year": 2013, "trakt": 60345,
        "imdb": "tt2560140", "tmdb": 1429, "tvdb": 267440, "network": "NHK G",
        "country": "jp", "language": "ja", "status": "ended", "certification": "TV-MA",
        "runtime": 24, "rating": 8.78, "votes": 18020,
        "genres": ["anime", "action", "fantasy", "drama"],
        "first_aired": "2013-04-06T17:00:00.000Z", "airs": ("Sunday", "00:10", "Asia/Tokyo"),
        "seasons": [25, 12, 22, 30], "homepage": "https://shingeki.tv/", "trailer": None,
        "overview": "Several hundred years ago, humans were nearly exterminated by Titans. "
        "Eren Yeager vows to wipe them out after a Titan brings about the destruction of his "
        "hometown and the death of his mother.",
    },
    {
        "title": "深夜食堂", "original_title": "Midnight Diner", "year": 2009, "trakt": 40876,
        "slug": "midnight-diner", "imdb": "tt1597450", "tmdb": 44578, "tvdb": 139941,
        "network": "MBS", "country": "jp", "language": "ja", "status": "ended",
        "certification": "TV-14", "runtime": 24, "rating": 8.17, "votes": 1310,
        "genres": ["drama"], "first_aired": "2009-10-09T15:00:00.000Z",
        "airs": ("Friday", "00:20", "Asia/Tokyo"), "seasons": [10, 10, 10],
        "homepage": None, "trailer": None,
        "overview": "深夜0時から朝7時まで営業する路地裏の小さな食堂。メニューは豚汁定食だけだが、"
        "客が頼めばできるものなら何でも作ってくれる。",
    },
    {
        "title": "나의 아저씨", "original_title": "My Mister", "year": 2018, "trakt": 129203,
        "slug": "my-mister", "imdb": "tt7923710", "tmdb": 79016, "tvdb": 343186,
        "network": "tvN", "country": "kr", "language": "ko", "status": "ended",
        "certification": "TV-14", "runtime": 77, "rating": 8.81, "votes": 2210,
        "genres": ["drama", "family"], "first_aired": "2018-03-21T12:30:00.000Z",
        "airs": ("Wednesday", "21:30", "Asia/Seoul"), "seasons": [16],
        "homepage": None, "trailer": None,
        "overview": "삶의 무게를 버티며 살아가는 세 형제와 거칠게 살아온 한 여성이 서로를 "
        "통해 삶을 치유하게 되는 이야기.",
    },
    {
        "title": "פאודה", "original_title": "Fauda", "year": 2015, "trakt": 100874,
        "slug": "fauda", "imdb": "tt4565380", "tmdb": 64464, "tvdb": 301715, "network": "yes",
        "country": "il", "language": "he", "status": "returning series",
        "certification": "TV-MA", "runtime": 45, "rating": 7.98, "votes": 2700,
        "genres": ["action", "drama", "thriller"], "first_aired": "2015-02-15T20:00:00.000Z",
        "airs": ("Sunday", "22:00", "Asia/Jerusalem"), "seasons": [12, 12, 12, 12],
        "homepage": None, "trailer": None,
        "overview": "דורון, לוחם לשעבר ביחידת מסתערבים, חוזר לשירות כדי לצוד מחבל שלדבריו "
        "חיסל בעבר. (Doron, a former undercover commando, returns to the field.)",
    },
    {
        "title": "Better Call Saul", "year": 2015, "trakt": 59660, "imdb": "tt3032476",
        "tmdb": 60059, "tvdb": 273181, "network": "AMC", "country": "us", "language": "en",
        "status": "ended", "certification": "TV-MA", "runtime": 46, "rating": 8.75,
        "votes": 40100, "genres": ["crime", "drama"], "first_aired": "2015-02-09T03:00:00.000Z",
        "airs": ("Monday", "21:00", "America/New_York"), "seasons": [10, 10, 10, 10, 10, 13],
        "homepage": "http://www.amc.com/shows/better-call-saul", "trailer": None,
        "overview": "Six years before Saul Goodman meets Walter White. We meet him when the man "
        "who will become Saul Goodman is known as Jimmy McGill, a small-time lawyer searching "
        "for his destiny.",
    },
    {
        "title": "Shōgun", "year": 2024, "trakt": 157138, "imdb": "tt2788316", "tmdb": 126308,
        "tvdb": 392573, "network": "FX", "country": "us", "language": "en",
        "status": "returning series", "certification": "TV-MA", "runtime": 60,
        "rating": 8.64, "votes": 12400, "genres": ["drama", "history", "war"],
        "first_aired": "2024-02-27T02:00:00.000Z", "airs": ("Tuesday", "22:00", "America/New_York"),
        "seasons": [10], "homepage": "https://www.fxnetworks.com/shows/shogun",
        "trailer": None,
        "overview": "In Japan in the year 1600, at the dawn of a century-defining civil war, "
        "Lord Yoshii Toranaga is fighting for his life as his enemies on the Council of "
        "Regents unite against him.",
    },
    {
        "title": "Ted Lasso", "year": 2020, "trakt": 157307, "imdb": "tt10986410",
        "tmdb": 97546, "tvdb": 383203, "network": "Apple TV+", "country": "us",
        "language": "en", "status": "returning series", "certification": "TV-MA",
        "runtime": 40, "rating": 8.49, "votes": 16200, "genres": ["comedy", "drama"],
        "first_aired": "2020-08-14T07:00:00.000Z", "airs": ("Wednesday", "03:00", "America/New_York"),
        "seasons": [10, 12, 12], "homepage": "https://tv.apple.com/show/ted-lasso",
        "trailer": None,
        "overview": "Ted Lasso, an American football coach, moves to England when he's hired "
        "to manage a soccer team\u2014despite having no experience.",
    },
    {
        "title": "The Last of Us", "year": 2023, "trakt": 158947, "imdb": "tt3581920",
        "tmdb": 100088, "tvdb": 392256, "network": "HBO", "country": "us", "language": "en",
        "status": "returning series", "certification": "TV-MA", "runtime": 57,
        "rating": 8.52, "votes": 26900, "genres": ["drama", "action", "adventure"],
        "airing": True, "first_aired": "2023-01-16T02:00:00.000Z",
        "airs": ("Sunday", "21:00", "America/New_York"), "seasons": [9, 7, 8],
        "homepage": "https://www.hbo.com/the-last-of-us", "trailer": None,
        "overview": "Twenty years after modern civilization has been destroyed, Joel, a hardened "
        "survivor, is hired to smuggle Ellie, a 14-year-old girl, out of an oppressive "
        "quarantine zone.",
    },
    {
        "title": "Arcane", "year": 2021, "trakt": 180722, "imdb": "tt11126994", "tmdb": 94605,
        "tvdb": 371028, "network": "Netflix", "country": "us", "language": "en",
        "status": "ended", "certification": "TV-14", "runtime": 40, "rating": 8.91,
        "votes": 14700, "genres": ["animation", "action", "adventure", "science-fiction"],
        "first_aired": "2021-11-07T01:00:00.000Z", "airs": ("Saturday", "21:00", "America/New_York"),
        "seasons": [9, 9], "homepage": "https://arcane.com", "trailer": None,
        "overview": "Amid the stark discord of twin cities Piltover and Zaun, two sisters fight "
        "on rival sides of a war between magic technologies and clashing convictions.",
    },
    {
        "title": "Friends", "year": 1994, "trakt": 1657, "imdb": "tt0108778", "tmdb": 1668,
        "tvdb": 79168, "network": "NBC", "country": "us", "language": "en", "status": "ended",
        "certification": "TV-14", "runtime": 22, "rating": 8.52, "votes": 72100,
        "genres": ["comedy", "romance"], "first_aired": "1994-09-23T00:30:00.000Z",
        "airs": ("Thursday", "20:00", "America/New_York"),
        "seasons": [24, 24, 25, 24, 24, 25, 24, 24, 24, 18],
        "homepage": None, "trailer": None,
        "overview": "Six young people from New York City, on their own and struggling to "
        "survive in the real world, find the companionship, comfort and support they get "
        "from each other to be the perfect antidote to the pressures of life.",
    },
    {
        "title": "Twin Peaks", "year": 1990, "trakt": 1929, "imdb": "tt0098936", "tmdb": 1920,
        "tvdb": 70533, "network": "ABC", "country": "us", "language": "en", "status": "ended",
        "certification": "TV-14", "runtime": 47, "rating": 8.44, "votes": 12300,
        "genres": ["drama", "mystery", "crime"], "first_aired": "1990-04-09T01:00:00.000Z",
        "airs": ("Thursday", "21:00", "America/New_York"), "seasons": [8, 22, 18],
        "homepage": None, "trailer": None, "overview": _TWIN_PEAKS_OVERVIEW,
    },
    {
        "title": "Tom & Jerry <Classic>", "year": 1965, "trakt": 3201, "slug": "tom-jerry-classic",
        "imdb": "tt0058832", "tmdb": 3201, "tvdb": 72860, "network": "CBS", "country": "us",
        "language": "en", "status": "ended", "certification": "TV-Y7", "runtime": 7,
        "rating": 8.01, "votes": 1520, "genres": ["animation", "comedy", "family"],
        "first_aired": "1965-09-25T12:00:00.000Z", "airs": ("Saturday", "08:00", "America/New_York"),
        "seasons": [12], "homepage": None, "trailer": None,
        "overview": "The cat & mouse \"classic\": Tom's plans to catch Jerry never work <b>not "
        "bold</b> & never will. Use <i>caution</i> when escaping 'quotes' & \"double quotes\".",
    },
    {
        "title": "Peep Show", "year": 2003, "trakt": 2125, "imdb": "tt0387764", "tmdb": 815,
        "tvdb": 78799, "network": "Channel 4", "country": "gb", "language": "en",
        "status": "ended", "certification": "TV-MA", "runtime": 24, "rating": 8.46,
        "votes": 6100, "genres": ["comedy"], "first_aired": "2003-09-19T21:00:00.000Z",
        "airs": ("Friday", "22:00", "Europe/London"), "seasons": [6, 6, 6],
        "homepage": None, "trailer": None, "overview": None,
    },
    {
        "title": "Planet Earth II", "year": 2016, "trakt": 110474, "imdb": "tt5491994",
        "tmdb": 68595, "tvdb": 318408, "network": "BBC One", "country": "gb", "language": "en",
        "status": "ended", "certification": "TV-G", "runtime": 50, "rating": 9.36,
        "votes": 5400, "genres": [], "first_aired": "2016-11-06T20:00:00.000Z",
        "airs": ("Sunday", "20:00", "Europe/London"), "seasons": [6],
        "homepage": "https://www.bbc.co.uk/programmes/p02544td", "trailer": None,
        "overview": "David Attenborough presents a documentary series exploring how animals "
        "meet the challenges of surviving in the most iconic habitats on earth.",
    },
    {
        "title": "Detectorists", "year": 2014, "trakt": 78932, "imdb": "tt4082744",
        "tmdb": 61672, "tvdb": 286769, "network": "BBC Four", "country": "gb",
        "language": "en", "status": "ended", "certification": "TV-PG", "runtime": 30,
        "rating": 8.4, "votes": 1900, "genres": ["comedy"], "images": False,
        "first_aired": "2014-10-02T21:00:00.000Z", "airs": ("Thursday", "22:00", "Europe/London"),
        "seasons": [6, 6, 6], "homepage": None, "trailer": None,
        "overview": "Two eccentric metal detectorists spend their days plodding the fields of "
        "an English country town searching for buried treasure.",
    },
    {
        "title": "Avatar: Seven Havens", "year": None, "trakt": 251733, "imdb": None,
        "tmdb": 286801, "tvdb": None, "network": "Nickelodeon", "country": "us",
        "language": "en", "status": "in production", "certification": None, "runtime": 25,
        "rating": 0.0, "votes": 0, "genres": ["animation", "fantasy", "adventure"],
        "first_aired": None, "airs": (None, None, "America/New_York"), "seasons": [3],
        "homepage": None, "trailer": None,
        "overview": "A new Avatar is born into a world where the bending arts have splintered "
        "the last seven havens of humanity.",
    },
    {
        "title": "Slow Horses", "year": 2022, "trakt": 180856, "imdb": "tt5875444",
        "tmdb": 95480, "tvdb": 371958, "network": "Apple TV+", "country": "gb",
        "language": "en", "status": "returning series", "certification": "TV-MA",
        "runtime": 45, "rating": 8.22, "votes": 5300, "genres": ["drama", "thriller"],
        "airing": True, "first_aired": "2022-04-01T07:00:00.000Z",
        "airs": ("Wednesday", "03:00", "America/New_York"), "seasons": [6, 6, 6, 6, 6],
        "homepage": "https://tv.apple.com/show/slow-horses", "trailer": None,
        "overview": "Follow a dysfunctional team of MI5 agents\u2014and their obnoxious boss, "
        "the notorious Jackson Lamb\u2014as they navigate the espionage world's smoke and "
        "mirrors to defend England from sinister forces.",
    },
    {
        "title": "Abbott Elementary", "year": 2021, "trakt": 186224, "imdb": "tt14218830",
        "tmdb": 125935, "tvdb": 402604, "network": "ABC", "country": "us", "language": "en",
        "status": "returning series", "certification": "TV-PG", "runtime": 22,
        "rating": 7.98, "votes": 3100, "genres": ["comedy"], "airing": True,
        "first_aired": "2021-12-08T02:00:00.000Z", "airs": ("Wednesday", "21:00", "America/New_York"),
        "seasons": [13, 22, 14, 22, 12], "homepage": "https://abc.com/shows/abbott-elementary",
        "trailer": None,
        "overview": "A group of dedicated, passionate teachers\u2014and a slightly tone-deaf "
        "principal\u2014are brought together in a Philadelphia public school.",
    },
    {
        "title": "The Mandalorian", "year": 2019, "trakt": 147968, "imdb": "tt8111088",
        "tmdb": 82856, "tvdb": 361753, "network": "Disney+", "country": "us", "language": "en",
        "status": "ended", "certification": "TV-14", "runtime": 38, "rating": 8.36,
        "votes": 28700, "genres": ["science-fiction", "action", "adventure"],
        "first_aired": "2019-11-12T08:00:00.000Z", "airs": ("Wednesday", "03:00", "America/New_York"),
        "seasons": [8, 8, 8], "homepage": "https://www.disneyplus.com/series/the-mandalorian",
        "trailer": None,
        "overview": "After the fall of the Galactic Empire, lawlessness has spread throughout "
        "the galaxy. A lone gunfighter makes his way through the outer reaches, earning his "
        "keep as a bounty hunter.",
    },
    {
        "title": "Mr. Robot", "year": 2015, "trakt": 93720, "imdb": "tt4158110", "tmdb": 62560,
        "tvdb": 289590, "network": "USA Network", "country": "us", "language": "en",
        "status": "ended", "certification": "TV-MA", "runtime": 49, "rating": 8.54,
        "votes": 22300, "genres": ["crime", "drama", "thriller"],
        "first_aired": "2015-06-25T02:00:00.000Z", "airs": ("Sunday", "22:00", "America/New_York"),
        "seasons": [10, 12, 10, 13], "homepage": None, "trailer": None,
        "overview": "A contemporary and culturally resonant drama about a young programmer, "
        "Elliot, who suffers from a debilitating anti-social disorder and decides that he can "
        "only connect to people by hacking them.",
    },
    {
        "title": "Sherlock", "year": 2010, "trakt": 19792, "imdb": "tt1475582", "tmdb": 19885,
        "tvdb": 176941, "network": "BBC One", "country": "gb", "language": "en",
        "status": "ended", "certification": "TV-14", "runtime": 88, "rating": 8.87,
        "votes": 39800, "genres": ["crime", "drama", "mystery"],
        "first_aired": "2010-07-25T20:00:00.000Z", "airs": ("Sunday", "21:00", "Europe/London"),
        "seasons": [3, 3, 3, 3], "homepage": "http://www.bbc.co.uk/programmes/b018ttws",
        "trailer": None,
        "overview": "A modern update finds the famous sleuth and his doctor partner solving "
        "crime in 21st century London.",
    },
    {
        "title": "Black Mirror", "year": 2011, "trakt": 41793, "imdb": "tt2085059",
        "tmdb": 42009, "tvdb": 253463, "network": "Netflix", "country": "gb",
        "language": "en", "status": "returning series", "certification": "TV-MA",
        "runtime": 60, "rating": 8.34, "votes": 36200,
        "genres": ["drama", "science-fiction", "thriller"],
        "first_aired": "2011-12-04T20:00:00.000Z", "airs": ("Thursday", "03:00", "America/New_York"),
        "seasons": [3, 3, 6, 6, 3, 5, 6], "homepage": "https://www.netflix.com/title/70264888",
        "trailer": None,
        "overview": "An anthology series exploring a twisted, high-tech world where "
        "humanity's greatest innovations and darkest instincts collide.",
    },
]
