# Deutsch. Dieselben Schlüssel und Platzhalter wie in locales/en/bot.ftl.
# Nachrichten sind Telegram-HTML: Tags ausgeglichen halten; nie ein nacktes < oder & im Text.

language-name = Deutsch
language-name-inline = Deutsch
separator = {" · "}

## /start und /help
start-welcome =
    👋 Hallo { $name }! Mit mir hast du dein <b>Trakt.tv</b>-Konto direkt in Telegram: was du gesehen hast, was als Nächstes dran ist, was gerade angesagt ist und deine Watchlist. In einer Gruppe suche ich etwas für heute Abend aus, das noch keiner gesehen hat.
help-header = <b>Was ich kann</b>
help-inline = Tippe in einem beliebigen Chat <code>@{ $bot } Titel</code>, um auf Trakt zu suchen.

## Befehlsmenü (je eine Zeile; reiner Text, kein Markup)
cmd-start = Begrüßung und was ich kann
cmd-help = Alle Befehle auf einen Blick
cmd-trending = Was gerade alle schauen
cmd-popular = Die beliebtesten Serien und Filme
cmd-language = Sprache wählen

## Buttons
button-invalid = Dieser Button ist veraltet. Sende den Befehl einfach noch einmal.
button-not-yours = Dieser Button gehört der Person, die gefragt hat. Sende den Befehl selbst, um deinen eigenen zu bekommen.
page-of = { $page } / { $pages }
kind-shows = 📺 Serien
kind-movies = 🎬 Filme

## Listen und Karten
trending-header-shows = 🔥 <b>Serien im Trend</b> · Seite { $page } von { $pages }
trending-header-movies = 🔥 <b>Filme im Trend</b> · Seite { $page } von { $pages }
popular-header-shows = ⭐ <b>Beliebte Serien</b> · Seite { $page } von { $pages }
popular-header-movies = ⭐ <b>Beliebte Filme</b> · Seite { $page } von { $pages }
list-empty = Hier ist noch nichts.
watching-now =
    { $count ->
        [one] { $count } schaut gerade
       *[other] { $count } schauen gerade
    }
card-untitled = Ohne Titel

## /language
language-current = Ich spreche <b>{ $language }</b> mit dir. Wähle eine andere Sprache:
language-current-auto = Ich richte mich nach deiner Telegram-Sprache (gerade <b>{ $language }</b>). Wähle eine aus, um sie festzulegen:
language-auto = 🌐 Wie in Telegram
language-saved = ✅ Erledigt.
language-saved-toast = Sprache gespeichert

## Zugang
not-allowed = Tut mir leid, dieser Bot ist privat. Bitte die Person, die ihn betreibt, dich freizuschalten.

## Fehler (kurz; die Person sieht sie)
error-generic = 😕 Bei mir ist etwas schiefgelaufen. Bitte versuch es gleich noch einmal.
error-short = Etwas ist schiefgelaufen. Bitte versuch es noch einmal.
error-telegram-busy = Telegram ist gerade überlastet. Bitte versuch es gleich noch einmal.
error-store-busy = ⏳ Ich bin gerade kurz beschäftigt. Bitte versuch es gleich noch einmal.
error-trakt-rate-limited = Trakt bittet uns, etwas langsamer zu machen. Bitte versuch es in { $seconds } s noch einmal.
error-trakt-busy = Trakt ist gerade überlastet. Bitte versuch es in einer Minute noch einmal.
error-trakt-refusing = Trakt lehnt diesen Bot gerade ab. Das liegt nicht an deinem Konto; bitte versuch es später noch einmal.
error-trakt-unauthorized = Trakt hat deine Anmeldung nicht akzeptiert. Verknüpfe dein Konto mit /link neu.
error-trakt-locked = Dein Trakt-Konto ist gesperrt oder deaktiviert. Der Trakt-Support kann es wieder freischalten.
error-trakt-vip = Dafür brauchst du Trakt VIP: { $url }
error-trakt-account-limit = Du hast ein Limit deines Trakt-Kontos erreicht (zum Beispiel eine volle Watchlist). Entferne etwas oder steig auf VIP um.
error-trakt-not-found = Trakt konnte das nicht finden.
error-trakt-down = Trakt antwortet gerade nicht. Bitte versuch es in ein paar Minuten noch einmal.
error-trakt-other = Trakt konnte das nicht ausführen (Fehler { $status }). Bitte versuch es später noch einmal.

## Genres (Trakt-Slugs)
genre-action = Action
genre-adventure = Abenteuer
genre-animation = Animation
genre-anime = Anime
genre-biography = Biografie
genre-children = Kinder
genre-comedy = Komödie
genre-crime = Krimi
genre-documentary = Dokumentation
genre-donghua = Donghua
genre-drama = Drama
genre-family = Familie
genre-fantasy = Fantasy
genre-game-show = Spielshow
genre-history = Historie
genre-holiday = Feiertage
genre-home-and-garden = Haus und Garten
genre-horror = Horror
genre-mini-series = Miniserie
genre-music = Musik
genre-musical = Musical
genre-mystery = Mystery
genre-news = Nachrichten
genre-reality = Reality-TV
genre-romance = Romantik
genre-science-fiction = Science-Fiction
genre-short = Kurzfilm
genre-soap = Seifenoper
genre-special-interest = Special Interest
genre-sporting-event = Sport
genre-superhero = Superhelden
genre-suspense = Spannung
genre-talk-show = Talkshow
genre-thriller = Thriller
genre-war = Krieg
genre-western = Western

## Gemeinsame Buttons
button-back = ◀ Zurück

## Verknüpfen (gemeinsam: jeder persönliche Befehl kann das brauchen)
button-link = 🔗 Trakt verknüpfen
link-needed = Dafür brauche ich dein Trakt-Konto. Verknüpfe es einmalig – das dauert eine Minute, und dein Passwort sehe ich nie.
link-needed-group = Dafür brauche ich dein Trakt-Konto. Verknüpfe es in einem privaten Chat mit mir – hier werden nie Codes angezeigt.
link-needed-short = Verknüpfe zuerst dein Trakt-Konto.
link-lost = Trakt hat den Zugriff dieses Bots auf dein Konto beendet (er wurde widerrufen oder ist abgelaufen). Verknüpfe es neu, um weiterzumachen.

## Meistgesehen
discover-list-trending = 🔥 Im Trend
discover-list-popular = ⭐ Beliebt
discover-list-watched = 👀 Meistgesehen
discover-period-weekly = Woche
discover-period-monthly = Monat
discover-period-yearly = Jahr
discover-period-all = Gesamt
discover-when-weekly = dieser Woche
discover-when-monthly = dieses Monats
discover-when-yearly = dieses Jahres
discover-when-all = aller Zeiten
discover-watched-header-shows = 👀 <b>Meistgesehene Serien</b> { $period } · Seite { $page } von { $pages }
discover-watched-header-movies = 👀 <b>Meistgesehene Filme</b> { $period } · Seite { $page } von { $pages }
discover-watchers =
    { $count ->
        [one] { $count } Zuschauer
       *[other] { $count } Zuschauer
    }
discover-plays =
    { $count ->
        [one] { $count } Wiedergabe
       *[other] { $count } Wiedergaben
    }
discover-details-hint = <i>Tippe unten auf eine Nummer, um die Details des Titels zu sehen.</i>

## A person's own data asked for in a group goes to their private chat
private-sent = 📬 { $name }, ich habe es dir privat geschickt.
private-share = 📤 In der Gruppe teilen
private-shared-by = 📤 { $name } teilt das hier:
private-shared = In der Gruppe geteilt.
private-share-failed = Ich kann in dieser Gruppe nichts posten: Du oder ich sind nicht mehr dabei.
private-start-first = { $name }, ich kann dir noch nicht schreiben: Öffne einen privaten Chat mit mir, tippe auf „Starten“ und frag noch einmal.
private-open = 💬 Privaten Chat öffnen

# Fair use (bot/trakt/fair.py): one person over their budget; the shared budget full.
error-too-fast = ⏳ Du bist schneller, als ich Trakt fragen kann. Versuch es in { $seconds } s noch einmal.
error-too-fast-login = ⏳ Zu viele Anmeldeversuche hintereinander. Versuch es in { $seconds } s noch einmal.
error-bot-busy = ⏳ Gerade fragen sehr viele Leute gleichzeitig bei Trakt an. Bitte versuch es in { $seconds } s noch einmal.
