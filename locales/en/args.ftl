## Words people type after a command: /history movies week, /watchlist shows added.
# Comma-separated aliases, lower case. The FIRST alias is the one the usage texts show.
# An alias ending in * is a stem: it matches every word starting with it (film* → films).
# Words of every language are understood everywhere, so English needs no repeating;
# one word must never stand for two of these (tests/test_args.py checks).
arg-shows = shows, show*, series*, tv*, episodes, episode
arg-movies = movies, movie*, film*
arg-week = week, weekly, week*
arg-month = month, monthly, month*
arg-year = year, yearly, annual, year*, annual*
arg-all = all, all-time, alltime, ever, everything, forever
arg-rank = rank, order
arg-added = added, new, newest
arg-released = released, release
arg-title = title, name, az, a-z
arg-digest = digest, daily
arg-on = on, yes
arg-off = off, no, none, stop
arg-quiet = quiet, night
arg-tz = tz, zone, timezone
arg-premieres = premieres, premiere*
arg-finales = finales, finale*
