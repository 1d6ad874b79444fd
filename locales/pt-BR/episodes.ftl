## Episodes: an episode's card and a show's seasons → episodes picker

episodes-gone = Este episódio não existe mais no Trakt.
episodes-special = ✨ Especial
episodes-aired = 📅 Exibido em { $when }
episodes-airs = 📅 Vai ao ar em { $when }
episodes-no-date = 📅 Ainda sem data de exibição
episodes-runtime = ⏱ { $minutes } min
episodes-your-rating = sua nota { $rating }/10
episodes-watched = ✅ Você assistiu
episodes-show-button = 📺 Série
episodes-at-release = 📅 No dia da exibição
episodes-another-day = 🗓 Outro dia
episodes-yesterday = Ontem
episodes-logged-released = Registrado como assistido no dia da exibição
episodes-logged-day = Registrado como assistido nesse dia
episodes-not-aired = ⏳ Ainda não foi ao ar: dá para marcar depois que for ao ar.
episodes-not-aired-toast = Ainda não foi ao ar
episodes-before-air-toast = Nesse dia ainda não tinha ido ao ar
episodes-unaired = ainda não foi ao ar
episodes-season-line-unaired = Temporada { $number } · ainda não foi ao ar
episodes-season-unaired = ⏳ Ainda não foi ao ar
episodes-when-now = Agora
episodes-when-released = No dia da exibição
episodes-when-line = 👁 registra: { $when }
episodes-when-inline-now = agora
episodes-when-inline-released = no dia da exibição
episodes-when-inline-yesterday = ontem
episodes-seasons = temporadas
episodes-no-seasons = O Trakt ainda não lista temporadas desta série.
episodes-season-line = Temporada { $number } · { $count ->
    [one] { $count } episódio
   *[other] { $count } episódios
}
episodes-season-line-progress = Temporada { $number } · { $progress } assistidos
episodes-specials-line = Especiais · { $count ->
    [one] { $count } episódio
   *[other] { $count } episódios
}
episodes-season-button = T{ $number }
episodes-specials-button = ✨ Especiais
episodes-seasons-back = ◀ Temporadas
episodes-season-head = Temporada { $number }
episodes-specials-head = Especiais
episodes-season-progress = Assistidos: { $progress }
episodes-no-episodes = O Trakt ainda não lista episódios desta temporada.
episodes-all-button = ✅ Temporada inteira
episodes-all-ask = { $count ->
    [one] Marcar o último episódio exibido da temporada { $number } como assistido?
   *[other] Marcar todos os { $count } episódios exibidos da temporada { $number } como assistidos?
}
episodes-all-yes = { $count ->
    [one] ✅ Sim, marcar 1 episódio
   *[other] ✅ Sim, marcar { $count } episódios
}
episodes-cancel = ✖ Cancelar
episodes-all-none = Todos os episódios exibidos desta temporada já foram assistidos.
episodes-all-toast = { $count ->
    [one] 1 episódio marcado como assistido
   *[other] { $count } episódios marcados como assistidos
}
episodes-remove = 🗑 Remover uma exibição
episodes-remove-ask = Remover sua última exibição deste episódio?
