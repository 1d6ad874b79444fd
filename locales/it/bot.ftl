# Italiano. Stessi id e stessi placeable di locales/en/bot.ftl.
# I messaggi sono HTML di Telegram: tag bilanciati, mai < o & nudi nel testo.

language-name = Italiano
language-name-inline = italiano
separator = {" · "}

## /start e /help
start-welcome =
    👋 Ciao, { $name }! Con me hai il tuo account <b>Trakt.tv</b> sempre a portata di mano su Telegram: cosa hai visto, cosa guardare dopo, cosa va forte adesso e la tua watchlist. In un gruppo posso scegliere per stasera qualcosa che nessuno ha ancora visto.
help-header = <b>Cosa so fare</b>
help-inline = In qualsiasi chat scrivi <code>@{ $bot } titolo</code> per cercare su Trakt.

## Menu dei comandi (una riga ciascuno; testo semplice)
cmd-start = Per iniziare: cosa so fare
cmd-help = Tutti i comandi, uno per riga
cmd-trending = Cosa si guarda in questo momento
cmd-popular = Le serie TV e i film più popolari
cmd-language = Scegli la lingua

## Pulsanti
button-invalid = Questo pulsante è scaduto. Invia di nuovo il comando.
button-not-yours = Questo pulsante è di chi ha chiesto. Invia tu il comando per avere il tuo.
page-of = { $page } / { $pages }
kind-shows = 📺 Serie TV
kind-movies = 🎬 Film

## Elenchi e schede
trending-header-shows = 🔥 <b>Serie TV di tendenza</b> · pagina { $page } di { $pages }
trending-header-movies = 🔥 <b>Film di tendenza</b> · pagina { $page } di { $pages }
popular-header-shows = ⭐ <b>Serie TV popolari</b> · pagina { $page } di { $pages }
popular-header-movies = ⭐ <b>Film popolari</b> · pagina { $page } di { $pages }
list-empty = Ancora niente qui.
watching-now =
    { $count ->
        [one] { $count } sta guardando
       *[other] { $count } stanno guardando
    }
card-untitled = Senza titolo

## /language
language-current = Lingua attuale: <b>{ $language }</b>. Scegline un’altra:
language-current-auto = Seguo la lingua del tuo Telegram (ora <b>{ $language }</b>). Scegline una per fissarla:
language-auto = 🌐 Come Telegram
language-saved = ✅ Fatto.
language-saved-toast = Lingua salvata

## Accesso
not-allowed = Spiacente, questo bot è privato. Chiedi al proprietario di aggiungerti.

## Errori (brevi; li legge l’utente)
error-generic = 😕 Qualcosa è andato storto da parte mia. Riprova tra poco.
error-short = Qualcosa è andato storto. Riprova.
error-telegram-busy = Telegram è sovraccarico in questo momento. Riprova tra poco.
error-store-busy = ⏳ Sono un po’ occupato in questo momento. Riprova tra poco.
error-trakt-rate-limited = Trakt ci chiede di rallentare. Riprova tra { $seconds } s.
error-trakt-busy = Trakt è sovraccarico in questo momento. Riprova tra un minuto.
error-trakt-refusing = Al momento Trakt sta rifiutando questo bot. Non dipende dal tuo account: riprova più tardi.
error-trakt-unauthorized = Trakt non ha accettato il tuo accesso. Collega di nuovo l’account con /link.
error-trakt-locked = Il tuo account Trakt è bloccato o disattivato. Può sbloccarlo l’assistenza di Trakt.
error-trakt-vip = Serve Trakt VIP: { $url }
error-trakt-account-limit = Hai raggiunto un limite del tuo account Trakt (per esempio la watchlist è piena). Rimuovi qualcosa o passa a VIP.
error-trakt-not-found = Trakt non l’ha trovato.
error-trakt-down = Trakt non risponde in questo momento. Riprova tra qualche minuto.
error-trakt-other = Trakt non è riuscito a farlo (errore { $status }). Riprova più tardi.

## Generi (slug di Trakt)
genre-action = azione
genre-adventure = avventura
genre-animation = animazione
genre-anime = anime
genre-biography = biografico
genre-children = per bambini
genre-comedy = commedia
genre-crime = poliziesco
genre-documentary = documentario
genre-donghua = donghua
genre-drama = drammatico
genre-family = per famiglie
genre-fantasy = fantasy
genre-game-show = quiz e giochi
genre-history = storico
genre-holiday = feste
genre-home-and-garden = casa e giardino
genre-horror = horror
genre-mini-series = miniserie
genre-music = musica
genre-musical = musical
genre-mystery = giallo
genre-news = notiziari
genre-reality = reality
genre-romance = sentimentale
genre-science-fiction = fantascienza
genre-short = cortometraggio
genre-soap = soap opera
genre-special-interest = interessi speciali
genre-sporting-event = sport
genre-superhero = supereroi
genre-suspense = suspense
genre-talk-show = talk show
genre-thriller = thriller
genre-war = guerra
genre-western = western

## Pulsanti comuni
button-back = ◀ Indietro

## Collegamento (comune: qualsiasi comando personale può chiederlo)
button-link = 🔗 Collega Trakt
link-needed = Serve il tuo account Trakt. Collegalo una volta sola: ci vuole un minuto e la tua password non la vedo mai.
link-needed-group = Serve il tuo account Trakt. Collegalo in chat privata con me: qui non compare mai nessun codice.
link-needed-short = Prima collega il tuo account Trakt.
link-lost = Trakt ha chiuso l’accesso di questo bot al tuo account (è stato revocato o è scaduto). Collegalo di nuovo per continuare.

## I più visti
discover-list-trending = 🔥 Tendenze
discover-list-popular = ⭐ Popolari
discover-list-watched = 👀 Più visti
discover-period-weekly = Settimana
discover-period-monthly = Mese
discover-period-yearly = Anno
discover-period-all = Di sempre
discover-when-weekly = questa settimana
discover-when-monthly = questo mese
discover-when-yearly = quest’anno
discover-when-all = di sempre
discover-watched-header-shows = 👀 <b>Le serie TV più viste</b> { $period } · pagina { $page } di { $pages }
discover-watched-header-movies = 👀 <b>I film più visti</b> { $period } · pagina { $page } di { $pages }
discover-watchers =
    { $count ->
        [one] { $count } spettatore
       *[other] { $count } spettatori
    }
discover-plays =
    { $count ->
        [one] { $count } visione
       *[other] { $count } visioni
    }
discover-details-hint = <i>Tocca un numero qui sotto per i dettagli del titolo.</i>

## A person's own data asked for in a group goes to their private chat
private-sent = 📬 { $name }, te l’ho mandato in privato.
private-share = 📤 Condividi nel gruppo
private-shared-by = 📤 { $name } ha condiviso questo:
private-shared = Condiviso nel gruppo.
private-share-failed = Non posso scrivere in quel gruppo: tu o io non ne facciamo più parte.
private-start-first = { $name }, non posso ancora scriverti: apri una chat privata con me, tocca Avvia e chiedi di nuovo.
private-open = 💬 Apri una chat privata

# Fair use (bot/trakt/fair.py): one person over their budget; the shared budget full.
error-too-fast = ⏳ Vai più veloce di quanto io possa interrogare Trakt. Riprova tra { $seconds } s.
error-too-fast-login = ⏳ Troppi tentativi di accesso di fila. Riprova tra { $seconds } s.
error-bot-busy = ⏳ In questo momento molte persone interrogano Trakt insieme. Riprova tra { $seconds } s.
