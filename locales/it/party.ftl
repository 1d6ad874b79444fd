# /party: una serata di visione in una chat di gruppo. La vede tutto il gruppo: solo titoli e nomi.

cmd-party = Scegli cosa guardare insieme (in un gruppo)

party-private = 🍿 Le serate insieme si organizzano nei gruppi: aggiungimi a una chat di gruppo e invia lì /party. Chi partecipa vota, e propongo solo titoli che nessuno di voi ha visto.

## Il messaggio della serata
party-title = 🍿 <b>Guardiamo insieme</b> · { $kind }
party-kind-all = film e serie TV
party-kind-movies = film
party-kind-shows = serie TV
party-intro = { $name } vuole guardare qualcosa insieme. Premi “Ci sono” per partecipare: guarderò il Trakt di tutti e proporrò titoli che nessuno di voi ha visto.
party-nobody = Non c’è ancora nessuno.
party-members =
    { $count ->
        [one] <b>{ $count } persona partecipa:</b> { $names }
       *[other] <b>{ $count } persone partecipano:</b> { $names }
    }
party-need-more = Servono almeno due persone con Trakt collegato. Non l’hai ancora collegato? Prima tocca “🔗 Collega Trakt in privato”.
party-ready = Pronti! Chiunque può premere “Scegli ora”.
party-picking = ⏳ Sto controllando il Trakt di tutti…
party-voting = 🗳 Votate nel sondaggio qui sotto.
party-over = 🏁 Stasera: { $title }
party-closed = 🏁 Questa serata è finita.
party-replaced = Questa serata è stata sostituita da una più recente.

## Pulsanti (testo semplice)
party-button-join = 🙋 Ci sono
party-button-leave = 👋 Esco
party-button-pick = 🎲 Scegli ora
party-button-link = 🔗 Collega Trakt in privato
party-button-done = ✅ Fatto

## Risposte ai pulsanti (testo semplice, massimo 200 caratteri)
party-joined = Ci sei! 🎉
party-already-in = Ci sei già.
party-left = Hai lasciato la serata.
party-not-in = Non partecipavi a questa serata.
party-link-first = Prima collega Trakt: tocca “🔗 Collega Trakt in privato” sotto il messaggio della serata, collegalo in chat privata con me, poi premi di nuovo “Ci sono”.
party-full =
    { $count ->
        [one] Spiacente, la serata è al completo ({ $count } persona). Avviane un’altra con /party.
       *[other] Spiacente, la serata è al completo ({ $count } persone). Avviane un’altra con /party.
    }
party-starter-only = Finché non ci sono due persone, solo { $name } (che ha avviato la serata) può premere qui.
party-members-only = Solo chi partecipa alla serata può premere qui. Premi prima «Ci sono».
party-too-few =
    { $count ->
        [0] Servono almeno due persone con Trakt collegato e per ora non c’è nessuno. Chiedi agli amici di premere “Ci sono”.
        [one] Servono almeno due persone con Trakt collegato e per ora ce n’è solo una. Chiedi a un amico di premere “Ci sono”.
       *[other] Servono almeno due persone con Trakt collegato; per ora ce ne sono { $count }.
    }
party-picking-toast = Scelgo… 🎲
party-done-starter-only = Solo { $name } (che ha avviato la serata) può chiudere la votazione.
party-closing-toast = Conto i voti…
party-busy = Sto già scegliendo, un attimo.
party-vote-started = La votazione è iniziata: vota nel sondaggio qui sotto.
party-ended = Questa serata è finita. Avviane una nuova con /party.

## Messaggi al gruppo
party-too-few-reached =
    { $count ->
        [0] Non sono riuscito a leggere il Trakt di nessuno, e per scegliere servono almeno due persone. Premete di nuovo “Scegli ora” tra un minuto.
        [one] Sono riuscito a leggere il Trakt di una sola persona, e per scegliere ne servono almeno due. Premete di nuovo “Scegli ora” tra un minuto.
       *[other] Sono riuscito a leggere il Trakt solo di { $count } persone. Premete di nuovo “Scegli ora” tra un minuto.
    }
party-nothing = Non ho trovato niente che nessuno di voi abbia già visto. Provate /party serie o /party film.
party-shortlist-header = 🎬 <b>La selezione di stasera per { $names }</b>
party-widened = Nelle vostre liste c’erano pochi titoli che nessuno di voi ha visto, quindi ho aggiunto titoli di tendenza che nessuno ha ancora guardato.
party-skipped = ⚠️ Il Trakt di { $name } non risponde: scelgo senza tenerne conto.
party-unlinked = ⚠️ { $name } non ha più Trakt collegato: scelgo senza tenerne conto.
party-wanted-by = 🙋 Nella watchlist di { $names }
party-suggested-for = 💡 Trakt lo consiglia a { $names }
party-trending = 🔥 Di tendenza ora
party-poll-question = 🍿 Cosa guardiamo?
party-winner = 🏆 <b>Stasera:</b> { $title }
party-votes =
    { $count ->
        [one] 🗳 { $count } voto
       *[other] 🗳 { $count } voti
    }
party-no-votes = Nessuno ha votato, quindi scelgo il primo della lista.
party-only-one = C’è un solo titolo adatto, quindi scelgo quello.
