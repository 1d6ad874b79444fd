"""Hand-written movie records for the demo catalogue (data only).

`catalogue.py` derives slug (title + year), images and updated_at. `images: False` drops the
images object.
"""

from __future__ import annotations

from typing import Any

_FELLOWSHIP_OVERVIEW = (
    "Young hobbit Frodo Baggins, after inheriting a mysterious ring from his uncle Bilbo, "
    "must leave his home in order to keep it from falling into the hands of its evil "
    "creator. Along the way, a fellowship is formed to protect the ringbearer and make sure "
    "that the ring arrives at its final destination: Mt. Doom, the only place where it can be "
    "destroyed. "
) + " ".join(
    [
        "In the Second Age of Middle-earth the Dark Lord Sauron forged the One Ring in the "
        "fires of Mount Doom to control the other Rings of Power given to the lords of elves, "
        "dwarves and men. A last alliance of elves and men defeated him on the slopes of the "
        "mountain, and Isildur cut the ring from his hand but refused to destroy it. The ring "
        "betrayed Isildur to his death, lay lost in the Anduin for two and a half thousand "
        "years, and was found first by Déagol and then taken by Sméagol, who became Gollum.",
        "Bilbo Baggins found it in Gollum's cave during the quest for Erebor and kept it for "
        "sixty years, unaging and increasingly possessive. At his eleventy-first birthday party "
        "he vanishes before the whole of Hobbiton, and, on the advice of the wizard Gandalf the "
        "Grey, leaves the ring to his nephew Frodo. Gandalf researches its history in Minas "
        "Tirith and returns with terrible news: it is the One Ring, and Sauron's servants, the "
        "nine Ringwraiths, are already riding toward the Shire in search of 'Baggins'.",
        "Frodo sets out with his gardener Samwise Gamgee and is soon joined by his cousins "
        "Merry and Pippin. Pursued by the Black Riders through the Old Forest and to the village "
        "of Bree, the hobbits are rescued by a grim Ranger called Strider, who is in truth "
        "Aragorn, heir of Isildur. On Weathertop Frodo is stabbed by the Witch-king's Morgul "
        "blade, and only the elf Arwen's desperate ride to the Ford of Bruinen saves him.",
        "In Rivendell, Elrond holds a council of elves, dwarves, men, hobbits and a wizard. "
        "Gandalf reveals that Saruman the White has betrayed them and is breeding an army of "
        "Uruk-hai at Isengard. The council resolves that the ring must be destroyed in the "
        "fire where it was made, and Frodo volunteers to carry it. Nine walkers set out to "
        "match the nine riders: four hobbits, Gandalf, Aragorn, Boromir of Gondor, the elf "
        "Legolas and the dwarf Gimli.",
        "Turned back from the snows of Caradhras, the Fellowship passes under the mountains "
        "through the ruined dwarf kingdom of Moria, where they are hunted by orcs and a cave "
        "troll, and where Gandalf falls in battle with a Balrog on the bridge of Khazad-dûm. "
        "Grieving, they find refuge in Lothlórien with the Lady Galadriel, whose mirror shows "
        "Frodo what may come to pass, before travelling down the Great River by boat.",
        "At Amon Hen, Boromir, corrupted by the ring's pull, tries to take it from Frodo. The "
        "Fellowship is scattered by an attack of Uruk-hai; Boromir dies defending Merry and "
        "Pippin, who are carried off, and Frodo decides to go on alone to Mordor, though Sam "
        "refuses to let him. The film ends with the two hobbits looking out over the Emyn "
        "Muil toward the shadow in the east, their journey barely begun.",
    ]
)

MOVIES: list[dict[str, Any]] = [
    {"title": "Inception", "year": 2010, "trakt": 16662, "imdb": "tt1375666", "tmdb": 27205,
     "released": "2010-07-16", "runtime": 148, "rating": 8.73, "votes": 98120,
     "genres": ["action", "science-fiction", "adventure", "mystery", "thriller"],
     "certification": "PG-13", "country": "us", "language": "en",
     "tagline": "Your mind is the scene of the crime.",
     "homepage": "http://inceptionmovie.warnerbros.com/",
     "trailer": "https://youtube.com/watch?v=YoHD9XEInc0",
     "overview": "Cobb, a skilled thief who commits corporate espionage by infiltrating the "
     "subconscious of his targets is offered a chance to regain his old life as payment for "
     "a task considered to be impossible: \"inception\", the implantation of another "
     "person's idea into a target's subconscious."},
    {"title": "Parasite", "original_title": "기생충", "year": 2019, "trakt": 310010,
     "imdb": "tt6751668", "tmdb": 496243, "released": "2019-05-30", "runtime": 133,
     "rating": 8.52, "votes": 51200, "genres": ["comedy", "thriller", "drama"],
     "certification": "R", "country": "kr", "language": "ko", "tagline": "Act like you own the place.",
     "homepage": "https://www.parasite-movie.com/", "trailer": None,
     "overview": "All unemployed, Ki-taek's family takes peculiar interest in the wealthy "
     "and glamorous Parks for their livelihood until they get entangled in an unexpected "
     "incident."},
    {"title": "Spirited Away", "original_title": "千と千尋の神隠し", "year": 2001, "trakt": 101,
     "imdb": "tt0245429", "tmdb": 129, "released": "2001-07-20", "runtime": 125,
     "rating": 8.71, "votes": 41000, "genres": ["anime", "animation", "family", "fantasy"],
     "certification": "PG", "country": "jp", "language": "ja", "tagline": None,
     "homepage": "http://www.spiritedaway.jp/", "trailer": None,
     "overview": "A young girl, Chihiro, becomes trapped in a strange new world of spirits. "
     "When her parents undergo a mysterious transformation, she must call upon the courage "
     "she never knew she had to free her family."},
    {"title": "The Dark Knight", "year": 2008, "trakt": 120, "imdb": "tt0468569", "tmdb": 155,
     "released": "2008-07-18", "runtime": 152, "rating": 8.82, "votes": 87300,
     "genres": ["drama", "action", "crime", "thriller"], "certification": "PG-13",
     "country": "us", "language": "en", "tagline": "Welcome to a world without rules.",
     "homepage": None, "trailer": None,
     "overview": "Batman raises the stakes in his war on crime. With the help of Lt. Jim "
     "Gordon and District Attorney Harvey Dent, Batman sets out to dismantle the remaining "
     "criminal organizations that plague the streets."},
    {"title": "Interstellar", "year": 2014, "trakt": 102156, "imdb": "tt0816692",
     "tmdb": 157336, "released": "2014-11-07", "runtime": 169, "rating": 8.69, "votes": 80400,
     "genres": ["adventure", "drama", "science-fiction"], "certification": "PG-13",
     "country": "us", "language": "en",
     "tagline": "Mankind was born on Earth. It was never meant to die here.",
     "homepage": "http://www.interstellarmovie.net/", "trailer": None,
     "overview": "The adventures of a group of explorers who make use of a newly discovered "
     "wormhole to surpass the limitations on human space travel and conquer the vast "
     "distances involved in an interstellar voyage."},
    {"title": "The Matrix", "year": 1999, "trakt": 481, "imdb": "tt0133093", "tmdb": 603,
     "released": "1999-03-31", "runtime": 136, "rating": 8.43, "votes": 64000,
     "genres": ["action", "science-fiction"], "certification": "R", "country": "us",
     "language": "en", "tagline": "Welcome to the Real World.", "homepage": None,
     "trailer": None,
     "overview": "Set in the 22nd century, The Matrix tells the story of a computer hacker "
     "who joins a group of underground insurgents fighting the vast and powerful computers "
     "who now rule the earth."},
    {"title": "Pulp Fiction", "year": 1994, "trakt": 554, "imdb": "tt0110912", "tmdb": 680,
     "released": "1994-10-14", "runtime": 154, "rating": 8.58, "votes": 60100,
     "genres": ["thriller", "crime"], "certification": "R", "country": "us",
     "language": "en", "tagline": "Just because you are a character doesn't mean you have character.",
     "homepage": None, "trailer": None,
     "overview": "A burger-loving hit man, his philosophical partner, a drug-addled "
     "gangster's moll and a washed-up boxer converge in this sprawling, comedic crime caper."},
    {"title": "The Godfather", "year": 1972, "trakt": 365, "imdb": "tt0068646", "tmdb": 238,
     "released": "1972-03-24", "runtime": 175, "rating": 8.82, "votes": 51300,
     "genres": ["drama", "crime"], "certification": "R", "country": "us", "language": "en",
     "tagline": "An offer you can't refuse.", "homepage": None, "trailer": None,
     "overview": "Spanning the years 1945 to 1955, a chronicle of the fictional Italian-"
     "American Corleone crime family."},
    {"title": "Fight Club", "year": 1999, "trakt": 432, "imdb": "tt0137523", "tmdb": 550,
     "released": "1999-10-15", "runtime": 139, "rating": 8.68, "votes": 70300,
     "genres": ["drama"], "certification": "R", "country": "us", "language": "en",
     "tagline": "Mischief. Mayhem. Soap.", "homepage": None, "trailer": None,
     "overview": "A ticking-time-bomb insomniac and a slippery soap salesman channel "
     "primal male aggression into a shocking new form of therapy."},
    {"title": "The Shawshank Redemption", "year": 1994, "trakt": 234, "imdb": "tt0111161",
     "tmdb": 278, "released": "1994-09-23", "runtime": 142, "rating": 8.86, "votes": 66200,
     "genres": ["drama", "crime"], "certification": "R", "country": "us", "language": "en",
     "tagline": "Fear can hold you prisoner. Hope can set you free.", "homepage": None,
     "trailer": None,
     "overview": "Framed in the 1940s for the double murder of his wife and her lover, "
     "upstanding banker Andy Dufresne begins a new life at the Shawshank prison."},
    {"title": "Dune: Part Two", "year": 2024, "trakt": 628457, "imdb": "tt15239678",
     "tmdb": 693134, "released": "2024-03-01", "runtime": 167, "rating": 8.36, "votes": 30100,
     "genres": ["science-fiction", "adventure"], "certification": "PG-13", "country": "us",
     "language": "en", "tagline": "Long live the fighters.",
     "homepage": "https://www.dunemovie.com", "trailer": None,
     "overview": "Follow the mythic journey of Paul Atreides as he unites with Chani and the "
     "Fremen while on a path of revenge against the conspirators who destroyed his family."},
    {"title": "Oppenheimer", "year": 2023, "trakt": 797010, "imdb": "tt15398776",
     "tmdb": 872585, "released": "2023-07-21", "runtime": 181, "rating": 8.18, "votes": 35400,
     "genres": ["drama", "history"], "certification": "R", "country": "us", "language": "en",
     "tagline": "The world forever changes.", "homepage": None, "trailer": None,
     "overview": "The story of J. Robert Oppenheimer's role in the development of the "
     "atomic bomb during World War II."},
    {"title": "Everything Everywhere All at Once", "year": 2022, "trakt": 418823,
     "imdb": "tt6710474", "tmdb": 545611, "released": "2022-03-25", "runtime": 140,
     "rating": 7.91, "votes": 24500, "genres": ["action", "adventure", "science-fiction"],
     "certification": "R", "country": "us", "language": "en",
     "tagline": "The universe is so much bigger than you realize.", "homepage": None,
     "trailer": None,
     "overview": "An aging Chinese immigrant is swept up in an insane adventure, where she "
     "alone can save what's important to her by connecting with the lives she could have "
     "led in other universes."},
    {"title": "Le Fabuleux Destin d'Amélie Poulain", "original_title": "Amélie", "year": 2001,
     "trakt": 158, "slug": "amelie-2001", "imdb": "tt0211915", "tmdb": 194,
     "released": "2001-04-25", "runtime": 122, "rating": 8.05, "votes": 21900,
     "genres": ["comedy", "romance"], "certification": "R", "country": "fr", "language": "fr",
     "tagline": "One person can change your life forever.", "homepage": None, "trailer": None,
     "overview": "At a tiny Parisian café, the adorable yet painfully shy Amélie accidentally "
     "discovers a gift for helping others."},
    {"title": "WALL·E", "year": 2008, "trakt": 7002, "slug": "wall-e-2008", "imdb": "tt0910970",
     "tmdb": 10681, "released": "2008-06-27", "runtime": 98, "rating": 8.13, "votes": 36100,
     "genres": ["animation", "family", "science-fiction"], "certification": "G",
     "country": "us", "language": "en", "tagline": "After 700 years of doing what he was "
     "built for – he'll discover what he's meant for.", "homepage": None, "trailer": None,
     "overview": "WALL·E is the last robot left on an Earth that has been overrun with "
     "garbage and all humans have fled to outer space."},
    {"title": "君の名は。", "original_title": "Your Name.", "year": 2016, "trakt": 250093,
     "slug": "your-name-2016", "imdb": "tt5311514", "tmdb": 372058, "released": "2016-08-26",
     "runtime": 106, "rating": 8.49, "votes": 17800,
     "genres": ["anime", "animation", "romance", "drama"], "certification": "PG",
     "country": "jp", "language": "ja", "tagline": None, "homepage": None, "trailer": None,
     "overview": "High schoolers Mitsuha and Taki are complete strangers living separate "
     "lives. But one night, they suddenly switch places."},
    {"title": "올드보이", "original_title": "Oldboy", "year": 2003, "trakt": 529,
     "slug": "oldboy-2003", "imdb": "tt0364569", "tmdb": 670, "released": "2003-11-21",
     "runtime": 120, "rating": 8.23, "votes": 20100,
     "genres": ["drama", "thriller", "mystery", "action"], "certification": "R",
     "country": "kr", "language": "ko", "tagline": "15 years of imprisonment, five days of "
     "vengeance.", "homepage": None, "trailer": None,
     "overview": "With no clue how he came to be imprisoned, drugged and tortured for 15 "
     "years, a desperate businessman seeks revenge on his captors."},
    {"title": "جدایی نادر از سیمین", "original_title": "A Separation", "year": 2011,
     "trakt": 66193, "slug": "a-separation-2011", "imdb": "tt1832382", "tmdb": 60243,
     "released": "2011-03-16", "runtime": 123, "rating": 8.14, "votes": 6100,
     "genres": ["drama"], "certification": "PG-13", "country": "ir", "language": "fa",
     "tagline": None, "homepage": None, "trailer": None,
     "overview": "نادر و سیمین زن و شوهری هستند که قصد جدایی دارند. سیمین می‌خواهد همراه "
     "دخترش ترمه از ایران برود، اما نادر به خاطر پدرِ مبتلا به آلزایمرش حاضر به رفتن نیست."},
    {"title": "وجدة", "original_title": "Wadjda", "year": 2012, "trakt": 81255,
     "slug": "wadjda-2012", "imdb": "tt2258858", "tmdb": 126797, "released": "2012-08-31",
     "runtime": 98, "rating": 7.44, "votes": 1100, "genres": ["drama", "family"],
     "certification": "PG", "country": "sa", "language": "ar", "tagline": None,
     "homepage": None, "trailer": None,
     "overview": "وجدة فتاة في العاشرة من عمرها تعيش في الرياض وتحلم بشراء دراجة خضراء "
     "لتتسابق مع صديقها عبد الله."},
    {"title": "I ❤️ Huckabees", "year": 2004, "trakt": 1309, "slug": "i-heart-huckabees-2004",
     "imdb": "tt0356721", "tmdb": 1599, "released": "2004-10-01", "runtime": 107,
     "rating": 6.62, "votes": 2900, "genres": ["comedy"], "certification": "R",
     "country": "us", "language": "en", "tagline": "An existential comedy.", "homepage": None,
     "trailer": None,
     "overview": "A husband-and-wife team play detective, but not in the traditional sense. "
     "Instead, they're hired to solve existential issues. 🕵️‍♀️🤯"},
    {"title": "Lock, Stock & Two Smoking Barrels", "year": 1998, "trakt": 87,
     "slug": "lock-stock-and-two-smoking-barrels-1998", "imdb": "tt0120735", "tmdb": 100,
     "released": "1998-08-28", "runtime": 105, "rating": 8.01, "votes": 17800,
     "genres": ["comedy", "crime"], "certification": "R", "country": "gb", "language": "en",
     "tagline": "A Disgrace to Criminals Everywhere.", "homepage": None, "trailer": None,
     "overview": "A card shark & his unwillingly-enlisted friends need to make a lot of cash "
     "quick after losing a sketchy poker match. To do this they decide to pull a heist on "
     "a small-time gang who happen to be operating out of the flat next door."},
    {"title": "The Lord of the Rings: The Fellowship of the Ring", "year": 2001, "trakt": 89,
     "imdb": "tt0120737", "tmdb": 120, "released": "2001-12-19", "runtime": 179,
     "rating": 8.73, "votes": 58200, "genres": ["adventure", "fantasy", "action"],
     "certification": "PG-13", "country": "nz", "language": "en",
     "tagline": "One ring to rule them all.", "homepage": None, "trailer": None,
     "overview": _FELLOWSHIP_OVERVIEW},
    {"title": "The Grand Budapest Hotel", "year": 2014, "trakt": 93011, "imdb": "tt2278388",
     "tmdb": 120467, "released": "2014-03-28", "runtime": 100, "rating": 8.09, "votes": 34600,
     "genres": ["comedy", "drama"], "certification": "R", "country": "us", "language": "en",
     "tagline": None, "homepage": None, "trailer": None,
     "overview": "The Grand Budapest Hotel tells of a legendary concierge at a famous "
     "European hotel between the wars and his friendship with a young employee."},
    {"title": "Whiplash", "year": 2014, "trakt": 141518, "imdb": "tt2582802", "tmdb": 244786,
     "released": "2014-10-10", "runtime": 107, "rating": 8.46, "votes": 30200,
     "genres": ["drama", "music"], "certification": "R", "country": "us", "language": "en",
     "tagline": "The road to greatness can take you to the edge.", "homepage": None,
     "trailer": None,
     "overview": "Under the direction of a ruthless instructor, a talented young drummer "
     "begins to pursue perfection at any cost, even his humanity."},
    {"title": "Mad Max: Fury Road", "year": 2015, "trakt": 56360, "imdb": "tt1392190",
     "tmdb": 76341, "released": "2015-05-15", "runtime": 121, "rating": 7.99, "votes": 43300,
     "genres": ["action", "adventure", "science-fiction"], "certification": "R",
     "country": "au", "language": "en", "tagline": "What a Lovely Day.", "homepage": None,
     "trailer": None,
     "overview": "An apocalyptic story set in the furthest reaches of our planet, in a stark "
     "desert landscape where humanity is broken."},
    {"title": "Get Out", "year": 2017, "trakt": 263046, "imdb": "tt5052448", "tmdb": 419430,
     "released": "2017-02-24", "runtime": 104, "rating": 7.71, "votes": 28700,
     "genres": ["horror", "mystery", "thriller"], "certification": "R", "country": "us",
     "language": "en", "tagline": "Just because you're invited, doesn't mean you're welcome.",
     "homepage": None, "trailer": None,
     "overview": "Chris and his girlfriend Rose go upstate to visit her parents for the "
     "weekend. At first, Chris reads the family's overly accommodating behavior as nervous "
     "attempts to deal with their daughter's interracial relationship."},
    {"title": "La La Land", "year": 2016, "trakt": 200522, "imdb": "tt3783958",
     "tmdb": 313369, "released": "2016-12-09", "runtime": 128, "rating": 7.88, "votes": 33100,
     "genres": ["comedy", "drama", "romance", "music"], "certification": "PG-13",
     "country": "us", "language": "en", "tagline": "Here's to the fools who dream.",
     "homepage": None, "trailer": None,
     "overview": "Mia, an aspiring actress, serves lattes to movie stars in between "
     "auditions and Sebastian, a jazz musician, scrapes by playing cocktail party gigs."},
    {"title": "Arrival", "year": 2016, "trakt": 210803, "imdb": "tt2543164", "tmdb": 329865,
     "released": "2016-11-11", "runtime": 116, "rating": 7.79, "votes": 33900,
     "genres": ["drama", "science-fiction", "mystery"], "certification": "PG-13",
     "country": "us", "language": "en", "tagline": "Why are they here?", "homepage": None,
     "trailer": None,
     "overview": "Taking place after alien crafts land around the world, an expert "
     "linguist is recruited by the military to determine whether they come in peace or are "
     "a threat."},
    {"title": "Blade Runner 2049", "year": 2017, "trakt": 224112, "imdb": "tt1856101",
     "tmdb": 335984, "released": "2017-10-06", "runtime": 164, "rating": 7.97, "votes": 30700,
     "genres": ["science-fiction", "drama"], "certification": "R", "country": "us",
     "language": "en", "tagline": "The key to the future is finally unearthed.",
     "homepage": None, "trailer": None,
     "overview": "Thirty years after the events of the first film, a new blade runner, LAPD "
     "Officer K, unearths a long-buried secret."},
    {"title": "Coco", "year": 2017, "trakt": 243963, "imdb": "tt2380307", "tmdb": 354912,
     "released": "2017-11-22", "runtime": 105, "rating": 8.27, "votes": 26800,
     "genres": ["family", "animation", "fantasy", "music"], "certification": "PG",
     "country": "us", "language": "en", "tagline": "The celebration of a lifetime.",
     "homepage": None, "trailer": None,
     "overview": "Despite his family's baffling generations-old ban on music, Miguel dreams "
     "of becoming an accomplished musician like his idol, Ernesto de la Cruz."},
    {"title": "Knives Out", "year": 2019, "trakt": 340155, "imdb": "tt8946378",
     "tmdb": 546554, "released": "2019-11-27", "runtime": 131, "rating": 7.84, "votes": 27400,
     "genres": ["comedy", "crime", "mystery"], "certification": "PG-13", "country": "us",
     "language": "en", "tagline": "Hell, any of them could have done it.", "homepage": None,
     "trailer": None,
     "overview": "When renowned crime novelist Harlan Thrombey is found dead at his estate "
     "just after his 85th birthday, the inquisitive Detective Benoit Blanc is mysteriously "
     "enlisted to investigate."},
    {"title": "Past Lives", "year": 2023, "trakt": 700512, "imdb": "tt13238346",
     "tmdb": 666277, "released": "2023-06-02", "runtime": 106, "rating": 7.84, "votes": 9400,
     "genres": ["drama", "romance"], "certification": "PG-13", "country": "us",
     "language": "en", "tagline": None, "homepage": None, "trailer": None,
     "overview": "Nora and Hae Sung, two deeply connected childhood friends, are wrested apart "
     "after Nora's family emigrates from South Korea. Decades later, they are reunited for "
     "one fateful week."},
    {"title": "Pan's Labyrinth", "original_title": "El laberinto del fauno", "year": 2006,
     "trakt": 1104, "imdb": "tt0457430", "tmdb": 1417, "released": "2006-10-11",
     "runtime": 118, "rating": 7.98, "votes": 19400, "genres": ["fantasy", "drama", "war"],
     "certification": "R", "country": "es", "language": "es", "tagline": None,
     "homepage": None, "trailer": None,
     "overview": "Living with her tyrannical stepfather in a new home with her pregnant "
     "mother, 10-year-old Ofelia feels alone until she explores a decaying labyrinth guarded "
     "by a mysterious faun."},
    {"title": "Top Gun: Maverick", "year": 2022, "trakt": 227913, "imdb": "tt1745960",
     "tmdb": 361743, "released": "2022-05-27", "runtime": 131, "rating": 8.08, "votes": 29200,
     "genres": ["action", "drama"], "certification": "PG-13", "country": "us",
     "language": "en", "tagline": "Feel the need... The need for speed.", "homepage": None,
     "trailer": None,
     "overview": "After more than thirty years of service as one of the Navy's top aviators, "
     "Pete \u201cMaverick\u201d Mitchell is where he belongs, pushing the envelope as a "
     "courageous test pilot."},
    {"title": "The Odyssey", "year": 2026, "trakt": 1093511, "imdb": "tt33764258",
     "tmdb": 1368337, "released": "2026-07-17", "runtime": None, "rating": 0.0, "votes": 0,
     "genres": ["adventure", "fantasy"], "certification": None, "country": "us",
     "language": "en", "tagline": None, "homepage": None, "trailer": None,
     "status": "post production", "images": False,
     "overview": "After the Trojan War, Odysseus makes the long and perilous journey home to "
     "Ithaca."},
]
