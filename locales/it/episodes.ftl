## Episodes: an episode's card and a show's seasons → episodes picker

episodes-gone = Questo episodio non esiste più su Trakt.
episodes-special = ✨ Speciale
episodes-aired = 📅 Andato in onda il { $when }
episodes-airs = 📅 In onda il { $when }
episodes-no-date = 📅 Nessuna data di messa in onda
episodes-runtime = ⏱ { $minutes } min
episodes-your-rating = il tuo voto { $rating }/10
episodes-watched = ✅ L’hai visto
episodes-show-button = 📺 Serie
episodes-at-release = 📅 All’uscita
episodes-another-day = 🗓 Un altro giorno
episodes-yesterday = Ieri
episodes-logged-released = Registrato come visto alla sua uscita
episodes-logged-day = Registrato come visto quel giorno
episodes-not-aired = ⏳ Non è ancora andato in onda: potrai segnarlo quando andrà in onda.
episodes-not-aired-toast = Non è ancora andato in onda
episodes-before-air-toast = Quel giorno non era ancora andato in onda
episodes-unaired = non ancora in onda
episodes-season-line-unaired = Stagione { $number } · non ancora in onda
episodes-season-unaired = ⏳ Non ancora in onda
episodes-when-now = Adesso
episodes-when-released = All’uscita
episodes-when-line = 👁 registra: { $when }
episodes-when-inline-now = adesso
episodes-when-inline-released = all’uscita
episodes-when-inline-yesterday = ieri
episodes-seasons = stagioni
episodes-no-seasons = Trakt non elenca ancora stagioni per questa serie.
episodes-season-line = Stagione { $number } · { $count ->
    [one] { $count } episodio
   *[other] { $count } episodi
}
episodes-season-line-progress = Stagione { $number } · { $progress } visti
episodes-specials-line = Speciali · { $count ->
    [one] { $count } episodio
   *[other] { $count } episodi
}
episodes-season-button = S{ $number }
episodes-specials-button = ✨ Speciali
episodes-seasons-back = ◀ Stagioni
episodes-season-head = Stagione { $number }
episodes-specials-head = Speciali
episodes-season-progress = Visti: { $progress }
episodes-no-episodes = Trakt non elenca ancora episodi per questa stagione.
episodes-all-button = ✅ Tutta la stagione
episodes-all-ask = { $count ->
    [one] Segnare come visto l’ultimo episodio uscito della stagione { $number }?
   *[other] Segnare come visti tutti i { $count } episodi usciti della stagione { $number }?
}
episodes-all-yes = { $count ->
    [one] ✅ Sì, segna 1 episodio
   *[other] ✅ Sì, segna { $count } episodi
}
episodes-cancel = ✖ Annulla
episodes-all-none = Hai già visto tutti gli episodi usciti di questa stagione.
episodes-all-toast = { $count ->
    [one] 1 episodio segnato come visto
   *[other] { $count } episodi segnati come visti
}
episodes-remove = 🗑 Rimuovi una visione
episodes-remove-ask = Rimuovere la tua ultima visione di questo episodio?
