# /link, /unlink e /me (bot/features/link.py, link_poll.py, account.py).
# Mai un token in un messaggio; il codice breve del dispositivo va solo in chat privata.

## Menu dei comandi (testo semplice)
cmd-link = Collega il tuo account Trakt
cmd-unlink = Scollega il tuo account Trakt
cmd-me = Il tuo account Trakt collegato e i suoi limiti

## /link in chat privata
link-device =
    🔗 <b>Collega il tuo account Trakt</b>

    1. Tocca <b>Apri Trakt</b> qui sotto e, se te lo chiede, accedi a Trakt.
    2. Controlla che la pagina mostri <code>{ $code }</code>, poi approva.

    Il codice vale per { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }. Ti scrivo qui appena approvi.
link-device-relink = Ora qui è collegato l’account <b>{ $username }</b>; se approvi, questa chat passa al nuovo account.
link-device-fallback = La pagina non funziona? <a href="{ $url }">Accedi da qui</a> e mandami il codice che ti mostra Trakt.
link-button-open = 🔑 Apri Trakt
link-button-cancel = ✖️ Annulla
link-button-again = 🔄 Ricomincia
link-button-private = 🔗 Collega in privato
link-open-private = Apri una chat privata con me per collegare il tuo account.
link-stale = Questo accesso è già terminato.
link-cancelled = Annullato: non è stato collegato nulla.
link-cancelled-toast = Annullato
link-replaced = ↪️ Questo codice è stato sostituito da uno più recente, qui sotto.

## Come finisce un collegamento
link-code-used = 🔐 Questo accesso è concluso; il codice non funziona più.
link-done = ✅ Account <b>{ $username }</b> collegato. Ora i tuoi comandi personali funzionano: /me mostra l’account, /unlink lo scollega, /help elenca tutto.
# Linked, but Trakt did not say yet whose account it is (the name shows on /me later).
link-done-unnamed = ✅ Il tuo account Trakt è collegato. Ora i tuoi comandi personali funzionano: /me mostra l’account, /unlink lo scollega, /help elenca tutto.
link-denied = 🚫 La richiesta è stata rifiutata su Trakt, quindi non è stato collegato nulla.
link-expired = ⌛ Il codice è scaduto prima di essere approvato. Non è stato collegato nulla.
link-invalid = ❓ Trakt non riconosce più questo codice. Non è stato collegato nulla.
link-already-used = ⚠️ Questo codice è già stato usato. Se l’hai approvato, controlla con /me; altrimenti ricomincia.
link-failed = Il collegamento non è andato a buon fine. { $reason }
link-expired-away = ⌛ Il tuo tentativo di collegamento è scaduto mentre non c’ero, scusa! Ricomincia quando vuoi: ci vuole un minuto.
link-unreadable-away = ⌛ Non sono riuscito a riprendere il tuo tentativo di collegamento dopo un riavvio, scusa! Ricomincia quando vuoi: ci vuole un minuto.

## Un codice incollato
link-code-wrong = ❌ Trakt non ha accettato quel codice: forse è scritto male, è scaduto o è già stato usato. Richiedine uno nuovo e riprova. (Ho cancellato il tuo messaggio con il codice.)
link-code-is-device = Questo è il codice da inserire sulla pagina di Trakt, non qui. Tocca <b>Apri Trakt</b> qui sopra e approva lì.

## /link in un gruppo
link-group = 🔒 Il collegamento avviene in chat privata con me, così qui non compare mai nessun codice. Tocca il pulsante per continuare lì.
link-group-code-deleted = 🔒 Ho cancellato quel messaggio: i codici di accesso non vanno mai pubblicati in un gruppo. Inviami invece /link in chat privata.
link-group-code-not-deleted = 🔒 Cancella il tuo ultimo messaggio: contiene un codice di accesso e qui non posso cancellarlo io. Inviami invece /link in chat privata.

## /unlink
unlink-confirm = Scollegare l’account Trakt <b>{ $username }</b>? Lo dimenticherò qui e chiederò a Trakt di chiudere il mio accesso.
unlink-button-yes = Sì, scollega
unlink-button-no = Annulla
unlink-done = ✅ Account <b>{ $username }</b> scollegato: l’ho dimenticato qui e Trakt ha chiuso il mio accesso. Puoi ricollegarlo quando vuoi con /link.
unlink-done-local = ✅ Account <b>{ $username }</b> scollegato qui. Trakt non ha risposto, quindi il mio accesso potrebbe comparire ancora tra <a href="{ $url }">le tue app collegate</a> su Trakt: puoi revocarlo da lì.
unlink-unreadable = 🧹 Non riuscivo più a leggere il collegamento a Trakt salvato per te, quindi l’ho rimosso. Il mio accesso potrebbe comparire ancora tra <a href="{ $url }">le tue app collegate</a> su Trakt: puoi revocarlo da lì. Ricollegati quando vuoi con /link.
unlink-kept = Nessuna modifica: l’account collegato è ancora <b>{ $username }</b>.
unlink-none = Qui non è più collegato nessun account Trakt.

## /me
me-header = 👤 <b>Il tuo account Trakt</b>
me-user = <a href="{ $url }">{ $username }</a>
me-user-named = <a href="{ $url }">{ $username }</a> ({ $name })
me-since = Collegato qui dal { $date }
me-vip = ⭐ Trakt VIP
me-free = Account gratuito (non VIP)
me-private = 🔒 Il tuo profilo Trakt è privato.
me-header-shared = 👤 <b>Account Trakt di { $username }</b>
me-since-shared = Collegato a questo bot dal { $date }
me-private-shared = 🔒 Questo profilo Trakt è privato.
me-limits-header = <b>Limiti che Trakt applica a questo account</b>
me-limit-lists = • Liste personali: fino a { $count ->
        [one] { $count } lista
       *[other] { $count } liste
    } da massimo { $limit ->
        [one] { $limit } elemento
       *[other] { $limit } elementi
    } ciascuna
me-limit-lists-count = • Liste personali: fino a { $count ->
        [one] { $count } lista
       *[other] { $count } liste
    }
me-limit-watchlist = • Watchlist: fino a { $count ->
        [one] { $count } titolo
       *[other] { $count } titoli
    }
me-limit-collection = • Collezione: fino a { $count ->
        [one] { $count } titolo
       *[other] { $count } titoli
    }
me-limit-favorites = • Preferiti: fino a { $count ->
        [one] { $count } titolo
       *[other] { $count } titoli
    }
me-limit-notes = • Note: fino a { $count ->
        [one] { $count } nota
       *[other] { $count } note
    }
me-limits-none = Trakt non ha indicato limiti per questo account.
me-button-profile = 🌐 Profilo su Trakt
me-button-unlink = Scollega
