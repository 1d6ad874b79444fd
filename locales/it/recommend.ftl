# /recommend: consigli personali da Trakt.

cmd-recommend = Serie TV e film scelti per te
recommend-header-shows =
    💡 <b>Serie TV per te</b> · { $count ->
        [one] { $count } consiglio
       *[other] { $count } consigli
    } da Trakt
recommend-header-movies =
    💡 <b>Film per te</b> · { $count ->
        [one] { $count } consiglio
       *[other] { $count } consigli
    } da Trakt
recommend-empty-shows = Trakt non ha ancora serie TV da consigliarti. Guarda e vota qualche serie su Trakt, poi richiedi.
recommend-empty-movies = Trakt non ha ancora film da consigliarti. Guarda e vota qualche film su Trakt, poi richiedi.
recommend-in-watchlist = ✅ Nella tua watchlist
recommend-watched = 👁 Visto
recommend-hidden = 🙈 <i>Non ti interessa: Trakt non lo consiglierà più.</i>
recommend-legend = <i>Tocca un titolo per i dettagli · ➕ aggiungi alla watchlist (➖ togli) · 👁 segna come visto · 🙈 non mi interessa</i>
recommend-icon-wl = ➕
recommend-icon-unwl = ➖
recommend-icon-seen = 👁
recommend-icon-seen-done = ✅
recommend-icon-hide = 🙈
