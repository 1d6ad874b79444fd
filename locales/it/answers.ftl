## Il bot risponde sempre (issue 15): comandi sconosciuti, codici vaganti, suggerimenti
## d’uso, modifiche che Trakt chiede di rimandare, una seconda /party.

unknown-command = Non conosco { $command }. Invia /help per vedere cosa so fare.
link-stray-code = 🔐 Sembra un codice Trakt, quindi l’ho cancellato subito. I codici servono solo durante il collegamento: invia /link e ti mostro dove inserirlo.
link-stray-code-kept = 🔐 Sembra un codice Trakt: per favore cancella il tuo messaggio. I codici servono solo durante il collegamento: invia /link e ti mostro dove inserirlo.
link-stray-code-pending = 🔐 Sembra un codice Trakt, quindi l’ho cancellato subito. Il collegamento è in corso: inviami il codice da solo, in un messaggio, e lo userò.
link-needed-alert = Prima collega il tuo account Trakt: invia /link.

discover-usage =
    Cosa va forte su Trakt:
    <code>/trending</code> — cosa si guarda in questo momento
    <code>/popular</code> — i più popolari di sempre
    Aggiungi <code>serie</code> o <code>film</code>, e <code>settimana</code>, <code>mese</code>, <code>anno</code> o <code>tutto</code> per i più visti: <code>/trending film settimana</code>.
recommend-usage =
    Titoli che Trakt sceglie per te:
    <code>/recommend</code> — serie TV
    <code>/recommend film</code> — film

later-saving = ⏳ Trakt mi chiede di aspettare, quindi lo salverò tra { $seconds } s.
later-already = ⏳ Già in coda: lo salverò tra { $seconds } s.
later-behind = ⏳ La tua modifica precedente è ancora in attesa di Trakt, quindi salverò questa subito dopo, tra { $seconds } s.
later-failed = Non sono riuscito a salvare la tua modifica su Trakt: { $reason }
later-full = ⏳ Troppe tue modifiche sono già in attesa di Trakt. Riprova quando saranno salvate.
later-other-account = Non ho salvato la tua modifica in attesa: era stata fatta su un account Trakt non più collegato qui.

party-running = 🍿 Qui c’è già una serata in corso, avviata da { $name }: unisciti sopra. { $name } o un amministratore del gruppo può avviarne una nuova al suo posto.
party-button-new = 🔄 Avvia una nuova serata
party-new-not-allowed = Solo { $name } (che ha avviato la serata) o un amministratore del gruppo può sostituirla.
party-new-started = Nuova serata avviata 🍿
party-new-too-late = Nel frattempo è iniziata un’altra serata: unisciti a quella.
